#include "searchindex.h"

#include "sqlbackend.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QStringList>

namespace Cairn::Core {

namespace {

class SearchIndexText
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::SearchIndex)
};

QString scopeCondition(SearchScope scope)
{
    switch (scope) {
    case SearchScope::AllCourses:
        return QStringLiteral("1");
    case SearchScope::Course:
        return QStringLiteral("c.code = ?");
    case SearchScope::CoursesOfProvider:
        return QStringLiteral("c.provider_id = ?");
    case SearchScope::CoursesWithSkill:
        return QStringLiteral("c.code IN (SELECT course_code FROM course_skills WHERE skill_id = ?)");
    }
    return QStringLiteral("0");
}

QString doing()
{
    return SearchIndexText::tr("updating the search index");
}

} // namespace

SearchIndexRows::SearchIndexRows(const QSqlDatabase &db, SearchScope scope)
    : m_scope(scope), m_remove(db), m_insert(db), m_kept(backendOf(db) == SqlBackend::Sqlite)
{
}

Status SearchIndexRows::prepare()
{
    if (m_prepared)
        return Status::success();
    const QString condition = scopeCondition(m_scope);
    if (Status s = prepareSql(m_remove, QStringLiteral("DELETE FROM course_search WHERE rowid IN "
                                                       "(SELECT c.rowid FROM courses c WHERE %1)").arg(condition),
                              doing());
        !s)
        return s;
    if (Status s = prepareSql(m_insert, QStringLiteral(
                "INSERT INTO course_search(rowid, code, title, provider, skills, outcomes) "
                "SELECT c.rowid, c.code, c.title, COALESCE(p.name, ''), "
                "COALESCE((SELECT group_concat(s.label, ' ') FROM course_skills cs "
                "JOIN skills s ON s.id = cs.skill_id WHERE cs.course_code = c.code), ''), c.outcomes "
                "FROM courses c LEFT JOIN providers p ON p.id = c.provider_id WHERE %1").arg(condition),
                              doing());
        !s)
        return s;
    m_prepared = true;
    return Status::success();
}

Status SearchIndexRows::remove(const QString &key)
{
    if (!m_kept)
        return Status::success();
    if (Status s = prepare(); !s)
        return s;
    if (m_scope != SearchScope::AllCourses)
        m_remove.addBindValue(key);
    return execPrepared(m_remove, doing());
}

Status SearchIndexRows::refresh(const QString &key)
{
    if (!m_kept)
        return Status::success();
    if (Status s = remove(key); !s)
        return s;
    if (m_scope != SearchScope::AllCourses)
        m_insert.addBindValue(key);
    return execPrepared(m_insert, doing());
}

Status rebuildSearchIndex(const QSqlDatabase &db)
{
    if (backendOf(db) != SqlBackend::Sqlite)
        return Status::success();
    // Clearing every row first also drops rows of courses deleted behind
    // Cairn's back.
    QSqlQuery query(db);
    if (Status s = execSql(query, QStringLiteral("DELETE FROM course_search"), doing()); !s)
        return s;
    return SearchIndexRows(db, SearchScope::AllCourses).refresh();
}

QString searchMatchExpression(const QString &userText)
{
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            words.append(u'"' + word + QStringLiteral("\"*"));
        word.clear();
    };
    for (const QChar c : userText) {
        // The separators of FTS5's unicode61 tokenizer: anything that is not
        // a letter, a digit or a combining mark.
        if (c.isLetterOrNumber() || c.isMark())
            word.append(c);
        else
            flush();
    }
    flush();
    return words.join(u' ');
}

} // namespace Cairn::Core
