#include "deferredforeignkeys.h"

#include "sqlbackend.h"
#include "sqlquery.h"

#include <QSqlQuery>
#include <QVariant>

namespace Cairn::Core {

// On a server the keys stay on: PostgreSQL checks each row as it comes, and
// a reference to nothing fails the import's transaction there and then.
DeferredForeignKeys::DeferredForeignKeys(const QSqlDatabase &db)
    : m_db(db), m_deferred(backendOf(db) == SqlBackend::Sqlite)
{
    if (m_deferred)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
}

DeferredForeignKeys::~DeferredForeignKeys()
{
    if (m_deferred)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

Status DeferredForeignKeys::check(const QStringList &tables)
{
    if (!m_deferred)
        return Status::success();
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
