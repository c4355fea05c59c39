#include "finishplanner.h"

#include "audit/auditor.h"
#include "audit/explanation.h"
#include "model/catalogue.h"
#include "model/learnerprofile.h"
#include "planinput.h"
#include "scheduler.h"

#include <algorithm>
#include <functional>

namespace Cairn::Core {

namespace {

bool isActive(const Record *record)
{
    return record && record->status != RecordStatus::Withdrawn && record->status != RecordStatus::Failed;
}

LearnerProfile withPlanned(const LearnerProfile &learner, const QStringList &courses)
{
    LearnerProfile copy = learner;
    for (const QString &code : courses) {
        // A withdrawn or failed attempt is replaced by the new plan.
        copy.records.removeIf([&code](const Record &record) { return record.course == code; });
        Record record;
        record.course = code;
        record.status = RecordStatus::Planned;
        copy.records.append(record);
    }
    return copy;
}

} // namespace

namespace {
// Beyond this many eligible courses the heuristic weighs a shortlist (see
// reachablePart); up to it, every one, as before.
constexpr qsizetype shortlistBreadth = 60;

// The part of `catalogue` a finish can touch: every course the learner's
// records name (held or not, so that none turns into an external record),
// and the courses that could be suggested toward `qualification` — all of
// them when there are few; in a large catalogue a shortlist: the cheapest,
// the shortest, every course a leaf names and the first that each credits
// leaf matches, with the prerequisites they need. All frameworks,
// providers, skills and qualifications stay. Audits and schedules of the
// part equal those of the whole catalogue, and the many audits of the
// search need not index 100,000 courses each time.
Catalogue reachablePart(const Catalogue &catalogue, const LearnerProfile &learner, const Qualification &qualification)
{
    const Auditor auditor(catalogue, learner);
    QSet<QString> substituted;
    for (const AuditOverride &override : learner.overrides) {
        if (override.qualification == qualification.code && override.kind == AuditOverride::Kind::Substitute)
            substituted.insert(override.course);
    }
    const std::vector<const Course *> &pool = auditor.suggestionPool().courses(); // cheapest first
    std::vector<const Course *> eligible;
    for (const Course *course : pool) {
        if (qualification.eligible.matches(*course) || substituted.contains(course->code))
            eligible.push_back(course);
    }
    QSet<const Course *> kept;
    for (const Record &record : learner.records) {
        if (const Course *course = auditor.index().course(record.course))
            kept.insert(course);
    }
    if (qsizetype(eligible.size()) <= 4 * shortlistBreadth) {
        for (const Course *course : pool)
            kept.insert(course);
    } else {
        QSet<const Course *> inPool(pool.cbegin(), pool.cend());
        QList<const Course *> chosen;
        const auto choose = [&](const Course *course) {
            if (course && inPool.contains(course) && !kept.contains(course)) {
                kept.insert(course);
                chosen.append(course);
            }
        };
        for (qsizetype i = 0; i < shortlistBreadth; ++i)
            choose(eligible[size_t(i)]);
        std::vector<const Course *> shortest = eligible;
        std::stable_sort(shortest.begin(), shortest.end(),
                         [](const Course *a, const Course *b) { return a->weeks < b->weeks; });
        for (qsizetype i = 0; i < shortlistBreadth; ++i)
            choose(shortest[size_t(i)]);
        qualification.requirements.visit([&](const Requirement &node) {
            if (node.kind == Requirement::Kind::Course) {
                choose(auditor.index().course(node.course));
            } else if (node.kind == Requirement::Kind::Credits) {
                qsizetype taken = 0;
                for (const Course *course : eligible) {
                    if (taken == shortlistBreadth)
                        break;
                    if (node.from.matches(*course)) {
                        choose(course);
                        ++taken;
                    }
                }
            }
        });
        // The prerequisites a chosen course needs, and theirs.
        for (qsizetype i = 0; i < chosen.size(); ++i) {
            for (const QString &code : chosen[i]->prerequisites.courseCodes())
                choose(auditor.index().course(code));
        }
    }
    Catalogue part = catalogue;
    part.courses.clear();
    for (const Course &course : catalogue.courses) {
        if (kept.contains(&course))
            part.courses.append(course);
    }
    return part;
}
} // namespace

FinishPlanner::FinishPlanner(const Catalogue &catalogue, const LearnerProfile &learner,
                             const Qualification &qualification, const QDate &asOf,
                             const PlanProblem &settings)
    : m_catalogue(reachablePart(catalogue, learner, qualification))
    , m_index(m_catalogue)
    , m_learner(learner)
    , m_qualification(qualification)
    , m_asOf(asOf)
    , m_settings(settings)
    , m_converter(learner.exchangeRates, asOf)
{
    const Auditor auditor(m_catalogue, learner);
    QSet<QString> excluded;
    for (const AuditOverride &override : learner.overrides) {
        if (override.qualification != qualification.code)
            continue;
        if (override.kind == AuditOverride::Kind::Exclude)
            excluded.insert(override.course);
        // An advisor's substitution counts the course whether or not it is
        // eligible (docs/AUDIT.md): taking it again may finish the qualification.
        else if (override.kind == AuditOverride::Kind::Substitute)
            m_substituted.insert(override.course);
    }
    QSet<QString> pool;
    for (const Course *course : auditor.suggestionPool().courses())
        pool.insert(course->code);
    for (const Course *course : auditor.suggestionPool().courses()) {
        if (counts(*course) && !excluded.contains(course->code))
            m_candidates.append(course->code);
    }
    // Costs are compared in one currency, never added across: the yearly
    // budget's, or else the one most candidates are priced in.
    if (settings.budgetPerYear) {
        m_currency = settings.budgetPerYear->currency;
    } else {
        QMap<QString, int> priced;
        for (const QString &code : std::as_const(m_candidates)) {
            if (const Course *course = m_index.course(code); course && course->cost)
                ++priced[course->cost->currency];
        }
        for (auto it = priced.cbegin(); it != priced.cend(); ++it) {
            if (m_currency.isEmpty() || it.value() > priced.value(m_currency))
                m_currency = it.key();
        }
    }
    // Courses that only serve as prerequisites of candidates are candidates too,
    // so that the exact search also chooses between prerequisite alternatives.
    const CatalogueIndex &index = m_index;
    QSet<QString> candidates(m_candidates.cbegin(), m_candidates.cend());
    for (qsizetype i = 0; i < m_candidates.size(); ++i) {
        for (const QString &code : index.course(m_candidates[i])->prerequisites.courseCodes()) {
            if (pool.contains(code) && !candidates.contains(code)) {
                candidates.insert(code);
                m_candidates.append(code);
            }
        }
    }
}

bool FinishPlanner::counts(const Course &course) const
{
    return m_qualification.eligible.matches(course) || m_substituted.contains(course.code);
}

bool FinishPlanner::prerequisitesMet(const QStringList &courses) const
{
    const CatalogueIndex &index = m_index;
    const auto held
        = [&](const QString &code) { return isActive(m_learner.record(code)) || courses.contains(code); };
    const auto met = [&held](const Requirement &node) { return isSatisfied(node, held); };
    return std::all_of(courses.begin(), courses.end(), [&](const QString &code) {
        const Course *course = index.course(code);
        return course && met(course->prerequisites);
    });
}

QStringList FinishPlanner::withPrerequisites(const QStringList &courses) const
{
    const CatalogueIndex &index = m_index;
    QStringList result = courses;
    const auto held
        = [&](const QString &code) { return isActive(m_learner.record(code)) || result.contains(code); };
    const auto met = [&held](const Requirement &node) { return isSatisfied(node, held); };
    const std::function<void(const Requirement &)> need = [&](const Requirement &node) {
        switch (node.kind) {
        case Requirement::Kind::None:
        case Requirement::Kind::Credits:
            return;
        case Requirement::Kind::Course:
            if (!held(node.course) && index.course(node.course))
                result.append(node.course);
            return;
        case Requirement::Kind::AllOf:
            for (const Requirement &child : node.children)
                need(child);
            return;
        case Requirement::Kind::AnyOf: {
            // The first alternatives in bundle order until enough are met.
            int count = int(std::count_if(node.children.begin(), node.children.end(), met));
            for (const Requirement &child : node.children) {
                if (count >= node.count)
                    break;
                if (!met(child)) {
                    need(child);
                    ++count;
                }
            }
            return;
        }
        }
    };
    for (qsizetype i = 0; i < result.size(); ++i) {
        if (const Course *course = index.course(result[i]))
            need(course->prerequisites);
    }
    return result;
}

bool FinishPlanner::completes(const QStringList &courses) const
{
    const LearnerProfile learner = withPlanned(m_learner, courses);
    return Auditor(m_catalogue, learner)
        .audit(m_qualification, AuditMode::Planned, m_asOf, AuditDetail::Totals)
        .complete;
}

PlanResult FinishPlanner::schedule(const QStringList &courses) const
{
    const LearnerProfile learner = withPlanned(m_learner, courses);
    PlanProblem problem = planProblemFor(m_catalogue, learner, m_settings.hoursPerWeek, m_settings.start);
    problem.availability = m_settings.availability;
    problem.budgetPerYear = m_settings.budgetPerYear;
    return Scheduler(problem).run();
}

FinishPlanner::Price FinishPlanner::priceOf(const QStringList &courses) const
{
    const CatalogueIndex &index = m_index;
    Price price;
    for (const QString &code : courses) {
        const Course *course = index.course(code);
        const std::optional<Amount> amount =
            course && course->cost ? m_converter.convert(*course->cost, m_currency) : std::nullopt;
        if (amount)
            price.amount += *amount;
        else
            ++price.notCompared;
    }
    return price;
}

bool FinishPlanner::better(FinishObjective objective, const QStringList &a, const PlanResult &planA,
                           const QStringList &b, const PlanResult &planB) const
{
    if (planA.feasible != planB.feasible)
        return planA.feasible;
    const Price costA = priceOf(a);
    const Price costB = priceOf(b);
    const QDate endA = planA.completion.isValid() ? planA.completion : m_settings.start;
    const QDate endB = planB.completion.isValid() ? planB.completion : m_settings.start;
    if (objective == FinishObjective::Time && endA != endB)
        return endA < endB;
    if (costA != costB)
        return costA < costB;
    if (endA != endB)
        return endA < endB;
    if (a.size() != b.size())
        return a.size() < b.size();
    return a < b;
}

QList<ChosenCourse> FinishPlanner::explain(const QStringList &courses) const
{
    const LearnerProfile learner = withPlanned(m_learner, courses);
    const Auditor auditor(m_catalogue, learner);
    const AuditResult audit = auditor.audit(m_qualification, AuditMode::Planned, m_asOf);
    const Explanation explanation(auditor.index());
    QHash<QString, QString> reasons;
    const std::function<void(const NodeResult &, const QString &)> walk
        = [&](const NodeResult &node, const QString &parentLabel) {
              for (const QString &code : node.allocated) {
                  if (node.kind == Requirement::Kind::Course && node.label.isEmpty()) {
                      reasons.insert(code,
                                     parentLabel.isEmpty() ? tr("a required course")
                                                           : tr("one of “%1”").arg(parentLabel));
                  } else if (!node.label.isEmpty()) {
                      reasons.insert(code, tr("counts toward “%1”").arg(node.label));
                  } else if (const Requirement *source
                             = findRequirementNode(m_qualification.requirements, node.path)) {
                      reasons.insert(
                          code,
                          tr("counts toward %1 credits from %2")
                              .arg(formatCredits(node.required), explanation.describeSelector(source->from)));
                  }
              }
              for (const NodeResult &child : node.children)
                  walk(child, node.label);
          };
    if (audit.requirements)
        walk(*audit.requirements, QString());
    const CatalogueIndex &index = auditor.index();
    QList<ChosenCourse> chosen;
    for (const QString &code : courses) {
        QString reason = reasons.value(code);
        if (reason.isEmpty()) {
            for (const QString &other : courses) {
                const Course *course = index.course(other);
                if (course && course->prerequisites.courseCodes().contains(code)) {
                    reason = tr("a prerequisite of %1").arg(other);
                    break;
                }
            }
        }
        if (reason.isEmpty()) {
            const Course *course = index.course(code);
            reason = tr("adds %1 credits toward the %2 required")
                         .arg(formatCredits(course ? auditor.creditsIn(*course, m_qualification) : 0.0),
                              formatCredits(m_qualification.credits));
        }
        chosen.append({ code, reason });
    }
    return chosen;
}

FinishResult FinishPlanner::run(FinishObjective objective)
{
    FinishResult result;
    result.objective = objective;
    QStringList best;
    PlanResult bestPlan;
    bool found = false;
    const auto consider = [&](const QStringList &asked, bool addPrerequisites) {
        const QStringList courses = addPrerequisites ? withPrerequisites(asked) : asked;
        if (!addPrerequisites && !prerequisitesMet(courses))
            return false;
        if (!completes(courses))
            return false;
        const PlanResult plan = schedule(courses);
        if (!found || better(objective, courses, plan, best, bestPlan)) {
            best = courses;
            bestPlan = plan;
            found = true;
        }
        return true;
    };

    const int n = int(m_candidates.size());
    if (n <= exactLimit) {
        // Every minimal set: by size, skipping supersets of sets that complete;
        // a set must bring its own prerequisites.
        std::vector<quint32> completing;
        for (int size = 0; size <= n; ++size) {
            std::vector<bool> pick(size_t(n), false);
            std::fill(pick.begin(), pick.begin() + size, true);
            do {
                quint32 mask = 0;
                QStringList asked;
                for (int i = 0; i < n; ++i) {
                    if (pick[size_t(i)]) {
                        mask |= quint32(1) << i;
                        asked.append(m_candidates[i]);
                    }
                }
                if (std::any_of(completing.begin(), completing.end(),
                                [mask](quint32 m) { return (mask & m) == m; }))
                    continue;
                if (consider(asked, false))
                    completing.push_back(mask);
            } while (std::prev_permutation(pick.begin(), pick.end()));
        }
        result.exact = true;
    } else {
        // Greedy: add the course (with its prerequisites) that closes the most
        // remaining credits per unit of cost or of weeks, until complete; then
        // drop every course the result does not need, last added first.
        const CatalogueIndex &index = m_index;
        const Qualification &qualification = m_qualification;
        const auto remainingWith = [&](const QStringList &asked) {
            const LearnerProfile learner = withPlanned(m_learner, withPrerequisites(asked));
            return Auditor(m_catalogue, learner)
                .audit(qualification, AuditMode::Planned, m_asOf, AuditDetail::Totals)
                .remainingCredits;
        };
        // Greedy by cost and greedy by weeks; the better of the two is kept.
        for (const bool byCost : { true, false }) {
            // By cost: in the compared currency, where a course without a
            // price there weighs more than every priced candidate together.
            double unpricedWeight = 1.0;
            for (const QString &code : std::as_const(m_candidates))
                unpricedWeight += priceOf({code}).amount.toDouble();
            const auto price = [&](const QStringList &courses) {
                if (!byCost) {
                    double weeks = 0.0;
                    for (const QString &code : courses)
                        weeks += index.course(code)->weeks;
                    return weeks;
                }
                const Price p = priceOf(courses);
                return p.amount.toDouble() + unpricedWeight * p.notCompared;
            };
            QStringList asked;
            double remaining = remainingWith(asked);
            while (remaining > 1e-6) {
                QString pick;
                double bestRatio = 0.0;
                double pickRemaining = remaining;
                for (const QString &code : m_candidates) {
                    if (asked.contains(code) || !counts(*index.course(code)))
                        continue;
                    QStringList trial = asked;
                    trial.append(code);
                    const double after = remainingWith(trial);
                    const double added = price(withPrerequisites(trial)) - price(withPrerequisites(asked));
                    const double ratio = (remaining - after) / (added + 1.0);
                    if (ratio > bestRatio + 1e-12) {
                        bestRatio = ratio;
                        pick = code;
                        pickRemaining = after;
                    }
                }
                if (pick.isEmpty())
                    break; // nothing helps any more
                asked.append(pick);
                remaining = pickRemaining;
            }
            if (remaining <= 1e-6) {
                for (qsizetype i = asked.size() - 1; i >= 0; --i) {
                    QStringList without = asked;
                    without.removeAt(i);
                    if (completes(withPrerequisites(without)))
                        asked = without;
                }
                consider(asked, true);
            }
        }
    }
    if (!found) {
        result.problem = tr("the catalogue has no set of courses that completes %1 for this learner")
                             .arg(m_qualification.code);
        return result;
    }
    result.possible = true;
    result.chosen = explain(best);
    result.comparedIn = m_currency;
    const Price price = priceOf(best);
    result.notCompared = price.notCompared;
    const CatalogueIndex &index = m_index;
    for (const QString &code : best) {
        const Course *course = index.course(code);
        if (course && course->cost) {
            result.costs[course->cost->currency] += course->cost->amount;
            const std::optional<AppliedRate> applied = course->cost->currency == m_currency
                ? std::nullopt
                : m_converter.rate(course->cost->currency, m_currency);
            const auto same = [&applied](const AppliedRate &used) { return used.rate == applied->rate; };
            if (applied && std::none_of(result.ratesUsed.cbegin(), result.ratesUsed.cend(), same))
                result.ratesUsed.append(*applied);
        } else {
            ++result.coursesWithoutCost;
        }
    }
    if (!m_currency.isEmpty() && result.notCompared == result.coursesWithoutCost)
        result.totalInComparedCurrency = price.amount;
    result.plan = bestPlan;
    return result;
}

} // namespace Cairn::Core
