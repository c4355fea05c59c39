#include "invocation.h"

#include "import/importer.h"
#include "io/jsonfields.h"
#include "model/catalogue.h"
#include "model/learnerprofile.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include "storage/backups.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/learnerrepository.h"

namespace Cairn::Core {

int usageError(QTextStream &err, const QString &message)
{
    err << "cairn-cli: " << message << '\n' << CliText::tr("Try 'cairn-cli --help'.") << '\n';
    return exitUsage;
}

bool openDatabase(const QString &path, Database &database, QTextStream &err)
{
    if (Status opened = database.open(path); !opened) {
        err << "cairn-cli: " << opened.message() << '\n';
        return false;
    }
    // A batch run can afford SQLite's full quick check (a fraction of a
    // second at 100,000 courses): a damaged file is neither read nor written.
    if (Status checked = database.verify(); !checked) {
        err << "cairn-cli: " << checked.message();
        if (const std::optional<BackupFile> latest = Backups(path).latest()) {
            err << ' ' << CliText::tr("The latest backup was made on %1: cairn-cli restore \"%2\" --database \"%3\"")
                              .arg(QLocale().toString(latest->made, QLocale::ShortFormat), latest->path, path);
        }
        err << '\n';
        return false;
    }
    // At most one automatic backup a day (a copy; the database is not written),
    // but none of a backup being looked into.
    if (path != u":memory:" && !database.isReadOnly() && QFileInfo(path).absoluteDir().dirName() != u"backups") {
        if (Status backedUp = Backups(path).makeDaily(database.connection()); !backedUp)
            err << "cairn-cli: " << CliText::tr("warning: %1").arg(backedUp.message()) << '\n';
    }
    return true;
}

bool openStore(const Invocation &invocation, Database &database, QTextStream &err)
{
    if (invocation.server.isEmpty())
        return openDatabase(invocation.databasePath, database, err);
    if (Status opened = database.openServer(invocation.server); !opened) {
        err << "cairn-cli: " << opened.message() << '\n';
        return false;
    }
    return true;
}

namespace {
// Opens the database the command works on and, with --catalogue, reads the
// given files into it (an in-memory one).
int openSources(const Invocation &invocation, Database &database,
                const QList<std::pair<QString, DocumentFormat>> &files, QTextStream &err)
{
    const bool fromFiles = !invocation.catalogueFile.isEmpty();
    if (!(fromFiles ? openDatabase(QStringLiteral(":memory:"), database, err) : openStore(invocation, database, err)))
        return exitFailure;
    Importer importer(database);
    for (const auto &[file, format] : files) {
        importer.expectFormat(format);
        if (Status imported = importer.importFile(file); !imported) {
            err << imported.message() << '\n';
            return exitFailure;
        }
    }
    return exitSuccess;
}

int loadStoredCatalogue(Database &database, Catalogue &catalogue, QTextStream &err)
{
    if (Status loaded = CatalogueRepository(database).load(catalogue); !loaded) {
        err << "cairn-cli: " << loaded.message() << '\n';
        return exitFailure;
    }
    return exitSuccess;
}
} // namespace

int loadCatalogue(const Invocation &invocation, Database &database, Catalogue &catalogue, QTextStream &err)
{
    const bool fromFiles = !invocation.catalogueFile.isEmpty();
    if (fromFiles && invocation.databaseGiven)
        return usageError(err, CliText::tr("use either --catalogue FILE or --database, not both"));
    if (fromFiles && !invocation.server.isEmpty())
        return usageError(err, CliText::tr("use either --catalogue FILE or --server, not both"));
    QList<std::pair<QString, DocumentFormat>> files;
    if (fromFiles)
        files.append({invocation.catalogueFile, DocumentFormat::Catalogue});
    if (const int status = openSources(invocation, database, files, err); status != exitSuccess)
        return status;
    return loadStoredCatalogue(database, catalogue, err);
}

int loadCatalogueAndLearner(const Invocation &invocation, Database &database, Catalogue &catalogue,
                             LearnerProfile &learner, QTextStream &err)
{
    const bool fromFiles = !invocation.catalogueFile.isEmpty();
    if (fromFiles && invocation.databaseGiven)
        return usageError(err, CliText::tr("use either --catalogue and --learner files or --database, not both"));
    if (fromFiles && !invocation.server.isEmpty())
        return usageError(err, CliText::tr("use either --catalogue and --learner files or --server, not both"));
    if (fromFiles && invocation.learner.isEmpty())
        return usageError(err, CliText::tr("--catalogue needs --learner FILE"));
    QList<std::pair<QString, DocumentFormat>> files;
    if (fromFiles)
        files = {{invocation.catalogueFile, DocumentFormat::Catalogue}, {invocation.learner, DocumentFormat::Learner}};
    if (const int status = openSources(invocation, database, files, err); status != exitSuccess)
        return status;
    if (const int status = loadStoredCatalogue(database, catalogue, err); status != exitSuccess)
        return status;
    LearnerRepository learners(database);
    const QList<LearnerSummary> stored = learners.list();
    Status loaded = Status::success();
    if (!fromFiles && !invocation.learner.isEmpty()) {
        loaded = learners.loadByName(invocation.learner, learner);
    } else if (stored.size() == 1) {
        loaded = learners.load(stored.first().id, learner);
    } else {
        loaded = Status::failure(stored.isEmpty()
                                     ? CliText::tr("there is no learner profile; import a learner file first")
                                     : CliText::tr("there are %1 learner profiles; name one with --learner NAME")
                                           .arg(stored.size()));
    }
    if (!loaded) {
        err << "cairn-cli: " << loaded.message() << '\n';
        return exitFailure;
    }
    return exitSuccess;
}

const Qualification *findQualification(const CatalogueIndex &index, const QString &code, QTextStream &err)
{
    const Qualification *qualification = index.qualification(code);
    if (!qualification)
        err << "cairn-cli: " << CliText::tr("no qualification \"%1\" in the catalogue").arg(code) << '\n';
    return qualification;
}

std::optional<QDate> asOfDate(const Invocation &invocation, QTextStream &err)
{
    if (invocation.asOf.isEmpty())
        return QDate::currentDate();
    const QDate date = parseIsoDate(invocation.asOf);
    if (!date.isValid()) {
        usageError(err, CliText::tr("--as-of expects a date YYYY-MM-DD, not \"%1\"").arg(invocation.asOf));
        return std::nullopt;
    }
    return date;
}

} // namespace Cairn::Core
