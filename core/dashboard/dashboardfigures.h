#pragma once

#include "model/catalogue.h"
#include "model/learnerprofile.h"
#include "planner/plan.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Cairn::Core {

class Auditor;

// The figures behind the dashboard's charts, worked out here so that the
// window only draws them (the GUI holds no business rule).

// How far one goal is, in its own credits: earned (completed, recognised),
// what enrolled and planned courses add, and what is still missing. The
// three add up to `required`.
struct GoalProgress
{
    QString code;
    QString title;
    double required = 0.0;
    double earned = 0.0;
    double planned = 0.0;
    double remaining = 0.0;
};

QList<GoalProgress> goalProgress(const Auditor &auditor, const QStringList &goals, const QDate &asOf);

struct CreditPoint
{
    QDate date;
    double credits = 0.0; // cumulative

    bool operator==(const CreditPoint &) const = default;
};

// Credits over time: the history of completed and recognised records (in
// the order of their dates; undated ones from the first date), and the
// plan's projection from today through each planned course's finish. Credits
// are in `framework` (the goal's when there is one), converted as the audit
// converts them.
struct CreditTimeline
{
    QString framework;
    QList<CreditPoint> history;
    QList<CreditPoint> projection;
    QDate today;
    QString goal;                       // the goal whose line is drawn
    std::optional<double> goalCredits;  // its required credits
};

// `catalogue` needs the frameworks and the records' courses (and `goal`).
CreditTimeline creditTimeline(const Catalogue &catalogue, const LearnerProfile &learner, const PlanResult &plan,
                              const QDate &today, const Qualification *goal);

// A week of the plan: the hours it takes against the hours available.
struct WeekBudget
{
    QDate week;              // its Monday
    double load = 0.0;
    double capacity = 0.0;
    bool reduced = false;    // an availability period lowers the budget this week
};

QList<WeekBudget> weeklyBudget(const PlanResult &plan, const PlanProblem &problem);

// What the plan costs in a calendar year, in one currency, against the
// yearly budget where it is in that currency.
struct YearCost
{
    int year = 0;
    QString currency;
    Amount amount;
    std::optional<Amount> budget;
};

QList<YearCost> costPerYear(const PlanResult &plan);

// The stackable route to a goal from today against enrolling in its full
// programme (when the catalogue gives one). The route is the learner's plan
// (its weeks and the price of its courses) and, when the plan does not
// finish the goal, the what-if estimate of the rest at the learner's weekly
// hours. Costs are in the programme's currency; others cannot be compared.
struct RouteComparison
{
    QString goal;
    int stackableWeeks = 0;
    std::optional<Money> stackableCost;
    bool estimated = false;     // part of the route is the what-if estimate
    int coursesWithoutPrice = 0; // or priced in another currency: left out of the cost
    int programmeWeeks = 0;
    std::optional<Money> programmeCost;
};

std::optional<RouteComparison> compareRoutes(const Auditor &auditor, const Qualification &goal, const PlanResult &plan,
                                             double hoursPerWeek, const QDate &today);

} // namespace Cairn::Core
