#include "cataloguerows.h"

#include "io/jsonfields.h"
#include "io/jsonvalue.h"
#include "io/rulesjson.h"
#include "sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>
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

// The outcomes as a JSON array of strings, as QJsonDocument would write them
// compactly, without building a QJsonArray for each of 100,000 courses; the
// characters that need no escape are appended a run at a time.
QString jsonStringArray(const QStringList &strings)
{
    QString text;
    qsizetype length = 2;
    for (const QString &string : strings)
        length += string.size() + 3;
    text.reserve(length);
    text += u'[';
    for (qsizetype i = 0; i < strings.size(); ++i) {
        if (i > 0)
            text += u',';
        text += u'"';
        const QStringView string = strings[i];
        qsizetype run = 0; // where the characters not yet appended begin
        for (qsizetype at = 0; at < string.size(); ++at) {
            const char16_t c = string[at].unicode();
            if (c >= 0x20 && c != u'"' && c != u'\\')
                continue;
            text += string.mid(run, at - run);
            run = at + 1;
            switch (c) {
            case u'"':
                text += QStringLiteral("\\\"");
                break;
            case u'\\':
                text += QStringLiteral("\\\\");
                break;
            case u'\n':
                text += QStringLiteral("\\n");
                break;
            default:
                text += QStringLiteral("\\u%1").arg(int(c), 4, 16, QChar(u'0'));
            }
        }
        text += string.mid(run);
        text += u'"';
    }
    text += u']';
    return text;
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// "2026-02-01,2026-07-01". A date of years 1 to 9999 is written by hand:
// QDate::toString took a fifth of the time it takes to bind a course's row.
QString joinDates(const QList<QDate> &dates)
{
    QString text;
    text.reserve(dates.size() * 11);
    const auto twoDigits = [&text](int value) {
        text += QChar(u'0' + value / 10);
        text += QChar(u'0' + value % 10);
    };
    for (qsizetype i = 0; i < dates.size(); ++i) {
        if (i > 0)
            text += u',';
        const QDate &date = dates[i];
        if (!date.isValid() || date.year() < 1 || date.year() > 9999) {
            text += date.toString(Qt::ISODate);
            continue;
        }
        twoDigits(date.year() / 100);
        twoDigits(date.year() % 100);
        text += u'-';
        twoDigits(date.month());
        text += u'-';
        twoDigits(date.day());
    }
    return text;
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

} // namespace

QString upsertFrameworkSql()
{
    return QStringLiteral("INSERT INTO frameworks(id, name, credit_hours, level_min, level_max) VALUES(?, ?, ?, ?, ?) "
                          "ON CONFLICT(id) DO UPDATE SET name = excluded.name, credit_hours = excluded.credit_hours, "
                          "level_min = excluded.level_min, level_max = excluded.level_max");
}

void bindFramework(QSqlQuery &query, const Framework &framework)
{
    query.addBindValue(nonNull(framework.id));
    query.addBindValue(nonNull(framework.name));
    query.addBindValue(framework.creditHours);
    query.addBindValue(framework.minLevel);
    query.addBindValue(framework.maxLevel);
}

QString upsertProviderSql()
{
    return QStringLiteral("INSERT INTO providers(id, name, country, quality_assurance) VALUES(?, ?, ?, ?) "
                          "ON CONFLICT(id) DO UPDATE SET name = excluded.name, country = excluded.country, "
                          "quality_assurance = excluded.quality_assurance");
}

void bindProvider(QSqlQuery &query, const Provider &provider)
{
    query.addBindValue(nonNull(provider.id));
    query.addBindValue(nonNull(provider.name));
    query.addBindValue(nonNull(provider.country));
    query.addBindValue(nonNull(provider.qualityAssurance));
}

QString upsertSkillSql()
{
    return QStringLiteral("INSERT INTO skills(id, label, uri) VALUES(?, ?, ?) "
                          "ON CONFLICT(id) DO UPDATE SET label = excluded.label, uri = excluded.uri");
}

void bindSkill(QSqlQuery &query, const Skill &skill)
{
    query.addBindValue(nonNull(skill.id));
    query.addBindValue(nonNull(skill.label));
    query.addBindValue(nonNull(skill.uri));
}

QString upsertCourseSql()
{
    return QStringLiteral(
        "INSERT INTO courses(code, title, provider_id, framework_id, credits, level, hours, weeks, "
        "cost_amount, cost_currency, delivery, intakes, outcomes, assessment, description, url, prerequisites) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(code) DO UPDATE SET title = excluded.title, provider_id = excluded.provider_id, "
        "framework_id = excluded.framework_id, credits = excluded.credits, level = excluded.level, "
        "hours = excluded.hours, weeks = excluded.weeks, cost_amount = excluded.cost_amount, "
        "cost_currency = excluded.cost_currency, delivery = excluded.delivery, intakes = excluded.intakes, "
        "outcomes = excluded.outcomes, assessment = excluded.assessment, description = excluded.description, "
        "url = excluded.url, prerequisites = excluded.prerequisites");
}

void courseValues(const Course &course, RowValues &values)
{
    values.text(nonNull(course.code));
    values.text(nonNull(course.title));
    values.text(nonNull(course.provider));
    values.text(nonNull(course.framework));
    values.number(course.credits);
    values.integer(course.level);
    values.number(course.hours);
    values.integer(course.weeks);
    if (course.cost) {
        values.number(course.cost->amount.toDouble());
        values.text(course.cost->currency);
    } else {
        values.null();
        values.null();
    }
    values.text(nonNull(joinDelivery(course.delivery)));
    values.text(nonNull(joinDates(course.intakes)));
    values.text(jsonStringArray(course.outcomes));
    values.text(nonNull(course.assessment));
    values.text(nonNull(course.description));
    values.text(nonNull(course.url));
    values.text(course.prerequisites.kind == Requirement::Kind::None
                    ? QStringLiteral("{}")
                    : jsonText(requirementToJson(course.prerequisites)));
}

void bindCourse(QSqlQuery &query, const Course &course)
{
    // Qt SQL's positional binding of the same values.
    class QueryValues final : public RowValues
    {
    public:
        explicit QueryValues(QSqlQuery &query) : m_query(query) { }
        void text(const QString &value) override { m_query.addBindValue(value); }
        void number(double value) override { m_query.addBindValue(value); }
        void integer(qint64 value) override { m_query.addBindValue(value); }
        void null() override { m_query.addBindValue(QVariant()); }

    private:
        QSqlQuery &m_query;
    } values(query);
    courseValues(course, values);
}

QString courseColumns(const QString &alias)
{
    QStringList columns{QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("provider_id"),
                        QStringLiteral("framework_id"), QStringLiteral("credits"), QStringLiteral("level"),
                        QStringLiteral("hours"), QStringLiteral("weeks"), QStringLiteral("cost_amount"),
                        QStringLiteral("cost_currency"), QStringLiteral("delivery"), QStringLiteral("intakes"),
                        QStringLiteral("outcomes"), QStringLiteral("assessment"), QStringLiteral("description"),
                        QStringLiteral("url"), QStringLiteral("prerequisites")};
    for (QString &column : columns)
        column = alias + u'.' + column;
    return columns.join(QStringLiteral(", "));
}

Course courseFromRow(const QSqlQuery &query, int first, JsonFieldReader &reader)
{
    const auto value = [&query, first](int column) { return query.value(first + column); };
    Course course;
    course.code = value(0).toString();
    course.title = value(1).toString();
    course.provider = value(2).toString();
    course.framework = value(3).toString();
    course.credits = value(4).toDouble();
    course.level = value(5).toInt();
    course.hours = value(6).toDouble();
    course.weeks = value(7).toInt();
    if (!value(8).isNull())
        course.cost = Money{Amount::rounded(value(8).toDouble()), value(9).toString()};
    course.delivery = splitDelivery(value(10).toString());
    course.intakes = splitDates(value(11).toString());
    ParsedJson parsed;
    for (const JsonView outcome : parsed.parseStored(value(12).toString()).toArray())
        course.outcomes.append(outcome.toString());
    course.assessment = value(13).toString();
    course.description = value(14).toString();
    course.url = value(15).toString();
    const JsonView prerequisites = parsed.parseStored(value(16).toString());
    if (!prerequisites.toObject().isEmpty()) {
        course.prerequisites = readRequirement(prerequisites, course.code + QStringLiteral(".prerequisites"),
                                               reader, RequirementGrammar::Prerequisite);
    }
    return course;
}

QString upsertQualificationSql()
{
    return QStringLiteral(
        "INSERT INTO qualifications(code, title, type, provider_id, framework_id, level, credits, eligible, "
        "requirements, constraints, max_recognised, currency_years, description, programme_weeks, "
        "programme_cost_amount, programme_cost_currency) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(code) DO UPDATE SET title = excluded.title, type = excluded.type, "
        "provider_id = excluded.provider_id, framework_id = excluded.framework_id, level = excluded.level, "
        "credits = excluded.credits, eligible = excluded.eligible, requirements = excluded.requirements, "
        "constraints = excluded.constraints, max_recognised = excluded.max_recognised, "
        "currency_years = excluded.currency_years, description = excluded.description, "
        "programme_weeks = excluded.programme_weeks, programme_cost_amount = excluded.programme_cost_amount, "
        "programme_cost_currency = excluded.programme_cost_currency");
}

void bindQualification(QSqlQuery &query, const Qualification &qualification)
{
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
    const std::optional<FullProgramme> &programme = qualification.programme;
    query.addBindValue(programme ? QVariant(programme->weeks) : QVariant(QMetaType::fromType<int>()));
    const std::optional<Money> cost = programme ? programme->cost : std::nullopt;
    query.addBindValue(cost ? QVariant(cost->amount.toDouble()) : QVariant(QMetaType::fromType<double>()));
    query.addBindValue(cost ? QVariant(cost->currency) : QVariant(QMetaType::fromType<QString>()));
}

QString qualificationColumns()
{
    return QStringLiteral("code, title, type, provider_id, framework_id, level, credits, eligible, requirements, "
                          "constraints, max_recognised, currency_years, description, programme_weeks, "
                          "programme_cost_amount, programme_cost_currency");
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
    // One parser for the three rule texts, each read before the next is parsed.
    ParsedJson parsed;
    qualification.eligible = readSelector(parsed.parseStored(query.value(7).toString()), path, reader);
    const JsonView requirements = parsed.parseStored(query.value(8).toString());
    if (!requirements.toObject().isEmpty())
        qualification.requirements = readRequirement(requirements, path, reader, RequirementGrammar::Qualification);
    for (const JsonView constraint : parsed.parseStored(query.value(9).toString()).toArray())
        qualification.constraints.append(readCreditConstraint(constraint, path, reader));
    if (!query.value(10).isNull())
        qualification.maxRecognisedCredits = query.value(10).toDouble();
    if (!query.value(11).isNull())
        qualification.currencyYears = query.value(11).toInt();
    qualification.description = query.value(12).toString();
    if (!query.value(13).isNull()) {
        FullProgramme programme;
        programme.weeks = query.value(13).toInt();
        if (!query.value(14).isNull())
            programme.cost = Money{Amount::rounded(query.value(14).toDouble()), query.value(15).toString()};
        qualification.programme = programme;
    }
    return qualification;
}

} // namespace Cairn::Core
