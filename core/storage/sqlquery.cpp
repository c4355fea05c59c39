#include "sqlquery.h"

#include "sqliteerror.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Cairn::Core {

Status queryFailure(const QSqlQuery &query, const QString &doing)
{
    return sqlFailure(query.lastError(), QCoreApplication::translate("Cairn::Core::Sql", "database error while %1: %2")
                                             .arg(doing, describeSqlError(query.lastError())));
}

Status execSql(QSqlQuery &query, const QString &sql, const QString &doing)
{
    return query.exec(sql) ? Status::success() : queryFailure(query, doing);
}

Status execPrepared(QSqlQuery &query, const QString &doing)
{
    return query.exec() ? Status::success() : queryFailure(query, doing);
}

Status prepareSql(QSqlQuery &query, const QString &sql, const QString &doing)
{
    return query.prepare(sql) ? Status::success() : queryFailure(query, doing);
}

} // namespace Cairn::Core
