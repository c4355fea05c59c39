#include "import/demodata.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/learnerrepository.h"
#include "lockholder.h"
#include "workspace.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Cairn::Core;
using Cairn::Ui::Workspace;

class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    static LearnerProfile stored(Database &database, const QString &name)
    {
        LearnerProfile profile;
        if (!LearnerRepository(database).loadByName(name, profile))
            qFatal("no profile %s", qPrintable(name));
        return profile;
    }

    static Course beekeeping()
    {
        Course course;
        course.code = QStringLiteral("BEE101");
        course.title = QStringLiteral("Beekeeping");
        course.provider = QStringLiteral("harbour");
        course.framework = QStringLiteral("nzqcf");
        course.credits = 5;
        course.level = 3;
        course.hours = 50;
        course.weeks = 5;
        return course;
    }

private Q_SLOTS:
    void anEditThatMeetsALockIsOfferedAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cairn.sqlite"));
        Database database;
        QVERIFY(database.open(path).ok());
        QVERIFY(importDemoData(database).ok());
        QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA busy_timeout = 200"));
        Workspace workspace(database);
        QVERIFY(workspace.openProfileNamed(QStringLiteral("Aroha Ngata")).ok());
        const LearnerProfile before = workspace.profile();

        // Declined: the edit fails, says why, and leaves no step.
        Cairn::Test::LockHolder holder(path);
        QStringList asked;
        workspace.setRetryPrompt([&](const QString &message) {
            asked.append(message);
            return false;
        });
        const Status declined = workspace.planCourses({QStringLiteral("DAT502")});
        QVERIFY(!declined.ok());
        QVERIFY(declined.retryable());
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QStringLiteral("another program is using the database")), qPrintable(asked.first()));
        QCOMPARE(workspace.profile(), before);
        QCOMPARE(workspace.undoStack()->count(), 0);

        // Tried again once the other program has let go: written, one step.
        asked.clear();
        workspace.setRetryPrompt([&](const QString &message) {
            asked.append(message);
            holder.release();
            return true;
        });
        QVERIFY(workspace.planCourses({QStringLiteral("DAT502")}).ok());
        QCOMPARE(asked.size(), 1);
        QVERIFY(stored(database, QStringLiteral("Aroha Ngata")).record(QStringLiteral("DAT502")));
        QCOMPARE(workspace.undoStack()->count(), 1);
        QCOMPARE(workspace.profiles().size(), 1); // the other program's row was rolled back
    }

    void planningIsWrittenAtOnceAndUndoneInTheDatabase()
    {
        Database database;
        QVERIFY(database.open(QStringLiteral(":memory:")).ok());
        QVERIFY(importDemoData(database).ok());
        Workspace workspace(database);
        QVERIFY(workspace.openProfileNamed(QStringLiteral("Aroha Ngata")).ok());
        const LearnerProfile before = workspace.profile();
        QSignalSpy changed(&workspace, &Workspace::profileChanged);

        QVERIFY(workspace.planCourses({QStringLiteral("DAT502")}).ok());
        QCOMPARE(changed.size(), 1);
        QVERIFY(workspace.profile().record(QStringLiteral("DAT502")));
        QVERIFY(stored(database, QStringLiteral("Aroha Ngata")).record(QStringLiteral("DAT502")));
        QCOMPARE(workspace.undoStack()->undoText(), QStringLiteral("Plan DAT502"));

        workspace.undoStack()->undo();
        QCOMPARE(workspace.profile(), before);
        QCOMPARE(stored(database, QStringLiteral("Aroha Ngata")), before);
        workspace.undoStack()->redo();
        QVERIFY(stored(database, QStringLiteral("Aroha Ngata")).record(QStringLiteral("DAT502")));

        // Planning what is already earned is refused and leaves no step.
        const Status earned = workspace.planCourses({QStringLiteral("DAT401")});
        QVERIFY(!earned.ok());
        QVERIFY2(earned.message().contains(QStringLiteral("already earned")), qPrintable(earned.message()));
        QCOMPARE(workspace.undoStack()->count(), 1);
    }

    void recordEditsAreCheckedByTheCore()
    {
        Database database;
        QVERIFY(database.open(QStringLiteral(":memory:")).ok());
        QVERIFY(importDemoData(database).ok());
        Workspace workspace(database);
        QVERIFY(workspace.openProfileNamed(QStringLiteral("Aroha Ngata")).ok());
        Record record = *workspace.profile().record(QStringLiteral("DAT501"));
        record.status = RecordStatus::Completed;
        QVERIFY(workspace.replaceRecord(record).ok());
        QCOMPARE(workspace.profile().record(QStringLiteral("DAT501"))->date, QDate::currentDate());
        QCOMPARE(workspace.undoStack()->undoText(), QStringLiteral("Edit DAT501"));
        QVERIFY(workspace.removeRecord(QStringLiteral("DAT501")).ok());
        QVERIFY(!stored(database, QStringLiteral("Aroha Ngata")).record(QStringLiteral("DAT501")));
        workspace.undoStack()->undo();
        workspace.undoStack()->undo();
        QCOMPARE(stored(database, QStringLiteral("Aroha Ngata")).record(QStringLiteral("DAT501"))->status,
                 RecordStatus::Enrolled);
    }

    void catalogueEditsAreUndoneInTheDatabase()
    {
        Database database;
        QVERIFY(database.open(QStringLiteral(":memory:")).ok());
        QVERIFY(importDemoData(database).ok());
        Workspace workspace(database);
        QSignalSpy catalogueChanged(&workspace, &Workspace::catalogueChanged);
        QVERIFY(workspace.putCourse(beekeeping()).ok());
        QCOMPARE(catalogueChanged.size(), 1);
        Course renamed = beekeeping();
        renamed.title = QStringLiteral("Apiculture");
        QVERIFY(workspace.putCourse(renamed).ok());
        QCOMPARE(workspace.undoStack()->undoText(), QStringLiteral("Edit Course BEE101"));
        QVERIFY(workspace.removeCourse(QStringLiteral("BEE101")).ok());
        QVERIFY(!CatalogueRepository(database).hasCourse(QStringLiteral("BEE101")));

        workspace.undoStack()->undo(); // the deletion
        QCOMPARE(CatalogueRepository(database).loadCourse(QStringLiteral("BEE101"))->title, QStringLiteral("Apiculture"));
        workspace.undoStack()->undo(); // the edit
        QCOMPARE(CatalogueRepository(database).loadCourse(QStringLiteral("BEE101"))->title, QStringLiteral("Beekeeping"));
        workspace.undoStack()->undo(); // the new course
        QVERIFY(!CatalogueRepository(database).hasCourse(QStringLiteral("BEE101")));
        QCOMPARE(catalogueChanged.size(), 6);

        QVERIFY(workspace.putProvider({QStringLiteral("bees"), QStringLiteral("Bee School"), {}, {}}).ok());
        QVERIFY(workspace.putSkill({QStringLiteral("hives"), QStringLiteral("Hive care"), {}}).ok());
        workspace.undoStack()->undo();
        workspace.undoStack()->undo();
        QList<Provider> providers;
        QVERIFY(CatalogueRepository(database).loadProviders(providers).ok());
        QVERIFY(std::none_of(providers.begin(), providers.end(), [](const Provider &p) { return p.id == u"bees"; }));
    }

    void eachProfileHasItsOwnUndoHistory()
    {
        Database database;
        QVERIFY(database.open(QStringLiteral(":memory:")).ok());
        QVERIFY(importDemoData(database).ok());
        Workspace workspace(database);
        QVERIFY(workspace.openProfileNamed(QStringLiteral("Aroha Ngata")).ok());
        QVERIFY(workspace.planCourses({QStringLiteral("DAT502")}).ok());
        QVERIFY(workspace.duplicateProfile(QStringLiteral("Ben")).ok());
        QCOMPARE(workspace.profile().name, QStringLiteral("Ben"));
        QVERIFY(workspace.profile().record(QStringLiteral("DAT502")));
        QCOMPARE(workspace.undoStack()->count(), 0);
        QVERIFY(workspace.planCourses({QStringLiteral("DAT503")}).ok());

        QVERIFY(workspace.openProfileNamed(QStringLiteral("Aroha Ngata")).ok());
        QCOMPARE(workspace.undoStack()->undoText(), QStringLiteral("Plan DAT502"));
        QVERIFY(!workspace.profile().record(QStringLiteral("DAT503")));

        QVERIFY(workspace.openProfileNamed(QStringLiteral("Ben")).ok());
        QVERIFY(workspace.deleteProfile().ok());
        QCOMPARE(workspace.profile().name, QStringLiteral("Aroha Ngata"));
        QCOMPARE(workspace.profiles().size(), 1);

        LearnerProfile renamed = workspace.profile();
        renamed.name = QStringLiteral("Aroha N.");
        QSignalSpy listed(&workspace, &Workspace::profilesChanged);
        QVERIFY(workspace.changeProfile(renamed, QStringLiteral("Rename Profile")).ok());
        QCOMPARE(listed.size(), 1);
        workspace.undoStack()->undo();
        QCOMPARE(workspace.profiles().first().name, QStringLiteral("Aroha Ngata"));
    }

    void anUndoThatCannotBeWrittenIsReportedAndDropped()
    {
        Database database;
        QVERIFY(database.open(QStringLiteral(":memory:")).ok());
        QVERIFY(importDemoData(database).ok());
        Workspace workspace(database);
        QVERIFY(workspace.openProfileNamed(QStringLiteral("Aroha Ngata")).ok());
        QVERIFY(workspace.putCourse(beekeeping()).ok());
        LearnerProfile ben;
        ben.name = QStringLiteral("Ben");
        QVERIFY(workspace.createProfile(ben).ok());
        QVERIFY(workspace.planCourses({QStringLiteral("BEE101")}).ok());
        QVERIFY(workspace.openProfileNamed(QStringLiteral("Aroha Ngata")).ok());

        // Undoing the new course would take it from under Ben's record.
        QSignalSpy failed(&workspace, &Workspace::writeFailed);
        workspace.undoStack()->undo();
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("the records of Ben")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(CatalogueRepository(database).hasCourse(QStringLiteral("BEE101")));
        QCOMPARE(workspace.undoStack()->count(), 0);
    }

    // Two windows (or desks) on one profile: the second's edit, made on the
    // version it read, is refused; it then shows the first's change, says
    // what it was, and edits from there.
    void anEditOnAStaleProfileIsRefusedAndTheViewReloads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cairn.sqlite"));
        Database first;
        QVERIFY(first.open(path).ok());
        QVERIFY(importDemoData(first).ok());
        Database second;
        QVERIFY(second.open(path).ok());
        Workspace here(first);
        Workspace there(second);
        QVERIFY(here.openProfileNamed(QStringLiteral("Aroha Ngata")).ok());
        LearnerProfile fewer = here.profile();
        fewer.hoursPerWeek = 12;
        QVERIFY(here.changeProfile(fewer, QStringLiteral("Change Weekly Hours")).ok());
        QCOMPARE(here.undoStack()->count(), 1);

        QVERIFY(there.openProfileNamed(QStringLiteral("Aroha Ngata")).ok());
        LearnerProfile more = there.profile();
        more.hoursPerWeek = 31;
        QVERIFY(there.changeProfile(more, QStringLiteral("Change Weekly Hours")).ok());

        QSignalSpy reloaded(&here, &Workspace::profileChanged);
        LearnerProfile mine = here.profile();
        mine.goals.append(QStringLiteral("BAT-DIGI"));
        const Status refused = here.changeProfile(mine, QStringLiteral("Add Goal"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.conflicted());
        QVERIFY2(refused.message().contains(QStringLiteral("changed: weekly hours")), qPrintable(refused.message()));
        QVERIFY2(refused.message().contains(QStringLiteral("was not saved")), qPrintable(refused.message()));
        QCOMPARE(reloaded.count(), 1);
        QCOMPARE(here.profile().hoursPerWeek, 31.0);
        QCOMPARE(stored(first, QStringLiteral("Aroha Ngata")).hoursPerWeek, 31.0);
        QVERIFY(!stored(first, QStringLiteral("Aroha Ngata")).goals.contains(QStringLiteral("BAT-DIGI")));
        // The undo history made on the old version is gone: undoing the change
        // to 12 hours would have overwritten the other change.
        QTRY_COMPARE(here.undoStack()->count(), 0);
        // ...and the next edit, on the version now shown, is saved.
        LearnerProfile again = here.profile();
        again.goals.append(QStringLiteral("BAT-DIGI"));
        QVERIFY(here.changeProfile(again, QStringLiteral("Add Goal")).ok());
        QCOMPARE(stored(second, QStringLiteral("Aroha Ngata")).goals, again.goals);
        QCOMPARE(stored(second, QStringLiteral("Aroha Ngata")).hoursPerWeek, 31.0);
    }
};

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
