#include "i18n/translations.h"
#include "io/demodata.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "views/catalogueview.h"

#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace Cairn::Core;
using Cairn::Ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsTheDemoCatalogue()
    {
        Database database;
        QVERIFY(database.open(QStringLiteral(":memory:")).ok());
        QVERIFY(importDemoData(database).ok());
        MainWindow window(database);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *table = window.catalogueView()->table();
        QVERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 63);
        QVERIFY(window.windowTitle().contains(QStringLiteral("Cairn")));
    }

    void searchNarrowsTheTableAsTheUserTypes()
    {
        Database database;
        QVERIFY(database.open(QStringLiteral(":memory:")).ok());
        QVERIFY(importDemoData(database).ok());
        MainWindow window(database);
        window.show();
        QLineEdit *search = window.catalogueView()->searchField();
        QTest::keyClicks(search, QStringLiteral("carpentry"));
        QCOMPARE(window.catalogueView()->visibleCourseCount(), 2);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("northgate"));
        QCOMPARE(window.catalogueView()->visibleCourseCount(), 12); // matches the provider column
        search->clear();
        QCOMPARE(window.catalogueView()->visibleCourseCount(), 63);
    }

    void anEmptyDatabaseShowsHowToGetStarted()
    {
        Database database;
        QVERIFY(database.open(QStringLiteral(":memory:")).ok());
        MainWindow window(database);
        window.show();
        QVERIFY(!window.catalogueView()->table()->isVisible());
        QPushButton *demoButton = nullptr;
        for (QPushButton *button : window.findChildren<QPushButton *>()) {
            if (button->text().contains(QStringLiteral("Demo")))
                demoButton = button;
        }
        QVERIFY(demoButton && demoButton->isVisible());
        QTest::mouseClick(demoButton, Qt::LeftButton);
        QVERIFY(window.catalogueView()->table()->isVisible());
        QCOMPARE(window.catalogueView()->visibleCourseCount(), 63);
    }

    void importingAFileRefreshesTheTable()
    {
        Database database;
        QVERIFY(database.open(QStringLiteral(":memory:")).ok());
        MainWindow window(database);
        const Status imported = window.importFile(QStringLiteral(CAIRN_TEST_DATA "/small-catalogue.json"));
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
        QCOMPARE(window.catalogueView()->visibleCourseCount(), 4);

        const Status failed = window.importFile(QStringLiteral("/no/such/bundle.json"));
        QVERIFY(!failed.ok());
        QVERIFY(failed.message().contains(QStringLiteral("/no/such/bundle.json")));
        QCOMPARE(window.catalogueView()->visibleCourseCount(), 4);
    }

    void hasFileAndHelpMenusWithShortcuts()
    {
        Database database;
        QVERIFY(database.open(QStringLiteral(":memory:")).ok());
        MainWindow window(database);
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus.append(action->text());
        QCOMPARE(menus, (QStringList{QStringLiteral("&File"), QStringLiteral("&Help")}));
        bool hasOpenShortcut = false;
        for (QAction *action : window.findChildren<QAction *>())
            hasOpenShortcut |= action->shortcut() == QKeySequence(QKeySequence::Open);
        QVERIFY(hasOpenShortcut);
    }
    void speaksGermanWithAGermanLocale()
    {
        Cairn::Core::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany));
        {
            Database database;
            QVERIFY(database.open(QStringLiteral(":memory:")).ok());
            MainWindow window(database);
            QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
            QCOMPARE(window.catalogueView()->searchField()->placeholderText(),
                     QStringLiteral("Kurse nach Code, Titel oder Anbieter suchen"));
        }
        for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
