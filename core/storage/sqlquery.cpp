#include "sqlquery.h"

#include "sqliteerror.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Cairn::Core {

namespace {
Status failure(const QSqlQuery &query, const QString &doing)
{
    return sqlFailure(query.lastError(), QCoreApplication::translate("Cairn::Core::Sql", "database error while %1: %2")
                                             .arg(doing, describeSqlError(query.lastError())));
}
} // namespace

Status execSql(QSqlQuery &query, const QString &sql, const QString &doing)
{
    return query.exec(sql) ? Status::success() : failure(query, doing);
}

Status execPrepared(QSqlQuery &query, const QString &doing)
{
    return query.exec() ? Status::success() : failure(query, doing);
}

Status prepareSql(QSqlQuery &query, const QString &sql, const QString &doing)
{
    return query.prepare(sql) ? Status::success() : failure(query, doing);
}

} // namespace Cairn::Core
