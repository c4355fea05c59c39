#include "rulesjson.h"

#include "jsonfields.h"
#include "model/limits.h"

#include <QJsonArray>

namespace Cairn::Core {

namespace {

class RulesText
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::RulesJson)
};

QJsonArray toJsonArray(const QStringList &strings)
{
    return QJsonArray::fromStringList(strings);
}

} // namespace

Selector readSelector(const JsonView &value, const QString &path, JsonFieldReader &reader)
{
    Selector selector;
    const std::optional<JsonObjectView> object = reader.asObject(value, path);
    if (!object)
        return selector;
    selector.courses = reader.stringList(*object, u"courses", path, Presence::Optional);
    selector.codePattern = reader.string(*object, u"codePattern", path, Presence::Optional);
    selector.skills = reader.stringList(*object, u"skills", path, Presence::Optional);
    selector.providers = reader.stringList(*object, u"providers", path, Presence::Optional);
    selector.frameworks = reader.stringList(*object, u"frameworks", path, Presence::Optional);
    if (const auto levels = reader.object(*object, u"levels", path, Presence::Optional)) {
        const QString levelsPath = jsonChildPath(path, u"levels");
        selector.minLevel = reader.integer(*levels, u"min", levelsPath, Presence::Optional);
        selector.maxLevel = reader.integer(*levels, u"max", levelsPath, Presence::Optional);
        if (selector.minLevel && selector.maxLevel && *selector.minLevel > *selector.maxLevel) {
            reader.addProblem(levelsPath, RulesText::tr("min (%1) is greater than max (%2)")
                                              .arg(*selector.minLevel)
                                              .arg(*selector.maxLevel));
        }
    }
    return selector;
}

Requirement readRequirement(const JsonView &value, const QString &path, JsonFieldReader &reader,
                            RequirementGrammar grammar)
{
    Requirement node;
    const std::optional<JsonObjectView> object = reader.asObject(value, path);
    if (!object)
        return node;

    const bool prerequisite = grammar == RequirementGrammar::Prerequisite;
    QStringList shapes;
    for (const char16_t *key : {u"course", u"allOf", u"anyOf", u"credits"}) {
        if (object->contains(QStringView(key)))
            shapes.append(QString::fromUtf16(key));
    }
    const QString expected = prerequisite
        ? RulesText::tr("expected exactly one of \"course\", \"allOf\", \"anyOf\"")
        : RulesText::tr("expected exactly one of \"course\", \"allOf\", \"anyOf\", \"credits\"");
    if (shapes.size() != 1 || (prerequisite && shapes.first() == u"credits")) {
        reader.addProblem(path, expected);
        return node;
    }
    node.label = reader.string(*object, u"label", path, Presence::Optional).value_or(QString());

    const QString &shape = shapes.first();
    if (shape == u"course") {
        node.kind = Requirement::Kind::Course;
        node.course = reader.string(*object, u"course", path, Presence::Required).value_or(QString());
    } else if (shape == u"credits") {
        node.kind = Requirement::Kind::Credits;
        node.credits = reader.number(*object, u"credits", path, Presence::Required,
                                     JsonFieldReader::NumberRule::Positive, Limits::qualificationCredits)
                           .value_or(0.0);
        if (object->contains(u"from"))
            node.from = readSelector(object->value(u"from"), jsonChildPath(path, u"from"), reader);
    } else {
        node.kind = shape == u"allOf" ? Requirement::Kind::AllOf : Requirement::Kind::AnyOf;
        const QString childrenPath = jsonChildPath(path, shape);
        const auto children = reader.array(*object, shape, path, Presence::Required);
        if (!children)
            return node;
        if (children->isEmpty())
            reader.addProblem(childrenPath, RulesText::tr("expected at least one requirement"));
        qsizetype i = 0;
        for (const JsonView child : *children)
            node.children.push_back(readRequirement(child, jsonIndexPath(childrenPath, i++), reader, grammar));
        if (node.kind == Requirement::Kind::AnyOf) {
            node.count = reader.integer(*object, u"count", path, Presence::Optional, 1).value_or(1);
            if (node.count > i && i > 0) {
                reader.addProblem(jsonChildPath(path, u"count"),
                                  RulesText::tr("expected at most %1, the number of alternatives").arg(i));
            }
        }
    }
    return node;
}

CreditConstraint readCreditConstraint(const JsonView &value, const QString &path,
                                      JsonFieldReader &reader)
{
    CreditConstraint constraint;
    const std::optional<JsonObjectView> object = reader.asObject(value, path);
    if (!object)
        return constraint;
    const bool hasMin = object->contains(u"minCredits");
    const bool hasMax = object->contains(u"maxCredits");
    if (hasMin == hasMax) {
        reader.addProblem(path, RulesText::tr("expected exactly one of \"minCredits\", \"maxCredits\""));
        return constraint;
    }
    constraint.kind = hasMin ? CreditConstraint::Kind::MinCredits : CreditConstraint::Kind::MaxCredits;
    constraint.credits = reader.number(*object, hasMin ? u"minCredits" : u"maxCredits", path,
                                       Presence::Required, JsonFieldReader::NumberRule::NonNegative,
                                       Limits::qualificationCredits)
                             .value_or(0.0);
    if (object->contains(u"from"))
        constraint.from = readSelector(object->value(u"from"), jsonChildPath(path, u"from"), reader);
    constraint.label = reader.string(*object, u"label", path, Presence::Optional).value_or(QString());
    return constraint;
}

QJsonObject selectorToJson(const Selector &selector)
{
    QJsonObject object;
    if (selector.courses)
        object.insert(u"courses", toJsonArray(*selector.courses));
    if (selector.codePattern)
        object.insert(u"codePattern", *selector.codePattern);
    if (selector.skills)
        object.insert(u"skills", toJsonArray(*selector.skills));
    if (selector.minLevel || selector.maxLevel) {
        QJsonObject levels;
        if (selector.minLevel)
            levels.insert(u"min", *selector.minLevel);
        if (selector.maxLevel)
            levels.insert(u"max", *selector.maxLevel);
        object.insert(u"levels", levels);
    }
    if (selector.providers)
        object.insert(u"providers", toJsonArray(*selector.providers));
    if (selector.frameworks)
        object.insert(u"frameworks", toJsonArray(*selector.frameworks));
    return object;
}

QJsonObject requirementToJson(const Requirement &requirement)
{
    QJsonObject object;
    switch (requirement.kind) {
    case Requirement::Kind::None:
        return object;
    case Requirement::Kind::Course:
        object.insert(u"course", requirement.course);
        break;
    case Requirement::Kind::Credits:
        object.insert(u"credits", requirement.credits);
        object.insert(u"from", selectorToJson(requirement.from));
        break;
    case Requirement::Kind::AllOf:
    case Requirement::Kind::AnyOf: {
        QJsonArray children;
        for (const Requirement &child : requirement.children)
            children.append(requirementToJson(child));
        const bool anyOf = requirement.kind == Requirement::Kind::AnyOf;
        object.insert(anyOf ? u"anyOf" : u"allOf", children);
        if (anyOf)
            object.insert(u"count", requirement.count);
        break;
    }
    }
    if (!requirement.label.isEmpty())
        object.insert(u"label", requirement.label);
    return object;
}

QJsonObject creditConstraintToJson(const CreditConstraint &constraint)
{
    QJsonObject object;
    const bool min = constraint.kind == CreditConstraint::Kind::MinCredits;
    object.insert(min ? u"minCredits" : u"maxCredits", constraint.credits);
    object.insert(u"from", selectorToJson(constraint.from));
    if (!constraint.label.isEmpty())
        object.insert(u"label", constraint.label);
    return object;
}

} // namespace Cairn::Core
