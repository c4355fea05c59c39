#pragma once

#include "model/status.h"

#include <QDialog>

class QTabWidget;
class QTreeWidget;

namespace Cairn::Ui {

class Workspace;

// The catalogue's providers, skills and qualifications, each in a list with
// New, Edit and Delete. Every change goes through the workspace: written at
// once, and undoable from the main window.
class CatalogueListsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogueListsDialog)

public:
    enum List { Providers, Skills, Qualifications };

    CatalogueListsDialog(Workspace &workspace, List shown, QWidget *parent = nullptr);

    QTreeWidget *list(List which) const;

private:
    QWidget *page(List which);
    void reload();
    void create(List which);
    void editCurrent(List which);
    void removeCurrent(List which);
    QString currentKey(List which) const;
    void report(const QString &title, const Core::Status &status);

    Workspace &m_workspace;
    QTabWidget *m_tabs;
    QTreeWidget *m_lists[3];
};

} // namespace Cairn::Ui
