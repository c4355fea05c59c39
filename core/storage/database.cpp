#include "database.h"

#include "migrations.h"
#include "sqlquery.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

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

Status Database::open(const QString &path)
{
    close();
    const bool inMemory = path == u":memory:";
    if (!inMemory) {
        if (Status created = createPrivateFile(path); !created)
            return created;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        const QString error = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        return Status::failure(DatabaseText::tr("%1: cannot open the database: %2").arg(path, error));
    }
    m_path = path;
    if (Status pragmas = applyPragmas(); !pragmas) {
        close();
        return pragmas;
    }
    if (Status migrated = migrateToCurrentSchema(connection()); !migrated) {
        close();
        return Status::failure(path + QStringLiteral(": ") + migrated.message());
    }
    return Status::success();
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
        if (Status status = execSql(query, pragma, DatabaseText::tr("setting up the connection")); !status)
            return Status::failure(m_path + QStringLiteral(": ") + status.message());
    }
    return Status::success();
}

} // namespace Cairn::Core
