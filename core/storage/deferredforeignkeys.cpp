#include "deferredforeignkeys.h"

#include "sqlquery.h"

#include <QSqlQuery>
#include <QVariant>

namespace Cairn::Core {

DeferredForeignKeys::DeferredForeignKeys(const QSqlDatabase &db) : m_db(db)
{
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
}

DeferredForeignKeys::~DeferredForeignKeys()
{
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

Status DeferredForeignKeys::check(const QStringList &tables)
{
    const QString doing = tr("checking the references of a large import");
    QSqlQuery query(m_db);
    for (const QString &table : tables) {
        // Rows: the table, the rowid, the table referred to, the key's index.
        if (Status s = execSql(query, QStringLiteral("PRAGMA foreign_key_check(%1)").arg(table), doing); !s)
            return s;
        if (query.next()) {
            return Status::failure(tr("row %1 of %2 refers to a row of %3 that does not exist")
                                       .arg(query.value(1).toLongLong())
                                       .arg(table, query.value(2).toString()));
        }
    }
    return Status::success();
}

} // namespace Cairn::Core
