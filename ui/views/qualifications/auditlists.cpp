#include "auditlists.h"

#include "models/coursetext.h"

#include <QKeySequence>
#include <QPushButton>
#include <QTreeWidget>

namespace Cairn::Ui {

namespace {

QString overrideText(const Core::AuditOverride &override, const QString &nodeLabel)
{
    switch (override.kind) {
    case Core::AuditOverride::Kind::Waive:
        return AuditLists::tr("Waived: %1").arg(nodeLabel);
    case Core::AuditOverride::Kind::Substitute:
        return AuditLists::tr("%1 counts toward %2").arg(override.course, nodeLabel);
    case Core::AuditOverride::Kind::Exclude:
        return AuditLists::tr("%1 does not count").arg(override.course);
    }
    return {};
}

} // namespace

void AuditLists::fillSuggestions(QTreeWidget &list, const Core::AuditResult &result,
                                 const std::function<void(const QString &)> &plan)
{
    list.clear();
    const std::function<void(const Core::NodeResult &)> walk = [&](const Core::NodeResult &node) {
        for (const Core::NodeResult &child : node.children)
            walk(child);
        if (!node.children.empty() || node.satisfied || node.waived || !node.counted || node.suggestions.isEmpty())
            return;
        auto *group = new QTreeWidgetItem(&list, {node.label.isEmpty() ? node.missing : node.label});
        group->setToolTip(0, node.missing);
        group->setFirstColumnSpanned(true);
        for (const Core::Suggestion &suggestion : node.suggestions) {
            auto *item = new QTreeWidgetItem(group, {tr("%1 %2").arg(suggestion.code, suggestion.title),
                                                     CourseText::number(suggestion.credits),
                                                     CourseText::number(suggestion.hours),
                                                     CourseText::cost(suggestion.cost)});
            item->setData(0, AuditLists::CourseRole, suggestion.code);
            item->setToolTip(0, tr("%1 %2").arg(suggestion.code, suggestion.title));
            auto *button = new QPushButton(tr("Plan"), &list);
            button->setAccessibleName(tr("Plan %1").arg(suggestion.code));
            button->setToolTip(tr("Add %1 to your plan (undo with %2)")
                                 .arg(suggestion.code, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
            QObject::connect(button, &QPushButton::clicked, &list, [plan, code = suggestion.code] { plan(code); });
            list.setItemWidget(item, 4, button);
        }
    };
    if (result.requirements)
        walk(*result.requirements);
    list.expandAll();
    if (list.topLevelItemCount() == 0) {
        auto *none = new QTreeWidgetItem(&list, {result.complete ? tr("Nothing is missing.")
                                                                         : tr("No catalogue course can close the gaps.")});
        none->setFirstColumnSpanned(true);
        none->setFlags(Qt::ItemIsEnabled);
    }
}

void AuditLists::fillRules(QTreeWidget &list, const Core::AuditResult &result, const Core::Qualification &qualification,
                           const QList<Core::AuditOverride> &overrides,
                           const std::function<QString(const QString &)> &nodeLabelOf)
{
    list.clear();
    auto *rules = new QTreeWidgetItem(&list, {tr("Rules")});
    rules->setFirstColumnSpanned(true);
    for (const Core::ConstraintResult &constraint : result.constraints) {
        QString rule;
        QString state;
        switch (constraint.kind) {
        case Core::ConstraintResult::Kind::MinCredits:
            rule = constraint.label.isEmpty() ? tr("At least %1 credits").arg(CourseText::number(constraint.limit))
                                              : constraint.label;
            state = constraint.remaining > 0 ? tr("%1 counted, %2 still needed")
                                                   .arg(CourseText::number(constraint.credits),
                                                        CourseText::number(constraint.remaining))
                                             : tr("met (%1 counted)").arg(CourseText::number(constraint.credits));
            break;
        case Core::ConstraintResult::Kind::MaxCredits:
            rule = constraint.label.isEmpty() ? tr("At most %1 credits").arg(CourseText::number(constraint.limit))
                                              : constraint.label;
            state = constraint.excess > 0 ? tr("%1 over the cap do not count").arg(CourseText::number(constraint.excess))
                                          : tr("within (%1 counted)").arg(CourseText::number(constraint.credits));
            break;
        case Core::ConstraintResult::Kind::MaxRecognisedCredits:
            rule = tr("At most %1 credits from recognised prior learning").arg(CourseText::number(constraint.limit));
            state = constraint.excess > 0 ? tr("%1 over the cap do not count").arg(CourseText::number(constraint.excess))
                                          : tr("within (%1 counted)").arg(CourseText::number(constraint.credits));
            break;
        }
        auto *item = new QTreeWidgetItem(rules, {tr("%1 — %2").arg(rule, state)});
        item->setToolTip(0, item->text(0));
    }
    if (qualification.currencyYears) {
        const int years = *qualification.currencyYears;
        const QString rule = years == 1 ? tr("Completed courses count for 1 year")
                                        : tr("Completed courses count for %1 years").arg(years);
        new QTreeWidgetItem(rules, {tr("%1 — %2").arg(rule, result.expired.isEmpty()
                                                                ? tr("all current")
                                                                : tr("%1 expired").arg(result.expired.size()))});
    }
    if (rules->childCount() == 0)
        new QTreeWidgetItem(rules, {tr("No credit limits, caps or currency rules")});

    if (!result.expired.isEmpty()) {
        auto *expired = new QTreeWidgetItem(&list, {tr("Expired records")});
        expired->setFirstColumnSpanned(true);
        for (const Core::ExpiredRecord &record : result.expired) {
            new QTreeWidgetItem(expired, {tr("%1, from %2 — stopped counting on %3")
                                              .arg(record.course, CourseText::date(record.date),
                                                   CourseText::date(record.expiredOn))});
        }
    }

    auto *decisions = new QTreeWidgetItem(&list, {tr("Advisor decisions")});
    decisions->setFirstColumnSpanned(true);
    for (qsizetype i = 0; i < overrides.size(); ++i) {
        const Core::AuditOverride &override = overrides[i];
        if (override.qualification != result.qualification)
            continue;
        const QString nodeLabel = nodeLabelOf(override.node);
        const QString who = override.advisor.isEmpty() ? tr("advisor not recorded") : override.advisor;
        auto *item = new QTreeWidgetItem(decisions, {tr("%1 — “%2” (%3)").arg(overrideText(override, nodeLabel),
                                                                               override.reason, who)});
        item->setData(0, AuditLists::OverrideIndexRole, qlonglong(i));
        item->setToolTip(0, tr("Reason: %1\nAdvisor: %2\nDouble-click to edit; right-click to remove.")
                                .arg(override.reason, who));
    }
    if (decisions->childCount() == 0) {
        auto *none = new QTreeWidgetItem(decisions, {tr("None. Right-click a requirement to waive it or count "
                                                        "another course toward it.")});
        none->setFirstColumnSpanned(true);
    }
    list.expandAll();
}

} // namespace Cairn::Ui
