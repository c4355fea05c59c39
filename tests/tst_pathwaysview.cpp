// The pathways view in the window on the demo data: what it draws is the
// core's graph, the qualification chooser and find work, zoom keys zoom,
// and Enter on a qualification opens its audit.

#include "audit/auditservice.h"
#include "import/demodata.h"
#include "io/cataloguereader.h"
#include "mainwindow.h"
#include "pathways/pathwaygraph.h"
#include "storage/database.h"
#include "views/pathways/pathwayscene.h"
#include "views/catalogueview.h"
#include "views/emptystate.h"
#include "views/pathwaysview.h"
#include "views/qualifications/auditpanel.h"
#include "views/qualificationsview.h"
#include "views/sidebar.h"
#include "workspace.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QGraphicsItem>
#include <QGraphicsView>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "windowsession.h"

using namespace Cairn::Core;
using namespace Cairn::Ui;

namespace {

struct Session : Cairn::Test::WindowSession
{
    explicit Session(bool demo = true)
        : WindowSession({QSize(1200, 760), demo})
    {
        window->showView(Sidebar::Pathways);
        view = window->pathwaysView();
    }

    // The codes of the boxes drawn, by walking the scene.
    QSet<QString> drawn() const
    {
        QSet<QString> codes;
        for (QGraphicsItem *item : view->scene()->items()) {
            if (item->flags() & QGraphicsItem::ItemIsSelectable)
                codes.insert(item->data(0).toString());
        }
        return codes;
    }

    PathwaysView *view = nullptr;
};

Catalogue demoCatalogue()
{
    Problems problems;
    return *readCatalogueFile(QStringLiteral(CAIRN_SOURCE_DIR "/resources/demo/catalogue.json"), problems);
}

QSet<QString> graphCodes(const Catalogue &catalogue, const QString &qualification, const QString &skill = {})
{
    PathwayFilter filter;
    filter.qualification = qualification;
    filter.skill = skill;
    QSet<QString> codes;
    for (const PathwayNode &node : pathwayGraph(catalogue, filter).nodes)
        codes.insert(node.code);
    return codes;
}

} // namespace

class TestPathwaysView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void drawsTheCoresGraphStartingAtTheFirstGoal()
    {
        Session session;
        QVERIFY(QTest::qWaitFor([&] { return session.view->isSettled(); }));
        auto *choice = session.view->findChild<QComboBox *>();
        QVERIFY(choice);
        // The demo learner's first goal.
        QCOMPARE(choice->currentData().toString(), QStringLiteral("DIP-DA5"));
        const Catalogue catalogue = demoCatalogue();
        QCOMPARE(session.drawn(), graphCodes(catalogue, QStringLiteral("DIP-DA5")));
        QVERIFY(session.drawn().contains(QStringLiteral("CERT-DA4"))); // it stacks into the diploma

        // Drawings are worked out off the window's thread.
        choice->setCurrentIndex(choice->findData(QStringLiteral("CERT-SUS6")));
        QVERIFY(!session.view->isSettled());
        QVERIFY(QTest::qWaitFor([&] { return session.view->isSettled(); }));
        QCOMPARE(session.drawn(), graphCodes(catalogue, QStringLiteral("CERT-SUS6")));
        choice->setCurrentIndex(0); // all qualifications: small enough to show every course
        QVERIFY(QTest::qWaitFor([&] { return session.view->isSettled(); }));
        QCOMPARE(session.drawn(), graphCodes(catalogue, QString()));
        QCOMPARE(session.drawn().size(), session.view->scene()->graph().nodes.size());

        // A skill narrows it to the courses teaching it and what they fill.
        auto *skill = session.view->findChildren<QComboBox *>().at(1);
        QCOMPARE(skill->accessibleName(), QStringLiteral("Skill shown"));
        skill->setCurrentIndex(skill->findData(QStringLiteral("data-vis")));
        QVERIFY(skill->currentIndex() > 0);
        QVERIFY(QTest::qWaitFor([&] { return session.view->isSettled(); }));
        QCOMPARE(session.drawn(), graphCodes(catalogue, QString(), QStringLiteral("data-vis")));
        QVERIFY(session.drawn().size() < graphCodes(catalogue, QString()).size());
    }

    void withoutAProfileItSaysWhatToDo()
    {
        Session session(false);
        QVERIFY(session.view->isSettled());
        auto *empty = session.view->findChild<EmptyState *>();
        QVERIFY(empty && empty->isVisibleTo(session.view));
        QStringList texts;
        for (QLabel *label : empty->findChildren<QLabel *>())
            texts.append(label->text());
        QVERIFY2(texts.contains(QStringLiteral("No profile open")), qPrintable(texts.join(u" | ")));
        QVERIFY(session.drawn().isEmpty());
    }

    void findCentresAndSelects()
    {
        Session session;
        QVERIFY(QTest::qWaitFor([&] { return session.view->isSettled(); }));
        session.view->zoomBy(3); // larger than the window: centring means scrolling
        QVERIFY(session.view->find(QStringLiteral("dat510")));
        const QList<QGraphicsItem *> selected = session.view->scene()->selectedItems();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first()->data(0).toString(), QStringLiteral("DAT510"));
        const QPointF centre = session.view->diagram()->mapToScene(session.view->diagram()->viewport()->rect().center());
        QVERIFY(selected.first()->sceneBoundingRect().adjusted(-40, -40, 40, 40).contains(centre));
        QVERIFY(!session.view->find(QStringLiteral("no such thing")));
    }

    void savesTheWholeDiagramAsPngAndSvg()
    {
        Session session;
        QVERIFY(QTest::qWaitFor([&] { return session.view->isSettled(); }));
        session.view->zoomBy(4); // what is on screen does not limit what is saved
        const QString png = session.dir.filePath(QStringLiteral("pathways.png"));
        const QString svg = session.dir.filePath(QStringLiteral("pathways.svg"));
        QVERIFY(session.view->scene()->saveImage(png, QStringLiteral("Pathways")));
        QVERIFY(session.view->scene()->saveImage(svg, QStringLiteral("Pathways")));
        const QImage image(png);
        const QSizeF scene = session.view->scene()->sceneRect().size();
        QCOMPARE(image.size(), (scene * 2).toSize());
        QFile drawing(svg);
        QVERIFY(drawing.open(QIODevice::ReadOnly));
        const QByteArray text = drawing.readAll();
        for (const char *code : {"DIP-DA5", "CERT-DA4", "DAT510"})
            QVERIFY2(text.contains(code), code);
        QVERIFY(!session.view->scene()->saveImage(session.dir.filePath(QStringLiteral("no/such/folder/p.png")),
                                                  QStringLiteral("Pathways")));
    }

    void keysZoomAndEnterOpensTheAudit()
    {
        Session session;
        QVERIFY(QTest::qWaitFor([&] { return session.view->isSettled(); }));
        QGraphicsView *diagram = session.view->diagram();
        // Fitted to the window it was shown in, not to the size it had when built.
        const QRectF visible = diagram->mapToScene(diagram->viewport()->rect()).boundingRect();
        QVERIFY(visible.adjusted(-12, -12, 12, 12).contains(diagram->sceneRect())); // fitInView's own margin
        QVERIFY(visible.width() < 1.5 * diagram->sceneRect().width() || visible.height() < 1.5 * diagram->sceneRect().height());
        const double before = diagram->transform().m11();
        QTest::keyClick(diagram, Qt::Key_Plus);
        QVERIFY(diagram->transform().m11() > before);
        QTest::keyClick(diagram, Qt::Key_Minus);
        QTest::keyClick(diagram, Qt::Key_Minus);
        QVERIFY(diagram->transform().m11() < before);

        QSignalSpy activated(session.view, &PathwaysView::qualificationActivated);
        QVERIFY(session.view->find(QStringLiteral("CERT-DA4")));
        QTest::keyClick(diagram, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("CERT-DA4"));
        QCOMPARE(session.window->currentView(), int(Sidebar::Qualifications));
        QCOMPARE(session.window->qualificationsView()->findChild<AuditPanel *>()->qualification(),
                 QStringLiteral("CERT-DA4"));

        // A course opens its details in the catalogue.
        session.window->showView(Sidebar::Pathways);
        QVERIFY(session.view->find(QStringLiteral("DAT505")));
        QTest::keyClick(diagram, Qt::Key_Enter);
        QCOMPARE(session.window->currentView(), int(Sidebar::Catalogue));
        QVERIFY(QTest::qWaitFor([&] { return session.window->catalogueView()->currentCourse() == u"DAT505"; }));
    }
};

QTEST_MAIN(TestPathwaysView)
#include "tst_pathwaysview.moc"
