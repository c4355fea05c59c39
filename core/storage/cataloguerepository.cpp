#include "cataloguerepository.h"

#include "database.h"
#include "io/jsonfields.h"
#include "io/rulesjson.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace Cairn::Core {

namespace {

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonValue parseJsonText(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QString joinDates(const QList<QDate> &dates)
{
    QStringList texts;
    for (const QDate &date : dates)
        texts.append(date.toString(Qt::ISODate));
    return texts.join(u',');
}

QList<QDate> splitDates(const QString &text)
{
    QList<QDate> dates;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        dates.append(QDate::fromString(part, Qt::ISODate));
    return dates;
}

QString joinDelivery(const QList<DeliveryMode> &modes)
{
    QStringList keys;
    for (DeliveryMode mode : modes)
        keys.append(deliveryModeKey(mode));
    return keys.join(u',');
}

QList<DeliveryMode> splitDelivery(const QString &text)
{
    QList<DeliveryMode> modes;
    for (const QString &key : text.split(u',', Qt::SkipEmptyParts)) {
        if (const auto mode = deliveryModeFromKey(key))
            modes.append(*mode);
    }
    return modes;
}

QString qualificationSelect()
{
    return QStringLiteral("SELECT code, title, type, provider_id, framework_id, level, credits, eligible, requirements, "
                          "constraints, max_recognised, currency_years, description FROM qualifications");
}

Qualification qualificationFromRow(const QSqlQuery &query, JsonFieldReader &reader)
{
    Qualification qualification;
    qualification.code = query.value(0).toString();
    qualification.title = query.value(1).toString();
    qualification.type = query.value(2).toString();
    qualification.provider = query.value(3).toString();
    qualification.framework = query.value(4).toString();
    if (!query.value(5).isNull())
        qualification.level = query.value(5).toInt();
    qualification.credits = query.value(6).toDouble();
    const QString path = qualification.code;
    qualification.eligible = readSelector(parseJsonText(query.value(7).toString()), path, reader);
    const QJsonValue requirements = parseJsonText(query.value(8).toString());
    if (!requirements.toObject().isEmpty())
        qualification.requirements = readRequirement(requirements, path, reader, RequirementGrammar::Qualification);
    const QJsonArray constraints = parseJsonText(query.value(9).toString()).toArray();
    for (const QJsonValue &constraint : constraints)
        qualification.constraints.append(readCreditConstraint(constraint, path, reader));
    if (!query.value(10).isNull())
        qualification.maxRecognisedCredits = query.value(10).toDouble();
    if (!query.value(11).isNull())
        qualification.currencyYears = query.value(11).toInt();
    qualification.description = query.value(12).toString();
    return qualification;
}

} // namespace

Status CatalogueRepository::save(const Catalogue &catalogue)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (Status status = transaction.begin(); !status)
        return status;

    QSqlQuery query(db);
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

    if (Status s = prepareSql(query, QStringLiteral(
            "INSERT INTO frameworks(id, name, credit_hours, level_min, level_max) VALUES(?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET name = excluded.name, credit_hours = excluded.credit_hours, "
            "level_min = excluded.level_min, level_max = excluded.level_max"), doing); !s)
        return s;
    for (const Framework &framework : catalogue.frameworks) {
        query.addBindValue(nonNull(framework.id));
        query.addBindValue(nonNull(framework.name));
        query.addBindValue(framework.creditHours);
        query.addBindValue(framework.minLevel);
        query.addBindValue(framework.maxLevel);
        if (Status s = execPrepared(query, tr("saving framework %1").arg(framework.id)); !s)
            return s;
    }

    if (Status s = prepareSql(query, QStringLiteral(
            "INSERT INTO providers(id, name, country, quality_assurance) VALUES(?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET name = excluded.name, country = excluded.country, "
            "quality_assurance = excluded.quality_assurance"), doing); !s)
        return s;
    for (const Provider &provider : catalogue.providers) {
        query.addBindValue(nonNull(provider.id));
        query.addBindValue(nonNull(provider.name));
        query.addBindValue(nonNull(provider.country));
        query.addBindValue(nonNull(provider.qualityAssurance));
        if (Status s = execPrepared(query, tr("saving provider %1").arg(provider.id)); !s)
            return s;
    }

    if (Status s = prepareSql(query, QStringLiteral(
            "INSERT INTO skills(id, label, uri) VALUES(?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET label = excluded.label, uri = excluded.uri"), doing); !s)
        return s;
    for (const Skill &skill : catalogue.skills) {
        query.addBindValue(nonNull(skill.id));
        query.addBindValue(nonNull(skill.label));
        query.addBindValue(nonNull(skill.uri));
        if (Status s = execPrepared(query, tr("saving skill %1").arg(skill.id)); !s)
            return s;
    }

    QSqlQuery clearSkills(db);
    QSqlQuery insertSkill(db);
    if (Status s = prepareSql(query, QStringLiteral(
            "INSERT INTO courses(code, title, provider_id, framework_id, credits, level, hours, weeks, "
            "cost_amount, cost_currency, delivery, intakes, outcomes, assessment, description, url, prerequisites) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(code) DO UPDATE SET title = excluded.title, provider_id = excluded.provider_id, "
            "framework_id = excluded.framework_id, credits = excluded.credits, level = excluded.level, "
            "hours = excluded.hours, weeks = excluded.weeks, cost_amount = excluded.cost_amount, "
            "cost_currency = excluded.cost_currency, delivery = excluded.delivery, intakes = excluded.intakes, "
            "outcomes = excluded.outcomes, assessment = excluded.assessment, description = excluded.description, "
            "url = excluded.url, prerequisites = excluded.prerequisites"), doing); !s)
        return s;
    if (Status s = prepareSql(clearSkills, QStringLiteral("DELETE FROM course_skills WHERE course_code = ?"), doing); !s)
        return s;
    if (Status s = prepareSql(insertSkill, QStringLiteral(
            "INSERT INTO course_skills(course_code, skill_id, position) VALUES(?, ?, ?)"), doing); !s)
        return s;
    for (const Course &course : catalogue.courses) {
        const QString doingCourse = tr("saving course %1").arg(course.code);
        query.addBindValue(nonNull(course.code));
        query.addBindValue(nonNull(course.title));
        query.addBindValue(nonNull(course.provider));
        query.addBindValue(nonNull(course.framework));
        query.addBindValue(course.credits);
        query.addBindValue(course.level);
        query.addBindValue(course.hours);
        query.addBindValue(course.weeks);
        query.addBindValue(course.cost ? QVariant(course.cost->amount) : QVariant());
        query.addBindValue(course.cost ? QVariant(course.cost->currency) : QVariant());
        query.addBindValue(nonNull(joinDelivery(course.delivery)));
        query.addBindValue(nonNull(joinDates(course.intakes)));
        query.addBindValue(jsonText(QJsonArray::fromStringList(course.outcomes)));
        query.addBindValue(nonNull(course.assessment));
        query.addBindValue(nonNull(course.description));
        query.addBindValue(nonNull(course.url));
        query.addBindValue(jsonText(requirementToJson(course.prerequisites)));
        if (Status s = execPrepared(query, doingCourse); !s)
            return s;
        clearSkills.addBindValue(nonNull(course.code));
        if (Status s = execPrepared(clearSkills, doingCourse); !s)
            return s;
        for (qsizetype i = 0; i < course.skills.size(); ++i) {
            insertSkill.addBindValue(nonNull(course.code));
            insertSkill.addBindValue(course.skills[i]);
            insertSkill.addBindValue(i);
            if (Status s = execPrepared(insertSkill, doingCourse); !s)
                return s;
        }
    }

    if (Status s = prepareSql(query, QStringLiteral(
            "INSERT INTO qualifications(code, title, type, provider_id, framework_id, level, credits, eligible, "
            "requirements, constraints, max_recognised, currency_years, description) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(code) DO UPDATE SET title = excluded.title, type = excluded.type, "
            "provider_id = excluded.provider_id, framework_id = excluded.framework_id, level = excluded.level, "
            "credits = excluded.credits, eligible = excluded.eligible, requirements = excluded.requirements, "
            "constraints = excluded.constraints, max_recognised = excluded.max_recognised, "
            "currency_years = excluded.currency_years, description = excluded.description"), doing); !s)
        return s;
    for (const Qualification &qualification : catalogue.qualifications) {
        QJsonArray constraints;
        for (const CreditConstraint &constraint : qualification.constraints)
            constraints.append(creditConstraintToJson(constraint));
        query.addBindValue(nonNull(qualification.code));
        query.addBindValue(nonNull(qualification.title));
        query.addBindValue(nonNull(qualification.type));
        query.addBindValue(nullable(qualification.provider));
        query.addBindValue(nonNull(qualification.framework));
        query.addBindValue(optionalValue(qualification.level));
        query.addBindValue(qualification.credits);
        query.addBindValue(jsonText(selectorToJson(qualification.eligible)));
        query.addBindValue(jsonText(requirementToJson(qualification.requirements)));
        query.addBindValue(jsonText(constraints));
        query.addBindValue(optionalValue(qualification.maxRecognisedCredits));
        query.addBindValue(optionalValue(qualification.currencyYears));
        query.addBindValue(nonNull(qualification.description));
        if (Status s = execPrepared(query, tr("saving qualification %1").arg(qualification.code)); !s)
            return s;
    }
    return transaction.commit();
}

Status CatalogueRepository::load(Catalogue &catalogue) const
{
    Catalogue loaded;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QString doing = tr("reading the catalogue");

    if (Status s = execSql(query, QStringLiteral("SELECT value FROM meta WHERE key = 'catalogue.name'"), doing); !s)
        return s;
    if (query.next())
        loaded.name = query.value(0).toString();

    if (Status s = execSql(query, QStringLiteral(
            "SELECT id, name, credit_hours, level_min, level_max FROM frameworks ORDER BY rowid"), doing); !s)
        return s;
    while (query.next()) {
        loaded.frameworks.append({query.value(0).toString(), query.value(1).toString(),
                                  query.value(2).toDouble(), query.value(3).toInt(), query.value(4).toInt()});
    }

    if (Status s = execSql(query, QStringLiteral(
            "SELECT id, name, country, quality_assurance FROM providers ORDER BY rowid"), doing); !s)
        return s;
    while (query.next()) {
        loaded.providers.append({query.value(0).toString(), query.value(1).toString(),
                                 query.value(2).toString(), query.value(3).toString()});
    }

    if (Status s = execSql(query, QStringLiteral("SELECT id, label, uri FROM skills ORDER BY rowid"), doing); !s)
        return s;
    while (query.next())
        loaded.skills.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});

    QHash<QString, QStringList> skillsByCourse;
    if (Status s = execSql(query, QStringLiteral(
            "SELECT course_code, skill_id FROM course_skills ORDER BY course_code, position"), doing); !s)
        return s;
    while (query.next())
        skillsByCourse[query.value(0).toString()].append(query.value(1).toString());

    // Rule trees were validated when they were imported; a problem now means
    // the file was changed behind Cairn's back.
    Problems problems;
    JsonFieldReader reader(problems);
    if (Status s = execSql(query, QStringLiteral(
            "SELECT code, title, provider_id, framework_id, credits, level, hours, weeks, cost_amount, "
            "cost_currency, delivery, intakes, outcomes, assessment, description, url, prerequisites "
            "FROM courses ORDER BY rowid"), doing); !s)
        return s;
    while (query.next()) {
        Course course;
        course.code = query.value(0).toString();
        course.title = query.value(1).toString();
        course.provider = query.value(2).toString();
        course.framework = query.value(3).toString();
        course.credits = query.value(4).toDouble();
        course.level = query.value(5).toInt();
        course.hours = query.value(6).toDouble();
        course.weeks = query.value(7).toInt();
        if (!query.value(8).isNull())
            course.cost = Money{query.value(8).toDouble(), query.value(9).toString()};
        course.delivery = splitDelivery(query.value(10).toString());
        course.intakes = splitDates(query.value(11).toString());
        for (const QJsonValue &outcome : parseJsonText(query.value(12).toString()).toArray())
            course.outcomes.append(outcome.toString());
        course.assessment = query.value(13).toString();
        course.description = query.value(14).toString();
        course.url = query.value(15).toString();
        const QJsonValue prerequisites = parseJsonText(query.value(16).toString());
        if (!prerequisites.toObject().isEmpty()) {
            course.prerequisites = readRequirement(prerequisites, course.code + QStringLiteral(".prerequisites"),
                                                   reader, RequirementGrammar::Prerequisite);
        }
        course.skills = skillsByCourse.value(course.code);
        loaded.courses.append(std::move(course));
    }

    if (Status s = execSql(query, qualificationSelect() + QStringLiteral(" ORDER BY rowid"), doing); !s)
        return s;
    while (query.next())
        loaded.qualifications.append(qualificationFromRow(query, reader));
    if (!problems.isEmpty()) {
        return Status::failure(tr("the stored catalogue is damaged: %1").arg(problems.describe(QString(), 3)));
    }
    catalogue = std::move(loaded);
    return Status::success();
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
    query.prepare(qualificationSelect() + QStringLiteral(" WHERE code = ?"));
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

} // namespace Cairn::Core
