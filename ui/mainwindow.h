#pragma once

#include "import/importer.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QSettings;
class QStackedWidget;

namespace Cairn::Ui {


class AuditService;
class CatalogueView;
class CourseController;
class DatabaseGuard;
class DatabaseProblemPage;
class DashboardView;
class PathwaysView;
class GoalsFoot;
class FileTransfer;
class PlanView;
class ProfileController;
class ReportController;
class StudyCentreController;
class PresentationMode;
class CompareDialog;
class QualificationsView;
class Sidebar;
class ThemeSwitcher;
class WelcomePage;
class Workspace;

// Cairn's main window: a sidebar of five views over one workspace (the
// database and the open profile), the standard menus, a toolbar and a status
// bar. It paints before it reads the catalogue: the views load their data
// after the first paint, and ready() says when they have.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `themes` may be null (no theme choice offered, e.g. in tests).
    MainWindow(Workspace &workspace, QSettings &settings, ThemeSwitcher *themes = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    CatalogueView *catalogueView() const { return m_catalogue; }
    // Views other than the catalogue, and the welcome page, are made when
    // first shown (or asked for), so that the window paints sooner.
    PlanView *planView();
    QualificationsView *qualificationsView();
    DashboardView *dashboardView();
    PathwaysView *pathwaysView();
    AuditService *audits() const { return m_audits; }
    // Whether the view on screen shows its data (for screenshots and tests).
    bool isViewSettled() const;
    Sidebar *sidebar() const { return m_sidebar; }
    GoalsFoot *goals() const { return m_goals; }
    WelcomePage *welcomePage();
    ProfileController *profiles() const { return m_profiles; }
    CourseController *courses() const { return m_courses; }
    ReportController *reports() const { return m_reports; }
    PresentationMode *presentation() const { return m_presentation; }
    // Pathways and qualifications in turn, keeping the qualification shown.
    void switchPathwaysAndQualifications();
    // Opens Compare Ways on the current qualification's ways; null until the
    // catalogue is read.
    CompareDialog *compareWays();

    void showView(int view);
    int currentView() const;
    // The qualification the window is about: the one audited or drawn in the
    // current view, else the first goal; "" when there is none.
    QString currentQualification() const;
    bool isWelcomeShown() const;
    // Loads the shown view's data now instead of after the first paint.
    void loadNow();
    bool isReady() const { return m_ready; }

    std::optional<Core::ImportSummary> importFile(const QString &fileName);
    // The page shown when the database turns out to be damaged (null until then).
    DatabaseProblemPage *problemPage() const;
    bool isCheckingDatabase() const;
    // Scripted runs (a screenshot, a measurement) check the file themselves,
    // or not at all, and make no daily backup.
    void setDatabaseCheckEnabled(bool enabled);
    void saveSettings();

Q_SIGNALS:
    void ready();
    // Cairn should start again with `arguments` (another database, or the
    // same one restored from a backup) once this window and its database
    // are closed.
    void restartRequested(const QStringList &arguments);

protected:
    void paintEvent(QPaintEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createViews();
    QWidget *viewWidget(int view);
    void createActions();
    void createStatusBar();
    // Reads what the view shows, once the window is ready (views that read
    // nothing have nothing to load).
    void loadView(int view);
    void restoreSettings();
    void updateCentral();
    void updateTitle();
    void importFromDialog();
    void exportCatalogue();
    void exportProfile();
    void loadDemo();
    void showAbout();
    void showMessage(const QString &message);

    Workspace &m_workspace;
    QSettings &m_settings;
    ThemeSwitcher *m_themes;
    std::unique_ptr<FileTransfer> m_transfer;
    AuditService *m_audits;
    QStackedWidget *m_central;
    WelcomePage *m_welcome = nullptr;
    Sidebar *m_sidebar;
    GoalsFoot *m_goals = nullptr;
    QStackedWidget *m_views;
    CatalogueView *m_catalogue;
    PlanView *m_plan = nullptr;
    QualificationsView *m_qualifications = nullptr;
    DashboardView *m_dashboard = nullptr;
    PathwaysView *m_pathways = nullptr;
    ProfileController *m_profiles;
    CourseController *m_courses;
    ReportController *m_reports;
    StudyCentreController *m_studyCentre;
    PresentationMode *m_presentation;
    QAction *m_compare = nullptr;
    QLabel *m_databaseLabel;
    QLabel *m_countsLabel;
    QLabel *m_profileLabel;
    QLabel *m_savedLabel;
    DatabaseGuard *m_guard;
    bool m_loadScheduled = false;
    bool m_ready = false;
};

} // namespace Cairn::Ui
