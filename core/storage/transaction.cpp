#include "transaction.h"

#include "sqliteerror.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Cairn::Core {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db)) { }

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

Status Transaction::begin()
{
    if (!m_db.transaction()) {
        return Status::failure(QCoreApplication::translate("Cairn::Core::Transaction",
                                                           "cannot start a transaction: %1")
                                   .arg(describeSqlError(m_db.lastError())));
    }
    m_open = true;
    return Status::success();
}

Status Transaction::commit()
{
    if (!m_db.commit()) {
        return Status::failure(QCoreApplication::translate("Cairn::Core::Transaction",
                                                           "cannot commit the transaction: %1")
                                   .arg(describeSqlError(m_db.lastError())));
    }
    m_open = false;
    return Status::success();
}

} // namespace Cairn::Core
