#include "commandline.h"
#include "io/savefile.h"

#include "invocation.h"

#include "io/cataloguewriter.h"
#include "import/importer.h"
#include "io/learnerfile.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/learnerrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Cairn::Core {

namespace {

QString usage()
{
    return CliText::tr("Usage: cairn-cli COMMAND [OPTIONS]\n"
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
                       "  backup [FILE]               Copy the database to FILE, or into the backups\n"
                       "                              folder beside it (Cairn also backs up before\n"
                       "                              every import and upgrade, and once a day).\n"
                       "  restore FILE                Put the backup FILE in the database's place; the\n"
                       "                              database as it was is kept beside it.\n"
                       "  server init CONNINFO        Create Cairn's schema in an empty database on a\n"
                       "                              study centre's PostgreSQL server.\n"
                       "  server migrate CONNINFO     Upgrade the schema on the server to this Cairn's.\n"
                       "  audit --qualification CODE  What counts toward CODE and what is missing.\n"
                       "        [--mode earned|planned] [--as-of YYYY-MM-DD] [--json]\n"
                       "  whatif                      Every qualification ranked by the credits still\n"
                       "        [--mode planned|earned] [--as-of YYYY-MM-DD] [--json]\n"
                       "                              needed, with an estimate of cost and hours.\n"
                       "  plan                        Schedule the enrolled and planned courses into\n"
                       "        [--hours-per-week H] [--start YYYY-MM-DD] [--json] [--ics FILE]\n"
                       "                              weeks within the hours available (default: the\n"
                       "                              learner's), finishing as early as possible;\n"
                       "                              --ics writes the schedule as an iCalendar file.\n"
                       "        [--qualification CODE [--optimise time|cost]]\n"
                       "                              Also choose the catalogue courses that complete\n"
                       "                              CODE soonest (time, the default) or cheapest.\n"
                       "  report --pdf FILE           A progress report on paper: the profile, each\n"
                       "        [--qualification CODE] [--paper a4|letter] [--as-of YYYY-MM-DD]\n"
                       "                              goal's audit with what is missing (or only\n"
                       "                              CODE's), the courses, the plan week by week and\n"
                       "                              the costs per year.\n"
                       "  handout --qualification CODE --pdf FILE\n"
                       "        [--paper a4|letter] [--as-of YYYY-MM-DD]\n"
                       "                              An advisor's handout of CODE's pathway: the\n"
                       "                              qualifications that stack with it, their rules,\n"
                       "                              the courses, the fastest and cheapest ways. It\n"
                       "                              holds no learner data: give --catalogue FILE or\n"
                       "                              --database DB, no --learner.\n"
                       "\n"
                       "Where audit, whatif, plan and report read their data:\n"
                       "  --catalogue FILE --learner FILE\n"
                       "                              Read both files (nothing is stored).\n"
                       "  --database DB [--learner NAME]\n"
                       "                              Use a stored catalogue and learner profile; NAME\n"
                       "                              may be left out when there is only one.\n"
                       "\n"
                       "Options:\n"
                       "  --database DB               Use the SQLite database DB instead of\n"
                       "                              %1\n"
                       "  --server CONNINFO           Use a study centre's PostgreSQL server instead:\n"
                       "                              a libpq connection string (\"host=centre\n"
                       "                              dbname=cairn\") or service (\"service=centre\").\n"
                       "  --json                      Print one JSON document instead of text.\n"
                       "  -h, --help                  Show this help.\n"
                       "  -v, --version               Show the version.\n"
                       "\n"
                       "Exit status: 0 on success, 1 when a command fails, 2 on a usage error.\n")
        .arg(Database::defaultPath());
}

int runImport(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    if (invocation.positional.size() != 2)
        return usageError(err, CliText::tr("import takes exactly one FILE"));
    Database database;
    if (!openStore(invocation, database, err))
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
    if (Status written = writeFileAtomically(fileName, bytes); !written) {
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
    if (!openStore(invocation, database, err))
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
    if (!openStore(invocation, database, err))
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
    const QCommandLineOption serverOption(QStringLiteral("server"), QString(), QStringLiteral("CONNINFO"));
    const QCommandLineOption catalogueOption(QStringLiteral("catalogue"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption learnerOption(QStringLiteral("learner"), QString(), QStringLiteral("FILE or NAME"));
    const QCommandLineOption qualificationOption(QStringLiteral("qualification"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption modeOption(QStringLiteral("mode"), QString(), QStringLiteral("MODE"));
    const QCommandLineOption asOfOption(QStringLiteral("as-of"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption hoursOption(QStringLiteral("hours-per-week"), QString(), QStringLiteral("H"));
    const QCommandLineOption startOption(QStringLiteral("start"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption icsOption(QStringLiteral("ics"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption optimiseOption(QStringLiteral("optimise"), QString(), QStringLiteral("time|cost"));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption paperOption(QStringLiteral("paper"), QString(), QStringLiteral("a4|letter"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption versionOption(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    parser.addOptions({databaseOption, serverOption, catalogueOption, learnerOption, qualificationOption, modeOption, asOfOption,
                       jsonOption, hoursOption, startOption, icsOption, optimiseOption, pdfOption, paperOption,
                       helpOption, versionOption});

    if (!parser.parse(QStringList{QStringLiteral("cairn-cli")} + arguments))
        return usageError(err, parser.errorText());
    if (parser.isSet(helpOption)) {
        out << usage();
        return exitSuccess;
    }
    if (parser.isSet(versionOption)) {
        out << "cairn-cli " << QCoreApplication::applicationVersion() << '\n';
        return exitSuccess;
    }

    Invocation invocation;
    invocation.positional = parser.positionalArguments();
    invocation.databaseGiven = parser.isSet(databaseOption);
    invocation.databasePath = invocation.databaseGiven ? parser.value(databaseOption) : Database::defaultPath();
    invocation.server = parser.value(serverOption);
    if (invocation.databaseGiven && parser.isSet(serverOption))
        return usageError(err, CliText::tr("use either --database DB or --server CONNINFO, not both"));
    if (parser.isSet(serverOption) && invocation.server.trimmed().isEmpty())
        return usageError(err, CliText::tr("--server needs a connection string, such as \"service=centre\""));
    invocation.catalogueFile = parser.value(catalogueOption);
    invocation.learner = parser.value(learnerOption);
    invocation.qualification = parser.value(qualificationOption);
    invocation.mode = parser.value(modeOption);
    invocation.asOf = parser.value(asOfOption);
    invocation.json = parser.isSet(jsonOption);
    invocation.hoursPerWeek = parser.value(hoursOption);
    invocation.start = parser.value(startOption);
    invocation.icsFile = parser.value(icsOption);
    invocation.optimise = parser.value(optimiseOption);
    invocation.pdfFile = parser.value(pdfOption);
    invocation.paper = parser.value(paperOption);

    const QString command = invocation.positional.value(0);
    if (command.isEmpty())
        return usageError(err, CliText::tr("no command given"));
    if (command == u"import")
        return runImport(invocation, out, err);
    if (command == u"export")
        return runExport(invocation, out, err);
    if (command == u"learners")
        return runLearners(invocation, out, err);
    if (command == u"audit")
        return runAudit(invocation, out, err);
    if (command == u"whatif")
        return runWhatIf(invocation, out, err);
    if (command == u"plan")
        return runPlan(invocation, out, err);
    if (command == u"report")
        return runReport(invocation, out, err);
    if (command == u"handout")
        return runHandout(invocation, out, err);
    if ((command == u"backup" || command == u"restore") && !invocation.server.isEmpty()) {
        return usageError(err, CliText::tr("%1 works on a database file; a study centre backs up its server with "
                                           "pg_dump (docs/STUDY_CENTRE.md)")
                                   .arg(command));
    }
    if (command == u"backup")
        return runBackup(invocation, out, err);
    if (command == u"restore")
        return runRestore(invocation, out, err);
    if (command == u"server")
        return runServer(invocation, out, err);
    return usageError(err, CliText::tr("unknown command \"%1\"").arg(command));
}

} // namespace Cairn::Core
