#include "mainwindow.h"

// The window's menus, tool bar and status bar: every command of the window
// and where it lives. The commands themselves are in the controllers and
// views; this file only lays them out.

#include "coursecontroller.h"
#include "databaseguard.h"
#include "icons/icons.h"
#include "presentationmode.h"
#include "storage/database.h"
#include "studycentrecontroller.h"
#include "profilecontroller.h"
#include "reportcontroller.h"
#include "settings/settingkeys.h"
#include "theme.h"
#include "views/catalogueview.h"
#include "views/sidebar.h"
#include "workspace.h"

#include <QAbstractButton>
#include <QToolButton>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace Cairn::Ui {

void MainWindow::createActions()
{
    // File
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(icon(QStringLiteral("import")), tr("&Import…"), this, &MainWindow::importFromDialog);
    import->setObjectName(QStringLiteral("import"));
    import->setShortcut(QKeySequence::Open);
    import->setStatusTip(tr("Import a catalogue bundle or a learner file"));
    QAction *exportCatalogue = file->addAction(icon(QStringLiteral("export")), tr("&Export Catalogue…"), this,
                                               &MainWindow::exportCatalogue);
    exportCatalogue->setObjectName(QStringLiteral("exportCatalogue"));
    exportCatalogue->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *exportProfile = file->addAction(tr("Export &Profile…"), this, &MainWindow::exportProfile);
    exportProfile->setObjectName(QStringLiteral("exportProfile"));
    exportProfile->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    file->addAction(m_reports->exportReportAction());
    file->addAction(m_reports->printAction());
    file->addAction(m_reports->exportPlanAction());
    file->addAction(m_reports->exportHandoutAction());
    file->addSeparator();
    QAction *restore = file->addAction(tr("&Restore from Backup…"), m_guard, &DatabaseGuard::restoreFromDialog);
    restore->setObjectName(QStringLiteral("restoreBackup"));
    restore->setStatusTip(tr("Put one of the automatic backups in the database's place"));
    restore->setEnabled(!m_workspace.database().isServer());
    for (QAction *action : {m_studyCentre->connectAction(), m_studyCentre->reconnectAction(),
                             m_studyCentre->useThisComputerAction()}) {
        if (action)
            file->addAction(action);
    }
    file->addSeparator();
    QAction *demo = file->addAction(icon(QStringLiteral("demo")), tr("Open the &Demo"), this, &MainWindow::loadDemo);
    demo->setObjectName(QStringLiteral("loadDemo"));
    demo->setStatusTip(tr("Add the demo catalogue and the demo learner to this database"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    // Edit
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_workspace.undoGroup()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setIcon(icon(QStringLiteral("undo")));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_workspace.undoGroup()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setIcon(icon(QStringLiteral("redo")));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(icon(QStringLiteral("search")), tr("&Find Courses"), this, [this] {
        showView(Sidebar::Catalogue);
        m_catalogue->focusSearch();
    });
    find->setObjectName(QStringLiteral("find"));
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    edit->addAction(m_courses->planAction());
    edit->addAction(m_courses->newAction());
    edit->addAction(m_courses->editAction());
    edit->addAction(m_courses->deleteAction());
    edit->addSeparator();
    edit->addAction(m_courses->listsAction());
    m_catalogue->setContextActions({m_courses->planAction(), m_courses->editAction(), m_courses->deleteAction(),
                                    m_courses->newAction()});

    // View
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < Sidebar::ViewCount; ++row) {
        QAction *show = view->addAction(m_sidebar->item(row)->icon(), m_sidebar->item(row)->text(), this,
                                        [this, row] { showView(row); });
        show->setObjectName(QStringLiteral("view-") + Sidebar::viewKey(static_cast<Sidebar::View>(row)));
        show->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + row)));
    }
    view->addSeparator();
    QAction *filters = view->addAction(icon(QStringLiteral("filter")), tr("Show &Filters"));
    filters->setObjectName(QStringLiteral("showFilters"));
    filters->setCheckable(true);
    filters->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(filters, &QAction::toggled, m_catalogue, &CatalogueView::setFiltersShown);
    connect(m_catalogue->filtersButton(), &QAbstractButton::toggled, filters, &QAction::setChecked);
    if (m_themes) {
        QMenu *themeMenu = view->addMenu(tr("&Theme"));
        auto *group = new QActionGroup(themeMenu);
        const QList<std::pair<Theme, QString>> themes{{Theme::System, tr("&System")},
                                                      {Theme::Light, tr("&Light")},
                                                      {Theme::Dark, tr("&Dark")}};
        for (const auto &[theme, label] : themes) {
            QAction *choose = themeMenu->addAction(label);
            choose->setObjectName(QStringLiteral("theme-") + themeKey(theme));
            choose->setCheckable(true);
            choose->setChecked(m_themes->current() == theme);
            group->addAction(choose);
            connect(choose, &QAction::triggered, this, [this, theme = theme] {
                m_themes->apply(theme);
                SettingKeys::theme.set(m_settings, themeKey(theme));
            });
        }
    }
    view->addSeparator();
    QAction *fullScreen = view->addAction(tr("F&ull Screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });
    view->addAction(m_presentation->action());
    QAction *switchViews = view->addAction(tr("Pathways ⇄ &Qualifications"), this,
                                           &MainWindow::switchPathwaysAndQualifications);
    switchViews->setObjectName(QStringLiteral("switchPathwaysQualifications"));
    switchViews->setShortcut(QKeySequence(Qt::Key_F6));
    switchViews->setStatusTip(tr("Go from the diagram to the audit of the same qualification, and back"));
    m_compare = view->addAction(tr("&Compare Ways…"), this, &MainWindow::compareWays);
    m_compare->setObjectName(QStringLiteral("compareWays"));
    m_compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_compare->setStatusTip(tr("Two or three qualifications, or routes through one into the next, side by side"));

    // Profile
    QMenu *profile = menuBar()->addMenu(tr("&Profile"));
    profile->addAction(m_profiles->newAction());
    profile->addAction(m_profiles->editAction());
    profile->addAction(m_profiles->renameAction());
    profile->addAction(m_profiles->duplicateAction());
    profile->addAction(m_profiles->deleteAction());
    profile->addSeparator();
    profile->addMenu(m_profiles->switchMenu());

    // Help
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Cairn"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(import);
    tools->addSeparator();
    tools->addAction(undo);
    tools->addAction(redo);
    tools->addSeparator();
    tools->addAction(m_courses->planAction());
    tools->addAction(m_courses->newAction());
    auto *spacer = new QWidget(tools);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    tools->addWidget(spacer);
    auto *profileLabel = new QLabel(tr("Profile:"), tools);
    profileLabel->setBuddy(m_profiles->chooser());
    m_presentation->addPersonal(tools->addWidget(profileLabel));
    m_presentation->addPersonal(tools->addWidget(m_profiles->chooser()));
    m_presentation->addPersonal(statusBar());
}

void MainWindow::createStatusBar()
{
    m_countsLabel->setAccessibleName(tr("Courses shown"));
    m_profileLabel->setAccessibleName(tr("Open profile"));
    m_savedLabel->setAccessibleName(tr("Last saved"));
    m_databaseLabel->setAccessibleName(tr("Database"));
    for (QLabel *label : {m_databaseLabel, m_countsLabel, m_profileLabel, m_savedLabel}) {
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(label);
    }
    m_savedLabel->setText(tr("All changes saved"));
    connect(&m_workspace, &Workspace::saved, this, [this](const QDateTime &when) {
        m_savedLabel->setText(tr("Saved at %1").arg(QLocale().toString(when.time(), QLocale::ShortFormat)));
    });
}

} // namespace Cairn::Ui
