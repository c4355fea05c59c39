#pragma once

#include "model/status.h"

#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace Cairn::Core {

// Runs `sql` (or the prepared statement when `sql` is empty) and turns a
// failure into "while <doing>: <driver message>".
Status execSql(QSqlQuery &query, const QString &sql, const QString &doing);
Status execPrepared(QSqlQuery &query, const QString &doing);
Status prepareSql(QSqlQuery &query, const QString &sql, const QString &doing);
// The failure of the statement `query` last ran, said the same way; for a
// loop that runs query.exec() itself and makes the sentence only on failure.
Status queryFailure(const QSqlQuery &query, const QString &doing);

// Qt SQL binds a null QString as NULL; NOT NULL text columns want "".
inline QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// An absent optional binds as NULL.
template<typename T>
QVariant optionalValue(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

} // namespace Cairn::Core
