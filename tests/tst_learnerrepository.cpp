#include "io/learnerfile.h"
#include "storage/database.h"
#include "storage/learnerrepository.h"

#include "storagebackends.h"

#include <QSqlQuery>
#include <QTest>

using namespace Cairn::Core;

namespace {
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
};

QTEST_GUILESS_MAIN(TestLearnerRepository)
#include "tst_learnerrepository.moc"
