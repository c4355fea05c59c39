#pragma once

#include "model/status.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace Cairn::Core {

// The full-text index behind the catalogue's search box (table course_search,
// schema version 4): one row per course, keyed by the course's rowid, holding
// the words of its code, title, provider name, skill labels and outcomes.
// Whoever writes those columns refreshes the rows they touch, in the same
// transaction. On SQLite the index is FTS5's; on a study centre's server a
// table of each course's words, normalised the same way (searchWords()).

// Which courses a refresh covers.
enum class SearchScope { AllCourses, Course, CoursesOfProvider, CoursesWithSkill };

// Keeps the index rows of one scope current. The statements are prepared
// once, so that an import refreshing 100,000 courses one by one stays cheap.
class SearchIndexRows final
{
    Q_DISABLE_COPY_MOVE(SearchIndexRows)

public:
    SearchIndexRows(const QSqlDatabase &db, SearchScope scope);

    // Drops and re-adds the rows of the courses `key` selects (the course
    // code, provider id or skill id; nothing for AllCourses). Call it after
    // the courses' own rows are written.
    Status refresh(const QString &key = {});
    // Drops the rows only: call it before the courses themselves are deleted.
    Status remove(const QString &key = {});

private:
    Status prepare();
    Status refreshOnServer(const QString &key);

    SearchScope m_scope;
    QSqlQuery m_remove;
    QSqlQuery m_insert;
    QSqlQuery m_select; // on a server: the courses whose words are written
    bool m_prepared = false;
    bool m_server;
};

Status rebuildSearchIndex(const QSqlDatabase &db);

// The words of a text as FTS5's unicode61 tokenizer with remove_diacritics
// sees them: lower case, without diacritics, split at anything that is not a
// letter or a digit ("Māori data-1" -> "maori", "data", "1").
QStringList searchWords(const QString &text);

// The FTS5 query for what the user typed: every word must begin a word of the
// course ("dat vis" finds "Visualising data"). Empty when the text has no
// letters or digits. Quoting each word keeps FTS5 operators out of user text.
QString searchMatchExpression(const QString &userText);

} // namespace Cairn::Core
