#include "commandline.h"

#include "io/cataloguewriter.h"
#include "io/importer.h"
#include "io/learnerfile.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/learnerrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Cairn::Core {

namespace {

class CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::CommandLine)

public:
    static QString usage()
    {
        return tr("Usage: cairn-cli COMMAND [OPTIONS]\n"
                  "\n"
                  "Plan stackable study: micro-credentials toward qualifications.\n"
                  "\n"
                  "Commands:\n"
                  "  import FILE                 Import a catalogue bundle or a learner file\n"
                  "                              (told apart by its \"format\"). A file with any\n"
                  "                              error imports nothing; re-importing a catalogue\n"
                  "                              updates courses and qualifications by code.\n"
                  "  export catalogue FILE       Write the stored catalogue as a bundle.\n"
                  "  export learner NAME FILE    Write a stored learner profile as a learner file.\n"
                  "  learners                    List the stored learner profiles.\n"
                  "\n"
                  "Options:\n"
                  "  --database DB               Use the SQLite database DB instead of\n"
                  "                              %1\n"
                  "  -h, --help                  Show this help.\n"
                  "  -v, --version               Show the version.\n"
                  "\n"
                  "Exit status: 0 on success, 1 when a command fails, 2 on a usage error.\n")
            .arg(Database::defaultPath());
    }
};

constexpr int exitSuccess = 0;
constexpr int exitFailure = 1;
constexpr int exitUsage = 2;

struct Invocation
{
    QStringList positional;
    QString databasePath;
};

int usageError(QTextStream &err, const QString &message)
{
    err << "cairn-cli: " << message << '\n' << CliText::tr("Try 'cairn-cli --help'.") << '\n';
    return exitUsage;
}

bool openDatabase(const Invocation &invocation, Database &database, QTextStream &err)
{
    if (Status opened = database.open(invocation.databasePath); !opened) {
        err << "cairn-cli: " << opened.message() << '\n';
        return false;
    }
    return true;
}

int runImport(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    if (invocation.positional.size() != 2)
        return usageError(err, CliText::tr("import takes exactly one FILE"));
    Database database;
    if (!openDatabase(invocation, database, err))
        return exitFailure;
    const QString fileName = invocation.positional.at(1);
    ImportSummary summary;
    if (Status imported = Importer(database).importFile(fileName, &summary); !imported) {
        err << imported.message() << '\n' << CliText::tr("Nothing was imported.") << '\n';
        return exitFailure;
    }
    if (summary.format == DocumentFormat::Catalogue) {
        out << CliText::tr("Imported catalogue \"%1\" from %2 (courses: %3, qualifications: %4).")
                   .arg(summary.name, fileName)
                   .arg(summary.courses)
                   .arg(summary.qualifications)
            << '\n';
    } else {
        out << CliText::tr("Imported learner \"%1\" from %2 (records: %3).")
                   .arg(summary.name, fileName)
                   .arg(summary.records)
            << '\n';
    }
    return exitSuccess;
}

int writeOrFail(const QString &fileName, const QByteArray &bytes, QTextStream &out, QTextStream &err)
{
    if (Status written = writeJsonFile(fileName, bytes); !written) {
        err << "cairn-cli: " << written.message() << '\n';
        return exitFailure;
    }
    out << CliText::tr("Wrote %1").arg(fileName) << '\n';
    return exitSuccess;
}

int runExport(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    const QStringList &args = invocation.positional;
    const QString what = args.value(1);
    if (!((what == u"catalogue" && args.size() == 3) || (what == u"learner" && args.size() == 4)))
        return usageError(err, CliText::tr("use 'export catalogue FILE' or 'export learner NAME FILE'"));
    Database database;
    if (!openDatabase(invocation, database, err))
        return exitFailure;
    if (what == u"catalogue") {
        Catalogue catalogue;
        if (Status loaded = CatalogueRepository(database).load(catalogue); !loaded) {
            err << "cairn-cli: " << loaded.message() << '\n';
            return exitFailure;
        }
        return writeOrFail(args.at(2), catalogueToJsonBytes(catalogue), out, err);
    }
    LearnerProfile learner;
    if (Status loaded = LearnerRepository(database).loadByName(args.at(2), learner); !loaded) {
        err << "cairn-cli: " << loaded.message() << '\n';
        return exitFailure;
    }
    return writeOrFail(args.at(3), learnerToJsonBytes(learner), out, err);
}

int runLearners(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    if (invocation.positional.size() != 1)
        return usageError(err, CliText::tr("learners takes no arguments"));
    Database database;
    if (!openDatabase(invocation, database, err))
        return exitFailure;
    const QList<LearnerSummary> learners = LearnerRepository(database).list();
    if (learners.isEmpty())
        out << CliText::tr("No learner profiles yet; import a learner file first.") << '\n';
    for (const LearnerSummary &learner : learners)
        out << CliText::tr("%1 (records: %2)").arg(learner.name).arg(learner.recordCount) << '\n';
    return exitSuccess;
}

} // namespace

int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption databaseOption(QStringLiteral("database"), QString(), QStringLiteral("DB"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption versionOption(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    parser.addOptions({databaseOption, helpOption, versionOption});

    if (!parser.parse(QStringList{QStringLiteral("cairn-cli")} + arguments))
        return usageError(err, parser.errorText());
    if (parser.isSet(helpOption)) {
        out << CliText::usage();
        return exitSuccess;
    }
    if (parser.isSet(versionOption)) {
        out << "cairn-cli " << QCoreApplication::applicationVersion() << '\n';
        return exitSuccess;
    }

    Invocation invocation{parser.positionalArguments(),
                          parser.isSet(databaseOption) ? parser.value(databaseOption) : Database::defaultPath()};
    const QString command = invocation.positional.value(0);
    if (command.isEmpty())
        return usageError(err, CliText::tr("no command given"));
    if (command == u"import")
        return runImport(invocation, out, err);
    if (command == u"export")
        return runExport(invocation, out, err);
    if (command == u"learners")
        return runLearners(invocation, out, err);
    return usageError(err, CliText::tr("unknown command \"%1\"").arg(command));
}

} // namespace Cairn::Core
