#include "mainwindow.h"


#include "audit/auditservice.h"
#include "storage/backups.h"
#include "databaseguard.h"
#include "coursecontroller.h"
#include "dialogs/filetransfer.h"
#include "icons/icons.h"
#include "profilecontroller.h"
#include "reportcontroller.h"
#include "studycentrecontroller.h"
#include "presentationmode.h"
#include "dialogs/comparedialog.h"
#include "pathways/pathwaygraph.h"
#include "audit/auditor.h"
#include "views/qualifications/auditpanel.h"
#include "settings/settingkeys.h"
#include "storage/cataloguerepository.h"
#include "storage/learnerrepository.h"
#include "storage/database.h"
#include "theme.h"
#include "models/coursebrowsermodel.h"
#include "views/catalogueview.h"
#include "views/dashboardview.h"
#include "views/pathwaysview.h"
#include "views/goalsfoot.h"
#include "views/planview.h"
#include "views/qualificationsview.h"
#include "views/sidebar.h"
#include "views/welcomepage.h"
#include "workspace.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QToolButton>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace Cairn::Ui {

namespace {
constexpr int messageTimeoutMs = 6000;
} // namespace

MainWindow::MainWindow(Workspace &workspace, QSettings &settings, ThemeSwitcher *themes, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_themes(themes)
    , m_transfer(std::make_unique<FileTransfer>(workspace, this))
    , m_audits(new AuditService(workspace, this))
    , m_central(new QStackedWidget(this))
    , m_sidebar(new Sidebar(this))
    , m_views(new QStackedWidget(this))
    , m_catalogue(new CatalogueView(workspace, this))
    , m_profiles(new ProfileController(workspace, this))
    , m_courses(new CourseController(workspace, *m_catalogue, this))
    , m_reports(new ReportController(workspace, *m_audits, [this] { return currentQualification(); }, this))
    , m_studyCentre(new StudyCentreController(workspace, *m_audits, settings, this))
    , m_presentation(new PresentationMode(*this, workspace))
    , m_databaseLabel(new QLabel(this))
    , m_countsLabel(new QLabel(this))
    , m_profileLabel(new QLabel(this))
    , m_savedLabel(new QLabel(this))
    , m_guard(new DatabaseGuard(workspace, *m_central, *this))
{
    connect(m_guard, &DatabaseGuard::restartRequested, this, &MainWindow::restartRequested);
    connect(m_guard, &DatabaseGuard::problemShown, this, &MainWindow::updateTitle);
    connect(m_guard, &DatabaseGuard::message, this, &MainWindow::showMessage);
    if (m_workspace.database().isReadOnly()) {
        m_workspace.setReadOnly(tr("%1 is read-only here (the file or its folder cannot be written); Cairn shows "
                                   "it but cannot change it.")
                                    .arg(m_workspace.database().path()));
    }
    createViews();
    createActions();
    createStatusBar();

    if (!m_workspace.hasProfile()) {
        const QString last = SettingKeys::lastProfile.get(m_settings);
        if (last.isEmpty() || !m_workspace.openProfileNamed(last)) {
            if (const QList<Core::LearnerSummary> profiles = m_workspace.profiles(); !profiles.isEmpty())
                (void)m_workspace.openProfile(profiles.first().id);
        }
    }
    m_profiles->refresh();
    restoreSettings();
    updateCentral();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createViews()
{
    m_views->addWidget(m_catalogue);
    for (int view = Sidebar::Plan; view < Sidebar::ViewCount; ++view)
        m_views->addWidget(new QWidget(m_views)); // replaced when first shown
    auto *workspacePage = new QWidget(this);
    auto *layout = new QHBoxLayout(workspacePage);
    layout->setContentsMargins(0, 0, 0, 0);
    // The sidebar's foot shows the goals' progress, always in sight.
    auto *column = new QWidget(workspacePage);
    column->setBackgroundRole(QPalette::Base);
    column->setAutoFillBackground(true);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(0);
    columnLayout->addWidget(m_sidebar, 1);
    m_goals = new GoalsFoot(m_workspace, *m_audits, column);
    m_goals->setFixedWidth(m_sidebar->width());
    columnLayout->addWidget(m_goals);
    connect(m_goals, &GoalsFoot::goalClicked, this, [this](const QString &code) {
        qualificationsView()->showAudit(code);
        showView(Sidebar::Qualifications);
    });
    layout->addWidget(column);
    layout->addWidget(m_views, 1);
    m_views->setContentsMargins(6, 6, 6, 0);
    m_central->addWidget(workspacePage);
    setCentralWidget(m_central);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_views->setCurrentWidget(viewWidget(row));
        if (m_ready)
            loadView(row);
    });
    m_sidebar->setCurrentRow(Sidebar::Catalogue);
    connect(m_sidebar, &Sidebar::coursesDroppedOnPlan, this, [this](const QStringList &codes) {
        if (const Core::Status planned = m_workspace.planCourses(codes); !planned)
            showMessage(planned.message());
    });
    connect(m_catalogue, &CatalogueView::importRequested, this, &MainWindow::importFromDialog);
    connect(m_catalogue, &CatalogueView::demoRequested, this, &MainWindow::loadDemo);
    connect(m_catalogue, &CatalogueView::countsChanged, this, [this](qsizetype shown, qsizetype total) {
        m_countsLabel->setText(shown == total ? tr("Courses: %1").arg(QLocale().toString(qlonglong(total)))
                                              : tr("Courses: %1 of %2")
                                                    .arg(QLocale().toString(qlonglong(shown)),
                                                         QLocale().toString(qlonglong(total))));
    });
    for (auto signal : {&Workspace::catalogueChanged, &Workspace::profilesChanged})
        connect(&m_workspace, signal, this, &MainWindow::updateCentral);
    for (auto signal : {&Workspace::profileSwitched, &Workspace::profileChanged})
        connect(&m_workspace, signal, this, &MainWindow::updateTitle);
    connect(&m_workspace, &Workspace::presentingChanged, this, &MainWindow::updateTitle);
    connect(&m_workspace, &Workspace::notice, this, &MainWindow::showMessage);
    connect(m_courses, &CourseController::message, this, &MainWindow::showMessage);
    connect(m_reports, &ReportController::message, this, &MainWindow::showMessage);
    connect(m_studyCentre, &StudyCentreController::restartRequested, this, &MainWindow::restartRequested);
    connect(m_studyCentre, &StudyCentreController::message, this, [this](const QString &text, int timeoutMs) {
        statusBar()->showMessage(text, timeoutMs);
    });
    connect(&m_workspace, &Workspace::writeFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("The change could not be written"), message);
    });
}

QWidget *MainWindow::viewWidget(int view)
{
    QWidget *current = m_views->widget(view);
    if (view == Sidebar::Catalogue || current->metaObject() != &QWidget::staticMetaObject)
        return current;
    QWidget *made = nullptr;
    switch (view) {
    case Sidebar::Plan:
        m_plan = new PlanView(m_workspace, m_views);
        connect(m_plan, &PlanView::createProfileRequested, m_profiles, &ProfileController::createProfile);
        connect(m_plan, &PlanView::catalogueRequested, this, [this] { showView(Sidebar::Catalogue); });
        m_plan->restoreState(m_settings);
        made = m_plan;
        break;
    case Sidebar::Qualifications:
        m_qualifications = new QualificationsView(m_workspace, *m_audits, m_views);
        connect(m_qualifications, &QualificationsView::message, this, &MainWindow::showMessage);
        m_qualifications->restoreState(m_settings);
        m_qualifications->audit()->addCommand(m_compare);
        made = m_qualifications;
        break;
    case Sidebar::Pathways:
        m_pathways = new PathwaysView(m_workspace, *m_audits, m_views);
        connect(m_pathways, &PathwaysView::message, this, &MainWindow::showMessage);
        connect(m_pathways, &PathwaysView::qualificationActivated, this, [this](const QString &code) {
            qualificationsView()->showAudit(code);
            showView(Sidebar::Qualifications);
        });
        connect(m_pathways, &PathwaysView::courseActivated, this, [this](const QString &code) {
            showView(Sidebar::Catalogue);
            if (m_catalogue->model()->rowOf(code) < 0)
                showMessage(tr("%1 is hidden by the catalogue's search or filters; clear them to see it.").arg(code));
            m_catalogue->selectCourse(code);
        });
        m_pathways->addCommand(m_compare);
        made = m_pathways;
        break;
    default:
        m_dashboard = new DashboardView(m_workspace, *m_audits, m_views);
        connect(m_dashboard, &DashboardView::message, this, &MainWindow::showMessage);
        made = m_dashboard;
        break;
    }
    m_views->insertWidget(view, made);
    m_views->removeWidget(current);
    current->deleteLater();
    return made;
}

PlanView *MainWindow::planView()
{
    viewWidget(Sidebar::Plan);
    return m_plan;
}

QualificationsView *MainWindow::qualificationsView()
{
    viewWidget(Sidebar::Qualifications);
    return m_qualifications;
}

bool MainWindow::isViewSettled() const
{
    if (!m_audits->isSettled()) // the goals at the sidebar's foot wait for it
        return false;
    switch (currentView()) {
    case Sidebar::Catalogue:
        return m_catalogue->isSettled();
    case Sidebar::Qualifications:
        return !m_qualifications || m_qualifications->isSettled();
    case Sidebar::Dashboard:
        return !m_dashboard || m_dashboard->isSettled();
    case Sidebar::Pathways:
        return !m_pathways || m_pathways->isSettled();
    default:
        return true;
    }
}

DashboardView *MainWindow::dashboardView()
{
    viewWidget(Sidebar::Dashboard);
    return m_dashboard;
}

PathwaysView *MainWindow::pathwaysView()
{
    viewWidget(Sidebar::Pathways);
    return m_pathways;
}

WelcomePage *MainWindow::welcomePage()
{
    if (!m_welcome) {
        m_welcome = new WelcomePage(m_central);
        connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::loadDemo);
        connect(m_welcome, &WelcomePage::importRequested, this, &MainWindow::importFromDialog);
        connect(m_welcome, &WelcomePage::createProfileRequested, m_profiles, &ProfileController::createProfile);
        m_central->insertWidget(0, m_welcome);
    }
    return m_welcome;
}

QString MainWindow::currentQualification() const
{
    if (currentView() == Sidebar::Qualifications && m_qualifications && !m_qualifications->audit()->qualification().isEmpty())
        return m_qualifications->audit()->qualification();
    if (currentView() == Sidebar::Pathways && m_pathways && !m_pathways->shownQualification().isEmpty())
        return m_pathways->shownQualification();
    return m_workspace.hasProfile() ? m_workspace.profile().goals.value(0) : QString();
}

void MainWindow::switchPathwaysAndQualifications()
{
    const QString code = currentQualification();
    if (currentView() == Sidebar::Pathways) {
        if (!code.isEmpty())
            qualificationsView()->showAudit(code);
        showView(Sidebar::Qualifications);
    } else {
        if (!code.isEmpty())
            pathwaysView()->showQualification(code);
        showView(Sidebar::Pathways);
    }
}

CompareDialog *MainWindow::compareWays()
{
    m_audits->request();
    const std::shared_ptr<const Core::Auditor> auditor = m_audits->auditor();
    if (!auditor) {
        showMessage(tr("The catalogue is still being read; try again in a moment."));
        return nullptr;
    }
    if (auditor->catalogue().qualifications.isEmpty()) {
        showMessage(tr("The catalogue has no qualification to compare."));
        return nullptr;
    }
    QString code = currentQualification();
    if (code.isEmpty())
        code = auditor->catalogue().qualifications.first().code;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const CompareDialog::Stacking stacking = Core::stackingRelation(auditor->catalogue());
    auto *dialog = new CompareDialog(auditor, stacking, m_workspace, this);
    QApplication::restoreOverrideCursor();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWays(CompareDialog::waysFor(stacking, code));
    dialog->show();
    return dialog;
}

void MainWindow::restoreSettings()
{
    restoreGeometry(SettingKeys::windowGeometry.get(m_settings));
    restoreState(SettingKeys::windowState.get(m_settings));
    m_catalogue->restoreState(m_settings);
    const int view = Sidebar::viewFromKey(SettingKeys::lastView.get(m_settings));
    showView(view < 0 ? Sidebar::Catalogue : view);
}

void MainWindow::saveSettings()
{
    SettingKeys::windowGeometry.set(m_settings, saveGeometry());
    SettingKeys::windowState.set(m_settings, saveState());
    SettingKeys::lastView.set(m_settings, Sidebar::viewKey(static_cast<Sidebar::View>(currentView())));
    if (m_workspace.hasProfile())
        SettingKeys::lastProfile.set(m_settings, m_workspace.profile().name);
    m_catalogue->saveState(m_settings);
    if (m_plan)
        m_plan->saveState(m_settings);
    if (m_qualifications)
        m_qualifications->saveState(m_settings);
    m_settings.sync();
}

void MainWindow::showView(int view)
{
    if (view >= 0 && view < Sidebar::ViewCount)
        m_sidebar->setCurrentRow(view);
}

int MainWindow::currentView() const
{
    return m_sidebar->currentRow();
}

bool MainWindow::isWelcomeShown() const
{
    return m_welcome && m_central->currentWidget() == m_welcome;
}

void MainWindow::updateCentral()
{
    if (m_guard->isProblemShown())
        return; // a damaged database: nothing else until the user chooses
    const bool empty = !Core::CatalogueRepository(m_workspace.database()).hasCourses() && m_workspace.profiles().isEmpty();
    if (empty)
        m_central->setCurrentWidget(welcomePage());
    else
        m_central->setCurrentWidget(m_central->widget(m_central->count() - 1));
}

void MainWindow::updateTitle()
{
    const QString path = m_workspace.database().path();
    if (m_workspace.database().isLocalCopy()) {
        m_databaseLabel->setText(tr("Offline copy (read-only)"));
        m_databaseLabel->setToolTip(tr("The study centre's server cannot be reached"));
    } else if (m_workspace.database().isServer()) {
        m_databaseLabel->setText(tr("Study centre server"));
        m_databaseLabel->setToolTip(tr("Server: %1").arg(path));
    } else {
        m_databaseLabel->setText(QFileInfo(path).fileName());
        m_databaseLabel->setToolTip(tr("Database: %1").arg(path));
    }
    const bool open = m_workspace.hasProfile();
    setWindowTitle(m_workspace.isPresenting() ? tr("Cairn — Presentation")
                   : open                     ? tr("%1 — Cairn").arg(m_workspace.profile().name)
                                              : tr("Cairn"));
    if (m_workspace.isReadOnly())
        setWindowTitle(tr("%1 (read-only)").arg(windowTitle()));
    m_profileLabel->setText(open ? tr("Profile: %1").arg(m_workspace.profile().name) : tr("No profile"));
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    // DESIGN.md: the window paints before the catalogue is read.
    if (!m_loadScheduled) {
        m_loadScheduled = true;
        QTimer::singleShot(0, this, &MainWindow::loadNow);
    }
}

void MainWindow::loadNow()
{
    m_loadScheduled = true;
    if (m_ready)
        return;
    m_ready = true;
    // After the first paint: reading the SVG loads an image plugin, and the
    // desktop entry names the icon for the first moments anyway.
    setWindowIcon(QIcon(QStringLiteral(":/cairn/icons/cairn.svg")));
    loadView(currentView());
    m_guard->check();
    Q_EMIT ready();
}

DatabaseProblemPage *MainWindow::problemPage() const
{
    return m_guard->problemPage();
}

bool MainWindow::isCheckingDatabase() const
{
    return m_guard->isChecking();
}

void MainWindow::setDatabaseCheckEnabled(bool enabled)
{
    m_guard->setEnabled(enabled);
}

void MainWindow::loadView(int view)
{
    if (view == Sidebar::Catalogue)
        m_catalogue->load();
    else if (view == Sidebar::Plan)
        planView()->load();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::showMessage(const QString &message)
{
    statusBar()->showMessage(message, messageTimeoutMs);
}

std::optional<Core::ImportSummary> MainWindow::importFile(const QString &fileName)
{
    if (m_workspace.isReadOnly()) {
        QMessageBox::warning(this, tr("Nothing can be imported"), m_workspace.readOnlyReason());
        return std::nullopt;
    }
    const auto summary = m_transfer->importFile(fileName);
    if (summary && summary->format == Core::DocumentFormat::Learner)
        (void)m_workspace.openProfileNamed(summary->name);
    return summary;
}

void MainWindow::importFromDialog()
{
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Import"), QString(),
                                                          tr("Cairn files (*.json);;All files (*)"));
    if (!fileName.isEmpty())
        importFile(fileName);
}

void MainWindow::exportCatalogue()
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export Catalogue"), tr("catalogue.json"),
                                                          tr("Cairn catalogue (*.json)"));
    if (!fileName.isEmpty())
        m_transfer->exportCatalogue(fileName);
}

void MainWindow::exportProfile()
{
    if (!m_workspace.hasProfile()) {
        showMessage(tr("Open a profile to export it."));
        return;
    }
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export Profile"),
                                                          m_workspace.profile().name + QStringLiteral(".json"),
                                                          tr("Cairn learner file (*.json)"));
    if (!fileName.isEmpty())
        m_transfer->exportProfile(fileName);
}

void MainWindow::loadDemo()
{
    if (m_workspace.isReadOnly()) {
        QMessageBox::warning(this, tr("The demo cannot be loaded"), m_workspace.readOnlyReason());
        return;
    }
    if (m_transfer->loadDemo())
        showMessage(tr("The demo catalogue and learner are loaded."));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Cairn"),
                       tr("<h3>Cairn %1</h3>"
                          "<p>Plan stackable study: see what you have earned, what counts toward "
                          "which qualification, what is still missing, and the fastest or cheapest "
                          "way to finish.</p>"
                          "<p>Your data stays on this computer.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace Cairn::Ui
