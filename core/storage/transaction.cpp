#include "transaction.h"

#include "sqliteerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Cairn::Core {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db)) { }

Transaction::~Transaction()
{
    if (m_open)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

Status Transaction::begin()
{
    // Run as statements rather than through QSqlDatabase::transaction() and
    // commit(), whose errors drop SQLite's result code (a full disk, a lock,
    // a failing disk would all read "Unable to commit transaction").
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("BEGIN"))) {
        return sqlFailure(query.lastError(), QCoreApplication::translate("Cairn::Core::Transaction",
                                                                         "cannot start a transaction: %1")
                                                 .arg(describeSqlError(query.lastError())));
    }
    m_open = true;
    return Status::success();
}

Status Transaction::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        return sqlFailure(query.lastError(), QCoreApplication::translate("Cairn::Core::Transaction",
                                                                         "cannot commit the transaction: %1")
                                                 .arg(describeSqlError(query.lastError())));
    }
    m_open = false;
    return Status::success();
}

} // namespace Cairn::Core
