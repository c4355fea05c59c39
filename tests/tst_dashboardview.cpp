#include "audit/auditor.h"
#include "audit/auditservice.h"
#include "charts/chartadapter.h"
#include "charts/chartpanel.h"
#include "dashboard/dashboardfigures.h"
#include "import/demodata.h"
#include "mainwindow.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "views/dashboardview.h"
#include "views/sidebar.h"
#include "windowsession.h"
#include "workspace.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Cairn::Core;
using namespace Cairn::Ui;

namespace {

enum Panel { Goals, Credits, Load, Costs, Route };

struct Session : Cairn::Test::WindowSession
{
    Session()
        : WindowSession({QSize(1200, 760)})
    {
        window->showView(Sidebar::Dashboard);
        dashboard = window->dashboardView();
    }

    ChartPanel *panel(Panel which) const { return dashboard->panels().at(which); }

    DashboardView *dashboard = nullptr;
};

double cell(const QAbstractItemModel &table, int row, int column)
{
    return table.index(row, column).data(Qt::UserRole).toDouble();
}

} // namespace

class TestDashboardView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyChartShowsTheCoresFigures()
    {
        Session session;
        QVERIFY(QTest::qWaitFor([&] { return session.dashboard->isSettled(); }));
        QCOMPARE(session.dashboard->panels().size(), 5);
        for (ChartPanel *panel : session.dashboard->panels())
            QVERIFY2(!panel->spec().isEmpty(), qPrintable(panel->title()));

        // Goals: one row per goal, earned + planned + missing as the core says.
        const std::shared_ptr<const Auditor> auditor = session.window->audits()->auditor();
        const QList<GoalProgress> goals = goalProgress(*auditor, session.workspace->profile().goals, QDate::currentDate());
        const QAbstractItemModel &table = *session.panel(Goals)->table();
        QCOMPARE(table.rowCount(), goals.size());
        for (int row = 0; row < table.rowCount(); ++row) {
            const GoalProgress &goal = goals[goals.size() - 1 - row]; // the first goal is drawn at the top
            QCOMPARE(table.index(row, 0).data().toString(), goal.code);
            QCOMPARE(cell(table, row, 1), goal.earned);
            QCOMPARE(cell(table, row, 2), goal.planned);
            QCOMPARE(cell(table, row, 3), goal.remaining);
        }
        // The credits chart carries the goal's line and today.
        QCOMPARE(session.panel(Credits)->spec().limit, std::optional<double>(120));
        QCOMPARE(session.panel(Credits)->spec().marker, std::optional<QDate>(QDate::currentDate()));
        // Costs: the budget line in the budget's currency.
        QCOMPARE(session.panel(Costs)->spec().limit, std::optional<double>(6000));
        // The weekly load shades the learner's busy season.
        QCOMPARE(session.panel(Load)->spec().shaded.size(), 1);
        // The route: DIP-DA5 has a full programme of 40 weeks in the demo.
        QVERIFY(session.panel(Route)->spec().subtitle.contains(QStringLiteral("40 weeks")));
        const QStringList drawn = ChartAdapter::seriesNames(session.panel(Goals)->chartView());
        QCOMPARE(drawn.size(), 3);
    }

    void anEditRedrawsTheChartsAndUndoPutsThemBack()
    {
        Session session;
        QVERIFY(QTest::qWaitFor([&] { return session.dashboard->isSettled(); }));
        const ChartSpec creditsBefore = session.panel(Credits)->spec();
        const ChartSpec goalsBefore = session.panel(Goals)->spec();
        QVERIFY(session.workspace->planCourses({QStringLiteral("CYB504")}).ok()); // no prerequisites
        QVERIFY(session.dashboard->isSettled()); // redrawn at once, on this thread
        const ChartSpec creditsAfter = session.panel(Credits)->spec();
        QCOMPARE(creditsAfter.lines[1].points.last().y(), creditsBefore.lines[1].points.last().y() + 10);
        // CERT-CYB5 (the second goal, drawn first) gains planned credits.
        QVERIFY(session.panel(Goals)->spec().bars[1].values[0] > goalsBefore.bars[1].values[0]);
        session.workspace->undoStack()->undo();
        QCOMPARE(session.panel(Credits)->spec().lines[1].points, creditsBefore.lines[1].points);
        QCOMPARE(session.panel(Goals)->spec().bars[1].values, goalsBefore.bars[1].values);
    }

    void eachChartHasATableAndExportsAsPngAndSvg()
    {
        Session session;
        QVERIFY(QTest::qWaitFor([&] { return session.dashboard->isSettled(); }));
        ChartPanel *panel = session.panel(Credits);
        panel->setTableShown(true);
        QVERIFY(panel->isTableShown());
        auto *table = panel->findChild<QTableView *>();
        QVERIFY(table->isVisible());
        QVERIFY(!table->accessibleName().isEmpty());
        const QString text = tableText(*panel->table());
        QVERIFY(text.startsWith(QStringLiteral("Series\tDate\tCredits\n")));
        QVERIFY(text.contains(QStringLiteral("DIP-DA5 requires 120")));

        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("credits.png"));
        const QString svg = dir.filePath(QStringLiteral("credits.svg"));
        QVERIFY(panel->exportTo(png)); // drawn although the table is shown
        QVERIFY(panel->exportTo(svg));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 200);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray drawing = file.readAll();
        QVERIFY(drawing.contains("<svg"));
        QVERIFY(drawing.contains("Credits over time"));
        panel->setTableShown(false);
        QVERIFY(!panel->isTableShown());
    }

    void chartsFollowThePalette()
    {
        Session session;
        QVERIFY(QTest::qWaitFor([&] { return session.dashboard->isSettled(); }));
        ChartPanel *panel = session.panel(Goals);
        QPalette dark = panel->palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::Base, QColor(0x1a, 0x1b, 0x1e));
        dark.setColor(QPalette::WindowText, Qt::white);
        panel->setPalette(dark);
        QCOMPARE(panel->chartView()->chart()->plotAreaBackgroundBrush().color(), QColor(0x1a, 0x1b, 0x1e));
        QCOMPARE(panel->chartView()->chart()->legend()->labelColor(), QColor(Qt::white));
    }

    void emptyChartsSayWhy()
    {
        Session session;
        QVERIFY(QTest::qWaitFor([&] { return session.dashboard->isSettled(); }));
        LearnerProfile bare = session.workspace->profile();
        bare.goals.clear();
        bare.records.clear();
        QVERIFY(session.workspace->changeProfile(bare, QStringLiteral("Clear")).ok());
        for (ChartPanel *panel : session.dashboard->panels()) {
            QVERIFY2(panel->spec().isEmpty(), qPrintable(panel->title()));
            QVERIFY(!panel->spec().emptyText.isEmpty());
        }
    }
};

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"
