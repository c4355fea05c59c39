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
// transaction. The index is SQLite's (FTS5): on a study centre's server
// these calls do nothing yet.

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

    SearchScope m_scope;
    QSqlQuery m_remove;
    QSqlQuery m_insert;
    bool m_prepared = false;
    bool m_kept; // false on a server, which has no such index yet
};

Status rebuildSearchIndex(const QSqlDatabase &db);

// The FTS5 query for what the user typed: every word must begin a word of the
// course ("dat vis" finds "Visualising data"). Empty when the text has no
// letters or digits. Quoting each word keeps FTS5 operators out of user text.
QString searchMatchExpression(const QString &userText);

} // namespace Cairn::Core
