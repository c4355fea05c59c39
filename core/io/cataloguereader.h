#pragma once

#include "model/catalogue.h"
#include "jsonvalue.h"
#include "problems.h"

#include <QByteArray>

#include <optional>

namespace Cairn::Core {

// Reads a catalogue bundle ("format": "cairn-catalogue", "version": 1) and
// validates it completely: shapes and types, unique codes, levels within each
// framework, and every id a course or qualification names. Returns the
// catalogue only when there is no problem at all.
std::optional<Catalogue> readCatalogue(const QByteArray &json, Problems &problems);
std::optional<Catalogue> readCatalogue(const JsonObjectView &root, Problems &problems);
std::optional<Catalogue> readCatalogueFile(const QString &fileName, Problems &problems);

} // namespace Cairn::Core
