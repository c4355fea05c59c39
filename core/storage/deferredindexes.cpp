#include "deferredindexes.h"

#include "searchindex.h"
#include "sqlbackend.h"
#include "sqlquery.h"

#include <QSqlQuery>

namespace Cairn::Core {

namespace {
constexpr auto searchTable = "course_search";
}

Status DeferredIndexes::setAside(const QStringList &tables)
{
    if (backendOf(m_db) != SqlBackend::Sqlite)
        return Status::success(); // a server keeps its indexes current; rebuild() writes the words
    const QString doing = tr("setting the indexes aside for a large import");
    QSqlQuery query(m_db);
    // Indexes a table's own constraints made (sql IS NULL) stay.
    if (Status s = execSql(query,
                           QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                          "AND tbl_name IN ('%1') ORDER BY name")
                               .arg(tables.join(QStringLiteral("', '"))),
                           doing);
        !s)
        return s;
    QStringList names;
    while (query.next()) {
        names.append(query.value(0).toString());
        m_definitions.append(query.value(1).toString());
    }
    if (Status s = execSql(query, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                                      .arg(QLatin1String(searchTable)),
                           doing);
        !s)
        return s;
    if (query.next())
        m_searchDefinition = query.value(0).toString();
    query.finish();
    for (const QString &name : std::as_const(names)) {
        if (Status s = execSql(query, QStringLiteral("DROP INDEX \"%1\"").arg(name), doing); !s)
            return s;
    }
    if (!m_searchDefinition.isEmpty()) {
        if (Status s = execSql(query, QStringLiteral("DROP TABLE %1").arg(QLatin1String(searchTable)), doing); !s)
            return s;
    }
    return Status::success();
}

Status DeferredIndexes::rebuild()
{
    if (backendOf(m_db) != SqlBackend::Sqlite)
        return rebuildSearchIndex(m_db); // the courses' words, in one pass
    const QString doing = tr("building the indexes after a large import");
    QSqlQuery query(m_db);
    for (const QString &definition : std::as_const(m_definitions)) {
        if (Status s = execSql(query, definition, doing); !s)
            return s;
    }
    if (m_searchDefinition.isEmpty())
        return Status::success();
    if (Status s = execSql(query, m_searchDefinition, doing); !s)
        return s;
    return SearchIndexRows(m_db, SearchScope::AllCourses).refresh();
}

} // namespace Cairn::Core
