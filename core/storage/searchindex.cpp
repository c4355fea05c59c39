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
        return QStringLiteral("1 = 1");
    case SearchScope::Course:
        return QStringLiteral("c.code = ?");
    case SearchScope::CoursesOfProvider:
        return QStringLiteral("c.provider_id = ?");
    case SearchScope::CoursesWithSkill:
        return QStringLiteral("c.code IN (SELECT course_code FROM course_skills WHERE skill_id = ?)");
    }
    return QStringLiteral("1 = 0");
}

QString doing()
{
    return SearchIndexText::tr("updating the search index");
}

} // namespace

SearchIndexRows::SearchIndexRows(const QSqlDatabase &db, SearchScope scope)
    : m_scope(scope), m_remove(db), m_insert(db), m_select(db), m_server(backendOf(db) == SqlBackend::Postgres)
{
}

Status SearchIndexRows::prepare()
{
    if (m_prepared)
        return Status::success();
    const QString condition = scopeCondition(m_scope);
    if (m_server) {
        // The server's index: each course's words, normalised here as FTS5's
        // tokenizer does on SQLite, so that a search finds the same courses.
        if (Status s = prepareSql(m_remove, QStringLiteral("DELETE FROM course_search WHERE course_code IN "
                                                           "(SELECT c.code FROM courses c WHERE %1)").arg(condition),
                                  doing());
            !s)
            return s;
        if (Status s = prepareSql(m_select, QStringLiteral(
                    "SELECT c.code, c.title, COALESCE(p.name, ''), "
                    "COALESCE((SELECT string_agg(s.label, ' ') FROM course_skills cs "
                    "JOIN skills s ON s.id = cs.skill_id WHERE cs.course_code = c.code), ''), c.outcomes "
                    "FROM courses c LEFT JOIN providers p ON p.id = c.provider_id WHERE %1").arg(condition),
                                  doing());
            !s)
            return s;
        if (Status s = prepareSql(m_insert, QStringLiteral("INSERT INTO course_search(course_code, words) VALUES (?, ?) "
                                                           "ON CONFLICT (course_code) DO UPDATE SET words = excluded.words"),
                                  doing());
            !s)
            return s;
        m_prepared = true;
        return Status::success();
    }
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
    if (Status s = prepare(); !s)
        return s;
    if (m_scope != SearchScope::AllCourses)
        m_remove.addBindValue(key);
    return execPrepared(m_remove, doing());
}

Status SearchIndexRows::refresh(const QString &key)
{
    if (m_server)
        return refreshOnServer(key);
    if (Status s = remove(key); !s)
        return s;
    if (m_scope != SearchScope::AllCourses)
        m_insert.addBindValue(key);
    return execPrepared(m_insert, doing());
}

Status SearchIndexRows::refreshOnServer(const QString &key)
{
    if (Status s = prepare(); !s)
        return s;
    if (m_scope != SearchScope::AllCourses)
        m_select.addBindValue(key);
    if (Status s = execPrepared(m_select, doing()); !s)
        return s;
    QList<std::pair<QString, QString>> rows;
    while (m_select.next()) {
        QStringList text;
        for (int column = 0; column < 5; ++column)
            text.append(m_select.value(column).toString());
        // A space before every word: "begins a word" is then LIKE '% word%'.
        rows.append({m_select.value(0).toString(), u' ' + searchWords(text.join(u' ')).join(u' ') + u' '});
    }
    m_select.finish();
    for (const auto &[code, words] : std::as_const(rows)) {
        m_insert.addBindValue(code);
        m_insert.addBindValue(words);
        if (Status s = execPrepared(m_insert, doing()); !s)
            return s;
    }
    return Status::success();
}

QStringList searchWords(const QString &text)
{
    QStringList words;
    QString word;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.isMark())
            continue; // the diacritics, as remove_diacritics drops them
        if (c.isLetterOrNumber()) {
            word.append(c.toLower());
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

Status rebuildSearchIndex(const QSqlDatabase &db)
{
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
