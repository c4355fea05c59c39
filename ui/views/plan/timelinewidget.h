#pragma once

#include "model/learnerprofile.h"
#include "planner/plan.h"

#include <QWidget>

namespace Cairn::Ui {

// The planner's schedule drawn week by week: one bar per course from its
// start to its finish, the study load of each week against the hours
// available (the weekly budget, less in availability periods, which are
// shaded), month labels and today. Colours come from the palette.
class TimelineWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineWidget)

public:
    static constexpr int weekWidth = 16;

    explicit TimelineWidget(QWidget *parent = nullptr);

    // `problem` gives the hours available per week (Core::weekCapacity).
    void setPlan(const Core::PlanResult &plan, const Core::PlanProblem &problem, const QDate &today);
    QSize sizeHint() const override;
    // The course whose bar is at `point`, or "".
    QString courseAt(const QPoint &point) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect barRect(int entry) const;
    int xOf(const QDate &date) const;
    int loadTop() const;

    Core::PlanResult m_plan;
    Core::PlanProblem m_problem;
    QDate m_today;
    QDate m_first; // Monday of the first week drawn
    int m_weeks = 0;
};

} // namespace Cairn::Ui
