#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QStackedWidget;

namespace Cairn::Core {
class Auditor;
}

namespace Cairn::Ui {

class AuditService;
class ChartPanel;
class EmptyState;
class Workspace;

// The dashboard: progress toward each goal, credits over time with the plan's
// projection, the weekly study load against the hours available, and the cost
// per year against the budget. Redrawn after every edit (the figures come from
// the core; the charts from ChartAdapter).
class DashboardView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)

public:
    DashboardView(Workspace &workspace, AuditService &audits, QWidget *parent = nullptr);

    QList<ChartPanel *> panels() const { return m_panels; }
    bool isSettled() const;
    // Recomputes every figure and redraws every chart now.
    void refresh();

Q_SIGNALS:
    void message(const QString &text);

private:
    Workspace &m_workspace;
    AuditService &m_audits;
    QStackedWidget *m_pages;
    EmptyState *m_empty;
    QLabel *m_heading;
    QList<ChartPanel *> m_panels;
    std::shared_ptr<const Core::Auditor> m_drawnWith;
};

} // namespace Cairn::Ui
