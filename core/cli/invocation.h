#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace Cairn::Core {

class Database;
struct Catalogue;
class CatalogueIndex;
struct LearnerProfile;
struct Qualification;

inline constexpr int exitSuccess = 0;
inline constexpr int exitFailure = 1;
inline constexpr int exitUsage = 2;

// One parsed cairn-cli command line.
struct Invocation
{
    QStringList positional;           // the command and its arguments
    QString databasePath;             // --database, or the default location
    bool databaseGiven = false;
    QString server;                   // --server: a study centre's PostgreSQL server (libpq conninfo)
    QString catalogueFile;            // --catalogue
    QString learner;                  // --learner: a file with --catalogue, a name with --database
    QString qualification;            // --qualification
    QString mode;                     // --mode
    QString asOf;                     // --as-of
    bool json = false;                // --json
    QString hoursPerWeek;             // --hours-per-week
    QString start;                    // --start
    QString icsFile;                  // --ics
    QString optimise;                 // --optimise
    QString pdfFile;                  // --pdf
    QString paper;                    // --paper
};

class CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::CommandLine)
};

int usageError(QTextStream &err, const QString &message);
bool openDatabase(const QString &path, Database &database, QTextStream &err);
// The store the command works on: --server's, or the database file.
bool openStore(const Invocation &invocation, Database &database, QTextStream &err);

// The catalogue and learner an audit or plan works on: read from the files
// of --catalogue/--learner into an in-memory database, or from --database.
// Returns exitSuccess, or the exit status after reporting the problem.
int loadCatalogueAndLearner(const Invocation &invocation, Database &database, Catalogue &catalogue,
                             LearnerProfile &learner, QTextStream &err);

// The qualification CODE of the catalogue, or nullptr after saying so on `err`.
const Qualification *findQualification(const CatalogueIndex &index, const QString &code, QTextStream &err);

// --as-of (default today); std::nullopt after reporting a usage error.
std::optional<QDate> asOfDate(const Invocation &invocation, QTextStream &err);

// The catalogue alone (for what holds no learner data): from --catalogue
// FILE into an in-memory database, or from --database.
int loadCatalogue(const Invocation &invocation, Database &database, Catalogue &catalogue, QTextStream &err);

int runAudit(const Invocation &invocation, QTextStream &out, QTextStream &err);
int runBackup(const Invocation &invocation, QTextStream &out, QTextStream &err);
int runRestore(const Invocation &invocation, QTextStream &out, QTextStream &err);
int runWhatIf(const Invocation &invocation, QTextStream &out, QTextStream &err);
int runPlan(const Invocation &invocation, QTextStream &out, QTextStream &err);
int runReport(const Invocation &invocation, QTextStream &out, QTextStream &err);
int runHandout(const Invocation &invocation, QTextStream &out, QTextStream &err);
int runServer(const Invocation &invocation, QTextStream &out, QTextStream &err);

} // namespace Cairn::Core
