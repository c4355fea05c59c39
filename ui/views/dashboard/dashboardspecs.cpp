#include "dashboardspecs.h"

#include "audit/auditor.h"
#include "models/coursetext.h"
#include "planner/partialplan.h"
#include "planner/planinput.h"

#include <QMap>

namespace Cairn::Ui {

DashboardCharts DashboardSpecs::forLearner(const Core::Auditor &auditor, const QDate &today)
{
    const Core::LearnerProfile &profile = auditor.learner();
    const Core::Catalogue &catalogue = auditor.catalogue();
    const Core::PlanProblem problem = Core::planProblemFor(catalogue, profile, profile.hoursPerWeek, today);
    DashboardCharts charts;
    charts.plan = Core::schedulePlaceable(problem);
    const Core::Qualification *goal =
        profile.goals.isEmpty() ? nullptr : auditor.index().qualification(profile.goals.first());
    const Core::CreditTimeline timeline = Core::creditTimeline(catalogue, profile, charts.plan, today, goal);
    const Core::Framework *framework = auditor.index().framework(timeline.framework);

    charts.goals = goals(Core::goalProgress(auditor, profile.goals, today));
    charts.credits = credits(timeline, framework ? framework->id.toUpper() : QString());
    charts.load = weeklyLoad(Core::weeklyBudget(charts.plan, problem), profile.availability);
    charts.costs = costs(Core::costPerYear(charts.plan));
    std::optional<Core::RouteComparison> comparison;
    for (qsizetype i = 0; i < profile.goals.size() && !comparison; ++i) {
        if (const Core::Qualification *q = auditor.index().qualification(profile.goals[i]))
            comparison = Core::compareRoutes(auditor, *q, charts.plan, profile.hoursPerWeek, today);
    }
    charts.route = route(comparison);
    return charts;
}

ChartSpec DashboardSpecs::goals(const QList<Core::GoalProgress> &goals)
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::HorizontalStack;
    spec.title = tr("Your goals");
    spec.valueTitle = tr("Credits");
    spec.valueFormat = tr("%1 credits");
    spec.emptyText = tr("No goals yet. In Qualifications, open one and choose “Make This a Goal”.");
    ChartSpec::BarSeries earned{tr("Earned"), {}, ChartColour::Earned};
    ChartSpec::BarSeries planned{tr("Enrolled or planned"), {}, ChartColour::Planned};
    ChartSpec::BarSeries missing{tr("Still missing"), {}, ChartColour::Missing};
    // Bottom to top on the axis: the first goal is drawn at the top.
    for (qsizetype i = goals.size() - 1; i >= 0; --i) {
        spec.categories.append(goals[i].code);
        earned.values.append(goals[i].earned);
        planned.values.append(goals[i].planned);
        missing.values.append(goals[i].remaining);
    }
    spec.bars = {earned, planned, missing};
    return spec;
}

ChartSpec DashboardSpecs::credits(const Core::CreditTimeline &timeline, const QString &frameworkName)
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Dates;
    spec.title = tr("Credits over time");
    spec.valueTitle = tr("Credits");
    if (!frameworkName.isEmpty())
        spec.title = tr("Credits over time (%1)").arg(frameworkName);
    spec.valueFormat = tr("%1 credits");
    spec.emptyText = tr("Nothing completed or planned yet: credits appear here as you earn and plan them.");
    ChartSpec::Line history{tr("Earned"), {}, ChartColour::Earned, false, false};
    for (const Core::CreditPoint &point : timeline.history)
        history.points.append({ChartSpec::x(point.date), point.credits});
    ChartSpec::Line projection{tr("With your plan"), {}, ChartColour::Planned, true, false};
    for (const Core::CreditPoint &point : timeline.projection)
        projection.points.append({ChartSpec::x(point.date), point.credits});
    spec.lines = {history, projection};
    if (timeline.goalCredits) {
        spec.limit = timeline.goalCredits;
        spec.limitName = tr("%1 requires %2").arg(timeline.goal, CourseText::number(*timeline.goalCredits));
    }
    spec.marker = timeline.today;
    spec.markerName = tr("Today");
    return spec;
}

ChartSpec DashboardSpecs::weeklyLoad(const QList<Core::WeekBudget> &weeks, const QList<Core::AvailabilityPeriod> &periods)
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Dates;
    spec.title = tr("Weekly study load");
    spec.valueTitle = tr("Hours a week");
    spec.valueFormat = tr("%1 h");
    spec.emptyText = tr("Nothing enrolled or planned: the plan's weekly hours appear here.");
    // Steps: each week holds its value from its Monday to the next.
    ChartSpec::Line load{tr("Planned hours"), {}, ChartColour::Planned, false, true};
    ChartSpec::Line capacity{tr("Hours available"), {}, ChartColour::Warning, true, false};
    for (const Core::WeekBudget &week : weeks) {
        const qreal from = ChartSpec::x(week.week);
        const qreal to = ChartSpec::x(week.week.addDays(7));
        load.points.append({{from, week.load}, {to, week.load}});
        capacity.points.append({{from, week.capacity}, {to, week.capacity}});
    }
    spec.lines = {load, capacity};
    if (!weeks.isEmpty()) {
        const QDate first = weeks.first().week;
        const QDate last = weeks.last().week.addDays(6);
        for (const Core::AvailabilityPeriod &period : periods) {
            if (period.to >= first && period.from <= last)
                spec.shaded.append({std::max(period.from, first), std::min(period.to, last)});
        }
    }
    spec.shadedName = tr("Less time available");
    return spec;
}

ChartSpec DashboardSpecs::costs(const QList<Core::YearCost> &costs)
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Bars;
    spec.title = tr("Cost per year");
    spec.valueTitle = tr("Amount");
    spec.emptyText = tr("Nothing with a price is enrolled or planned.");
    QMap<QString, QMap<int, Core::Amount>> byCurrency;
    QList<int> years;
    for (const Core::YearCost &cost : costs) {
        byCurrency[cost.currency][cost.year] += cost.amount;
        if (!years.contains(cost.year))
            years.append(cost.year);
        if (cost.budget) {
            spec.limit = cost.budget->toDouble();
            spec.limitName = tr("Yearly budget (%1)").arg(cost.currency);
        }
    }
    std::sort(years.begin(), years.end());
    for (int year : std::as_const(years))
        spec.categories.append(QString::number(year));
    const ChartColour cycle[] = {ChartColour::Cycle0, ChartColour::Cycle1, ChartColour::Cycle2, ChartColour::Cycle3};
    int next = 0;
    for (auto currency = byCurrency.cbegin(); currency != byCurrency.cend(); ++currency) {
        ChartSpec::BarSeries series{currency.key(), {}, cycle[next++ % 4]};
        for (int year : std::as_const(years))
            series.values.append(currency.value().value(year).toDouble());
        spec.bars.append(series);
    }
    if (byCurrency.size() == 1)
        spec.valueTitle = byCurrency.firstKey();
    return spec;
}

ChartSpec DashboardSpecs::route(const std::optional<Core::RouteComparison> &route)
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Bars;
    spec.title = tr("Stackable route or full programme");
    spec.valueTitle = tr("% of programme");
    spec.valueFormat = tr("%1%");
    spec.emptyText = tr("None of your goals has a full programme in the catalogue to compare with.");
    if (!route)
        return spec;
    spec.title = tr("%1: stacked or full programme").arg(route->goal);
    const auto percent = [](double part, double whole) { return whole > 0 ? 100.0 * part / whole : 0.0; };
    ChartSpec::BarSeries stackable{tr("Your stackable route"), {}, ChartColour::Planned};
    ChartSpec::BarSeries programme{tr("Full programme"), {}, ChartColour::Cycle1};
    spec.categories.append(tr("Time"));
    stackable.values.append(percent(route->stackableWeeks, route->programmeWeeks));
    programme.values.append(100.0);
    const auto weeks = [](int count) { return count == 1 ? tr("1 week") : tr("%1 weeks").arg(count); };
    QString ours = weeks(route->stackableWeeks);
    QString theirs = weeks(route->programmeWeeks);
    if (route->programmeCost && route->stackableCost) {
        spec.categories.append(tr("Cost"));
        stackable.values.append(percent(route->stackableCost->amount.toDouble(), route->programmeCost->amount.toDouble()));
        programme.values.append(100.0);
        ours = tr("%1, %2").arg(ours, CourseText::money(*route->stackableCost));
        theirs = tr("%1, %2").arg(theirs, CourseText::money(*route->programmeCost));
    }
    spec.subtitle = tr("Stacked: %1. Full programme: %2.").arg(ours, theirs);
    if (route->estimated)
        spec.subtitle += u' ' + tr("Your plan does not finish it yet; the rest is estimated.");
    spec.bars = {stackable, programme};
    return spec;
}

} // namespace Cairn::Ui
