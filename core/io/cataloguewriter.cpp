#include "cataloguewriter.h"

#include "jsondocument.h"
#include "rulesjson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Cairn::Core {

namespace {

QJsonObject frameworkToJson(const Framework &framework)
{
    return {{QStringLiteral("id"), framework.id},
            {QStringLiteral("name"), framework.name},
            {QStringLiteral("creditHours"), framework.creditHours},
            {QStringLiteral("levels"), QJsonObject{{QStringLiteral("min"), framework.minLevel}, {QStringLiteral("max"), framework.maxLevel}}}};
}

QJsonObject providerToJson(const Provider &provider)
{
    QJsonObject object{{QStringLiteral("id"), provider.id}, {QStringLiteral("name"), provider.name}};
    if (!provider.country.isEmpty())
        object.insert(u"country", provider.country);
    if (!provider.qualityAssurance.isEmpty())
        object.insert(u"qualityAssurance", provider.qualityAssurance);
    return object;
}

QJsonObject skillToJson(const Skill &skill)
{
    QJsonObject object{{QStringLiteral("id"), skill.id}, {QStringLiteral("label"), skill.label}};
    if (!skill.uri.isEmpty())
        object.insert(u"uri", skill.uri);
    return object;
}

void insertIfNotEmpty(QJsonObject &object, QStringView key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

QJsonObject courseToJson(const Course &course)
{
    QJsonObject object{{QStringLiteral("code"), course.code},       {QStringLiteral("title"), course.title},
                       {QStringLiteral("provider"), course.provider}, {QStringLiteral("framework"), course.framework},
                       {QStringLiteral("credits"), course.credits},   {QStringLiteral("level"), course.level},
                       {QStringLiteral("hours"), course.hours},       {QStringLiteral("weeks"), course.weeks}};
    if (course.cost)
        object.insert(u"cost", QJsonObject{{QStringLiteral("amount"), course.cost->amount.toDouble()}, {QStringLiteral("currency"), course.cost->currency}});
    if (!course.delivery.isEmpty()) {
        QJsonArray delivery;
        for (DeliveryMode mode : course.delivery)
            delivery.append(deliveryModeKey(mode));
        object.insert(u"delivery", delivery);
    }
    if (!course.intakes.isEmpty()) {
        QJsonArray intakes;
        for (const QDate &date : course.intakes)
            intakes.append(date.toString(Qt::ISODate));
        object.insert(u"intakes", intakes);
    }
    if (!course.skills.isEmpty())
        object.insert(u"skills", QJsonArray::fromStringList(course.skills));
    if (!course.outcomes.isEmpty())
        object.insert(u"outcomes", QJsonArray::fromStringList(course.outcomes));
    insertIfNotEmpty(object, u"assessment", course.assessment);
    insertIfNotEmpty(object, u"description", course.description);
    insertIfNotEmpty(object, u"url", course.url);
    if (!course.prerequisites.isEmpty())
        object.insert(u"prerequisites", requirementToJson(course.prerequisites));
    return object;
}

QJsonObject qualificationToJson(const Qualification &qualification)
{
    QJsonObject object{{QStringLiteral("code"), qualification.code},
                       {QStringLiteral("title"), qualification.title},
                       {QStringLiteral("framework"), qualification.framework},
                       {QStringLiteral("credits"), qualification.credits}};
    insertIfNotEmpty(object, u"type", qualification.type);
    insertIfNotEmpty(object, u"provider", qualification.provider);
    if (qualification.level)
        object.insert(u"level", *qualification.level);
    if (!qualification.eligible.isEmpty())
        object.insert(u"eligible", selectorToJson(qualification.eligible));
    if (!qualification.requirements.isEmpty())
        object.insert(u"requirements", requirementToJson(qualification.requirements));
    if (!qualification.constraints.isEmpty()) {
        QJsonArray constraints;
        for (const CreditConstraint &constraint : qualification.constraints)
            constraints.append(creditConstraintToJson(constraint));
        object.insert(u"constraints", constraints);
    }
    if (qualification.maxRecognisedCredits)
        object.insert(u"maxRecognisedCredits", *qualification.maxRecognisedCredits);
    if (qualification.currencyYears)
        object.insert(u"currencyYears", *qualification.currencyYears);
    insertIfNotEmpty(object, u"description", qualification.description);
    if (qualification.programme) {
        QJsonObject programme{{QStringLiteral("weeks"), qualification.programme->weeks}};
        if (const std::optional<Money> &cost = qualification.programme->cost) {
            programme.insert(u"cost", QJsonObject{{QStringLiteral("amount"), cost->amount.toDouble()},
                                                 {QStringLiteral("currency"), cost->currency}});
        }
        object.insert(u"programme", programme);
    }
    return object;
}

template<typename T, typename ToJson>
QJsonArray arrayOf(const QList<T> &items, ToJson toJson)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(toJson(item));
    return array;
}

} // namespace

QJsonObject catalogueToJson(const Catalogue &catalogue)
{
    QJsonObject root{{QStringLiteral("format"), documentFormatKey(DocumentFormat::Catalogue)},
                     {QStringLiteral("version"), catalogueFormatVersion}};
    insertIfNotEmpty(root, u"name", catalogue.name);
    root.insert(u"frameworks", arrayOf(catalogue.frameworks, frameworkToJson));
    root.insert(u"providers", arrayOf(catalogue.providers, providerToJson));
    root.insert(u"skills", arrayOf(catalogue.skills, skillToJson));
    root.insert(u"courses", arrayOf(catalogue.courses, courseToJson));
    root.insert(u"qualifications", arrayOf(catalogue.qualifications, qualificationToJson));
    return root;
}

QByteArray catalogueToJsonBytes(const Catalogue &catalogue)
{
    return QJsonDocument(catalogueToJson(catalogue)).toJson(QJsonDocument::Indented);
}

} // namespace Cairn::Core
