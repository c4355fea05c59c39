#pragma once

#include "model/course.h"
#include "model/status.h"

#include <QSqlDatabase>

#include <memory>

namespace Cairn::Core {

// Writes a saved bundle's course rows and their skills' rows: on a SQLite
// file through SQLite's own statements (SqliteStatement), on a server
// through Qt SQL. Both bind the same values (courseValues()).
class CourseRowWriter
{
public:
    static std::unique_ptr<CourseRowWriter> make(const QSqlDatabase &db);
    virtual ~CourseRowWriter() = default;

    virtual Status prepare() = 0;
    // Upserts the course, then its skills in order; `replaceSkills` first
    // removes the skills it had (not needed when no course was stored).
    virtual Status write(const Course &course, bool replaceSkills) = 0;
};

} // namespace Cairn::Core
