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
    explicit CourseBrowser(Database &database) : m_database(database) { }

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
    Database &m_database;
};

} // namespace Cairn::Core
