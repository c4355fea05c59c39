#include "cataloguerepository.h"

#include "cataloguerows.h"
#include "courserowwriter.h"
#include "database.h"
#include "deferredforeignkeys.h"
#include "deferredindexes.h"
#include "searchindex.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

// CatalogueRepository's writing of a bundle; its reading is in
// cataloguerepository.cpp.

namespace Cairn::Core {

namespace {

// A bundle with at least this many courses, and at least a quarter as many
// as are stored, is written with its indexes set aside (DeferredIndexes):
// rebuilding them whole is then cheaper than keeping them current.
constexpr qsizetype bulkCourses = 1000;

// Counts the rows a save has written and asks `progress` whether to go on.
class ProgressCounter
{
public:
    ProgressCounter(const Progress &progress, qint64 total, qint64 every)
        : m_progress(progress), m_total(total), m_every(every)
    {
    }

    bool step()
    {
        ++m_done;
        if (!m_progress || (m_done % m_every != 0 && m_done != m_total))
            return true;
        return m_progress(m_done, m_total);
    }

private:
    const Progress &m_progress;
    qint64 m_total;
    qint64 m_every;
    qint64 m_done = 0;
};

QHash<QString, QString> namesById(const QSqlDatabase &db, const QString &sql)
{
    QHash<QString, QString> names;
    QSqlQuery query(db);
    if (query.exec(sql)) {
        while (query.next())
            names.insert(query.value(0).toString(), query.value(1).toString());
    }
    return names;
}


} // namespace

namespace {
// The courses of a catalogue that holds them.
class CourseList final : public CourseStream
{
public:
    explicit CourseList(const QList<Course> &courses) : m_courses(courses) { }
    qsizetype size() const override { return m_courses.size(); }
    bool forEach(const std::function<bool(const Course &)> &visit) const override
    {
        return std::all_of(m_courses.begin(), m_courses.end(), visit);
    }

private:
    const QList<Course> &m_courses;
};
} // namespace

Status CatalogueRepository::save(const Catalogue &catalogue, const Progress &progress)
{
    return save(catalogue, CourseList(catalogue.courses), progress);
}

Status CatalogueRepository::save(const Catalogue &catalogue, const CourseStream &courses, const Progress &progress)
{
    const QSqlDatabase db = m_database.connection();
    // Declared before the transaction, so that it ends after the commit or
    // the rollback (docs/PERFORMANCE.md "Import of a large bundle").
    std::optional<DeferredForeignKeys> references;
    if (courses.size() >= bulkCourses)
        references.emplace(db);
    Transaction transaction(db);
    if (Status status = transaction.begin(); !status)
        return status;
    ProgressCounter counter(progress, catalogue.frameworks.size() + catalogue.providers.size()
                                          + catalogue.skills.size() + courses.size()
                                          + catalogue.qualifications.size(),
                            progressStep);
    const auto cancelled = [] { return Status::cancellation(tr("The import was cancelled; nothing was changed.")); };

    QSqlQuery query(db);
    DeferredIndexes deferred(db);
    bool bulk = false;
    bool noCoursesBefore = false; // then no course has skills to clear
    if (courses.size() >= bulkCourses) {
        if (Status s = execSql(query, QStringLiteral("SELECT COUNT(*) FROM courses"), tr("counting the courses")); !s)
            return s;
        const qint64 stored = query.next() ? query.value(0).toLongLong() : -1;
        bulk = stored >= 0 && courses.size() * 4 >= stored;
        noCoursesBefore = stored == 0;
        query.finish();
    }
    if (bulk) {
        if (Status s = deferred.setAside({QStringLiteral("courses"), QStringLiteral("course_skills")}); !s)
            return s;
    }
    const QString doing = tr("saving the catalogue");
    if (!catalogue.name.isEmpty()) {
        if (Status s = prepareSql(query, QStringLiteral("INSERT INTO meta(key, value) VALUES('catalogue.name', ?) "
                                                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                                  doing);
            !s)
            return s;
        query.addBindValue(nonNull(catalogue.name));
        if (Status s = execPrepared(query, doing); !s)
            return s;
    }

    if (Status s = prepareSql(query, upsertFrameworkSql(), doing); !s)
        return s;
    for (const Framework &framework : catalogue.frameworks) {
        bindFramework(query, framework);
        if (Status s = execPrepared(query, tr("saving framework %1").arg(framework.id)); !s)
            return s;
        if (!counter.step())
            return cancelled();
    }

    // A provider or skill whose name changes changes the search words of
    // courses this bundle may not contain.
    const QHash<QString, QString> providerNames =
        namesById(db, QStringLiteral("SELECT id, name FROM providers"));
    const QHash<QString, QString> skillLabels = namesById(db, QStringLiteral("SELECT id, label FROM skills"));
    QStringList renamedProviders;
    QStringList relabelledSkills;

    if (Status s = prepareSql(query, upsertProviderSql(), doing); !s)
        return s;
    for (const Provider &provider : catalogue.providers) {
        bindProvider(query, provider);
        if (Status s = execPrepared(query, tr("saving provider %1").arg(provider.id)); !s)
            return s;
        if (providerNames.contains(provider.id) && providerNames.value(provider.id) != provider.name)
            renamedProviders.append(provider.id);
        if (!counter.step())
            return cancelled();
    }

    if (Status s = prepareSql(query, upsertSkillSql(), doing); !s)
        return s;
    for (const Skill &skill : catalogue.skills) {
        bindSkill(query, skill);
        if (Status s = execPrepared(query, tr("saving skill %1").arg(skill.id)); !s)
            return s;
        if (skillLabels.contains(skill.id) && skillLabels.value(skill.id) != skill.label)
            relabelledSkills.append(skill.id);
        if (!counter.step())
            return cancelled();
    }

    const std::unique_ptr<CourseRowWriter> courseRows = CourseRowWriter::make(db);
    SearchIndexRows searchRows(db, SearchScope::Course);
    if (Status s = courseRows->prepare(); !s)
        return s;
    Status courseSaved = Status::success();
    const bool everyCourse = courses.forEach([&](const Course &course) {
        if (Status s = courseRows->write(course, !noCoursesBefore); !s) {
            courseSaved = s;
            return false;
        }
        if (!bulk) {
            if (Status s = searchRows.refresh(course.code); !s) {
                courseSaved = s;
                return false;
            }
        }
        if (!counter.step()) {
            courseSaved = cancelled();
            return false;
        }
        return true;
    });
    if (!everyCourse)
        return courseSaved;
    if (bulk) {
        if (Status s = deferred.rebuild(); !s)
            return s;
    } else {
        SearchIndexRows providerRows(db, SearchScope::CoursesOfProvider);
        for (const QString &provider : std::as_const(renamedProviders)) {
            if (Status s = providerRows.refresh(provider); !s)
                return s;
        }
        SearchIndexRows skillRows(db, SearchScope::CoursesWithSkill);
        for (const QString &skill : std::as_const(relabelledSkills)) {
            if (Status s = skillRows.refresh(skill); !s)
                return s;
        }
    }

    if (Status s = prepareSql(query, upsertQualificationSql(), doing); !s)
        return s;
    for (const Qualification &qualification : catalogue.qualifications) {
        bindQualification(query, qualification);
        if (Status s = execPrepared(query, tr("saving qualification %1").arg(qualification.code)); !s)
            return s;
        if (!counter.step())
            return cancelled();
    }
    if (references) {
        if (Status s = references->check({QStringLiteral("courses"), QStringLiteral("course_skills"),
                                          QStringLiteral("qualifications")});
            !s)
            return s;
    }
    return transaction.commit();
}

} // namespace Cairn::Core
