#include "learnerfile.h"

#include "jsondocument.h"
#include "jsonfields.h"
#include "model/course.h"
#include "model/limits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Cairn::Core {

namespace {

class LearnerText
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::LearnerFile)
};

using NumberRule = JsonFieldReader::NumberRule;

Record readRecord(const JsonObjectView &object, const QString &path, JsonFieldReader &reader)
{
    Record record;
    record.course = reader.string(object, u"course", path, Presence::Required).value_or(QString());
    if (!record.course.isEmpty() && !isValidCode(record.course)) {
        reader.addProblem(jsonChildPath(path, u"course"),
                          LearnerText::tr("expected a code of letters, digits, '.', '_' or '-'"));
    }
    if (const auto status = reader.string(object, u"status", path, Presence::Required)) {
        if (const auto parsed = recordStatusFromKey(*status)) {
            record.status = *parsed;
        } else {
            reader.addProblem(jsonChildPath(path, u"status"),
                              LearnerText::tr("expected one of %1")
                                  .arg(recordStatusKeys().join(QStringLiteral(", "))));
        }
    }
    const Presence datePresence =
        record.status == RecordStatus::Completed ? Presence::Required : Presence::Optional;
    record.date = reader.date(object, u"date", path, datePresence).value_or(QDate());
    record.start = reader.date(object, u"start", path, Presence::Optional).value_or(QDate());
    record.grade = reader.string(object, u"grade", path, Presence::Optional).value_or(QString());
    record.title = reader.string(object, u"title", path, Presence::Optional).value_or(QString());
    record.credits = reader.number(object, u"credits", path, Presence::Optional, NumberRule::Positive, Limits::courseCredits);
    record.level = reader.integer(object, u"level", path, Presence::Optional);
    record.framework = reader.string(object, u"framework", path, Presence::Optional).value_or(QString());
    record.notes = reader.string(object, u"notes", path, Presence::Optional).value_or(QString());
    return record;
}

std::optional<AuditOverride> readOverride(const JsonObjectView &object, const QString &path, JsonFieldReader &reader)
{
    AuditOverride override;
    override.qualification = reader.string(object, u"qualification", path, Presence::Required).value_or(QString());
    override.reason = reader.string(object, u"reason", path, Presence::Required).value_or(QString());
    override.advisor = reader.string(object, u"advisor", path, Presence::Optional).value_or(QString());
    const bool waive = object.contains(u"waive");
    const bool substitute = object.contains(u"substitute");
    const bool exclude = object.contains(u"exclude");
    if (int(waive) + int(substitute) + int(exclude) != 1) {
        reader.addProblem(path, LearnerText::tr("expected exactly one of \"waive\", \"substitute\", \"exclude\""));
        return std::nullopt;
    }
    if (waive) {
        override.kind = AuditOverride::Kind::Waive;
        override.node = reader.string(object, u"waive", path, Presence::Required).value_or(QString());
    } else if (substitute) {
        override.kind = AuditOverride::Kind::Substitute;
        override.course = reader.string(object, u"substitute", path, Presence::Required).value_or(QString());
        override.node = reader.string(object, u"toward", path, Presence::Required).value_or(QString());
    } else {
        override.kind = AuditOverride::Kind::Exclude;
        override.course = reader.string(object, u"exclude", path, Presence::Required).value_or(QString());
    }
    return override;
}

} // namespace

std::optional<LearnerProfile> readLearner(const JsonObjectView &root, Problems &problems)
{
    if (!checkFormatAndVersion(root, DocumentFormat::Learner, problems))
        return std::nullopt;

    JsonFieldReader reader(problems);
    LearnerProfile learner;
    learner.name = reader.string(root, u"name", QString(), Presence::Required).value_or(QString());
    if (const auto hours = reader.number(root, u"hoursPerWeek", QString(), Presence::Optional,
                                         NumberRule::Positive)) {
        if (*hours > Limits::hoursInAWeek)
            reader.addProblem(QStringLiteral("hoursPerWeek"), LearnerText::tr("expected at most 168 hours"));
        learner.hoursPerWeek = *hours;
    }
    learner.goals = reader.stringList(root, u"goals", QString(), Presence::Optional).value_or(QStringList());
    for (qsizetype i = 1; i < learner.goals.size(); ++i) {
        if (learner.goals.indexOf(learner.goals[i]) < i) {
            reader.addProblem(jsonIndexPath(QStringLiteral("goals"), i),
                              LearnerText::tr("\"%1\" is listed more than once").arg(learner.goals[i]));
        }
    }

    QSet<QString> seen;
    if (const auto records = reader.array(root, u"records", QString(), Presence::Optional)) {
        qsizetype i = -1;
        for (const JsonView element : *records) {
            ++i;
            const QString path = jsonIndexPath(QStringLiteral("records"), i);
            const auto object = reader.asObject(element, path);
            if (!object)
                continue;
            Record record = readRecord(*object, path, reader);
            if (!record.course.isEmpty() && seen.contains(record.course)) {
                reader.addProblem(jsonChildPath(path, u"course"),
                                  LearnerText::tr("\"%1\" already has a record; a course appears in at most one")
                                      .arg(record.course));
            }
            seen.insert(record.course);
            learner.records.append(std::move(record));
        }
    }
    if (const auto overrides = reader.array(root, u"overrides", QString(), Presence::Optional)) {
        qsizetype i = -1;
        for (const JsonView element : *overrides) {
            ++i;
            const QString path = jsonIndexPath(QStringLiteral("overrides"), i);
            if (const auto object = reader.asObject(element, path)) {
                if (auto override = readOverride(*object, path, reader))
                    learner.overrides.append(std::move(*override));
            }
        }
    }
    if (const auto periods = reader.array(root, u"availability", QString(), Presence::Optional)) {
        qsizetype i = -1;
        for (const JsonView element : *periods) {
            ++i;
            const QString path = jsonIndexPath(QStringLiteral("availability"), i);
            const auto object = reader.asObject(element, path);
            if (!object)
                continue;
            AvailabilityPeriod period;
            period.from = reader.date(*object, u"from", path, Presence::Required).value_or(QDate());
            period.to = reader.date(*object, u"to", path, Presence::Required).value_or(QDate());
            period.hoursPerWeek = reader.number(*object, u"hoursPerWeek", path, Presence::Required,
                                                JsonFieldReader::NumberRule::NonNegative)
                                      .value_or(0.0);
            period.label = reader.string(*object, u"label", path, Presence::Optional).value_or(QString());
            if (period.from.isValid() && period.to.isValid() && period.to < period.from)
                reader.addProblem(jsonChildPath(path, u"to"), LearnerText::tr("expected a date on or after \"from\""));
            if (period.hoursPerWeek > Limits::hoursInAWeek)
                reader.addProblem(jsonChildPath(path, u"hoursPerWeek"), LearnerText::tr("expected at most 168 hours"));
            learner.availability.append(period);
        }
    }
    if (const auto rates = reader.array(root, u"exchangeRates", QString(), Presence::Optional)) {
        qsizetype i = -1;
        for (const JsonView element : *rates) {
            ++i;
            const QString path = jsonIndexPath(QStringLiteral("exchangeRates"), i);
            const auto object = reader.asObject(element, path);
            if (!object)
                continue;
            ExchangeRate rate;
            rate.from = reader.currency(*object, u"from", path, Presence::Required).value_or(QString());
            rate.to = reader.currency(*object, u"to", path, Presence::Required).value_or(QString());
            rate.rate = reader.number(*object, u"rate", path, Presence::Required, JsonFieldReader::NumberRule::Positive,
                                      Limits::exchangeRate)
                            .value_or(1.0);
            rate.date = reader.date(*object, u"date", path, Presence::Required).value_or(QDate());
            if (!rate.from.isEmpty() && rate.from == rate.to)
                reader.addProblem(jsonChildPath(path, u"to"), LearnerText::tr("expected another currency than \"from\""));
            else if (rate.rate < 1.0 / Limits::exchangeRate)
                reader.addProblem(jsonChildPath(path, u"rate"), LearnerText::tr("expected at least 0.000001"));
            for (qsizetype j = 0; j < learner.exchangeRates.size(); ++j) {
                const ExchangeRate &other = learner.exchangeRates[j];
                if (other.from == rate.from && other.to == rate.to && other.date == rate.date && rate.date.isValid())
                    reader.addProblem(path, LearnerText::tr("the same rate and day as exchangeRates[%1]").arg(j));
            }
            learner.exchangeRates.append(rate);
        }
    }
    if (const auto budget = reader.object(root, u"budgetPerYear", QString(), Presence::Optional)) {
        const QString path = QStringLiteral("budgetPerYear");
        Money money;
        money.amount = reader.amount(*budget, u"amount", path, Presence::Required).value_or(Amount());
        money.currency = reader.currency(*budget, u"currency", path, Presence::Required).value_or(QString());
        learner.budgetPerYear = money;
    }
    if (!problems.isEmpty())
        return std::nullopt;
    return learner;
}

std::optional<LearnerProfile> readLearner(const QByteArray &json, Problems &problems)
{
    ParsedJson parsed;
    const auto root = parseJsonObject(parsed, json, problems);
    if (!root)
        return std::nullopt;
    return readLearner(*root, problems);
}

std::optional<LearnerProfile> readLearnerFile(const QString &fileName, Problems &problems)
{
    const auto bytes = readFileBytes(fileName, problems);
    if (!bytes)
        return std::nullopt;
    return readLearner(*bytes, problems);
}

void checkLearnerAgainstCatalogue(const LearnerProfile &learner, const CatalogueLookup &lookup,
                                  Problems &problems)
{
    for (qsizetype i = 0; i < learner.goals.size(); ++i) {
        if (!lookup.qualification(learner.goals[i])) {
            problems.add(jsonIndexPath(QStringLiteral("goals"), i),
                         LearnerText::tr("no qualification \"%1\" in the catalogue").arg(learner.goals[i]));
        }
    }
    for (qsizetype i = 0; i < learner.records.size(); ++i) {
        const Record &record = learner.records[i];
        const QString path = jsonIndexPath(QStringLiteral("records"), i);
        if (!record.framework.isEmpty() && !lookup.hasFramework(record.framework)) {
            problems.add(jsonChildPath(path, u"framework"),
                         LearnerText::tr("no framework \"%1\" in the catalogue").arg(record.framework));
        }
        if (lookup.hasCourse(record.course) || record.hasExternalDetails())
            continue;
        QStringList missing;
        if (record.title.isEmpty())
            missing.append(QStringLiteral("title"));
        if (!record.credits)
            missing.append(QStringLiteral("credits"));
        if (!record.level)
            missing.append(QStringLiteral("level"));
        if (record.framework.isEmpty())
            missing.append(QStringLiteral("framework"));
        problems.add(path, LearnerText::tr("course \"%1\" is not in the catalogue, so the record needs %2")
                               .arg(record.course, missing.join(QStringLiteral(", "))));
    }
    for (qsizetype i = 0; i < learner.overrides.size(); ++i) {
        const AuditOverride &override = learner.overrides[i];
        const QString path = jsonIndexPath(QStringLiteral("overrides"), i);
        const auto qualification = lookup.qualification(override.qualification);
        if (!qualification) {
            problems.add(jsonChildPath(path, u"qualification"),
                         LearnerText::tr("no qualification \"%1\" in the catalogue").arg(override.qualification));
            continue;
        }
        if (override.kind == AuditOverride::Kind::Exclude)
            continue;
        const Requirement *node = findRequirementNode(qualification->requirements, override.node);
        const QString key = override.kind == AuditOverride::Kind::Waive ? QStringLiteral("waive") : QStringLiteral("toward");
        if (!node) {
            problems.add(jsonChildPath(path, key),
                         LearnerText::tr("no requirement \"%1\" in %2").arg(override.node, override.qualification));
        } else if (override.kind == AuditOverride::Kind::Substitute && !node->isLeaf()) {
            problems.add(jsonChildPath(path, key),
                         LearnerText::tr("expected a course or credits requirement to substitute toward"));
        }
        if (override.kind == AuditOverride::Kind::Substitute && !learner.record(override.course)) {
            problems.add(jsonChildPath(path, u"substitute"),
                         LearnerText::tr("\"%1\" has no record in this learner file").arg(override.course));
        }
    }
}

QJsonObject overrideToJson(const AuditOverride &override)
{
    QJsonObject object{{QStringLiteral("reason"), override.reason}};
    if (!override.advisor.isEmpty())
        object.insert(u"advisor", override.advisor);
    switch (override.kind) {
    case AuditOverride::Kind::Waive:
        object.insert(u"waive", override.node);
        break;
    case AuditOverride::Kind::Substitute:
        object.insert(u"substitute", override.course);
        object.insert(u"toward", override.node);
        break;
    case AuditOverride::Kind::Exclude:
        object.insert(u"exclude", override.course);
        break;
    }
    return object;
}

QJsonObject learnerToJson(const LearnerProfile &learner)
{
    QJsonArray records;
    for (const Record &record : learner.records) {
        QJsonObject object{{QStringLiteral("course"), record.course}, {QStringLiteral("status"), recordStatusKey(record.status)}};
        if (record.date.isValid())
            object.insert(u"date", record.date.toString(Qt::ISODate));
        if (record.start.isValid())
            object.insert(u"start", record.start.toString(Qt::ISODate));
        if (!record.grade.isEmpty())
            object.insert(u"grade", record.grade);
        if (!record.title.isEmpty())
            object.insert(u"title", record.title);
        if (record.credits)
            object.insert(u"credits", *record.credits);
        if (record.level)
            object.insert(u"level", *record.level);
        if (!record.framework.isEmpty())
            object.insert(u"framework", record.framework);
        if (!record.notes.isEmpty())
            object.insert(u"notes", record.notes);
        records.append(object);
    }
    QJsonArray overrides;
    for (const AuditOverride &override : learner.overrides) {
        QJsonObject object = overrideToJson(override);
        object.insert(u"qualification", override.qualification);
        overrides.append(object);
    }
    QJsonObject root{{QStringLiteral("format"), documentFormatKey(DocumentFormat::Learner)},
            {QStringLiteral("version"), learnerFormatVersion},
            {QStringLiteral("name"), learner.name},
            {QStringLiteral("hoursPerWeek"), learner.hoursPerWeek},
            {QStringLiteral("goals"), QJsonArray::fromStringList(learner.goals)},
            {QStringLiteral("records"), records}};
    if (!overrides.isEmpty())
        root.insert(u"overrides", overrides);
    QJsonArray availability;
    for (const AvailabilityPeriod &period : learner.availability) {
        QJsonObject object{{QStringLiteral("from"), period.from.toString(Qt::ISODate)},
                           {QStringLiteral("to"), period.to.toString(Qt::ISODate)},
                           {QStringLiteral("hoursPerWeek"), period.hoursPerWeek}};
        if (!period.label.isEmpty())
            object.insert(u"label", period.label);
        availability.append(object);
    }
    if (!availability.isEmpty())
        root.insert(u"availability", availability);
    QJsonArray rates;
    for (const ExchangeRate &rate : learner.exchangeRates) {
        rates.append(QJsonObject{{QStringLiteral("from"), rate.from},
                                 {QStringLiteral("to"), rate.to},
                                 {QStringLiteral("rate"), rate.rate},
                                 {QStringLiteral("date"), rate.date.toString(Qt::ISODate)}});
    }
    if (!rates.isEmpty())
        root.insert(u"exchangeRates", rates);
    if (learner.budgetPerYear) {
        root.insert(u"budgetPerYear", QJsonObject{{QStringLiteral("amount"), learner.budgetPerYear->amount.toDouble()},
                                                  {QStringLiteral("currency"), learner.budgetPerYear->currency}});
    }
    return root;
}

QByteArray learnerToJsonBytes(const LearnerProfile &learner)
{
    return QJsonDocument(learnerToJson(learner)).toJson(QJsonDocument::Indented);
}

} // namespace Cairn::Core
