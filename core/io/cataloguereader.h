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

// A bundle read for an import: everything but the courses as a model, and the
// courses — every one checked like readCatalogue's — read again one at a time
// from the parsed text, which must outlive the bundle. 100,000 courses are
// never all in memory at once.
class CatalogueBundle final : public CourseStream
{
public:
    Catalogue catalogue; // without its courses

    qsizetype size() const override { return m_count; }
    bool forEach(const std::function<bool(const Course &)> &visit) const override;

private:
    friend std::optional<CatalogueBundle> readCatalogueBundle(const JsonObjectView &root, Problems &problems);

    JsonArrayView m_courses;
    qsizetype m_count = 0;
};

std::optional<CatalogueBundle> readCatalogueBundle(const JsonObjectView &root, Problems &problems);
std::optional<Catalogue> readCatalogue(const JsonObjectView &root, Problems &problems);
std::optional<Catalogue> readCatalogueFile(const QString &fileName, Problems &problems);

} // namespace Cairn::Core
