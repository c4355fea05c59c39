#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace Cairn::Ui {

class CatalogueView;
class Workspace;

// What can be done to courses from the catalogue: plan them (Ctrl+Return, or
// drag them onto My plan), add, edit and delete them, and manage providers,
// skills and qualifications. Actions are enabled for the current selection.
class CourseController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CourseController)

public:
    CourseController(Workspace &workspace, CatalogueView &catalogue, QWidget *window);

    QAction *planAction() const { return m_plan; }
    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QAction *listsAction() const { return m_lists; }

    void planSelected();
    void createCourse();
    void editCurrent();
    void deleteCurrent();
    void showLists();

Q_SIGNALS:
    void message(const QString &text);

private:
    void updateActions();

    Workspace &m_workspace;
    CatalogueView &m_catalogue;
    QWidget *m_window;
    QAction *m_plan;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_lists;
};

} // namespace Cairn::Ui
