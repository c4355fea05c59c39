#include "database.h"

#include "backups.h"
#include "migrations.h"
#include "serverschema.h"
#include "sqlquery.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

namespace Cairn::Core {

namespace {
QAtomicInteger<quint64> connectionCounter;

class DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::Database)
};

Status createPrivateFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return Status::success();
    if (!QDir().mkpath(info.absolutePath())) {
        return Status::failure(
            DatabaseText::tr("%1: cannot create the folder %2").arg(path, info.absolutePath()));
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(DatabaseText::tr("%1: cannot create the database: %2").arg(path, file.errorString()));
    file.close();
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Status::failure(DatabaseText::tr("%1: cannot restrict the database to its owner").arg(path));
    return Status::success();
}
} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("cairn-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/cairn.sqlite");
}

Status Database::fail(SqliteProblem problem, const QString &message)
{
    close();
    m_problem = problem;
    return Status::failure(message);
}

// The first 16 bytes of every SQLite database; anything else is refused
// before SQLite (or a migration) touches it.
Status Database::refuseForeignFile(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return Status::success();
    if (!file.open(QIODevice::ReadOnly))
        return fail(SqliteProblem::CannotOpen, DatabaseText::tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    if (file.read(16) != QByteArrayView("SQLite format 3\0", 16)) {
        return fail(SqliteProblem::NotADatabase,
                    DatabaseText::tr("%1 is not a Cairn database (it is not an SQLite file). Nothing was changed; "
                                     "open another database or start a new one.")
                        .arg(path));
    }
    return Status::success();
}

Status Database::open(const QString &path, Mode mode)
{
    close();
    m_problem = SqliteProblem::None;
    const bool inMemory = path == u":memory:";
    const QFileInfo file(path);
    m_readOnly = !inMemory && file.exists()
                 && (mode == Mode::ReadOnly || !file.isWritable() || !QFileInfo(file.absolutePath()).isWritable());
    if (!inMemory) {
        if (Status foreign = refuseForeignFile(path); !foreign)
            return foreign;
        if (!m_readOnly) {
            if (Status created = createPrivateFile(path); !created)
                return fail(SqliteProblem::CannotOpen, created.message());
        }
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (m_readOnly) {
            // Immutable: SQLite reads a WAL database without creating its
            // -wal and -shm files (which a read-only folder would refuse).
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
            QUrl uri = QUrl::fromLocalFile(file.absoluteFilePath());
            uri.setQuery(QStringLiteral("immutable=1"));
            db.setDatabaseName(uri.toString());
        } else {
            db.setDatabaseName(path);
        }
        if (!db.open()) {
            const QSqlError error = db.lastError();
            db = QSqlDatabase(); // released before the connection is removed
            return fail(sqliteProblemOf(error),
                        DatabaseText::tr("%1: cannot open the database: %2").arg(path, describeSqlError(error)));
        }
    }
    m_path = path;
    // Nothing below writes before the file is known to be Cairn's and whole
    // (switching a file to WAL, or upgrading it, writes).
    const int version = readSchemaVersion(connection());
    if (version == 0 && !inMemory) {
        QSqlQuery tables(connection());
        if (tables.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) && tables.next()
            && tables.value(0).toInt() > 0) {
            tables = QSqlQuery();
            return fail(SqliteProblem::NotADatabase,
                        DatabaseText::tr("%1 is another program's SQLite database, not Cairn's. Nothing was changed; "
                                         "open another database or start a new one.")
                            .arg(path));
        }
    }
    if (m_readOnly) {
        if (version != currentSchemaVersion) {
            return fail(SqliteProblem::ReadOnly,
                        DatabaseText::tr("%1 is read-only here and was made by another version of Cairn (schema %2); "
                                         "it can only be opened where it can be upgraded.")
                            .arg(path)
                            .arg(version));
        }
        QSqlQuery(connection()).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        return Status::success();
    }
    if (version >= 1 && version < currentSchemaVersion) {
        if (m_upgradeNotice)
            m_upgradeNotice(version, currentSchemaVersion);
        // An upgrade writes: never into a damaged file.
        if (Status checked = verify(); !checked)
            return checked;
    }
    if (Status pragmas = applyPragmas(); !pragmas)
        return fail(m_problem == SqliteProblem::None ? SqliteProblem::Other : m_problem, pragmas.message());
    if (version >= 1 && version < currentSchemaVersion) {
        if (Status backedUp = Backups(path).make(connection(), QStringLiteral("upgrade")); !backedUp) {
            return fail(SqliteProblem::Other, DatabaseText::tr("%1: not upgraded, because %2").arg(path, backedUp.message()));
        }
    }
    if (Status migrated = migrateToCurrentSchema(connection()); !migrated)
        return fail(SqliteProblem::Other, path + QStringLiteral(": ") + migrated.message());
    return Status::success();
}

namespace {
// A connection string as messages may show it: no password.
QString withoutPassword(const QString &conninfo)
{
    static const QRegularExpression password(QStringLiteral("password\\s*=\\s*('([^'\\\\]|\\\\.)*'|\\S*)"));
    QString shown = conninfo;
    return shown.replace(password, QStringLiteral("password=…"));
}
// libpq's message on one line: "…failed: No such file or directory. Is the
// server running…" rather than a line break and a tab.
QString asOneLine(const QString &message)
{
    QStringList lines;
    for (const QString &line : message.split(u'\n', Qt::SkipEmptyParts)) {
        QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        const bool ended = lines.isEmpty() || lines.last().endsWith(u'.') || lines.last().endsWith(u'?')
                           || lines.last().endsWith(u':');
        if (!ended)
            lines.last().append(u'.');
        lines.append(trimmed);
    }
    return lines.join(u' ');
}
} // namespace

Status Database::openServer(const QString &conninfo, ServerSchema schema)
{
    close();
    m_problem = SqliteProblem::None;
    const QString shown = withoutPassword(conninfo);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return fail(SqliteProblem::CannotOpen,
                    DatabaseText::tr("cannot reach a study centre's server: Qt's PostgreSQL driver is not installed "
                                     "(Debian package libqt6sql6-psql)"));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        // Qt passes the options through to libpq as they are (a ';' would
        // become a space), so every keyword of a connection string works.
        db.setConnectOptions(conninfo);
        if (!db.open()) {
            const QString error = db.lastError().driverText().isEmpty() || db.lastError().databaseText().isEmpty()
                                      ? db.lastError().text()
                                      : db.lastError().databaseText();
            db = QSqlDatabase();
            return fail(SqliteProblem::CannotOpen,
                        DatabaseText::tr("cannot reach the study centre's server (%1): %2").arg(shown, asOneLine(error)));
        }
    }
    m_path = shown;
    m_conninfo = conninfo;
    m_backend = SqlBackend::Postgres;
    QSqlQuery(connection()).exec(QStringLiteral("SET client_min_messages = warning"));
    const int version = readServerSchemaVersion(connection());
    if (version < 0)
        return fail(SqliteProblem::Other, DatabaseText::tr("%1: cannot read Cairn's schema version").arg(shown));
    if (schema == ServerSchema::Init) {
        if (Status created = createServerSchema(connection()); !created)
            return fail(SqliteProblem::Other, shown + QStringLiteral(": ") + created.message());
        return Status::success();
    }
    if (schema == ServerSchema::Upgrade) {
        if (Status migrated = migrateServerSchema(connection()); !migrated)
            return fail(SqliteProblem::Other, shown + QStringLiteral(": ") + migrated.message());
        return Status::success();
    }
    if (version == 0) {
        return fail(SqliteProblem::NotADatabase,
                    DatabaseText::tr("%1 holds no Cairn catalogue yet; the study centre creates it with "
                                     "'cairn-cli server init'")
                        .arg(shown));
    }
    if (version < currentServerSchemaVersion) {
        return fail(SqliteProblem::Other,
                    DatabaseText::tr("%1 holds Cairn's schema %2, older than this Cairn's %3; the study centre "
                                     "upgrades it with 'cairn-cli server migrate'")
                        .arg(shown)
                        .arg(version)
                        .arg(currentServerSchemaVersion));
    }
    if (version > currentServerSchemaVersion) {
        return fail(SqliteProblem::Other,
                    DatabaseText::tr("%1 was set up by a newer Cairn (schema %2); this Cairn understands up to "
                                     "schema %3")
                        .arg(shown)
                        .arg(version)
                        .arg(currentServerSchemaVersion));
    }
    return Status::success();
}

Status Database::openLocalCopy()
{
    const QString server = isServer() ? m_conninfo : m_copyOf;
    if (Status opened = open(QStringLiteral(":memory:")); !opened)
        return opened;
    m_copyOf = server;
    return Status::success();
}

Status Database::reconnect()
{
    // Tried apart first: a server still out of reach leaves the copy as it is.
    // A copy of the string: opening clears m_copyOf.
    const QString server = m_copyOf;
    Database trial;
    if (Status reached = trial.openServer(server); !reached)
        return reached;
    trial.close();
    return openServer(server);
}

Status Database::verify()
{
    if (isServer())
        return Status::success(); // the server keeps its own files whole
    const QString path = m_path;
    QSqlQuery query(connection());
    QStringList problems;
    bool checked = query.exec(QStringLiteral("PRAGMA quick_check(5)"));
    while (checked && query.next()) {
        for (const QString &line : query.value(0).toString().split(u'\n', Qt::SkipEmptyParts)) {
            if (!line.startsWith(u"***")) // "*** in database main ***"
                problems.append(line.trimmed());
        }
    }
    if (checked && problems == QStringList{QStringLiteral("ok")})
        return Status::success();
    const QString detail = checked ? problems.join(QStringLiteral("; ")) : describeSqlError(query.lastError());
    query = QSqlQuery();
    return fail(SqliteProblem::Damaged,
                DatabaseText::tr("%1 is damaged (%2). Nothing was changed; restore a backup or start a new database.")
                    .arg(path, detail));
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_path.clear();
    m_readOnly = false;
    m_backend = SqlBackend::Sqlite;
    m_conninfo.clear();
    m_copyOf.clear();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
        && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    if (isServer())
        return readServerSchemaVersion(connection());
    return readSchemaVersion(connection());
}

Status Database::applyPragmas()
{
    // DESIGN.md "Storage": enforce foreign keys, WAL for concurrent readers,
    // NORMAL sync (safe with WAL), and wait rather than fail when another
    // process holds the write lock.
    const QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"),
                              QStringLiteral("PRAGMA journal_mode = WAL"),
                              QStringLiteral("PRAGMA synchronous = NORMAL"),
                              QStringLiteral("PRAGMA busy_timeout = 5000")};
    QSqlQuery query(connection());
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma)) {
            m_problem = sqliteProblemOf(query.lastError());
            return Status::failure(DatabaseText::tr("%1: cannot set up the connection: %2")
                                       .arg(m_path, describeSqlError(query.lastError())));
        }
    }
    return Status::success();
}

} // namespace Cairn::Core
