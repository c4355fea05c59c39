#include "presentationmode.h"

#include "workspace.h"

#include <QAction>
#include <QMainWindow>

namespace Cairn::Ui {

PresentationMode::PresentationMode(QMainWindow &window, Workspace &workspace)
    : QObject(&window)
    , m_window(window)
    , m_workspace(workspace)
    , m_action(new QAction(tr("&Presentation Mode"), this))
    , m_leave(new QAction(tr("Leave Presentation Mode"), this))
{
    m_action->setObjectName(QStringLiteral("presentationMode"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::Key_F5));
    m_action->setStatusTip(tr("Full screen, larger type, and the learner's name, grades, notes and costs hidden"));
    connect(m_action, &QAction::toggled, this, &PresentationMode::setActive);
    // Esc leaves, as in a slide show; the action lives in the window only
    // while presenting, so that Esc keeps its meaning in dialogs otherwise.
    m_leave->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leave->setShortcutContext(Qt::WindowShortcut);
    connect(m_leave, &QAction::triggered, this, [this] { setActive(false); });
}

void PresentationMode::addPersonal(QWidget *widget)
{
    m_widgets.append(widget);
}

void PresentationMode::addPersonal(QAction *action)
{
    m_actions.append(action);
}

bool PresentationMode::isActive() const
{
    return m_workspace.isPresenting();
}

void PresentationMode::setActive(bool active)
{
    if (active == isActive())
        return;
    if (active) {
        m_font = m_window.font();
        m_states = m_window.windowState();
        QFont larger = m_font;
        if (m_font.pointSizeF() > 0)
            larger.setPointSizeF(m_font.pointSizeF() * fontScale);
        else // a font given in pixels
            larger.setPixelSize(qRound(m_font.pixelSize() * fontScale));
        m_window.setFont(larger);
        m_window.addAction(m_leave);
        m_window.showFullScreen();
    } else {
        m_window.removeAction(m_leave);
        m_window.setFont(m_font);
        m_window.setWindowState(m_states);
    }
    for (QWidget *widget : std::as_const(m_widgets))
        widget->setVisible(!active);
    for (QAction *action : std::as_const(m_actions))
        action->setVisible(!active);
    m_workspace.setPresenting(active);
    const QSignalBlocker quiet(m_action);
    m_action->setChecked(active);
}

} // namespace Cairn::Ui
