#include "dashboardview.h"

#include "audit/auditor.h"
#include "audit/auditservice.h"
#include "charts/chartpanel.h"
#include "dashboard/dashboardfigures.h"
#include "dashboard/dashboardspecs.h"
#include "auditorstate.h"
#include "emptystate.h"
#include "models/coursetext.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Cairn::Ui {

namespace {
enum Page { ChartsPage, EmptyPage };
enum Chart { Goals, Credits, Load, Costs, Route, ChartCount };
} // namespace

DashboardView::DashboardView(Workspace &workspace, AuditService &audits, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_audits(audits)
    , m_pages(new QStackedWidget(this))
    , m_empty(new EmptyState(QStringLiteral("dashboard"), QString(), QString(), this))
    , m_heading(new QLabel(this))
{
    auto *charts = new QWidget(this);
    for (int chart = 0; chart < ChartCount; ++chart) {
        auto *panel = new ChartPanel(charts);
        connect(panel, &ChartPanel::message, this, &DashboardView::message);
        m_panels.append(panel);
    }
    // The three bar charts in a row above the two charts over time, which
    // want the width.
    auto *bars = new QHBoxLayout;
    auto *times = new QHBoxLayout;
    for (int chart : {Goals, Route, Costs})
        bars->addWidget(m_panels[chart]);
    for (int chart : {Credits, Load})
        times->addWidget(m_panels[chart]);
    auto *rows = new QVBoxLayout(charts);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->addLayout(bars);
    rows->addLayout(times);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(charts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setAccessibleName(tr("Dashboard summary"));
    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_heading);
    pageLayout->addWidget(scroll, 1);
    m_pages->insertWidget(ChartsPage, page);
    m_pages->insertWidget(EmptyPage, m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(&audits, &AuditService::auditorChanged, this, &DashboardView::refresh);
    connect(&workspace, &Workspace::presentingChanged, this, &DashboardView::refresh);
    refresh();
}

bool DashboardView::isSettled() const
{
    return !m_workspace.hasProfile() || (m_drawnWith && m_drawnWith == m_audits.auditor());
}

void DashboardView::refresh()
{
    const AuditorState state = explainAuditorState(
        m_workspace, m_audits, *m_empty,
        tr("Open or create a profile to see your progress, your weekly load and your costs."),
        tr("The charts appear as soon as the catalogue is read."));
    const std::shared_ptr<const Core::Auditor> auditor = m_audits.auditor();
    if (state != AuditorState::Ready) {
        m_pages->setCurrentIndex(EmptyPage);
        if (state == AuditorState::Failed)
            m_drawnWith = auditor; // settled: there is nothing more to wait for
        return;
    }
    const Core::LearnerProfile &profile = auditor->learner();
    const DashboardCharts charts = DashboardSpecs::forLearner(*auditor, QDate::currentDate());
    const Core::PlanResult &plan = charts.plan;
    m_panels[Goals]->setSpec(charts.goals);
    m_panels[Credits]->setSpec(charts.credits);
    m_panels[Load]->setSpec(charts.load);
    m_panels[Costs]->setSpec(charts.costs);
    m_panels[Costs]->setVisible(!m_workspace.isPresenting()); // what the learner pays is their own
    m_panels[Route]->setSpec(charts.route);

    QString heading = plan.feasible && plan.completion.isValid()
                          ? tr("%1 · plan finishes %2 · up to %3 hours a week")
                                .arg(m_workspace.learnerLabel(), CourseText::date(plan.completion),
                                     CourseText::number(profile.hoursPerWeek))
                          : tr("%1 · up to %2 hours a week")
                                .arg(m_workspace.learnerLabel(), CourseText::number(profile.hoursPerWeek));
    m_heading->setText(heading);
    m_pages->setCurrentIndex(ChartsPage);
    m_drawnWith = auditor;
}

} // namespace Cairn::Ui
