// The window on a study centre's server (`cairn --server`): the catalogue
// browsed and searched, the audit's worker reading through a connection of its
// own, an edit stored, and the status bar naming the server.

#include "audit/auditservice.h"
#include "import/demodata.h"
#include "mainwindow.h"
#include "models/coursebrowsermodel.h"
#include "storage/coursebrowser.h"
#include "storage/database.h"
#include "storage/learnerrepository.h"
#include "storagebackends.h"
#include "views/catalogueview.h"
#include "workspace.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Cairn;

namespace {
// The window over a fresh server database holding the demo, Aroha's profile
// open, shown offscreen with its first view loaded.
struct ServerWindow
{
    QString server;
    Core::Database database;
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<Ui::Workspace> workspace;
    std::unique_ptr<Ui::MainWindow> window;

    // "" once open; "skip: …" without a test server; else what went wrong.
    QString open()
    {
        QString why;
        server = Test::freshServerDatabase(&why);
        if (server.isEmpty())
            return QStringLiteral("skip: ") + why;
        if (Core::Status opened = database.openServer(server, Core::Database::ServerSchema::Init); !opened)
            return opened.message();
        if (Core::Status demo = Core::importDemoData(database); !demo)
            return demo.message();
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("cairn.ini")), QSettings::IniFormat);
        workspace = std::make_unique<Ui::Workspace>(database);
        if (Core::Status profile = workspace->openProfileNamed(QStringLiteral("Aroha Ngata")); !profile)
            return profile.message();
        window = std::make_unique<Ui::MainWindow>(*workspace, *settings);
        window->resize(1100, 700);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return QStringLiteral("the window was not shown");
        window->loadNow();
        return {};
    }
};
} // namespace

#define OPEN_OR_SKIP(session)                                                                                          \
    do {                                                                                                               \
        const QString problem_ = (session).open();                                                                     \
        if (problem_.startsWith(QStringLiteral("skip: ")))                                                             \
            QSKIP(qPrintable(problem_.mid(6)));                                                                        \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                                            \
    } while (false)

class TestServerWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theWindowWorksOnAServer()
    {
        ServerWindow session;
        OPEN_OR_SKIP(session);
        Core::Database &database = session.database;
        Ui::Workspace &workspace = *session.workspace;
        Ui::MainWindow &window = *session.window;

        Ui::CourseBrowserModel *model = window.catalogueView()->model();
        QTRY_COMPARE(model->rowCount(), 63);
        // A search finds what it finds in a file with the same catalogue.
        Core::Database file;
        QVERIFY(file.open(QStringLiteral(":memory:")).ok() && Core::importDemoData(file).ok());
        Core::CourseFilter visual;
        visual.text = QStringLiteral("visual");
        qsizetype inFile = 0;
        QVERIFY(Core::CourseBrowser(file).count(visual, inFile).ok());
        QVERIFY(inFile > 1 && inFile < 63);
        QTest::keyClicks(window.catalogueView()->searchField(), visual.text);
        QTRY_COMPARE(model->rowCount(), int(inFile));
        QList<QLabel *> labels = window.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(),
                            [](QLabel *label) { return label->text() == QStringLiteral("Study centre server"); }));

        // The audit reads the catalogue on a worker, through its own
        // connection to the same server.
        QTRY_VERIFY(window.isViewSettled());
        Core::LearnerProfile more = workspace.profile();
        more.hoursPerWeek = 22;
        QVERIFY(workspace.changeProfile(more, QStringLiteral("Change Weekly Hours")).ok());
        Core::LearnerProfile stored;
        QVERIFY(Core::LearnerRepository(database).loadByName(QStringLiteral("Aroha Ngata"), stored).ok());
        QCOMPARE(stored.hoursPerWeek, 22.0);
    }

    // The server goes away mid-session: the edit that met it is said to be
    // lost, the window goes on with a read-only copy of what it last read,
    // and File ▸ Reconnect to Study Centre brings the server back.
    void aServerThatGoesAwayLeavesAReadOnlyCopy()
    {
        ServerWindow session;
        OPEN_OR_SKIP(session);
        const QString &server = session.server;
        Core::Database &database = session.database;
        Ui::Workspace &workspace = *session.workspace;
        Ui::MainWindow &window = *session.window;
        QTRY_VERIFY(window.isViewSettled());
        QTRY_COMPARE(window.catalogueView()->model()->rowCount(), 63);
        const double hours = workspace.profile().hoursPerWeek;

        // The server ends this window's connection (as a restart would).
        QSqlQuery pid(database.connection());
        QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
        Core::Database admin;
        QVERIFY(admin.openServer(server).ok());
        QVERIFY(QSqlQuery(admin.connection())
                    .exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid.value(0).toInt())));

        Core::LearnerProfile more = workspace.profile();
        more.hoursPerWeek = hours + 7;
        const Core::Status lost = workspace.changeProfile(more, QStringLiteral("Change Weekly Hours"));
        QVERIFY(!lost.ok());
        QVERIFY2(lost.message().contains(QStringLiteral("was not saved")), qPrintable(lost.message()));
        QVERIFY(database.isLocalCopy());
        QVERIFY(workspace.isReadOnly());
        QCOMPARE(workspace.profile().name, QStringLiteral("Aroha Ngata"));
        QCOMPARE(workspace.profile().hoursPerWeek, hours); // as last read: the lost edit is not shown as made
        QTRY_COMPARE(window.catalogueView()->model()->rowCount(), 63);
        QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
        QVERIFY(!workspace.changeProfile(more, QStringLiteral("Change Weekly Hours")).ok()); // nothing written to the copy
        Core::LearnerProfile onServer;
        QVERIFY(Core::LearnerRepository(admin).loadByName(QStringLiteral("Aroha Ngata"), onServer).ok());
        QCOMPARE(onServer.hoursPerWeek, hours);

        auto *reconnect = window.findChild<QAction *>(QStringLiteral("reconnectToStudyCentre"));
        QVERIFY(reconnect && reconnect->isEnabled());
        reconnect->trigger();
        QVERIFY2(database.isServer(), qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(!workspace.isReadOnly());
        QVERIFY(workspace.changeProfile(more, QStringLiteral("Change Weekly Hours")).ok());
        QVERIFY(Core::LearnerRepository(admin).loadByName(QStringLiteral("Aroha Ngata"), onServer).ok());
        QCOMPARE(onServer.hoursPerWeek, hours + 7);
        QVERIFY(!reconnect->isEnabled());
    }
};

QTEST_MAIN(TestServerWindow)
#include "tst_serverwindow.moc"
