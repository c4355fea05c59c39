#include "planner/partialplan.h"
#include "planner/scheduler.h"

#include <QTest>

using namespace Cairn::Core;

namespace {
PlanCourse course(const QString &code, double hours, int weeks, Requirement prerequisites = {})
{
    PlanCourse planned;
    planned.code = code;
    planned.title = code;
    planned.hours = hours;
    planned.weeks = weeks;
    planned.prerequisites = std::move(prerequisites);
    return planned;
}

PlanProblem problemOf(QList<PlanCourse> courses)
{
    PlanProblem problem;
    problem.start = QDate(2027, 1, 4);
    problem.hoursPerWeek = 10;
    problem.courses = std::move(courses);
    return problem;
}
} // namespace

class TestPartialPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPlanThatWorksIsTheSchedulersOwn()
    {
        const PlanProblem problem = problemOf({course(QStringLiteral("A"), 40, 4), course(QStringLiteral("B"), 60, 6)});
        const PlanResult partial = schedulePlaceable(problem);
        const PlanResult whole = Scheduler(problem).run();
        QVERIFY(partial.feasible);
        QCOMPARE(partial.completion, whole.completion);
        QCOMPARE(partial.entries.size(), 2);
    }

    void theCoursesThatFitAreScheduledAndTheOthersSayWhy()
    {
        // B needs 30 hours a week of the 10 there are; C needs B.
        const PlanProblem problem = problemOf({course(QStringLiteral("A"), 40, 4), course(QStringLiteral("B"), 120, 4),
                                               course(QStringLiteral("C"), 20, 2, Requirement::courseNode(QStringLiteral("B")))});
        QVERIFY(!Scheduler(problem).run().feasible);
        const PlanResult partial = schedulePlaceable(problem);
        QVERIFY(!partial.feasible);
        QCOMPARE(partial.entries.size(), 1);
        QCOMPARE(partial.entries.first().course, QStringLiteral("A"));
        QVERIFY(partial.completion.isValid());
        QStringList failed;
        for (const PlanError &error : partial.errors)
            failed.append(error.course);
        QVERIFY2(failed.contains(QStringLiteral("B")), qPrintable(failed.join(u',')));
        QVERIFY2(failed.contains(QStringLiteral("C")), qPrintable(failed.join(u',')));
        for (const PlanError &error : partial.errors) {
            if (error.course == u"C")
                QVERIFY2(error.message.contains(QStringLiteral("B")), qPrintable(error.message));
        }
    }

    void nothingFitsAndNothingIsShown()
    {
        const PlanProblem problem = problemOf({course(QStringLiteral("B"), 120, 4)});
        const PlanResult partial = schedulePlaceable(problem);
        QVERIFY(!partial.feasible);
        QVERIFY(partial.entries.isEmpty());
        QCOMPARE(partial.errors.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPartialPlan)
#include "tst_partialplan.moc"
