#include "i18n/translations.h"
#include "import/demodata.h"
#include "databaseguard.h"
#include "serverlogin.h"
#include "mainwindow.h"
#include "presentationmode.h"
#include "processstats.h"
#include "settings/settingkeys.h"
#include "storage/cataloguerepository.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "theme.h"
#include "upgradenotice.h"
#include "views/catalogueview.h"
#include "views/pathwaysview.h"
#include "views/qualificationsview.h"
#include "views/sidebar.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <memory>

using namespace Cairn;

namespace {

// Prints a line on stdout when `window` has painted for the first time and
// when its data is shown, then quits: the startup benchmark times these lines
// from outside (tests/benchmarks/bare_window.cpp does the same for a label).
class StartupProbe final : public QObject
{
public:
    explicit StartupProbe(Ui::MainWindow &window) : QObject(&window), m_window(window)
    {
        window.installEventFilter(this);
        connect(&window, &Ui::MainWindow::ready, this, [this] {
            m_window.repaint();
            QTextStream(stdout) << "ready\npeak " << ProcessStats::peakMegabytes() << '\n' << Qt::flush;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        });
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == &m_window && event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // Queued: the children paint after their parent, in this same pass.
            QTimer::singleShot(0, this, [] { QTextStream(stdout) << "painted " << ProcessStats::cpuMilliseconds() << '\n' << Qt::flush; });
        }
        return false;
    }

private:
    Ui::MainWindow &m_window;
    bool m_painted = false;
};

int usageError(const QString &message)
{
    QTextStream(stderr) << "cairn: " << message << '\n';
    return 2;
}

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Cairn"));
    QCoreApplication::setApplicationName(QStringLiteral("Cairn"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAIRN_VERSION));
}

// The window's command line; described once for the window and for --help.
struct Options
{
    explicit Options(QCommandLineParser &parser)
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Plan stackable study: micro-credentials toward qualifications."));
        parser.addHelpOption();
        parser.addVersionOption();
        probe.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOptions({database, server, demo, profile, view, qualification, theme, presentation, screenshot, probe});
    }

    const QCommandLineOption database{
        QStringLiteral("database"),
        QCoreApplication::translate("main", "Use the SQLite database PATH (default: %1).").arg(Core::Database::defaultPath()),
        QStringLiteral("PATH")};
    const QCommandLineOption server{
        QStringLiteral("server"),
        QCoreApplication::translate("main", "Use a study centre's PostgreSQL server instead of a database file: a libpq "
                                            "connection string such as \"host=centre dbname=cairn\", or "
                                            "\"service=centre\" (docs/STUDY_CENTRE.md)."),
        QStringLiteral("CONNINFO")};
    const QCommandLineOption demo{
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Load the demo catalogue and learner when the database has no courses.")};
    const QCommandLineOption profile{QStringLiteral("profile"),
                                     QCoreApplication::translate("main", "Open the profile called NAME."),
                                     QStringLiteral("NAME")};
    const QCommandLineOption view{
        QStringLiteral("view"),
        QCoreApplication::translate("main", "Open VIEW: catalogue, plan, qualifications, pathways or dashboard."),
        QStringLiteral("VIEW")};
    const QCommandLineOption qualification{
        QStringLiteral("qualification"),
        QCoreApplication::translate("main", "Show the audit of the qualification CODE (opens the qualifications view "
                                            "unless --view says otherwise)."),
        QStringLiteral("CODE")};
    const QCommandLineOption theme{QStringLiteral("theme"),
                                   QCoreApplication::translate("main", "Use the THEME: system, light or dark."),
                                   QStringLiteral("THEME")};
    const QCommandLineOption presentation{
        QStringLiteral("presentation"),
        QCoreApplication::translate("main", "Start in presentation mode: full screen, larger type, the learner's "
                                            "personal details hidden (F5 or Esc leaves it).")};
    const QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the window to the PNG file FILE once its data has loaded, and exit."),
        QStringLiteral("FILE")};
    QCommandLineOption probe{QStringLiteral("measure-startup")};
};

// --help and --version print and exit: they need no display, so they are
// answered before the GUI (which would fail without a screen) starts.
bool onlyAsksForHelp(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "-?" || argument == "--help-all"
            || argument == "--version" || argument == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyAsksForHelp(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameApplication();
        Core::installTranslations(app);
        QCommandLineParser parser;
        const Options options(parser);
        parser.process(app); // prints and exits; an error in another argument is reported as usual
        return 0;
    }

    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Cairn"));
    QApplication::setDesktopFileName(QStringLiteral("org.example.cairn"));
    Core::installTranslations(app);

    QCommandLineParser parser;
    const Options options(parser);
    const QCommandLineOption &databaseOption = options.database;
    const QCommandLineOption &demoOption = options.demo;
    const QCommandLineOption &profileOption = options.profile;
    const QCommandLineOption &viewOption = options.view;
    const QCommandLineOption &qualificationOption = options.qualification;
    const QCommandLineOption &themeOption = options.theme;
    const QCommandLineOption &screenshotOption = options.screenshot;
    const QCommandLineOption &probeOption = options.probe;
    parser.process(app);

    std::optional<Ui::Theme> theme;
    if (parser.isSet(themeOption)) {
        theme = Ui::themeFromKey(parser.value(themeOption));
        if (!theme)
            return usageError(QApplication::translate("main", "unknown theme \"%1\"").arg(parser.value(themeOption)));
    }
    int view = -1;
    if (parser.isSet(viewOption)) {
        view = Ui::Sidebar::viewFromKey(parser.value(viewOption));
        if (view < 0)
            return usageError(QApplication::translate("main", "unknown view \"%1\"").arg(parser.value(viewOption)));
    }

    // Unattended (a screenshot, a measurement, no screen to show a dialog on):
    // an error goes to standard error and the exit status, never to a dialog
    // that would wait for a click nobody can give.
    const QString platform = QGuiApplication::platformName();
    const bool unattended = parser.isSet(screenshotOption) || parser.isSet(probeOption)
                            || platform == u"offscreen" || platform == u"minimal";
    Core::Database database;
    if (parser.isSet(databaseOption) && parser.isSet(options.server))
        return usageError(QApplication::translate("main", "use either --database or --server, not both"));
    const bool onServer = parser.isSet(options.server);
    QString path = parser.isSet(databaseOption) ? parser.value(databaseOption) : Core::Database::defaultPath();
    // A study centre's password kept in the desktop's keyring (File ▸ Connect
    // to Study Centre…) is looked up first; libpq's own ways (~/.pgpass,
    // PGPASSWORD, peer) work without it.
    QString conninfo = parser.value(options.server);
    if (onServer && !unattended && !conninfo.contains(QStringLiteral("password"))) {
        Ui::KeyringStore keyring;
        conninfo = Ui::ServerLogin::withPassword(conninfo, Ui::ServerLogin::readPassword(keyring, conninfo));
    }
    // A file an older Cairn wrote is upgraded before the window opens: say so meanwhile.
    std::unique_ptr<Ui::UpgradeNotice> upgrading;
    if (!unattended)
        database.setUpgradeNotice([&upgrading, &path](int, int) { upgrading = std::make_unique<Ui::UpgradeNotice>(path); });
    Core::Status opened = onServer ? database.openServer(conninfo) : database.open(path);
    upgrading.reset();
    // A server out of reach: say so and offer to try again.
    while (onServer && !opened && !unattended) {
        const auto answer = QMessageBox::warning(nullptr,
                                                 QApplication::translate("main", "The study centre's server cannot be reached"),
                                                 opened.message(), QMessageBox::Retry | QMessageBox::Close,
                                                 QMessageBox::Retry);
        if (answer != QMessageBox::Retry)
            break;
        opened = database.openServer(conninfo);
    }
    if (onServer && opened)
        path = database.path(); // the connection string without its password
    // Another program (or another Cairn) holding the database past the busy
    // timeout: ask whether to try again rather than give up at once.
    while (!onServer && !opened && !unattended && database.problem() == Core::SqliteProblem::Busy) {
        const auto answer = QMessageBox::warning(nullptr, QApplication::translate("main", "The database is in use"),
                                                 opened.message(), QMessageBox::Retry | QMessageBox::Close,
                                                 QMessageBox::Retry);
        if (answer != QMessageBox::Retry)
            break;
        opened = database.open(path);
    }
    if (!onServer && !opened && !unattended && database.problem() == Core::SqliteProblem::Damaged) {
        // Damaged beyond opening: offer the latest backup (the damaged file is
        // kept beside it) before giving up.
        if (const std::optional<Core::BackupFile> latest = Core::Backups(path).latest()) {
            QMessageBox ask(QMessageBox::Critical, QApplication::translate("main", "The database is damaged"),
                            opened.message(), QMessageBox::NoButton);
            ask.setInformativeText(QApplication::translate("main", "Restore the backup of %1? The damaged file is kept.")
                                       .arg(QLocale().toString(latest->made, QLocale::ShortFormat)));
            QPushButton *restore = ask.addButton(QApplication::translate("main", "&Restore the Backup"), QMessageBox::AcceptRole);
            ask.addButton(QMessageBox::Close);
            ask.exec();
            if (ask.clickedButton() == restore) {
                opened = Core::Backups(path).restore(latest->path);
                if (opened)
                    opened = database.open(path);
            }
        }
    }
    // A file Cairn cannot use (damaged without a backup, not a Cairn
    // database): it is left as it is, and another one may be chosen.
    while (!onServer && !opened && !unattended
           && (database.problem() == Core::SqliteProblem::Damaged
               || database.problem() == Core::SqliteProblem::NotADatabase)) {
        QMessageBox ask(QMessageBox::Critical, QApplication::translate("main", "Cairn cannot use this file"),
                        opened.message(), QMessageBox::NoButton);
        QPushButton *other = ask.addButton(QApplication::translate("main", "&Open Another Database…"), QMessageBox::AcceptRole);
        QPushButton *fresh = ask.addButton(QApplication::translate("main", "&Start a New Database…"), QMessageBox::AcceptRole);
        ask.addButton(QMessageBox::Close);
        ask.exec();
        QString chosen;
        if (ask.clickedButton() == other || ask.clickedButton() == fresh)
            chosen = Ui::DatabaseGuard::chooseDatabase(nullptr, ask.clickedButton() == fresh, path);
        if (chosen.isEmpty())
            return 1;
        path = chosen;
        opened = database.open(path);
    }
    upgrading.reset();
    if (!opened) {
        QTextStream(stderr) << "cairn: " << opened.message() << '\n';
        if (!unattended)
            QMessageBox::critical(nullptr, QApplication::translate("main", "Cairn cannot start"), opened.message());
        return 1;
    }
    // A picture of a damaged database would show a misleading, empty window.
    if (parser.isSet(screenshotOption)) {
        if (Core::Status checked = database.verify(); !checked) {
            QTextStream(stderr) << "cairn: " << checked.message() << '\n';
            return 1;
        }
    }
    if (parser.isSet(demoOption) && !Core::CatalogueRepository(database).hasCourses()) {
        if (Core::Status demo = Core::importDemoData(database); !demo) {
            QTextStream(stderr) << "cairn: " << demo.message() << '\n';
            return 1;
        }
    }

    const QString qualification = parser.value(qualificationOption);
    if (!qualification.isEmpty() && !Core::CatalogueRepository(database).hasQualification(qualification))
        return usageError(QApplication::translate("main", "no qualification \"%1\" in %2").arg(qualification, path));

    // A screenshot or a measurement neither reads nor changes the user's
    // settings, so that it looks and behaves the same on every machine.
    const bool scripted = parser.isSet(screenshotOption) || parser.isSet(probeOption);
    QTemporaryDir scratch;
    std::unique_ptr<QSettings> settings =
        scripted ? std::make_unique<QSettings>(scratch.filePath(QStringLiteral("cairn.ini")), QSettings::IniFormat)
                 : std::make_unique<QSettings>();

    Ui::ThemeSwitcher themes(app);
    themes.apply(theme.value_or(Ui::themeFromKey(Ui::SettingKeys::theme.get(*settings)).value_or(Ui::Theme::System)));

    auto workspace = std::make_unique<Ui::Workspace>(database);
    if (parser.isSet(profileOption)) {
        if (Core::Status opened = workspace->openProfileNamed(parser.value(profileOption)); !opened)
            return usageError(opened.message());
    }
    auto windowHolder = std::make_unique<Ui::MainWindow>(*workspace, *settings, &themes);
    Ui::MainWindow &window = *windowHolder;
    window.setDatabaseCheckEnabled(!scripted);
    if (!qualification.isEmpty()) {
        if (view == Ui::Sidebar::Pathways) {
            window.pathwaysView()->showQualification(qualification);
        } else {
            window.qualificationsView()->showAudit(qualification);
            if (view < 0)
                view = Ui::Sidebar::Qualifications;
        }
    }
    if (view >= 0)
        window.showView(view);
    if (scripted || !settings->contains(Ui::SettingKeys::windowGeometry.key()))
        window.resize(1200, 760);

    if (parser.isSet(options.presentation))
        window.presentation()->setActive(true);
    if (parser.isSet(probeOption))
        new StartupProbe(window);
    if (parser.isSet(screenshotOption)) {
        const QString fileName = parser.value(screenshotOption);
        QObject::connect(&window, &Ui::MainWindow::ready, &window, [&window, fileName] {
            // The count of a large catalogue arrives a moment after its
            // first rows, an audit after the catalogue is read; the picture
            // shows the window once they have.
            while (!window.isViewSettled())
                QApplication::processEvents(QEventLoop::WaitForMoreEvents);
            QApplication::processEvents();
            QDir().mkpath(QFileInfo(fileName).absolutePath());
            const bool saved = window.grab().save(fileName, "PNG");
            if (!saved)
                QTextStream(stderr) << "cairn: cannot write " << fileName << '\n';
            QApplication::exit(saved ? 0 : 1);
        }, Qt::QueuedConnection);
    }
    // Another database, or this one restored: start again once this window
    // and every connection to the database are closed.
    QStringList restart;
    QObject::connect(&window, &Ui::MainWindow::restartRequested, &window, [&restart](const QStringList &arguments) {
        restart = arguments;
        QApplication::quit();
    });
    window.show();
    const int status = QApplication::exec();
    if (restart.isEmpty())
        return status;
    window.saveSettings();
    windowHolder.reset();
    workspace.reset();
    database.close();
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), restart)) {
        QTextStream(stderr) << "cairn: " << QApplication::translate("main", "cannot start Cairn again") << '\n';
        return 1;
    }
    return 0;
}
