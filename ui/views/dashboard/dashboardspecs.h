#pragma once

#include "charts/chartspec.h"
#include "dashboard/dashboardfigures.h"

#include <QCoreApplication>

namespace Cairn::Core {
class Auditor;
}

namespace Cairn::Ui {

// The dashboard's charts described from the core's figures: titles, series,
// colours and the sentence shown when a chart has nothing to draw.
// Every chart of the dashboard for one learner, in the order the dashboard
// and the printed report show them, with the plan they were drawn from.
struct DashboardCharts
{
    ChartSpec goals;
    ChartSpec credits;
    ChartSpec load;
    ChartSpec costs;
    ChartSpec route;
    Core::PlanResult plan; // the enrolled and planned courses, scheduled from today

    QList<const ChartSpec *> all() const { return {&goals, &route, &costs, &credits, &load}; }
};

class DashboardSpecs final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Ui::DashboardSpecs)

public:
    static DashboardCharts forLearner(const Core::Auditor &auditor, const QDate &today);

    static ChartSpec goals(const QList<Core::GoalProgress> &goals);
    static ChartSpec credits(const Core::CreditTimeline &timeline, const QString &frameworkName);
    static ChartSpec weeklyLoad(const QList<Core::WeekBudget> &weeks, const QList<Core::AvailabilityPeriod> &periods);
    static ChartSpec costs(const QList<Core::YearCost> &costs);
    static ChartSpec route(const std::optional<Core::RouteComparison> &route);
};

} // namespace Cairn::Ui
