#include "auditreport.h"

#include "audit/explanation.h"
#include "io/learnerfile.h"

#include <QHash>
#include <QJsonArray>

#include <functional>

#include <cmath>

namespace Cairn::Core {

namespace {

QJsonValue rounded(double credits)
{
    // JSON keeps full precision, but 12.499999999 helps nobody.
    return std::round(credits * 1e6) / 1e6;
}

QJsonObject suggestionToJson(const Suggestion &suggestion)
{
    QJsonObject object{{QStringLiteral("course"), suggestion.code},
                       {QStringLiteral("title"), suggestion.title},
                       {QStringLiteral("credits"), rounded(suggestion.credits)},
                       {QStringLiteral("hours"), suggestion.hours},
                       {QStringLiteral("weeks"), suggestion.weeks}};
    if (suggestion.cost) {
        object.insert(u"cost", QJsonObject{{QStringLiteral("amount"), suggestion.cost->amount.toDouble()},
                                            {QStringLiteral("currency"), suggestion.cost->currency}});
    }
    return object;
}

QString costText(const std::optional<Money> &cost)
{
    if (!cost)
        return AuditReport::tr("cost unknown");
    return cost->currency + u' ' + plainAmount(cost->amount);
}

QString costsText(const QMap<QString, Amount> &costs, int unknown)
{
    QStringList parts;
    for (auto it = costs.cbegin(); it != costs.cend(); ++it)
        parts.append(costText(Money{it.value(), it.key()}));
    if (unknown > 0)
        parts.append(AuditReport::tr("%1 without a listed cost").arg(unknown));
    return parts.isEmpty() ? AuditReport::tr("nothing") : parts.join(QStringLiteral(" + "));
}

} // namespace

QString requirementKindKey(Requirement::Kind kind)
{
    switch (kind) {
    case Requirement::Kind::Course:
        return QStringLiteral("course");
    case Requirement::Kind::AllOf:
        return QStringLiteral("allOf");
    case Requirement::Kind::AnyOf:
        return QStringLiteral("anyOf");
    case Requirement::Kind::Credits:
        return QStringLiteral("credits");
    case Requirement::Kind::None:
        break;
    }
    return {};
}

QJsonObject AuditReport::nodeToJson(const NodeResult &node)
{
    QJsonObject object{{QStringLiteral("kind"), requirementKindKey(node.kind)},
                       {QStringLiteral("path"), node.path},
                       {QStringLiteral("required"), rounded(node.required)},
                       {QStringLiteral("remaining"), rounded(node.remaining)},
                       {QStringLiteral("satisfied"), node.satisfied},
                       {QStringLiteral("counted"), node.counted}};
    if (!node.label.isEmpty())
        object.insert(u"label", node.label);
    if (node.kind == Requirement::Kind::Course)
        object.insert(u"course", node.course);
    if (node.kind == Requirement::Kind::AnyOf)
        object.insert(u"count", node.count);
    if (node.waived) {
        object.insert(u"waived", true);
        object.insert(u"waiverReason", node.waiverReason);
    }
    if (node.kind == Requirement::Kind::Course || node.kind == Requirement::Kind::Credits) {
        object.insert(u"allocated", QJsonArray::fromStringList(node.allocated));
        object.insert(u"allocatedCredits", rounded(node.allocatedCredits));
    }
    if (!node.missing.isEmpty())
        object.insert(u"missing", node.missing);
    if (!node.suggestions.isEmpty()) {
        QJsonArray suggestions;
        for (const Suggestion &suggestion : node.suggestions)
            suggestions.append(suggestionToJson(suggestion));
        object.insert(u"suggestions", suggestions);
    }
    QJsonArray children;
    for (const NodeResult &child : node.children)
        children.append(nodeToJson(child));
    object.insert(u"children", children);
    return object;
}

QJsonObject AuditReport::toJson(const AuditResult &result)
{
    QJsonArray expired;
    QJsonArray expiredDetails;
    for (const ExpiredRecord &record : result.expired) {
        expired.append(record.course);
        expiredDetails.append(QJsonObject{{QStringLiteral("course"), record.course},
                                          {QStringLiteral("date"), record.date.toString(Qt::ISODate)},
                                          {QStringLiteral("expiredOn"), record.expiredOn.toString(Qt::ISODate)}});
    }
    QJsonArray constraints;
    for (const ConstraintResult &constraint : result.constraints) {
        QJsonObject object{{QStringLiteral("kind"), constraintKindKey(constraint.kind)},
                           {QStringLiteral("limit"), rounded(constraint.limit)},
                           {QStringLiteral("credits"), rounded(constraint.credits)},
                           {QStringLiteral("remaining"), rounded(constraint.remaining)},
                           {QStringLiteral("excess"), rounded(constraint.excess)}};
        if (!constraint.label.isEmpty())
            object.insert(u"label", constraint.label);
        constraints.append(object);
    }
    QJsonArray overrides;
    for (const AuditOverride &override : result.overrides)
        overrides.append(overrideToJson(override));
    return {{QStringLiteral("qualification"), result.qualification},
            {QStringLiteral("title"), result.title},
            {QStringLiteral("mode"), auditModeKey(result.mode)},
            {QStringLiteral("asOf"), result.asOf.toString(Qt::ISODate)},
            {QStringLiteral("complete"), result.complete},
            {QStringLiteral("remainingCredits"), rounded(result.remainingCredits)},
            {QStringLiteral("creditsCounted"), rounded(result.creditsCounted)},
            {QStringLiteral("creditsRequired"), rounded(result.creditsRequired)},
            {QStringLiteral("percent"), std::round(result.percent * 10) / 10},
            {QStringLiteral("requirementsRemaining"), rounded(result.requirementsRemaining)},
            {QStringLiteral("allocationProvenOptimal"), result.allocationProvenOptimal},
            {QStringLiteral("allocationGap"), rounded(result.allocationGap)},
            {QStringLiteral("totalRemaining"), rounded(result.totalRemaining)},
            {QStringLiteral("counted"), QJsonArray::fromStringList(result.counted)},
            {QStringLiteral("expired"), expired},
            {QStringLiteral("expiredDetails"), expiredDetails},
            {QStringLiteral("excluded"), QJsonArray::fromStringList(result.excluded)},
            {QStringLiteral("constraints"), constraints},
            {QStringLiteral("overrides"), overrides},
            {QStringLiteral("requirements"), result.requirements ? QJsonValue(nodeToJson(*result.requirements))
                                                                  : QJsonValue(QJsonValue::Null)}};
}

QString AuditReport::kindName(const NodeResult &node)
{
    if (!node.label.isEmpty())
        return node.label;
    switch (node.kind) {
    case Requirement::Kind::Course:
        return node.course;
    case Requirement::Kind::AllOf:
        return tr("All of");
    case Requirement::Kind::AnyOf:
        return tr("%1 of").arg(node.count);
    case Requirement::Kind::Credits:
        return tr("%1 credits").arg(formatCredits(node.required));
    case Requirement::Kind::None:
        break;
    }
    return {};
}

void AuditReport::nodeToText(const NodeResult &node, int depth, QStringList &lines)
{
    const QString indent(2 * depth + 2, u' ');
    const QString mark = node.satisfied ? QStringLiteral("✓") : (node.counted ? QStringLiteral("✗") : QStringLiteral("·"));
    QString line = indent + mark + u' ' + kindName(node);
    if (node.kind == Requirement::Kind::Credits) {
        line += tr(": %1 of %2 credits")
                    .arg(formatCredits(std::min(node.allocatedCredits, node.required)), formatCredits(node.required));
    }
    if (!node.allocated.isEmpty() && node.kind != Requirement::Kind::Course)
        line += u' ' + tr("(%1)").arg(node.allocated.join(QStringLiteral(", ")));
    if (node.waived)
        line += u' ' + tr("— waived: %1").arg(node.waiverReason);
    else if (!node.missing.isEmpty() && node.counted)
        line += QStringLiteral(" — ") + node.missing;
    lines.append(line);
    if (!node.waived) {
        for (const Suggestion &suggestion : node.suggestions) {
            lines.append(indent + QStringLiteral("    → ")
                         + tr("%1 %2 · %3 credits · %4 · %5 weeks")
                               .arg(suggestion.code, suggestion.title, formatCredits(suggestion.credits),
                                    costText(suggestion.cost))
                               .arg(suggestion.weeks));
        }
    }
    for (const NodeResult &child : node.children)
        nodeToText(child, depth + 1, lines);
}

QString AuditReport::toText(const AuditResult &result)
{
    QStringList lines;
    lines.append(tr("%1 (%2)").arg(result.title, result.qualification));
    lines.append(tr("Counting %1 credit, as of %2")
                     .arg(result.mode == AuditMode::Earned ? tr("earned") : tr("earned and planned"),
                          result.asOf.toString(Qt::ISODate)));
    if (result.complete) {
        lines.append(tr("Complete: %1 credits counted of %2 required.")
                         .arg(formatCredits(result.creditsCounted), formatCredits(result.creditsRequired)));
    } else {
        lines.append(tr("Not complete: %1 credits still needed (%2% done); %3 credits counted toward the %4 required.")
                         .arg(formatCredits(result.remainingCredits), QString::number(std::floor(result.percent)),
                              formatCredits(result.creditsCounted), formatCredits(result.creditsRequired)));
    }
    if (result.creditsInAll > result.creditsRequired + 1e-9)
        lines.append(tr("Its requirements ask for %1 credits, more than the %2 it names: what is still needed "
                        "is measured against the %1.")
                         .arg(formatCredits(result.creditsInAll), formatCredits(result.creditsRequired)));
    if (!result.allocationProvenOptimal) {
        lines.append(tr("Note: this requirement tree is too intricate to prove the best allocation in time; "
                        "the allocation shown is the best found, and a better one would need at most %1 credits fewer.")
                         .arg(formatCredits(result.allocationGap)));
    }
    if (result.requirements) {
        lines.append(QString());
        lines.append(tr("Requirements"));
        nodeToText(*result.requirements, 0, lines);
    }
    if (!result.constraints.isEmpty()) {
        lines.append(QString());
        lines.append(tr("Rules"));
        for (const ConstraintResult &constraint : result.constraints) {
            QString text;
            switch (constraint.kind) {
            case ConstraintResult::Kind::MinCredits:
                text = constraint.label.isEmpty() ? tr("at least %1 credits").arg(formatCredits(constraint.limit))
                                                  : constraint.label;
                text += tr(": %1 of at least %2").arg(formatCredits(constraint.credits), formatCredits(constraint.limit));
                break;
            case ConstraintResult::Kind::MaxCredits:
                text = constraint.label.isEmpty() ? tr("at most %1 credits").arg(formatCredits(constraint.limit))
                                                  : constraint.label;
                text += tr(": %1 held, at most %2 count").arg(formatCredits(constraint.credits), formatCredits(constraint.limit));
                break;
            case ConstraintResult::Kind::MaxRecognisedCredits:
                text = tr("recognised prior learning: %1 held, at most %2 count")
                           .arg(formatCredits(constraint.credits), formatCredits(constraint.limit));
                break;
            }
            const bool ok = constraint.remaining <= 1e-6 && constraint.excess <= 1e-6;
            if (constraint.excess > 1e-6)
                text += tr(" (%1 over the limit)").arg(formatCredits(constraint.excess));
            lines.append(QStringLiteral("  ") + (ok ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + text);
        }
    }
    if (!result.expired.isEmpty()) {
        lines.append(QString());
        lines.append(tr("No longer current"));
        for (const ExpiredRecord &record : result.expired) {
            lines.append(QStringLiteral("  ")
                         + tr("%1, dated %2, stopped counting on %3")
                               .arg(record.course, record.date.toString(Qt::ISODate),
                                    record.expiredOn.toString(Qt::ISODate)));
        }
    }
    if (!result.overrides.isEmpty()) {
        // Name nodes as the tree above does, with the path for precision.
        QHash<QString, QString> names;
        const std::function<void(const NodeResult &)> collect = [&](const NodeResult &node) {
            names.insert(node.path, kindName(node) + QStringLiteral(" (") + node.path + u')');
            for (const NodeResult &child : node.children)
                collect(child);
        };
        if (result.requirements)
            collect(*result.requirements);
        lines.append(QString());
        lines.append(tr("Advisor decisions"));
        for (AuditOverride override : result.overrides) {
            override.node = names.value(override.node, override.node);
            switch (override.kind) {
            case AuditOverride::Kind::Waive:
                lines.append(QStringLiteral("  ") + tr("waived %1: %2").arg(override.node, override.reason));
                break;
            case AuditOverride::Kind::Substitute:
                lines.append(QStringLiteral("  ")
                             + tr("%1 counts toward %2: %3").arg(override.course, override.node, override.reason));
                break;
            case AuditOverride::Kind::Exclude:
                lines.append(QStringLiteral("  ") + tr("%1 excluded: %2").arg(override.course, override.reason));
                break;
            }
        }
    }
    return lines.join(u'\n') + u'\n';
}

QJsonObject AuditReport::toJson(const QList<WhatIfEntry> &entries, const QDate &asOf)
{
    QJsonArray ranking;
    for (const WhatIfEntry &entry : entries) {
        QJsonObject cost;
        for (auto it = entry.estimate.cost.cbegin(); it != entry.estimate.cost.cend(); ++it)
            cost.insert(it.key(), it.value().toDouble());
        ranking.append(QJsonObject{
            {QStringLiteral("qualification"), entry.qualification},
            {QStringLiteral("title"), entry.title},
            {QStringLiteral("type"), entry.type},
            {QStringLiteral("plannedRemaining"), rounded(entry.planned.remainingCredits)},
            {QStringLiteral("earnedRemaining"), rounded(entry.earned.remainingCredits)},
            {QStringLiteral("plannedPercent"), std::round(entry.planned.percent * 10) / 10},
            {QStringLiteral("earnedPercent"), std::round(entry.earned.percent * 10) / 10},
            {QStringLiteral("complete"), entry.earned.complete},
            {QStringLiteral("completeWhenPlansFinish"), entry.planned.complete},
            {QStringLiteral("estimate"),
             QJsonObject{{QStringLiteral("courses"), QJsonArray::fromStringList(entry.estimate.courses)},
                         {QStringLiteral("credits"), rounded(entry.estimate.credits)},
                         {QStringLiteral("hours"), rounded(entry.estimate.hours)},
                         {QStringLiteral("cost"), cost},
                         {QStringLiteral("coursesWithoutCost"), entry.estimate.coursesWithoutCost},
                         {QStringLiteral("coversRemaining"), entry.estimate.coversRemaining}}}});
    }
    return {{QStringLiteral("asOf"), asOf.toString(Qt::ISODate)}, {QStringLiteral("qualifications"), ranking}};
}

QString AuditReport::toText(const QList<WhatIfEntry> &entries, const QDate &asOf)
{
    QStringList lines;
    lines.append(tr("What if: every qualification, closest first (as of %1)").arg(asOf.toString(Qt::ISODate)));
    int rank = 0;
    for (const WhatIfEntry &entry : entries) {
        lines.append(QString());
        lines.append(tr("%1. %2 (%3)").arg(++rank).arg(entry.title, entry.qualification));
        if (entry.earned.complete) {
            lines.append(QStringLiteral("   ") + tr("complete"));
            continue;
        }
        lines.append(QStringLiteral("   ")
                     + tr("%1 credits to go with your plans (%2 without them)")
                           .arg(formatCredits(entry.planned.remainingCredits),
                                formatCredits(entry.earned.remainingCredits)));
        if (!entry.planned.complete) {
            lines.append(QStringLiteral("   ")
                         + tr("about %1 study hours and %2 more: %3%4")
                               .arg(formatCredits(entry.estimate.hours),
                                    costsText(entry.estimate.cost, entry.estimate.coursesWithoutCost),
                                    entry.estimate.courses.join(QStringLiteral(", ")),
                                    entry.estimate.coversRemaining ? QString()
                                                                   : tr(" (the catalogue cannot close the gap)")));
        }
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace Cairn::Core
