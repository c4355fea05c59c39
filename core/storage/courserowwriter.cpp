#include "courserowwriter.h"

#include "cataloguerows.h"
#include "sqlitestatement.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Cairn::Core {

namespace {

class CourseRowText
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::CatalogueRepository)
};

QString clearSkillsSql()
{
    return QStringLiteral("DELETE FROM course_skills WHERE course_code = ?");
}

QString insertSkillSql()
{
    return QStringLiteral("INSERT INTO course_skills(course_code, skill_id, position) VALUES(?, ?, ?)");
}

// Only a failure needs the sentence: not made 100,000 times.
auto savingCourse(const Course &course)
{
    return [&course] { return CourseRowText::tr("saving course %1").arg(course.code); };
}

class SqliteCourseRows final : public CourseRowWriter, private RowValues
{
public:
    explicit SqliteCourseRows(const QSqlDatabase &db) : m_course(db), m_clearSkills(db), m_insertSkill(db) { }

    Status prepare() override
    {
        const QString doing = CourseRowText::tr("saving the catalogue");
        if (Status s = m_course.prepare(upsertCourseSql(), doing); !s)
            return s;
        if (Status s = m_clearSkills.prepare(clearSkillsSql(), doing); !s)
            return s;
        return m_insertSkill.prepare(insertSkillSql(), doing);
    }

    Status write(const Course &course, bool replaceSkills) override
    {
        courseValues(course, *this);
        if (Status s = m_course.run(savingCourse(course)); !s)
            return s;
        if (replaceSkills) {
            m_clearSkills.bindText(nonNull(course.code));
            if (Status s = m_clearSkills.run(savingCourse(course)); !s)
                return s;
        }
        for (qsizetype i = 0; i < course.skills.size(); ++i) {
            m_insertSkill.bindText(nonNull(course.code));
            m_insertSkill.bindText(course.skills[i]);
            m_insertSkill.bindInteger(i);
            if (Status s = m_insertSkill.run(savingCourse(course)); !s)
                return s;
        }
        return Status::success();
    }

private:
    void text(const QString &value) override { m_course.bindText(value); }
    void number(double value) override { m_course.bindNumber(value); }
    void integer(qint64 value) override { m_course.bindInteger(value); }
    void null() override { m_course.bindNull(); }

    SqliteStatement m_course;
    SqliteStatement m_clearSkills;
    SqliteStatement m_insertSkill;
};

class QueryCourseRows final : public CourseRowWriter
{
public:
    explicit QueryCourseRows(const QSqlDatabase &db) : m_course(db), m_clearSkills(db), m_insertSkill(db) { }

    Status prepare() override
    {
        const QString doing = CourseRowText::tr("saving the catalogue");
        if (Status s = prepareSql(m_course, upsertCourseSql(), doing); !s)
            return s;
        if (Status s = prepareSql(m_clearSkills, clearSkillsSql(), doing); !s)
            return s;
        return prepareSql(m_insertSkill, insertSkillSql(), doing);
    }

    Status write(const Course &course, bool replaceSkills) override
    {
        bindCourse(m_course, course);
        if (!m_course.exec())
            return queryFailure(m_course, savingCourse(course)());
        if (replaceSkills) {
            m_clearSkills.addBindValue(nonNull(course.code));
            if (!m_clearSkills.exec())
                return queryFailure(m_clearSkills, savingCourse(course)());
        }
        for (qsizetype i = 0; i < course.skills.size(); ++i) {
            m_insertSkill.addBindValue(nonNull(course.code));
            m_insertSkill.addBindValue(course.skills[i]);
            m_insertSkill.addBindValue(i);
            if (!m_insertSkill.exec())
                return queryFailure(m_insertSkill, savingCourse(course)());
        }
        return Status::success();
    }

private:
    QSqlQuery m_course;
    QSqlQuery m_clearSkills;
    QSqlQuery m_insertSkill;
};

} // namespace

std::unique_ptr<CourseRowWriter> CourseRowWriter::make(const QSqlDatabase &db)
{
    if (SqliteStatement::isAvailable(db))
        return std::make_unique<SqliteCourseRows>(db);
    return std::make_unique<QueryCourseRows>(db);
}

} // namespace Cairn::Core
