#include "cataloguerepository.h"

#include "cataloguerows.h"
#include "database.h"
#include "deferredforeignkeys.h"
#include "deferredindexes.h"
#include "io/jsonfields.h"
#include "searchindex.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QHash>

#include <algorithm>
#include <QSqlQuery>
#include <QVariant>

namespace Cairn::Core {

namespace {

// How often a long save reports progress (and may be cancelled).
constexpr qint64 progressStep = 256;

// A bundle with at least this many courses, and at least a quarter as many
// as are stored, is written with its indexes set aside (DeferredIndexes):
// rebuilding them whole is then cheaper than keeping them current.
constexpr qsizetype bulkCourses = 1000;

// Counts the rows a save has written and asks `progress` whether to go on.
class ProgressCounter
{
public:
    ProgressCounter(const Progress &progress, qint64 total) : m_progress(progress), m_total(total) { }

    bool step()
    {
        ++m_done;
        if (!m_progress || (m_done % progressStep != 0 && m_done != m_total))
            return true;
        return m_progress(m_done, m_total);
    }

private:
    const Progress &m_progress;
    qint64 m_total;
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

// "?, ?, ?" for `count` bound values.
QString placeholders(qsizetype count)
{
    QStringList marks(count, QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
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
                                          + catalogue.qualifications.size());
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

    QSqlQuery clearSkills(db);
    QSqlQuery insertSkill(db);
    SearchIndexRows searchRows(db, SearchScope::Course);
    if (Status s = prepareSql(query, upsertCourseSql(), doing); !s)
        return s;
    if (Status s = prepareSql(clearSkills, QStringLiteral("DELETE FROM course_skills WHERE course_code = ?"), doing); !s)
        return s;
    if (Status s = prepareSql(insertSkill, QStringLiteral(
            "INSERT INTO course_skills(course_code, skill_id, position) VALUES(?, ?, ?)"), doing); !s)
        return s;
    Status courseSaved = Status::success();
    const bool everyCourse = courses.forEach([&](const Course &course) {
        // Only a failure needs the sentence: not made 100,000 times.
        const auto failed = [&course](const QSqlQuery &failing) {
            return queryFailure(failing, tr("saving course %1").arg(course.code));
        };
        bindCourse(query, course);
        if (!query.exec()) {
            courseSaved = failed(query);
            return false;
        }
        if (!noCoursesBefore) {
            clearSkills.addBindValue(nonNull(course.code));
            if (!clearSkills.exec()) {
                courseSaved = failed(clearSkills);
                return false;
            }
        }
        for (qsizetype i = 0; i < course.skills.size(); ++i) {
            insertSkill.addBindValue(nonNull(course.code));
            insertSkill.addBindValue(course.skills[i]);
            insertSkill.addBindValue(i);
            if (!insertSkill.exec()) {
                courseSaved = failed(insertSkill);
                return false;
            }
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

Status CatalogueRepository::loadFrameworks(QList<Framework> &frameworks) const
{
    QSqlQuery query(m_database.connection());
    if (Status s = execSql(query, QStringLiteral(
            "SELECT id, name, credit_hours, level_min, level_max FROM frameworks ORDER BY rowid"),
                           tr("reading the frameworks"));
        !s)
        return s;
    frameworks.clear();
    while (query.next()) {
        frameworks.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toDouble(),
                           query.value(3).toInt(), query.value(4).toInt()});
    }
    return Status::success();
}

Status CatalogueRepository::loadProviders(QList<Provider> &providers) const
{
    QSqlQuery query(m_database.connection());
    if (Status s = execSql(query, QStringLiteral(
            "SELECT id, name, country, quality_assurance FROM providers ORDER BY rowid"),
                           tr("reading the providers"));
        !s)
        return s;
    providers.clear();
    while (query.next()) {
        providers.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toString()});
    }
    return Status::success();
}

Status CatalogueRepository::loadSkills(QList<Skill> &skills) const
{
    QSqlQuery query(m_database.connection());
    if (Status s = execSql(query, QStringLiteral("SELECT id, label, uri FROM skills ORDER BY rowid"),
                           tr("reading the skills"));
        !s)
        return s;
    skills.clear();
    while (query.next())
        skills.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return Status::success();
}

Status CatalogueRepository::loadQualifications(QList<Qualification> &qualifications) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (Status s = execSql(query, QStringLiteral("SELECT %1 FROM qualifications ORDER BY rowid")
                                      .arg(qualificationColumns()),
                           tr("reading the qualifications"));
        !s)
        return s;
    // Rule trees were validated when they were imported; a problem now means
    // the file was changed behind Cairn's back.
    Problems problems;
    JsonFieldReader reader(problems);
    QList<Qualification> loaded;
    while (query.next())
        loaded.append(qualificationFromRow(query, reader));
    if (!problems.isEmpty())
        return Status::failure(tr("the stored catalogue is damaged: %1").arg(problems.describe(QString(), 3)));
    qualifications = std::move(loaded);
    return Status::success();
}

Status CatalogueRepository::loadCourses(const std::optional<QStringList> &codes, QList<Course> &courses,
                                        const Progress &progress) const
{
    // Every course, or those whose code is bound to the placeholders.
    const auto where = [&codes](const QString &column) {
        return codes ? QStringLiteral("%1 IN (%2)").arg(column, placeholders(codes->size())) : QStringLiteral("1");
    };
    const auto bindCodes = [&codes](QSqlQuery &query) {
        for (const QString &code : codes.value_or(QStringList()))
            query.addBindValue(code);
    };
    const QString doing = tr("reading the courses");
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QHash<QString, QStringList> skillsByCourse;
    if (Status s = prepareSql(query, QStringLiteral("SELECT course_code, skill_id FROM course_skills WHERE %1 "
                                                    "ORDER BY course_code, position")
                                         .arg(where(QStringLiteral("course_code"))),
                              doing);
        !s)
        return s;
    bindCodes(query);
    if (Status s = execPrepared(query, doing); !s)
        return s;
    while (query.next())
        skillsByCourse[query.value(0).toString()].append(query.value(1).toString());

    if (Status s = prepareSql(query, QStringLiteral("SELECT %1 FROM courses WHERE %2 ORDER BY rowid")
                                         .arg(courseColumns(), where(QStringLiteral("code"))),
                              doing);
        !s)
        return s;
    bindCodes(query);
    if (Status s = execPrepared(query, doing); !s)
        return s;
    Problems problems;
    JsonFieldReader reader(problems);
    QList<Course> loaded;
    const qint64 total = progress ? qint64(courseCount()) : 0;
    while (query.next()) {
        Course course = courseFromRow(query, 0, reader);
        course.skills = skillsByCourse.value(course.code);
        loaded.append(std::move(course));
        if (progress && loaded.size() % progressStep == 0 && !progress(loaded.size(), total))
            return Status::cancellation(tr("Cancelled; nothing was written."));
    }
    if (!problems.isEmpty())
        return Status::failure(tr("the stored catalogue is damaged: %1").arg(problems.describe(QString(), 3)));
    courses.append(std::move(loaded));
    return Status::success();
}

Status CatalogueRepository::load(Catalogue &catalogue, const Progress &progress) const
{
    Catalogue loaded;
    QSqlQuery query(m_database.connection());
    if (Status s = execSql(query, QStringLiteral("SELECT value FROM meta WHERE key = 'catalogue.name'"),
                           tr("reading the catalogue"));
        !s)
        return s;
    if (query.next())
        loaded.name = query.value(0).toString();
    if (Status s = loadFrameworks(loaded.frameworks); !s)
        return s;
    if (Status s = loadProviders(loaded.providers); !s)
        return s;
    if (Status s = loadSkills(loaded.skills); !s)
        return s;
    if (Status s = loadCourses(std::nullopt, loaded.courses, progress); !s)
        return s;
    if (Status s = loadQualifications(loaded.qualifications); !s)
        return s;
    catalogue = std::move(loaded);
    return Status::success();
}

Status CatalogueRepository::loadPart(const QStringList &courseCodes, Catalogue &catalogue) const
{
    Catalogue loaded;
    if (Status s = loadFrameworks(loaded.frameworks); !s)
        return s;
    if (Status s = loadProviders(loaded.providers); !s)
        return s;
    if (Status s = loadSkills(loaded.skills); !s)
        return s;
    // SQLite allows 32,766 bound values; a learner has a few hundred records.
    constexpr qsizetype chunk = 500;
    for (qsizetype first = 0; first < courseCodes.size(); first += chunk) {
        const QStringList codes = courseCodes.mid(first, chunk);
        if (Status s = loadCourses(codes, loaded.courses); !s)
            return s;
    }
    catalogue = std::move(loaded);
    return Status::success();
}

std::optional<Course> CatalogueRepository::loadCourse(const QString &code) const
{
    QList<Course> courses;
    if (!loadCourses(QStringList{code}, courses) || courses.isEmpty())
        return std::nullopt;
    return courses.first();
}

qsizetype CatalogueRepository::count(const QString &sql) const
{
    QSqlQuery query(m_database.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : 0;
}

bool CatalogueRepository::exists(const QString &sql, const QString &key) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    query.addBindValue(key);
    return query.exec() && query.next();
}

qsizetype CatalogueRepository::courseCount() const
{
    return count(QStringLiteral("SELECT COUNT(*) FROM courses"));
}

bool CatalogueRepository::hasCourses() const
{
    return count(QStringLiteral("SELECT EXISTS (SELECT 1 FROM courses)")) > 0;
}

qsizetype CatalogueRepository::qualificationCount() const
{
    return count(QStringLiteral("SELECT COUNT(*) FROM qualifications"));
}

bool CatalogueRepository::hasCourse(const QString &code) const
{
    return exists(QStringLiteral("SELECT 1 FROM courses WHERE code = ?"), code);
}

bool CatalogueRepository::hasQualification(const QString &code) const
{
    return exists(QStringLiteral("SELECT 1 FROM qualifications WHERE code = ?"), code);
}

std::optional<Qualification> CatalogueRepository::loadQualification(const QString &code) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM qualifications WHERE code = ?").arg(qualificationColumns()));
    query.addBindValue(code);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Problems problems;
    JsonFieldReader reader(problems);
    Qualification qualification = qualificationFromRow(query, reader);
    if (!problems.isEmpty())
        return std::nullopt;
    return qualification;
}

bool CatalogueRepository::hasFramework(const QString &id) const
{
    return exists(QStringLiteral("SELECT 1 FROM frameworks WHERE id = ?"), id);
}

CatalogueFacts CatalogueRepository::facts() const
{
    CatalogueFacts facts;
    (void)loadFrameworks(facts.frameworks);
    Database *database = &m_database;
    const auto has = [database](const QString &sql) {
        return [database, sql](const QString &key) {
            QSqlQuery query(database->connection());
            query.prepare(sql);
            query.addBindValue(key);
            return query.exec() && query.next();
        };
    };
    facts.courseExists = has(QStringLiteral("SELECT 1 FROM courses WHERE code = ?"));
    facts.providerExists = has(QStringLiteral("SELECT 1 FROM providers WHERE id = ?"));
    facts.skillExists = has(QStringLiteral("SELECT 1 FROM skills WHERE id = ?"));
    facts.qualificationExists = has(QStringLiteral("SELECT 1 FROM qualifications WHERE code = ?"));
    return facts;
}

} // namespace Cairn::Core
