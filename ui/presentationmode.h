#pragma once

#include <QFont>
#include <QList>
#include <QObject>

class QAction;
class QMainWindow;

namespace Cairn::Ui {

class Workspace;

// View ▸ Presentation Mode: for an advisor showing pathways to a room or a
// client. Full screen, larger type, and the learner's personal details
// hidden: the workspace tells the views (which leave out the name, grades,
// notes and costs) and the actions given here (the profile chooser, the
// status bar) are hidden. Esc or the same key leaves it as it was.
class PresentationMode final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresentationMode)

public:
    // How much larger the type is while presenting.
    static constexpr qreal fontScale = 1.3;

    PresentationMode(QMainWindow &window, Workspace &workspace);

    QAction *action() const { return m_action; }
    // Widgets that show personal details, hidden while presenting (for a
    // widget in a tool bar, the tool bar's action for it).
    void addPersonal(QWidget *widget);
    void addPersonal(QAction *action);

    bool isActive() const;
    void setActive(bool active);

private:
    QMainWindow &m_window;
    Workspace &m_workspace;
    QAction *m_action;
    QAction *m_leave;
    QList<QWidget *> m_widgets;
    QList<QAction *> m_actions;
    // As the window was before presenting.
    QFont m_font;
    Qt::WindowStates m_states;
};

} // namespace Cairn::Ui
