#pragma once

#include "model/status.h"

#include <QSqlQuery>

namespace Cairn::Core {

// Runs `sql` (or the prepared statement when `sql` is empty) and turns a
// failure into "while <doing>: <driver message>".
Status execSql(QSqlQuery &query, const QString &sql, const QString &doing);
Status execPrepared(QSqlQuery &query, const QString &doing);
Status prepareSql(QSqlQuery &query, const QString &sql, const QString &doing);

} // namespace Cairn::Core
