#include "sqliteerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QStringList>

namespace Cairn::Core {

namespace {

class SqliteText
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::SqliteError)
};

// SQLite's primary result codes (the low byte of an extended code).
enum : int {
    sqliteBusy = 5,
    sqliteLocked = 6,
    sqliteReadOnly = 8,
    sqliteIoErr = 10,
    sqliteCorrupt = 11,
    sqliteFull = 13,
    sqliteCantOpen = 14,
    sqliteConstraint = 19,
    sqliteNotADb = 26,
};

} // namespace

namespace {
// PostgreSQL reports a five-character SQLSTATE ("23503"); SQLite a number.
QString sqlStateOf(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code.size() == 5 && !code.startsWith(u'-') ? code : QString();
}

SqliteProblem serverProblemOf(const QString &state)
{
    if (state == u"40001" || state == u"40P01" || state == u"55P03")
        return SqliteProblem::Busy; // serialisation failure, deadlock, lock not available: try again
    if (state == u"53100")
        return SqliteProblem::Full;
    if (state.startsWith(u"23"))
        return SqliteProblem::Constraint;
    return SqliteProblem::Other;
}

// The server's words without libpq's "ERROR:  " and its line breaks.
QString serverWords(const QSqlError &error)
{
    QStringList lines;
    for (QString line : error.databaseText().split(u'\n', Qt::SkipEmptyParts)) {
        line = line.trimmed();
        if (line.startsWith(QStringLiteral("ERROR:")))
            line = line.mid(6).trimmed();
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines.isEmpty() ? error.text().trimmed() : lines.join(QStringLiteral("; "));
}
} // namespace

SqliteProblem sqliteProblemOf(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return SqliteProblem::None;
    if (const QString state = sqlStateOf(error); !state.isEmpty())
        return serverProblemOf(state);
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return SqliteProblem::Other;
    switch (code) {
    case sqliteBusy:
    case sqliteLocked:
        return SqliteProblem::Busy;
    case sqliteReadOnly:
        return SqliteProblem::ReadOnly;
    case sqliteIoErr:
        return SqliteProblem::InputOutput;
    case sqliteCorrupt:
        return SqliteProblem::Damaged;
    case sqliteFull:
        return SqliteProblem::Full;
    case sqliteCantOpen:
        return SqliteProblem::CannotOpen;
    case sqliteConstraint:
        return SqliteProblem::Constraint;
    case sqliteNotADb:
        return SqliteProblem::NotADatabase;
    default:
        return SqliteProblem::Other;
    }
}

QString describeSqliteProblem(SqliteProblem problem)
{
    switch (problem) {
    case SqliteProblem::Busy:
        return SqliteText::tr("another program is using the database and kept it locked; close that program "
                              "(or another Cairn) and try again");
    case SqliteProblem::ReadOnly:
        return SqliteText::tr("the database cannot be written here (the file or its folder is read-only)");
    case SqliteProblem::Damaged:
        return SqliteText::tr("the database file is damaged");
    case SqliteProblem::Full:
        return SqliteText::tr("the disk is full; free some space and try again");
    case SqliteProblem::NotADatabase:
        return SqliteText::tr("the file is not a Cairn database");
    case SqliteProblem::CannotOpen:
        return SqliteText::tr("the file cannot be opened (check that it and its folder exist and can be read)");
    case SqliteProblem::InputOutput:
        return SqliteText::tr("the disk could not be read or written");
    case SqliteProblem::None:
    case SqliteProblem::Constraint:
    case SqliteProblem::Other:
        break;
    }
    return {};
}

QString describeSqlError(const QSqlError &error)
{
    if (const QString state = sqlStateOf(error); !state.isEmpty()) {
        switch (serverProblemOf(state)) {
        case SqliteProblem::Busy:
            return SqliteText::tr("another desk was changing the same data at the same moment; try again");
        case SqliteProblem::Full:
            return SqliteText::tr("the server's disk is full; tell the study centre");
        default:
            return serverWords(error);
        }
    }
    const SqliteProblem problem = sqliteProblemOf(error);
    if (const QString sentence = describeSqliteProblem(problem); !sentence.isEmpty())
        return sentence;
    // SQLite's own words without the driver's ("Unable to execute statement").
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}

Status sqlFailure(const QSqlError &error, const QString &message)
{
    return sqliteProblemOf(error) == SqliteProblem::Busy ? Status::retryable(message) : Status::failure(message);
}

} // namespace Cairn::Core
