#include "savefile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace Cairn::Core {

Status writeFileAtomically(const QString &fileName, const QByteArray &bytes)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Status::failure(QCoreApplication::translate("Cairn::Core::SaveFile",
                                                           "%1: cannot write the file: %2")
                                   .arg(fileName, file.errorString()));
    }
    return Status::success();
}

} // namespace Cairn::Core
