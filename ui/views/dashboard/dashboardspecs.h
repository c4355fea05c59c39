#pragma once

#include "charts/chartspec.h"
#include "dashboard/dashboardfigures.h"

#include <QCoreApplication>

namespace Cairn::Ui {

// The dashboard's charts described from the core's figures: titles, series,
// colours and the sentence shown when a chart has nothing to draw.
class DashboardSpecs final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Ui::DashboardSpecs)

public:
    static ChartSpec goals(const QList<Core::GoalProgress> &goals);
    static ChartSpec credits(const Core::CreditTimeline &timeline, const QString &frameworkName);
    static ChartSpec weeklyLoad(const QList<Core::WeekBudget> &weeks, const QList<Core::AvailabilityPeriod> &periods);
    static ChartSpec costs(const QList<Core::YearCost> &costs);
    static ChartSpec route(const std::optional<Core::RouteComparison> &route);
};

} // namespace Cairn::Ui
