#pragma once

#include "pathways/pathwaygraph.h"

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
class PathwayScene;
class Workspace;

// The pathways view: how courses stack into certificates, diplomas and
// degrees (docs/PATHWAYS.md), laid out by Graphviz, with the learner's
// progress on it. Shows one qualification and its neighbours (the first goal
// by default) or every qualification; find centres on a course or
// qualification; the wheel and + / - / 0 zoom; double-click opens a
// qualification's audit.
class PathwaysView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PathwaysView)

public:
    PathwaysView(Workspace &workspace, AuditService &audits, QWidget *parent = nullptr);
    ~PathwaysView() override;

    bool isSettled() const;
    PathwayScene *scene() const { return m_scene; }
    QGraphicsView *diagram() const { return m_view; }
    // Shows `code` and its neighbours ("" for every qualification).
    void showQualification(const QString &code);
    // Centres on the first node whose code or title contains `text`; false if none.
    bool find(const QString &text);
    void zoomBy(double factor);
    void fitToWindow();

Q_SIGNALS:
    void qualificationActivated(const QString &code);
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void fillChoices(const Core::Auditor &auditor);

    Workspace &m_workspace;
    AuditService &m_audits;
    QStackedWidget *m_pages;
    EmptyState *m_empty;
    QComboBox *m_choice;
    QLineEdit *m_search;
    QLabel *m_summary;
    QGraphicsView *m_view;
    PathwayScene *m_scene;
    std::shared_ptr<const Core::Auditor> m_drawnWith;
    QString m_drawnFilter;
    QString m_wanted; // asked for by showQualification(), kept until the choices are filled
    bool m_choicesFilled = false;
    bool m_fitting = true; // refit when the window changes, until the user zooms
};

} // namespace Cairn::Ui
