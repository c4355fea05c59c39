#pragma once

#include "model/catalogue.h"
#include "planner/plan.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace Cairn::Ui {

class EmptyState;
class FittedColumns;
class RecordsModel;
class TimelineWidget;
class Workspace;

// My plan: the open profile's records by status, edited in place; the
// planner's schedule of what is enrolled and planned as a week timeline,
// with its messages beside the courses they concern. Courses dropped here
// (from the catalogue) are planned.
class PlanView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanView)

public:
    PlanView(Workspace &workspace, QWidget *parent = nullptr);

    // Reads the profile and runs the planner; until then nothing is read.
    void load();
    bool isLoaded() const { return m_loaded; }

    QTreeView *records() const { return m_tree; }
    RecordsModel *model() const { return m_model; }
    TimelineWidget *timeline() const { return m_timeline; }
    const Core::PlanResult &plan() const { return m_plan; }
    QLabel *summary() const { return m_summary; }

    QStringList selectedCourses() const;
    // Removes the selected records; earned and enrolled ones after asking.
    void removeSelected();

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

Q_SIGNALS:
    void createProfileRequested();
    void catalogueRequested();
    void selectionChanged();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void refresh();
    void scheduleRefresh();
    void updateSummary(const Core::PlanProblem &problem);
    void planDropped(const QStringList &codes);

    Workspace &m_workspace;
    RecordsModel *m_model;
    QTreeView *m_tree;
    FittedColumns *m_columns = nullptr;
    TimelineWidget *m_timeline;
    QScrollArea *m_timelineArea;
    QLabel *m_summary;
    QSplitter *m_splitter;
    QStackedWidget *m_pages;
    EmptyState *m_nothingPlanned;
    Core::PlanResult m_plan;
    bool m_loaded = false;
    bool m_refreshPending = false;
};

} // namespace Cairn::Ui
