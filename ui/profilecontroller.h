#pragma once

#include <QObject>

class QAction;
class QComboBox;
class QMenu;
class QWidget;

namespace Cairn::Ui {

class Workspace;

// The Profile menu: new, edit, rename, duplicate, delete (after asking) and
// switch, and the profile chooser of the toolbar. Each asks the user what it
// needs and hands the change to the workspace.
class ProfileController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileController)

public:
    ProfileController(Workspace &workspace, QWidget *window);

    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *renameAction() const { return m_rename; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }
    QMenu *switchMenu() const { return m_switchMenu; }
    QComboBox *chooser() const { return m_chooser; }

    // Reads the profiles into the chooser and the Switch To menu (again
    // whenever they change).
    void refresh();

    void createProfile();
    void editProfile();
    void renameProfile();
    void duplicateProfile();
    void deleteProfile();

private:
    // The names of the profiles other than the one with `id`.
    QStringList namesExcept(qint64 id) const;
    void report(const QString &title, bool ok, const QString &message);

    Workspace &m_workspace;
    QWidget *m_window;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_rename;
    QAction *m_duplicate;
    QAction *m_delete;
    QMenu *m_switchMenu;
    QComboBox *m_chooser;
    bool m_refreshing = false;
};

} // namespace Cairn::Ui
