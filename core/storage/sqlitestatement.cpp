#include "sqlitestatement.h"

#include "sqliteerror.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace Cairn::Core {

namespace {

// The connection's own handle, as Qt's SQLite driver hands it out
// (QSqlDriver::handle()); null for any other driver.
sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

bool SqliteStatement::isAvailable(const QSqlDatabase &db)
{
    return handleOf(db) != nullptr;
}

SqliteStatement::SqliteStatement(const QSqlDatabase &db) : m_db(handleOf(db)) { }

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

Status SqliteStatement::prepare(const QString &sql, const QString &doing)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_next = 1;
    if (!m_db)
        return Status::failure(QCoreApplication::translate("Cairn::Core::Sql", "database error while %1: %2")
                                   .arg(doing, QCoreApplication::translate("Cairn::Core::Sql",
                                                                           "the connection is not to a SQLite file")));
    const int code = sqlite3_prepare16_v3(m_db, sql.utf16(), int(sql.size() * sizeof(char16_t)),
                                          SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (code == SQLITE_OK)
        return Status::success();
    m_message = QString::fromUtf8(sqlite3_errmsg(m_db));
    return failure(sqlite3_extended_errcode(m_db), doing);
}

void SqliteStatement::bindText(const QString &text)
{
    if (text.isNull()) {
        bindNull();
        return;
    }
    // SQLITE_TRANSIENT: SQLite keeps its own copy, so a temporary may be bound.
    sqlite3_bind_text16(m_statement, m_next++, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
}

void SqliteStatement::bindNumber(double value)
{
    sqlite3_bind_double(m_statement, m_next++, value);
}

void SqliteStatement::bindInteger(qint64 value)
{
    sqlite3_bind_int64(m_statement, m_next++, value);
}

void SqliteStatement::bindNull()
{
    sqlite3_bind_null(m_statement, m_next++);
}

int SqliteStatement::step()
{
    const int stepped = sqlite3_step(m_statement);
    const int code = stepped == SQLITE_DONE || stepped == SQLITE_ROW ? SQLITE_OK : sqlite3_extended_errcode(m_db);
    if (code != SQLITE_OK) // SQLite's own words, before the reset
        m_message = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_next = 1;
    return code;
}

Status SqliteStatement::failure(int code, const QString &doing) const
{
    // The shape Qt's SQLite driver gives its errors, so that one function
    // describes both (sqliteerror.h).
    const QSqlError error(QString(), m_message.isEmpty() ? QString::fromUtf8(sqlite3_errstr(code)) : m_message,
                          QSqlError::StatementError,
                          QString::number(code));
    return sqlFailure(error, QCoreApplication::translate("Cairn::Core::Sql", "database error while %1: %2")
                                 .arg(doing, describeSqlError(error)));
}

} // namespace Cairn::Core
