#pragma once

class QAction;
class QLayout;

#include "pathways/pathwaygraph.h"
#include "pathways/pathwaylayout.h"
#include "pathways/pathwayscene.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QComboBox;
class QGraphicsView;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace Cairn::Core {
class Auditor;
}

namespace Cairn::Ui {

class AuditService;
class EmptyState;
class Workspace;

// One drawing of the diagram, worked out off the window's thread: the graph
// for a filter, its layout and the learner's progress on it.
struct PathwayDrawing
{
    std::shared_ptr<const Core::Auditor> auditor;
    std::shared_ptr<const Core::PathwayMap> map; // of auditor's catalogue, kept for the next filter
    Core::PathwayFilter filter;
    Core::PathwayGraph graph;
    Core::PathwayLayout layout;
    PathwayProgress progress;
    bool coursesLeftOut = false; // "All" on a large catalogue: qualifications only
};

// The pathways view: how courses stack into certificates, diplomas and
// degrees (docs/PATHWAYS.md), laid out by Graphviz, with the learner's
// progress on it. Shows one qualification and its neighbours (the first goal
// by default) or every qualification; find centres on a course or
// qualification; a skill narrows it to the courses teaching it; the wheel
// and + / - / 0 zoom; double-click (or Enter) opens a qualification's audit
// or a course's details in the catalogue.
class PathwaysView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PathwaysView)

public:
    PathwaysView(Workspace &workspace, AuditService &audits, QWidget *parent = nullptr);
    ~PathwaysView() override;

    bool isSettled() const;
    // A command of the window's shown as a button beside the view's own.
    void addCommand(QAction *action);
    PathwayScene *scene() const { return m_scene; }
    QGraphicsView *diagram() const { return m_view; }
    // Shows `code` and its neighbours ("" for every qualification).
    void showQualification(const QString &code);
    // The qualification shown with its neighbours; "" when all are.
    QString shownQualification() const;
    // Centres on the first node whose code or title contains `text`; false if none.
    bool find(const QString &text);
    void zoomBy(double factor);
    void fitToWindow();
    // Asks for a file name and saves the diagram there (PNG or SVG).
    void exportFromDialog();

Q_SIGNALS:
    void qualificationActivated(const QString &code);
    void courseActivated(const QString &code);
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void fillChoices(const Core::Auditor &auditor);
    void start(const std::shared_ptr<const Core::Auditor> &auditor);
    Core::PathwayFilter chosenFilter() const;
    static bool sameFilter(const Core::PathwayFilter &a, const Core::PathwayFilter &b);
    void apply(const PathwayDrawing &drawing);

    Workspace &m_workspace;
    AuditService &m_audits;
    QStackedWidget *m_pages;
    EmptyState *m_empty;
    QComboBox *m_choice;
    QComboBox *m_skill;
    QLineEdit *m_search;
    QLabel *m_summary;
    QGraphicsView *m_view;
    PathwayScene *m_scene;
    QFutureWatcher<PathwayDrawing> m_work;
    bool m_again = false; // asked to redraw while a drawing was being worked out
    // The catalogue's map, worked out once (about a second at 100,000
    // courses) and kept while the catalogue stays the same; with the
    // auditor that owns that catalogue.
    std::shared_ptr<const Core::PathwayMap> m_map;
    std::shared_ptr<const Core::Auditor> m_mapOwner;
    std::shared_ptr<const Core::Auditor> m_drawnWith;
    Core::PathwayFilter m_drawnFilter;
    std::shared_ptr<const Core::Auditor> m_choicesFor;
    QString m_wanted; // asked for by showQualification(), kept until the choices are filled
    bool m_fitting = true; // refit when the window changes, until the user zooms
    QLayout *m_commands = nullptr; // the bar of controls
};

} // namespace Cairn::Ui
