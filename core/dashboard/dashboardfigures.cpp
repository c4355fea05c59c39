#include "dashboardfigures.h"

#include "audit/auditor.h"
#include "audit/whatif.h"
#include "model/framework.h"

#include <algorithm>
#include <cmath>

namespace Cairn::Core {

QList<GoalProgress> goalProgress(const Auditor &auditor, const QStringList &goals, const QDate &asOf)
{
    QList<GoalProgress> progress;
    for (const QString &code : goals) {
        const Qualification *qualification = auditor.index().qualification(code);
        if (!qualification)
            continue;
        const AuditResult earned = auditor.audit(*qualification, AuditMode::Earned, asOf, AuditDetail::Totals);
        const AuditResult planned = auditor.audit(*qualification, AuditMode::Planned, asOf, AuditDetail::Totals);
        GoalProgress goal;
        goal.code = code;
        goal.title = qualification->title;
        // DESIGN.md audit step 8: percent is of max(credits, the tree's own
        // total), so the parts come from the percents, not from the credits.
        goal.required = qualification->credits;
        for (const AuditResult *result : {&earned, &planned}) {
            if (result->percent < 100.0 && result->remainingCredits > 0.0) {
                goal.required = result->remainingCredits / (1.0 - result->percent / 100.0);
                break;
            }
        }
        goal.earned = goal.required * earned.percent / 100.0;
        goal.planned = std::max(0.0, goal.required * planned.percent / 100.0 - goal.earned);
        goal.remaining = std::max(0.0, goal.required - goal.earned - goal.planned);
        progress.append(goal);
    }
    return progress;
}

namespace {

// A record's credits in `to`, or nothing when its course is unknown.
std::optional<double> creditsOf(const Record &record, const CatalogueIndex &index, const Framework *to)
{
    double credits = 0.0;
    QString framework;
    if (const Course *course = index.course(record.course)) {
        credits = course->credits;
        framework = course->framework;
    } else if (record.hasExternalDetails()) {
        credits = *record.credits;
        framework = record.framework;
    } else {
        return std::nullopt;
    }
    const Framework *from = index.framework(framework);
    return to && from ? convertCredits(credits, *from, *to) : credits;
}

} // namespace

CreditTimeline creditTimeline(const Catalogue &catalogue, const LearnerProfile &learner, const PlanResult &plan,
                              const QDate &today, const Qualification *goal)
{
    const CatalogueIndex index(catalogue);
    CreditTimeline timeline;
    timeline.today = today;
    const Framework *to = nullptr;
    if (goal) {
        timeline.goal = goal->code;
        timeline.goalCredits = goal->credits;
        timeline.framework = goal->framework;
        to = index.framework(goal->framework);
    }

    QList<CreditPoint> earned;
    double undated = 0.0;
    for (const Record &record : learner.records) {
        if (!record.isEarned())
            continue;
        const std::optional<double> credits = creditsOf(record, index, to);
        if (!credits)
            continue;
        if (record.date.isValid())
            earned.append({record.date, *credits});
        else
            undated += *credits;
    }
    std::stable_sort(earned.begin(), earned.end(),
                     [](const CreditPoint &a, const CreditPoint &b) { return a.date < b.date; });
    double total = undated;
    for (const CreditPoint &point : std::as_const(earned)) {
        total += point.credits;
        if (!timeline.history.isEmpty() && timeline.history.last().date == point.date)
            timeline.history.last().credits = total;
        else
            timeline.history.append({point.date, total});
    }
    if (timeline.history.isEmpty() && undated > 0.0)
        timeline.history.append({today, undated});

    // The projection: what the plan adds, course by course as each finishes.
    QList<PlanEntry> entries = plan.entries;
    std::stable_sort(entries.begin(), entries.end(),
                     [](const PlanEntry &a, const PlanEntry &b) { return a.finish < b.finish; });
    if (!entries.isEmpty())
        timeline.projection.append({today, total});
    for (const PlanEntry &entry : std::as_const(entries)) {
        const Record *record = learner.record(entry.course);
        const std::optional<double> credits = record ? creditsOf(*record, index, to) : std::nullopt;
        if (!credits)
            continue;
        total += *credits;
        if (timeline.projection.last().date == entry.finish)
            timeline.projection.last().credits = total;
        else
            timeline.projection.append({entry.finish, total});
    }
    return timeline;
}

std::optional<RouteComparison> compareRoutes(const Auditor &auditor, const Qualification &goal, const PlanResult &plan,
                                             double hoursPerWeek, const QDate &today)
{
    if (!goal.programme)
        return std::nullopt;
    RouteComparison route;
    route.goal = goal.code;
    route.programmeWeeks = goal.programme->weeks;
    route.programmeCost = goal.programme->cost;
    const QString currency = route.programmeCost ? route.programmeCost->currency : QString();
    Amount cost;
    for (const PlanEntry &entry : plan.entries) {
        if (entry.cost && entry.cost->currency == currency)
            cost += entry.cost->amount;
        else
            ++route.coursesWithoutPrice;
    }
    if (plan.completion.isValid() && plan.completion >= today)
        route.stackableWeeks = int((today.daysTo(plan.completion) + 7) / 7);
    const AuditResult planned = auditor.audit(goal, AuditMode::Planned, today);
    if (!planned.complete) {
        const FinishEstimate rest = estimateToFinish(auditor, goal, planned);
        route.estimated = true;
        route.stackableWeeks += int(std::ceil(rest.hours / std::max(hoursPerWeek, 1.0)));
        cost += rest.cost.value(currency);
        route.coursesWithoutPrice += rest.coursesWithoutCost;
    }
    if (route.programmeCost)
        route.stackableCost = Money{cost, currency};
    return route;
}

QList<WeekBudget> weeklyBudget(const PlanResult &plan, const PlanProblem &problem)
{
    QList<WeekBudget> weeks;
    weeks.reserve(plan.load.size());
    for (const WeekLoad &load : plan.load) {
        const double capacity = weekCapacity(problem, load.week);
        weeks.append({load.week, load.hours, capacity, capacity < problem.hoursPerWeek});
    }
    return weeks;
}

QList<YearCost> costPerYear(const PlanResult &plan)
{
    QList<YearCost> costs;
    for (auto year = plan.costPerYear.cbegin(); year != plan.costPerYear.cend(); ++year) {
        for (auto currency = year.value().cbegin(); currency != year.value().cend(); ++currency) {
            YearCost cost{year.key(), currency.key(), currency.value(), std::nullopt};
            if (plan.budgetPerYear && plan.budgetPerYear->currency == currency.key())
                cost.budget = plan.budgetPerYear->amount;
            costs.append(cost);
        }
    }
    return costs;
}

} // namespace Cairn::Core
