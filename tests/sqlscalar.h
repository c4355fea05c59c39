#pragma once

// The first value a query on Cairn's own connection returns, for tests that
// look at what a Database wrote; invalid when the query fails or is empty.

#include "storage/database.h"

#include <QSqlQuery>
#include <QVariant>

namespace Cairn::Test {

inline QVariant scalar(const Core::Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

} // namespace Cairn::Test
