#include "coursecontroller.h"
#include "dialogs/formdialog.h"
#include "i18n/translations.h"
#include "import/demodata.h"
#include "mainwindow.h"
#include "models/coursebrowsermodel.h"
#include "models/recordsmodel.h"
#include "profilecontroller.h"
#include "storage/database.h"
#include "storage/learnerrepository.h"
#include "views/catalogue/filterbar.h"
#include "views/catalogueview.h"
#include "views/planview.h"
#include "views/sidebar.h"
#include "views/welcomepage.h"
#include "workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QCommandLinkButton>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

using namespace Cairn::Core;
using namespace Cairn::Ui;

namespace {

// One database, workspace, settings file and window, as the app makes them.
struct Session
{
    explicit Session(bool demo = true, const QString &settingsFile = {})
        : settings(settingsFile.isEmpty() ? dir.filePath(QStringLiteral("cairn.ini")) : settingsFile,
                   QSettings::IniFormat)
    {
        if (!database.open(QStringLiteral(":memory:")).ok() || (demo && !importDemoData(database).ok()))
            qFatal("cannot open the test database");
        workspace = std::make_unique<Workspace>(database);
        window = std::make_unique<MainWindow>(*workspace, settings);
        window->resize(1100, 700);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("the window was not shown");
        window->loadNow();
    }

    QAction *action(const QString &name) const { return window->findChild<QAction *>(name); }
    LearnerProfile stored(const QString &name)
    {
        LearnerProfile profile;
        (void)LearnerRepository(database).loadByName(name, profile);
        return profile;
    }

    QTemporaryDir dir;
    Database database;
    QSettings settings;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<MainWindow> window;
};

void sendDrop(QWidget *target, const QPoint &at, QMimeData *mime)
{
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDragMoveEvent move(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent drop(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void anEmptyDatabaseOpensOnTheWelcomePage()
    {
        Session session(false);
        QVERIFY(session.window->isWelcomeShown());
        WelcomePage *welcome = session.window->welcomePage();
        QVERIFY(welcome->demoButton()->isVisible());
        QVERIFY(welcome->importButton()->isVisible());
        QVERIFY(welcome->profileButton()->isVisible());
        QTest::mouseClick(welcome->demoButton(), Qt::LeftButton);
        QVERIFY(!session.window->isWelcomeShown());
        QCOMPARE(session.window->catalogueView()->visibleCourseCount(), 63);
        QVERIFY(session.workspace->hasProfile());
    }

    void searchAndFiltersNarrowTheCatalogueAsTheUserTypes()
    {
        Session session;
        CatalogueView *catalogue = session.window->catalogueView();
        QTest::keyClicks(catalogue->searchField(), QStringLiteral("carpentry"));
        QCOMPARE(catalogue->visibleCourseCount(), 4);
        QTest::keyClicks(catalogue->searchField(), QStringLiteral(" first"));
        QCOMPARE(catalogue->visibleCourseCount(), 1);
        QCOMPARE(catalogue->model()->codeAt(0), QStringLiteral("BLD301"));
        catalogue->searchField()->clear();
        QCOMPARE(catalogue->visibleCourseCount(), 63);

        QTest::mouseClick(catalogue->filtersButton(), Qt::LeftButton);
        QVERIFY(catalogue->filterBar()->isVisible());
        QComboBox *provider = catalogue->filterBar()->providerBox();
        provider->setCurrentIndex(provider->findText(QStringLiteral("Northgate College of Building")));
        QCOMPARE(catalogue->visibleCourseCount(), 12);
        catalogue->filterBar()->minimumLevelBox()->setValue(4);
        QCOMPARE(catalogue->visibleCourseCount(), 4);
        QCOMPARE(catalogue->filtersButton()->text(), QStringLiteral("Filters (2)"));

        QTest::keyClicks(catalogue->searchField(), QStringLiteral("nothing-like-this"));
        QCOMPARE(catalogue->visibleCourseCount(), 0);
        QVERIFY(!catalogue->table()->isVisible()); // "No courses match" instead
        QPushButton *clear = nullptr;
        for (QPushButton *button : catalogue->findChildren<QPushButton *>()) {
            if (button->text().contains(QStringLiteral("Clear")) && button->isVisible())
                clear = button;
        }
        QVERIFY(clear);
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(catalogue->visibleCourseCount(), 63);
        QVERIFY(catalogue->table()->isVisible());
        QCOMPARE(catalogue->searchField()->text(), QString());
    }

    void aCoursePlannedByKeyIsInThePlanAndTheDatabaseAndUndoTakesItOut()
    {
        Session session;
        CatalogueView *catalogue = session.window->catalogueView();
        catalogue->selectCourse(QStringLiteral("DAT502"));
        catalogue->table()->setFocus();
        QTest::keyClick(catalogue->table(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(session.stored(QStringLiteral("Aroha Ngata")).record(QStringLiteral("DAT502")));

        session.window->showView(Sidebar::Plan);
        PlanView *plan = session.window->planView();
        QTRY_VERIFY(plan->model()->indexOfCourse(QStringLiteral("DAT502")).isValid());
        QTRY_VERIFY(!plan->model()->indexOfCourse(QStringLiteral("DAT502"), RecordsModel::Schedule).data().toString().isEmpty());

        QAction *undo = session.action(QStringLiteral("undo"));
        QCOMPARE(undo->text(), QStringLiteral("&Undo Plan DAT502"));
        undo->trigger();
        QVERIFY(!session.stored(QStringLiteral("Aroha Ngata")).record(QStringLiteral("DAT502")));
        QTRY_VERIFY(!plan->model()->indexOfCourse(QStringLiteral("DAT502")).isValid());
        session.action(QStringLiteral("redo"))->trigger();
        QVERIFY(session.stored(QStringLiteral("Aroha Ngata")).record(QStringLiteral("DAT502")));
        QTRY_VERIFY(plan->model()->indexOfCourse(QStringLiteral("DAT502")).isValid());

        // Delete in My plan drops a planned course.
        plan->records()->setCurrentIndex(plan->model()->indexOfCourse(QStringLiteral("DAT502")));
        plan->records()->setFocus();
        QTest::keyClick(plan->records(), Qt::Key_Delete);
        QVERIFY(!session.stored(QStringLiteral("Aroha Ngata")).record(QStringLiteral("DAT502")));
    }

    void recordsAreEditedInPlace()
    {
        Session session;
        session.window->showView(Sidebar::Plan);
        PlanView *plan = session.window->planView();
        QTRY_VERIFY(plan->model()->indexOfCourse(QStringLiteral("DAT401")).isValid());
        QTreeView *tree = plan->records();
        tree->setFocus();
        tree->setCurrentIndex(plan->model()->indexOfCourse(QStringLiteral("DAT401"), RecordsModel::Notes));
        QTest::keyClick(tree, Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit *>(editor));
        QTest::keyClicks(editor, QStringLiteral("Keep the workbook"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(session.stored(QStringLiteral("Aroha Ngata")).record(QStringLiteral("DAT401"))->notes,
                     QStringLiteral("Keep the workbook"));
        QTRY_COMPARE(plan->model()->indexOfCourse(QStringLiteral("DAT401"), RecordsModel::Notes).data().toString(),
                     QStringLiteral("Keep the workbook"));
        QCOMPARE(session.action(QStringLiteral("undo"))->text(), QStringLiteral("&Undo Edit DAT401"));

        // The status through its list of statuses: a planned course enrolled.
        tree->setCurrentIndex(plan->model()->indexOfCourse(QStringLiteral("DAT510"), RecordsModel::Status));
        QTest::keyClick(tree, Qt::Key_F2);
        auto *statuses = qobject_cast<QComboBox *>(QApplication::focusWidget());
        QVERIFY(statuses);
        statuses->setCurrentIndex(statuses->findText(QStringLiteral("Enrolled")));
        QTest::keyClick(statuses, Qt::Key_Return);
        QTRY_COMPARE(session.stored(QStringLiteral("Aroha Ngata")).record(QStringLiteral("DAT510"))->status,
                     RecordStatus::Enrolled);
    }

    void aNewCourseIsAddedThroughItsDialogAndUndone()
    {
        Session session;
        QTimer::singleShot(0, [] {
            auto *dialog = qobject_cast<FormDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
                if (edit->accessibleName() == u"Code")
                    edit->setText(QStringLiteral("BEE101"));
                else if (edit->accessibleName() == u"Title")
                    edit->setText(QStringLiteral("Beekeeping for beginners"));
            }
            auto *provider = dialog->findChild<QComboBox *>();
            provider->setCurrentIndex(1);
            QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->problemLabel()->text()));
            dialog->accept();
        });
        session.action(QStringLiteral("newCourse"))->trigger();
        CatalogueView *catalogue = session.window->catalogueView();
        QCOMPARE(catalogue->currentCourse(), QStringLiteral("BEE101"));
        QCOMPARE(catalogue->visibleCourseCount(), 64);
        QCOMPARE(session.action(QStringLiteral("undo"))->text(), QStringLiteral("&Undo New Course BEE101"));
        session.action(QStringLiteral("undo"))->trigger();
        QCOMPARE(catalogue->visibleCourseCount(), 63);
        QVERIFY(catalogue->model()->rowOf(QStringLiteral("BEE101")) < 0);
    }

    void aCourseDraggedOntoMyPlanIsPlanned()
    {
        Session session;
        CatalogueView *catalogue = session.window->catalogueView();
        const int row = catalogue->model()->rowOf(QStringLiteral("DAT503"));
        QMimeData *mime = catalogue->model()->mimeData({catalogue->model()->index(row, 0)});
        Sidebar *sidebar = session.window->sidebar();
        const QPoint onPlan = sidebar->visualItemRect(sidebar->item(Sidebar::Plan)).center();
        sendDrop(sidebar->viewport(), onPlan, mime);
        QVERIFY(session.stored(QStringLiteral("Aroha Ngata")).record(QStringLiteral("DAT503")));

        // And dropped on the plan view itself.
        session.window->showView(Sidebar::Plan);
        const int other = catalogue->model()->rowOf(QStringLiteral("SUS505"));
        QMimeData *second = catalogue->model()->mimeData({catalogue->model()->index(other, 0)});
        PlanView *plan = session.window->planView();
        sendDrop(plan->records()->viewport(), plan->records()->viewport()->rect().center(), second);
        QVERIFY(session.stored(QStringLiteral("Aroha Ngata")).record(QStringLiteral("SUS505")));
        QTRY_VERIFY(plan->model()->indexOfCourse(QStringLiteral("SUS505")).isValid());
        delete mime;
        delete second;
    }

    void thePlannersMessagesStandBesideTheCourse()
    {
        Session session;
        QVERIFY(session.workspace->planCourses({QStringLiteral("ECE402")}).ok()); // needs ECE401
        session.window->showView(Sidebar::Plan);
        PlanView *plan = session.window->planView();
        QTRY_VERIFY(plan->model()->indexOfCourse(QStringLiteral("ECE402")).isValid());
        const QModelIndex schedule = plan->model()->indexOfCourse(QStringLiteral("ECE402"), RecordsModel::Schedule);
        const QString message = schedule.data().toString();
        QVERIFY2(message.contains(QStringLiteral("ECE401")), qPrintable(message));
        QVERIFY(!schedule.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(schedule.data(RecordsModel::ProblemRole).toString(), message);
        // The courses the planner could place keep their dates.
        const QString placed = plan->model()->indexOfCourse(QStringLiteral("DAT510"), RecordsModel::Schedule).data().toString();
        QVERIFY2(placed.contains(QStringLiteral("h a week")), qPrintable(placed));
    }

    void switchingProfilesShowsTheirOwnPlan()
    {
        Session session;
        LearnerProfile ben;
        ben.name = QStringLiteral("Ben");
        ben.records.append(Record{QStringLiteral("BLD201"), RecordStatus::Planned, {}, {}, {}, {}, {}, {}, {}, {}});
        QVERIFY(LearnerRepository(session.database).create(ben).ok());
        session.workspace->reloadAfterImport();
        session.window->showView(Sidebar::Plan);

        QComboBox *chooser = session.window->profiles()->chooser();
        QCOMPARE(chooser->count(), 2);
        chooser->setCurrentIndex(chooser->findText(QStringLiteral("Ben")));
        QCOMPARE(session.workspace->profile().name, QStringLiteral("Ben"));
        QVERIFY(session.window->windowTitle().startsWith(QStringLiteral("Ben")));
        PlanView *plan = session.window->planView();
        QTRY_VERIFY(plan->model()->indexOfCourse(QStringLiteral("BLD201")).isValid());
        QVERIFY(!plan->model()->indexOfCourse(QStringLiteral("DAT401")).isValid());
        chooser->setCurrentIndex(chooser->findText(QStringLiteral("Aroha Ngata")));
        QTRY_VERIFY(plan->model()->indexOfCourse(QStringLiteral("DAT401")).isValid());
    }

    void restoresTheLayoutAndTheLastViewAndProfile()
    {
        QTemporaryDir dir;
        const QString settingsFile = dir.filePath(QStringLiteral("cairn.ini"));
        {
            Session first(true, settingsFile);
            first.window->showView(Sidebar::Plan);
            first.window->catalogueView()->table()->horizontalHeader()->resizeSection(CourseBrowserModel::Provider, 222);
            first.window->catalogueView()->setFiltersShown(true);
            first.window->resize(900, 640);
            first.window->close();
        }
        Session second(true, settingsFile);
        QCOMPARE(second.window->currentView(), int(Sidebar::Plan));
        QCOMPARE(second.window->catalogueView()->table()->horizontalHeader()->sectionSize(CourseBrowserModel::Provider), 222);
        QVERIFY(second.window->catalogueView()->filtersShown());
        QCOMPARE(second.workspace->profile().name, QStringLiteral("Aroha Ngata"));
    }

    void hasTheStandardMenusAndShortcuts()
    {
        Session session;
        QStringList menus;
        for (QAction *action : session.window->menuBar()->actions())
            menus.append(action->text());
        QCOMPARE(menus, (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                     QStringLiteral("&Profile"), QStringLiteral("&Help")}));
        QCOMPARE(session.action(QStringLiteral("import"))->shortcut(), QKeySequence(QKeySequence::Open));
        QCOMPARE(session.action(QStringLiteral("undo"))->shortcut(), QKeySequence(QKeySequence::Undo));
        QCOMPARE(session.action(QStringLiteral("find"))->shortcut(), QKeySequence(QKeySequence::Find));
        QCOMPARE(session.action(QStringLiteral("newCourse"))->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(session.action(QStringLiteral("view-plan"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
        session.action(QStringLiteral("view-dashboard"))->trigger();
        QCOMPARE(session.window->currentView(), int(Sidebar::Dashboard));
        session.action(QStringLiteral("find"))->trigger();
        QCOMPARE(session.window->currentView(), int(Sidebar::Catalogue));
        QVERIFY(session.window->catalogueView()->searchField()->hasFocus());
    }

    void everyControlHasAnAccessibleName()
    {
        Session session;
        for (int view : {int(Sidebar::Catalogue), int(Sidebar::Plan)}) {
            session.window->showView(view);
            session.window->catalogueView()->setFiltersShown(true);
            QApplication::processEvents();
            for (QWidget *widget : session.window->findChildren<QWidget *>()) {
                const bool control = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
                    || qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QAbstractSpinBox *>(widget);
                if (!control || !widget->isVisible() || qobject_cast<QHeaderView *>(widget)
                    || qobject_cast<QLineEdit *>(widget->parentWidget())
                    || qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
                    || qobject_cast<QComboBox *>(widget->parentWidget()))
                    continue;
                QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
                QVERIFY2(widget->focusPolicy() != Qt::NoFocus, widget->metaObject()->className());
            }
        }
    }

    void speaksGermanWithAGermanLocale()
    {
        Cairn::Core::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany));
        {
            Session session;
            QCOMPARE(session.window->menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
            QCOMPARE(session.window->sidebar()->item(Sidebar::Plan)->text(), QStringLiteral("Mein Plan"));
            QCOMPARE(session.window->catalogueView()->searchField()->placeholderText(),
                     QStringLiteral("Code, Titel, Anbieter, Kompetenzen und Lernergebnisse durchsuchen"));
        }
        for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
