#include "import/demodata.h"
#include "models/recordsmodel.h"
#include "planner/planinput.h"
#include "planner/scheduler.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/learnerrepository.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace Cairn::Core;
using Cairn::Ui::RecordsModel;

class TestRecordsModel : public QObject
{
    Q_OBJECT

private:
    Database m_database;
    LearnerProfile m_learner;
    Catalogue m_catalogue;
    PlanResult m_plan;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_database.open(QStringLiteral(":memory:")).ok());
        QVERIFY(importDemoData(m_database).ok());
        QVERIFY(LearnerRepository(m_database).loadByName(QStringLiteral("Aroha Ngata"), m_learner).ok());
        QVERIFY(CatalogueRepository(m_database).load(m_catalogue).ok());
        m_plan = Scheduler(planProblemFor(m_catalogue, m_learner, m_learner.hoursPerWeek, QDate(2026, 11, 30))).run();
    }

    void groupsRecordsByStatusPlannedFirst()
    {
        RecordsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContent(m_learner, m_catalogue, m_plan);
        QVERIFY(model.rowCount() > 2);
        QCOMPARE(model.index(0, 0).data(RecordsModel::StatusRole).toInt(), int(RecordStatus::Planned));
        int records = 0;
        for (int group = 0; group < model.rowCount(); ++group) {
            const QModelIndex parent = model.index(group, 0);
            for (int row = 0; row < model.rowCount(parent); ++row) {
                QCOMPARE(model.index(row, 0, parent).data(RecordsModel::StatusRole), parent.data(RecordsModel::StatusRole));
                ++records;
            }
        }
        QCOMPARE(records, m_learner.records.size());
    }

    void showsThePlannersScheduleAndMessages()
    {
        RecordsModel model;
        PlanResult plan = m_plan;
        const QString planned = plan.entries.first().course;
        plan.errors.append({QStringLiteral("DAT401"), QStringLiteral("No intake left after 2027-02-08.")});
        model.setContent(m_learner, m_catalogue, plan);
        QVERIFY(!model.indexOfCourse(planned, RecordsModel::Schedule).data().toString().isEmpty());
        const QModelIndex problem = model.indexOfCourse(QStringLiteral("DAT401"), RecordsModel::Schedule);
        QCOMPARE(problem.data().toString(), QStringLiteral("No intake left after 2027-02-08."));
        QVERIFY(!problem.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.indexOfCourse(QStringLiteral("EXT-UX1"), RecordsModel::Title).data().toString(),
                 QStringLiteral("UX basics (prior learning)"));
    }

    void editsInPlaceThroughTheEditFunction()
    {
        RecordsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContent(m_learner, m_catalogue, m_plan);
        QList<Record> edits;
        model.setEdit([&edits](const Record &record) {
            edits.append(record);
            return true;
        });
        const QModelIndex notes = model.indexOfCourse(QStringLiteral("DAT401"), RecordsModel::Notes);
        QVERIFY(model.flags(notes) & Qt::ItemIsEditable);
        QVERIFY(model.setData(notes, QStringLiteral("  Ask for the reading list  ")));
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits.first().notes, QStringLiteral("Ask for the reading list"));
        QCOMPARE(edits.first().course, QStringLiteral("DAT401"));
        // An enrolment's start can be edited, a planned course's cannot.
        QVERIFY(model.flags(model.indexOfCourse(QStringLiteral("DAT501"), RecordsModel::Start)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.indexOfCourse(QStringLiteral("DAT510"), RecordsModel::Start)) & Qt::ItemIsEditable));
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
        // Setting the same value is no edit.
        QVERIFY(!model.setData(model.indexOfCourse(QStringLiteral("DAT401"), RecordsModel::Grade), QStringLiteral("A")));
        QCOMPARE(edits.size(), 1);
    }

    void acceptsCoursesDroppedOnIt()
    {
        RecordsModel model;
        model.setContent(m_learner, m_catalogue, m_plan);
        QSignalSpy dropped(&model, &RecordsModel::coursesDropped);
        QMimeData mime;
        mime.setData(QStringLiteral("application/x-cairn-course-codes"), "DAT502\nDAT503");
        QVERIFY(model.canDropMimeData(&mime, Qt::CopyAction, -1, -1, {}));
        model.dropMimeData(&mime, Qt::CopyAction, -1, -1, {});
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.first().first().toStringList(), (QStringList{QStringLiteral("DAT502"), QStringLiteral("DAT503")}));
        QMimeData text;
        text.setText(QStringLiteral("DAT502"));
        QVERIFY(!model.canDropMimeData(&text, Qt::CopyAction, -1, -1, {}));
    }
};

QTEST_MAIN(TestRecordsModel)
#include "tst_recordsmodel.moc"
