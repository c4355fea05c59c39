#include "io/learnerfile.h"
#include "storage/database.h"
#include "model/profilechanges.h"
#include "storage/learnerrepository.h"

#include "storagebackends.h"

#include <QSqlQuery>
#include <QTest>

using namespace Cairn::Core;

namespace {
Record record(const char *course, RecordStatus status, QDate date = {})
{
    Record made;
    made.course = QString::fromLatin1(course);
    made.status = status;
    made.date = date;
    return made;
}

LearnerProfile smallLearner()
{
    Problems problems;
    const auto learner = readLearnerFile(QStringLiteral(CAIRN_TEST_DATA "/small-learner.json"), problems);
    if (!learner)
        qFatal("%s", qPrintable(problems.describe(QString())));
    return *learner;
}
} // namespace

class TestLearnerRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesAndLoadsEveryField_data()
    {
        Cairn::Test::addBackendColumn();
        Cairn::Test::addBackendRows();
    }

    void savesAndLoadsEveryField()
    {
        Database database;
        CAIRN_OPEN_BACKEND(database);
        LearnerRepository repository(database);
        qint64 id = 0;
        QVERIFY(repository.save(smallLearner(), &id).ok());
        QVERIFY(id > 0);
        LearnerProfile loaded;
        QVERIFY(repository.load(id, loaded).ok());
        QCOMPARE(loaded, smallLearner());
    }

    void createRefusesANameInUseAndUpdateRenamesById_data()
    {
        Cairn::Test::addBackendColumn();
        Cairn::Test::addBackendRows();
    }

    void createRefusesANameInUseAndUpdateRenamesById()
    {
        Database database;
        CAIRN_OPEN_BACKEND(database);
        LearnerRepository repository(database);
        qint64 aroha = 0;
        QVERIFY(repository.create(smallLearner(), &aroha).ok());
        QCOMPARE(repository.idOf(QStringLiteral("Aroha")), aroha);
        const Status again = repository.create(smallLearner());
        QVERIFY(!again.ok());
        QVERIFY2(again.message().contains(QStringLiteral("already a learner named \"Aroha\"")), qPrintable(again.message()));

        LearnerProfile renamed = smallLearner();
        renamed.name = QStringLiteral("Aroha Ngata");
        renamed.records.removeLast();
        renamed.records.first().notes = QStringLiteral("Passed with merit");
        QVERIFY(repository.update(aroha, renamed).ok());
        QCOMPARE(repository.idOf(QStringLiteral("Aroha")), -1);
        QCOMPARE(repository.idOf(QStringLiteral("Aroha Ngata")), aroha);
        LearnerProfile loaded;
        QVERIFY(repository.load(aroha, loaded).ok());
        QCOMPARE(loaded, renamed);

        LearnerProfile ben = smallLearner();
        ben.name = QStringLiteral("Ben");
        qint64 benId = 0;
        QVERIFY(repository.create(ben, &benId).ok());
        ben.name = QStringLiteral("Aroha Ngata");
        const Status clash = repository.update(benId, ben);
        QVERIFY(!clash.ok());
        QVERIFY(repository.load(benId, loaded).ok());
        QCOMPARE(loaded.name, QStringLiteral("Ben"));
        ben.name = QStringLiteral("Nobody");
        const Status missing = repository.update(4711, ben);
        QVERIFY2(missing.message().contains(QStringLiteral("no learner 4711")), qPrintable(missing.message()));
    }

    void keepsSeveralLearnersInOneDatabase_data()
    {
        Cairn::Test::addBackendColumn();
        Cairn::Test::addBackendRows();
    }

    void keepsSeveralLearnersInOneDatabase()
    {
        Database database;
        CAIRN_OPEN_BACKEND(database);
        LearnerRepository repository(database);
        LearnerProfile aroha = smallLearner();
        LearnerProfile ben = smallLearner();
        ben.name = QStringLiteral("Ben");
        ben.records.resize(2);
        ben.goals.clear();
        QVERIFY(repository.save(aroha).ok());
        QVERIFY(repository.save(ben).ok());

        const QList<LearnerSummary> learners = repository.list();
        QCOMPARE(learners.size(), 2);
        QCOMPARE(learners[0].name, QStringLiteral("Aroha"));
        QCOMPARE(learners[0].recordCount, 5);
        QCOMPARE(learners[1].name, QStringLiteral("Ben"));
        QCOMPARE(learners[1].recordCount, 2);

        LearnerProfile loaded;
        QVERIFY(repository.loadByName(QStringLiteral("Ben"), loaded).ok());
        QCOMPARE(loaded, ben);
        QVERIFY(repository.loadByName(QStringLiteral("Aroha"), loaded).ok());
        QCOMPARE(loaded, aroha);
    }

    void savingTheSameNameReplacesTheProfile_data()
    {
        Cairn::Test::addBackendColumn();
        Cairn::Test::addBackendRows();
    }

    void savingTheSameNameReplacesTheProfile()
    {
        Database database;
        CAIRN_OPEN_BACKEND(database);
        LearnerRepository repository(database);
        qint64 firstId = 0;
        qint64 secondId = 0;
        LearnerProfile learner = smallLearner();
        QVERIFY(repository.save(learner, &firstId).ok());
        learner.hoursPerWeek = 6;
        learner.records.removeLast();
        learner.records[0].grade = QStringLiteral("A+");
        QVERIFY(repository.save(learner, &secondId).ok());
        QCOMPARE(secondId, firstId);
        QCOMPARE(repository.list().size(), 1);
        LearnerProfile loaded;
        QVERIFY(repository.load(firstId, loaded).ok());
        QCOMPARE(loaded, learner);
    }

    void removesAProfileWithItsRecords_data()
    {
        Cairn::Test::addBackendColumn();
        Cairn::Test::addBackendRows();
    }

    void removesAProfileWithItsRecords()
    {
        Database database;
        CAIRN_OPEN_BACKEND(database);
        LearnerRepository repository(database);
        qint64 id = 0;
        QVERIFY(repository.save(smallLearner(), &id).ok());
        QVERIFY(repository.remove(id).ok());
        QVERIFY(repository.list().isEmpty());
        LearnerProfile loaded;
        const Status status = repository.load(id, loaded);
        QVERIFY(!status.ok());
        QVERIFY(status.message().contains(QStringLiteral("no learner")));
    }

    void reportsADamagedRecordStatus_data()
    {
        Cairn::Test::addBackendColumn();
        Cairn::Test::addBackendRows();
    }

    void reportsADamagedRecordStatus()
    {
        Database database;
        CAIRN_OPEN_BACKEND(database);
        LearnerRepository repository(database);
        qint64 id = 0;
        QVERIFY(repository.save(smallLearner(), &id).ok());
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE records SET status = 'dreaming' WHERE course_code = 'DAT510'")));
        LearnerProfile loaded;
        const Status status = repository.load(id, loaded);
        QVERIFY(!status.ok());
        QVERIFY2(status.message().contains(QStringLiteral("DAT510 has an unknown status \"dreaming\"")),
                 qPrintable(status.message()));
        QVERIFY(loaded.records.isEmpty()); // nothing half-loaded
    }

    void reportsAnUnknownName_data()
    {
        Cairn::Test::addBackendColumn();
        Cairn::Test::addBackendRows();
    }

    void reportsAnUnknownName()
    {
        Database database;
        CAIRN_OPEN_BACKEND(database);
        LearnerProfile loaded;
        const Status status = LearnerRepository(database).loadByName(QStringLiteral("Nobody"), loaded);
        QVERIFY(!status.ok());
        QVERIFY(status.message().contains(QStringLiteral("\"Nobody\"")));
    }

    void aStaleUpdateIsRefusedAndChangesNothing_data()
    {
        Cairn::Test::addBackendColumn();
        Cairn::Test::addBackendRows();
    }

    // Two desks read revision r; the first writes, the second's write based
    // on r is refused and the first's stays.
    void aStaleUpdateIsRefusedAndChangesNothing()
    {
        Database deskA;
        Database deskB;
        CAIRN_OPEN_TWO_DESKS(deskA, deskB);
        LearnerProfile learner;
        learner.name = QStringLiteral("Mere");
        learner.records.append(record("DAT401", RecordStatus::Completed, QDate(2025, 6, 1)));
        qint64 id = 0;
        QVERIFY(LearnerRepository(deskA).create(learner, &id).ok());

        LearnerProfile seenByA;
        LearnerProfile seenByB;
        qint64 revisionA = 0;
        qint64 revisionB = 0;
        QVERIFY(LearnerRepository(deskA).load(id, seenByA, &revisionA).ok());
        QVERIFY(LearnerRepository(deskB).load(id, seenByB, &revisionB).ok());
        QCOMPARE(revisionA, revisionB);

        LearnerProfile editedByA = seenByA;
        editedByA.hoursPerWeek = 25;
        qint64 afterA = 0;
        QVERIFY(LearnerRepository(deskA).update(id, editedByA, revisionA, &afterA).ok());
        QVERIFY(afterA > revisionA);

        LearnerProfile editedByB = seenByB;
        editedByB.records.first().grade = QStringLiteral("A");
        const Status refused = LearnerRepository(deskB).update(id, editedByB, revisionB);
        QVERIFY(!refused.ok());
        QVERIFY(refused.conflicted());
        QVERIFY2(refused.message().contains(QStringLiteral("another desk")), qPrintable(refused.message()));
        LearnerProfile stored;
        qint64 storedRevision = 0;
        QVERIFY(LearnerRepository(deskB).load(id, stored, &storedRevision).ok());
        QCOMPARE(stored, editedByA);
        QCOMPARE(storedRevision, afterA);

        // Read again, B's change goes through; without a revision (an import)
        // it always does, and raises the revision too.
        QVERIFY(LearnerRepository(deskB).update(id, editedByB, storedRevision).ok());
        QVERIFY(LearnerRepository(deskA).save(learner).ok());
        QVERIFY(LearnerRepository(deskA).revisionOf(id) > storedRevision + 1);
        QVERIFY(!LearnerRepository(deskA).update(id, learner, storedRevision + 1).ok());
        QCOMPARE(LearnerRepository(deskA).revisionOf(id + 1000), qint64(-1));
        const Status missing = LearnerRepository(deskA).update(id + 1000, learner, 1);
        QVERIFY(!missing.ok());
        QVERIFY(!missing.conflicted());
    }

    void profileChangesNamesWhatDiffers()
    {
        LearnerProfile before;
        before.name = QStringLiteral("Mere");
        before.records = {record("DAT401", RecordStatus::Completed, QDate(2025, 6, 1)),
                          record("DAT510", RecordStatus::Planned)};
        QVERIFY(profileChanges(before, before).isEmpty());
        LearnerProfile after = before;
        after.hoursPerWeek = 20;
        after.records[1].status = RecordStatus::Enrolled;
        after.records.removeFirst();
        after.records.append(record("LDS603", RecordStatus::Planned));
        after.goals = {QStringLiteral("DIP-DA5")};
        QCOMPARE(profileChanges(before, after),
                 (QStringList{QStringLiteral("weekly hours"), QStringLiteral("goals"), QStringLiteral("the record of DAT510"),
                              QStringLiteral("LDS603 added"), QStringLiteral("DAT401 removed")}));
        LearnerProfile reordered = before;
        std::swap(reordered.records[0], reordered.records[1]);
        QCOMPARE(profileChanges(before, reordered), QStringList{QStringLiteral("the order of the records")});
    }
};

QTEST_GUILESS_MAIN(TestLearnerRepository)
#include "tst_learnerrepository.moc"
