#include "model/recordedits.h"

#include <QTest>

using namespace Cairn::Core;

namespace {
LearnerProfile profileWith(RecordStatus status)
{
    LearnerProfile profile;
    profile.name = QStringLiteral("Aroha");
    Record record;
    record.course = QStringLiteral("DAT401");
    record.status = status;
    record.date = status == RecordStatus::Completed ? QDate(2026, 4, 1) : QDate();
    record.start = QDate(2026, 2, 2);
    profile.records.append(record);
    return profile;
}
} // namespace

class TestRecordEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plansANewCourse()
    {
        LearnerProfile profile = profileWith(RecordStatus::Completed);
        QVERIFY(RecordEdits::plan(profile, QStringLiteral("DAT501")).ok());
        QCOMPARE(profile.records.size(), 2);
        QCOMPARE(profile.records.last().course, QStringLiteral("DAT501"));
        QCOMPARE(profile.records.last().status, RecordStatus::Planned);
    }

    void planningRespectsWhatTheRecordSays_data()
    {
        QTest::addColumn<RecordStatus>("status");
        QTest::addColumn<bool>("planned");
        QTest::addColumn<QString>("message");
        QTest::newRow("completed") << RecordStatus::Completed << false << "DAT401 is already earned.";
        QTest::newRow("recognised") << RecordStatus::Recognised << false << "DAT401 is already earned.";
        QTest::newRow("enrolled") << RecordStatus::Enrolled << false << "you are enrolled";
        QTest::newRow("planned") << RecordStatus::Planned << false << "DAT401 is already in the plan.";
        QTest::newRow("withdrawn: planned again") << RecordStatus::Withdrawn << true << "";
        QTest::newRow("failed: planned again") << RecordStatus::Failed << true << "";
    }

    void planningRespectsWhatTheRecordSays()
    {
        QFETCH(RecordStatus, status);
        QFETCH(bool, planned);
        QFETCH(QString, message);
        LearnerProfile profile = profileWith(status);
        const LearnerProfile before = profile;
        const Status result = RecordEdits::plan(profile, QStringLiteral("DAT401"));
        QCOMPARE(result.ok(), planned);
        QCOMPARE(profile.records.size(), 1);
        if (planned) {
            QCOMPARE(profile.records[0].status, RecordStatus::Planned);
            QVERIFY(!profile.records[0].start.isValid());
        } else {
            QCOMPARE(profile, before);
            QVERIFY2(result.message().contains(message), qPrintable(result.message()));
        }
    }

    void removesARecord()
    {
        LearnerProfile profile = profileWith(RecordStatus::Planned);
        QVERIFY(RecordEdits::remove(profile, QStringLiteral("DAT401")).ok());
        QVERIFY(profile.records.isEmpty());
        QVERIFY(!RecordEdits::remove(profile, QStringLiteral("DAT401")).ok());
    }

    void completingWithoutADateDatesItToday()
    {
        LearnerProfile profile = profileWith(RecordStatus::Enrolled);
        Record record = profile.records[0];
        record.status = RecordStatus::Completed;
        record.grade = QStringLiteral("A");
        QVERIFY(RecordEdits::replace(profile, record, QDate(2026, 11, 29)).ok());
        QCOMPARE(profile.records[0].date, QDate(2026, 11, 29));
        QCOMPARE(profile.records[0].grade, QStringLiteral("A"));
    }

    void replacingNeedsAnExistingRecord()
    {
        LearnerProfile profile = profileWith(RecordStatus::Planned);
        Record other;
        other.course = QStringLiteral("DAT999");
        QVERIFY(!RecordEdits::replace(profile, other, QDate(2026, 11, 29)).ok());
    }
};

QTEST_GUILESS_MAIN(TestRecordEdits)
#include "tst_recordedits.moc"
