#include "invocation.h"

#include "storage/backups.h"
#include "storage/database.h"

#include <QFileInfo>

namespace Cairn::Core {

int runBackup(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    if (invocation.positional.size() > 2)
        return usageError(err, CliText::tr("backup takes at most one FILE"));
    if (!QFileInfo::exists(invocation.databasePath)) {
        err << "cairn-cli: " << CliText::tr("%1: no such database").arg(invocation.databasePath) << '\n';
        return exitFailure;
    }
    Database database;
    if (!openDatabase(invocation.databasePath, database, err))
        return exitFailure;
    QString made;
    const Status backedUp = Backups(invocation.databasePath)
                                .make(database.connection(), QStringLiteral("manual"), &made, invocation.positional.value(1));
    if (!backedUp) {
        err << "cairn-cli: " << backedUp.message() << '\n';
        return exitFailure;
    }
    out << CliText::tr("Backed up %1 to %2").arg(invocation.databasePath, made) << '\n';
    return exitSuccess;
}

int runRestore(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    if (invocation.positional.size() != 2)
        return usageError(err, CliText::tr("restore takes exactly one FILE (a backup)"));
    // The database is not opened: it may be the damaged file being replaced.
    QString kept;
    const QString backup = invocation.positional.at(1);
    if (Status restored = Backups(invocation.databasePath).restore(backup, &kept); !restored) {
        err << "cairn-cli: " << restored.message() << '\n';
        return exitFailure;
    }
    out << CliText::tr("Restored %1 from %2.").arg(invocation.databasePath, backup);
    if (!kept.isEmpty())
        out << ' ' << CliText::tr("The database as it was is kept as %1.").arg(kept);
    out << '\n';
    return exitSuccess;
}

} // namespace Cairn::Core
