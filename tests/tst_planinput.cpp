// What the planner is given for a learner (planProblemFor), checked field by
// field on a hand-made catalogue and profile.

#include "model/catalogue.h"
#include "model/learnerprofile.h"
#include "planner/planinput.h"

#include <QTest>

using namespace Cairn::Core;

namespace {

Course course(const char *code, double hours, int weeks)
{
    Course c;
    c.code = QString::fromLatin1(code);
    c.title = c.code + QStringLiteral(" title");
    c.provider = QStringLiteral("p");
    c.framework = QStringLiteral("nz");
    c.credits = hours / 10;
    c.level = 5;
    c.hours = hours;
    c.weeks = weeks;
    return c;
}

Record record(const char *code, RecordStatus status)
{
    Record r;
    r.course = QString::fromLatin1(code);
    r.status = status;
    return r;
}

const PlanCourse *find(const PlanProblem &problem, const char *code)
{
    for (const PlanCourse &c : problem.courses) {
        if (c.code == QLatin1String(code))
            return &c;
    }
    return nullptr;
}

} // namespace

class TestPlanInput : public QObject
{
    Q_OBJECT

    Catalogue m_catalogue;
    LearnerProfile m_learner;

private Q_SLOTS:
    void initTestCase()
    {
        m_catalogue.frameworks = {{QStringLiteral("nz"), QStringLiteral("NZ"), 10, 1, 10},
                                  {QStringLiteral("eu"), QStringLiteral("EU"), 25, 1, 8}};
        m_catalogue.providers = {{QStringLiteral("p"), QStringLiteral("P"), {}, {}}};
        Course a = course("A", 100, 10);
        Course b = course("B", 60, 6);
        b.intakes = {QDate(2027, 7, 12), QDate(2027, 2, 8)}; // out of order on purpose
        b.cost = money(900, QStringLiteral("NZD"));
        b.prerequisites = Requirement::courseNode(QStringLiteral("A"));
        Course c = course("C", 40, 4);
        Course d = course("D", 30, 3);
        Course e = course("E", 20, 2);
        m_catalogue.courses = {a, b, c, d, e};

        m_learner.name = QStringLiteral("Test");
        Record done = record("A", RecordStatus::Completed);
        done.date = QDate(2026, 6, 1);
        Record enrolled = record("B", RecordStatus::Enrolled);
        enrolled.start = QDate(2027, 2, 8);
        Record external = record("EXT", RecordStatus::Planned);
        external.title = QStringLiteral("Prior course");
        external.credits = 5;
        external.level = 4;
        external.framework = QStringLiteral("eu");
        m_learner.records = {done, enrolled, record("C", RecordStatus::Planned), record("D", RecordStatus::Withdrawn),
                             record("GONE", RecordStatus::Planned), external};
        m_learner.availability = {{QDate(2027, 3, 1), QDate(2027, 3, 28), 2, QStringLiteral("Exams")}};
        m_learner.budgetPerYear = money(2000, QStringLiteral("NZD"));
    }

    void takesThePlannedAndEnrolledRecords()
    {
        const PlanProblem problem = planProblemFor(m_catalogue, m_learner, 12, QDate(2027, 1, 4));
        QCOMPARE(problem.hoursPerWeek, 12.0);
        QCOMPARE(problem.start, QDate(2027, 1, 4));
        QCOMPARE(problem.earned, QSet<QString>{QStringLiteral("A")});
        QStringList codes;
        for (const PlanCourse &c : problem.courses)
            codes.append(c.code);
        // Withdrawn D and GONE (neither in the catalogue nor described) are not planned.
        QCOMPARE(codes, (QStringList{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("EXT")}));
        QCOMPARE(problem.availability, m_learner.availability);
        QCOMPARE(problem.budgetPerYear, m_learner.budgetPerYear);
    }

    void aCatalogueCourseBringsItsDetailsAndAnEnrolmentItsStart()
    {
        const PlanProblem problem = planProblemFor(m_catalogue, m_learner, 12, QDate(2027, 1, 4));
        const PlanCourse *b = find(problem, "B");
        QVERIFY(b);
        QCOMPARE(b->title, QStringLiteral("B title"));
        QCOMPARE(b->hours, 60.0);
        QCOMPARE(b->weeks, 6);
        QCOMPARE(b->intakes, (QList<QDate>{QDate(2027, 2, 8), QDate(2027, 7, 12)})); // sorted
        QCOMPARE(b->cost, (std::optional<Money>(money(900, QStringLiteral("NZD")))));
        QCOMPARE(b->prerequisites.courseCodes(), QStringList{QStringLiteral("A")});
        QCOMPARE(b->fixedStart, QDate(2027, 2, 8));
        const PlanCourse *c = find(problem, "C");
        QVERIFY(c);
        QVERIFY(!c->fixedStart.isValid()); // planned, not enrolled
    }

    void anExternalCourseIsPlannedFromItsOwnCredits()
    {
        const PlanProblem problem = planProblemFor(m_catalogue, m_learner, 12, QDate(2027, 1, 4));
        const PlanCourse *external = find(problem, "EXT");
        QVERIFY(external);
        QCOMPARE(external->title, QStringLiteral("Prior course"));
        QCOMPARE(external->hours, 125.0); // 5 credits x 25 hours (its framework)
        QCOMPARE(external->weeks, 13);    // ceil(125 / 10)
    }

    void extraCoursesJoinUnlessAlreadyThere()
    {
        const PlanProblem problem =
            planProblemFor(m_catalogue, m_learner, 12, QDate(2027, 1, 4),
                           {QStringLiteral("E"), QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("NOPE")});
        QStringList codes;
        for (const PlanCourse &c : problem.courses)
            codes.append(c.code);
        // E joins; C is planned already, A earned, NOPE unknown.
        QCOMPARE(codes, (QStringList{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("EXT"), QStringLiteral("E")}));
        QCOMPARE(find(problem, "E")->hours, 20.0);
    }
};

QTEST_GUILESS_MAIN(TestPlanInput)
#include "tst_planinput.moc"
