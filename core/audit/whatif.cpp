#include "whatif.h"

#include "auditor.h"

#include <QSet>

#include <algorithm>
#include <thread>
#include <vector>

namespace Cairn::Core {

namespace {

// Suggestions of every open leaf that counts; false if some leaf's
// suggestions cannot close its gap.
bool collectSuggestions(const NodeResult &node, QList<Suggestion> &out, QSet<QString> &seen)
{
    bool closes = true;
    for (const NodeResult &child : node.children)
        closes &= collectSuggestions(child, out, seen);
    if (node.satisfied || !node.counted || node.waived || !node.children.empty())
        return closes;
    double credits = 0.0;
    for (const Suggestion &suggestion : node.suggestions) {
        credits += suggestion.credits;
        if (!seen.contains(suggestion.code)) {
            seen.insert(suggestion.code);
            out.append(suggestion);
        }
    }
    const bool leafCloses = node.kind == Requirement::Kind::Course ? !node.suggestions.isEmpty()
                                                                    : credits >= node.remaining - 1e-6;
    return closes && leafCloses;
}

void add(FinishEstimate &estimate, const Suggestion &suggestion)
{
    estimate.courses.append(suggestion.code);
    estimate.credits += suggestion.credits;
    estimate.hours += suggestion.hours;
    if (suggestion.cost)
        estimate.cost[suggestion.cost->currency] += suggestion.cost->amount;
    else
        ++estimate.coursesWithoutCost;
}

} // namespace

FinishEstimate estimateToFinish(const Auditor &auditor, const Qualification &qualification, const AuditResult &planned)
{
    FinishEstimate estimate;
    if (planned.complete)
        return estimate;
    QList<Suggestion> suggestions;
    QSet<QString> chosen;
    if (planned.requirements)
        estimate.coversRemaining = collectSuggestions(*planned.requirements, suggestions, chosen);
    for (const Suggestion &suggestion : suggestions)
        add(estimate, suggestion);

    QSet<QString> excluded;
    QSet<QString> substituted; // count whether or not they are eligible (docs/AUDIT.md)
    for (const AuditOverride &override : planned.overrides) {
        if (override.kind == AuditOverride::Kind::Exclude)
            excluded.insert(override.course);
        else if (override.kind == AuditOverride::Kind::Substitute)
            substituted.insert(override.course);
    }
    // Top a shortfall up with the cheapest eligible courses that `from` matches,
    // counting what was already chosen for it.
    const auto topUp = [&](double needed, const Selector &from) {
        double have = 0.0;
        for (const Suggestion &suggestion : suggestions) {
            const Course *course = auditor.index().course(suggestion.code);
            if (course && from.matches(*course))
                have += suggestion.credits;
        }
        for (const Course *course : auditor.suggestionPool().courses()) {
            if (have >= needed - 1e-6)
                break;
            if (chosen.contains(course->code) || excluded.contains(course->code)
                || !(qualification.eligible.matches(*course) || substituted.contains(course->code))
                || !from.matches(*course))
                continue;
            chosen.insert(course->code);
            const Suggestion suggestion = suggestionFor(*course, auditor.creditsIn(*course, qualification));
            suggestions.append(suggestion);
            add(estimate, suggestion);
            have += suggestion.credits;
        }
        if (have < needed - 1e-6)
            estimate.coversRemaining = false;
    };
    for (qsizetype i = 0; i < qualification.constraints.size() && i < planned.constraints.size(); ++i) {
        if (planned.constraints[i].kind == ConstraintResult::Kind::MinCredits)
            topUp(planned.constraints[i].remaining, qualification.constraints[i].from);
    }
    topUp(planned.totalRemaining, Selector());
    return estimate;
}

QString costSortKey(const FinishEstimate &estimate)
{
    if (estimate.cost.isEmpty())
        return QStringLiteral("~"); // after every currency code
    QString key;
    for (auto it = estimate.cost.cbegin(); it != estimate.cost.cend(); ++it)
        key += it.key() + QStringLiteral("%1 ").arg(it.value().units(), 19, 10, QLatin1Char('0'));
    if (estimate.coursesWithoutCost > 0)
        key += u'+';
    return key;
}

FinishEstimate estimateToFinish(const Auditor &auditor, const Qualification &qualification, const QDate &asOf)
{
    // The estimate needs the tree's suggestions, not its sentences.
    return estimateToFinish(auditor, qualification,
                            auditor.audit(qualification, AuditMode::Planned, asOf, AuditDetail::Suggestions));
}

WhatIfEntry whatIfEntry(const Auditor &auditor, const Qualification &qualification, const QDate &asOf,
                        WhatIfDetail detail)
{
    WhatIfEntry entry;
    entry.qualification = qualification.code;
    entry.title = qualification.title;
    entry.type = qualification.type;
    // The estimate needs the planned tree's suggestions, not its sentences.
    const bool estimate = detail == WhatIfDetail::Estimates;
    Auditor::BothModes both =
        auditor.auditBothModes(qualification, asOf, estimate ? AuditDetail::Suggestions : AuditDetail::Totals);
    if (estimate) {
        entry.estimate = estimateToFinish(auditor, qualification, both.planned);
        entry.estimated = true;
        both.planned.requirements.reset(); // totals only, as the ranking keeps them
    }
    entry.planned = std::move(both.planned);
    entry.earned = std::move(both.earned);
    return entry;
}

bool ranksBefore(const WhatIfEntry &a, const WhatIfEntry &b, AuditMode primary)
{
    const auto first = primary == AuditMode::Planned ? &WhatIfEntry::planned : &WhatIfEntry::earned;
    const auto second = primary == AuditMode::Planned ? &WhatIfEntry::earned : &WhatIfEntry::planned;
    if ((a.*first).remainingCredits != (b.*first).remainingCredits)
        return (a.*first).remainingCredits < (b.*first).remainingCredits;
    if ((a.*second).remainingCredits != (b.*second).remainingCredits)
        return (a.*second).remainingCredits < (b.*second).remainingCredits;
    return a.qualification < b.qualification;
}

QList<WhatIfEntry> rankQualifications(const Auditor &auditor, const QDate &asOf, AuditMode primary,
                                      WhatIfDetail detail)
{
    // Rows are independent and the auditor is safe to share: one thread per
    // core, each taking every n-th qualification (neighbours differ in size).
    const QList<Qualification> &qualifications = auditor.catalogue().qualifications;
    QList<WhatIfEntry> entries(qualifications.size());
    const qsizetype workers =
        std::clamp<qsizetype>(qsizetype(std::thread::hardware_concurrency()), 1, std::max<qsizetype>(1, qualifications.size()));
    const auto work = [&](qsizetype first) {
        for (qsizetype i = first; i < qualifications.size(); i += workers)
            entries[i] = whatIfEntry(auditor, qualifications[i], asOf, detail);
    };
    std::vector<std::thread> threads;
    for (qsizetype t = 1; t < workers; ++t)
        threads.emplace_back(work, t);
    work(0);
    for (std::thread &thread : threads)
        thread.join();
    std::stable_sort(entries.begin(), entries.end(), [primary](const WhatIfEntry &a, const WhatIfEntry &b) {
        return ranksBefore(a, b, primary);
    });
    return entries;
}

} // namespace Cairn::Core
