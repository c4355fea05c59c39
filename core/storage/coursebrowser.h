#pragma once

#include "coursefilter.h"
#include "model/catalogue.h"
#include "model/status.h"

#include <QCoreApplication>

#include <optional>

namespace Cairn::Core {

class Database;

// A course with what its detail page names: its provider, framework and the
// skills' labels (the EU standard elements of a micro-credential).
struct CourseDetails
{
    Course course;
    std::optional<Provider> provider;
    std::optional<Framework> framework;
    QList<Skill> skills;
};

// Filtered, ordered, paged reads of the stored catalogue for a browsing view,
// so that the view never holds every course: a page is an index walk and the
// text search goes through the full-text index (course_search). Costs grow
// with the rows asked for, not with the catalogue.
class CourseBrowser final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::CourseBrowser)

public:
    // A text search matching `manyMatches` courses or more is paged by
    // walking the sort order's index; fewer matches are read and sorted.
    static constexpr int defaultManyMatches = 2000;

    explicit CourseBrowser(Database &database, int manyMatches = defaultManyMatches)
        : m_database(database), m_manyMatches(manyMatches)
    {
    }

    Status count(const CourseFilter &filter, qsizetype &count) const;
    // Rows [offset, offset + limit) of the filtered catalogue in `order`.
    // Give `total` (the count) and a page in the far half is read from the
    // other end, so that no page walks past more than half the rows.
    Status rows(const CourseFilter &filter, const CourseOrder &order, qsizetype offset, qsizetype limit,
                QList<CourseRow> &rows, qsizetype total = -1) const;
    // Where `code` stands in the filtered, ordered list; -1 when the filter
    // leaves it out.
    Status position(const CourseFilter &filter, const CourseOrder &order, const QString &code,
                    qsizetype &row) const;
    std::optional<CourseDetails> details(const QString &code) const;

private:
    // Whether a full-text query matches at least `count` courses (reads no
    // more than that many matches).
    bool matchesAtLeast(const QString &match, int count) const;

    Database &m_database;
    int m_manyMatches;
};

} // namespace Cairn::Core
