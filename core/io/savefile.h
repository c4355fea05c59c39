#pragma once

#include "model/status.h"

#include <QByteArray>
#include <QString>

namespace Cairn::Core {

// Writes `bytes` to `fileName` atomically (QSaveFile): on any failure the
// previous file is left as it was, and the message names the file.
Status writeFileAtomically(const QString &fileName, const QByteArray &bytes);

} // namespace Cairn::Core
