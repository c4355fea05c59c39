#include "invocation.h"

#include "storage/database.h"
#include "storage/serverschema.h"

namespace Cairn::Core {

// server init|migrate CONNINFO: what a study centre runs once, and after
// each upgrade of Cairn (docs/STUDY_CENTRE.md).
int runServer(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    const QStringList &args = invocation.positional;
    const QString action = args.value(1);
    if (args.size() != 3 || (action != u"init" && action != u"migrate"))
        return usageError(err, CliText::tr("use 'server init CONNINFO' or 'server migrate CONNINFO'"));
    if (invocation.databaseGiven || !invocation.server.isEmpty())
        return usageError(err, CliText::tr("server takes its CONNINFO as an argument, without --database or --server"));
    const bool init = action == u"init";
    Database database;
    if (Status done = database.openServer(args.at(2), init ? Database::ServerSchema::Init : Database::ServerSchema::Upgrade);
        !done) {
        err << "cairn-cli: " << done.message() << '\n';
        return exitFailure;
    }
    out << (init ? CliText::tr("Created Cairn's schema (version %1) on %2.")
                 : CliText::tr("Cairn's schema on %2 is at version %1, this Cairn's."))
                   .arg(currentServerSchemaVersion)
                   .arg(database.path())
        << '\n';
    return exitSuccess;
}

} // namespace Cairn::Core
