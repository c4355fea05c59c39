#pragma once

#include "model/status.h"

#include <QSqlDatabase>

namespace Cairn::Core {

// Rolls the transaction back unless commit() succeeded (RAII, after KMyMoney's
// MyMoneyDbTransaction): an early return or a failed step leaves the database
// exactly as it was.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();

    Status begin();
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace Cairn::Core
