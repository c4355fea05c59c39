#pragma once

#include "model/catalogue.h"

#include <QByteArray>
#include <QJsonObject>

namespace Cairn::Core {

// Writes a catalogue bundle in the format readCatalogue() reads, with every
// default made explicit (hours, weeks), so that read -> write -> read is lossless.
QJsonObject catalogueToJson(const Catalogue &catalogue);
QByteArray catalogueToJsonBytes(const Catalogue &catalogue);

} // namespace Cairn::Core
