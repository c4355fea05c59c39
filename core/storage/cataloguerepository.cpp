#include "cataloguerepository.h"

#include "cataloguerows.h"
#include "database.h"
#include "io/jsonfields.h"
#include "sqlquery.h"

#include <QSqlQuery>
#include <QVariant>

namespace Cairn::Core {

namespace {
// "?, ?, ?" for `count` bound values.
QString placeholders(qsizetype count)
{
    QStringList marks(count, QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}
} // namespace

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
        return codes ? QStringLiteral("%1 IN (%2)").arg(column, placeholders(codes->size())) : QStringLiteral("1 = 1"); // a boolean for PostgreSQL
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
