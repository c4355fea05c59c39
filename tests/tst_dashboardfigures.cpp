#include "audit/auditor.h"
#include "dashboard/dashboardfigures.h"

#include <QTest>

using namespace Cairn::Core;

namespace {

Course course(const char *code, double credits, const char *framework = "nz")
{
    Course c;
    c.code = QString::fromLatin1(code);
    c.title = c.code;
    c.provider = QStringLiteral("p");
    c.framework = QString::fromLatin1(framework);
    c.credits = credits;
    c.level = 5;
    c.hours = credits * 10;
    c.weeks = 10;
    return c;
}

Record record(const char *code, RecordStatus status, QDate date = {})
{
    Record r;
    r.course = QString::fromLatin1(code);
    r.status = status;
    r.date = date;
    return r;
}

Catalogue catalogue()
{
    Catalogue catalogue;
    // ECTS-like: 1 credit = 25 hours; NZ: 1 credit = 10 hours.
    catalogue.frameworks = {{QStringLiteral("nz"), QStringLiteral("NZ"), 10, 1, 10},
                            {QStringLiteral("eu"), QStringLiteral("EU"), 25, 1, 8}};
    catalogue.providers = {{QStringLiteral("p"), QStringLiteral("P"), {}, {}}};
    catalogue.courses = {course("A", 15), course("B", 15), course("C", 30), course("E", 6, "eu")};
    Qualification q;
    q.code = QStringLiteral("Q");
    q.title = QStringLiteral("Q title");
    q.framework = QStringLiteral("nz");
    q.credits = 60;
    q.requirements = Requirement::allOf({Requirement::courseNode(QStringLiteral("A")),
                                         Requirement::courseNode(QStringLiteral("B")),
                                         Requirement::courseNode(QStringLiteral("C"))});
    catalogue.qualifications = {q};
    return catalogue;
}

} // namespace

class TestDashboardFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goalProgressSplitsEarnedPlannedAndMissing()
    {
        const Catalogue cat = catalogue();
        LearnerProfile learner;
        learner.records = {record("A", RecordStatus::Completed, QDate(2026, 1, 5)), record("C", RecordStatus::Planned)};
        const Auditor auditor(cat, learner);
        const QList<GoalProgress> goals =
            goalProgress(auditor, {QStringLiteral("Q"), QStringLiteral("UNKNOWN")}, QDate(2026, 11, 28));
        QCOMPARE(goals.size(), 1); // an unknown goal is left out
        QCOMPARE(goals[0].required, 60.0);
        QCOMPARE(goals[0].earned, 15.0);
        QCOMPARE(goals[0].planned, 30.0);
        QCOMPARE(goals[0].remaining, 15.0);
        QCOMPARE(goals[0].title, QStringLiteral("Q title"));
    }

    void creditTimelineHasHistoryThenTheProjection()
    {
        const Catalogue cat = catalogue();
        LearnerProfile learner;
        learner.records = {record("B", RecordStatus::Completed, QDate(2026, 3, 1)),
                           record("A", RecordStatus::Completed, QDate(2026, 1, 5)),
                           record("E", RecordStatus::Recognised), // undated, 6 x 25 / 10 = 15 NZ credits
                           record("C", RecordStatus::Planned)};
        PlanResult plan;
        PlanEntry entry;
        entry.course = QStringLiteral("C");
        entry.start = QDate(2027, 1, 4);
        entry.finish = QDate(2027, 3, 14);
        plan.entries = {entry};
        const QDate today(2026, 11, 28);
        const CreditTimeline timeline = creditTimeline(cat, learner, plan, today, &cat.qualifications[0]);
        QCOMPARE(timeline.framework, QStringLiteral("nz"));
        QCOMPARE(timeline.goalCredits, std::optional<double>(60));
        const QList<CreditPoint> history{{QDate(2026, 1, 5), 30.0}, {QDate(2026, 3, 1), 45.0}};
        QCOMPARE(timeline.history, history);
        const QList<CreditPoint> projection{{today, 45.0}, {QDate(2027, 3, 14), 75.0}};
        QCOMPARE(timeline.projection, projection);
    }

    void theRouteComparesThePlanAndTheRestWithTheProgramme()
    {
        Catalogue cat = catalogue();
        cat.courses[0].cost = money(1000, QStringLiteral("NZD")); // A
        cat.courses[1].cost = money(2000, QStringLiteral("NZD")); // B
        cat.courses[2].cost = money(500, QStringLiteral("EUR"));  // C: another currency
        Qualification &q = cat.qualifications[0];
        QVERIFY(!compareRoutes(Auditor(cat, LearnerProfile()), q, PlanResult(), 10, QDate(2026, 11, 30)));
        q.programme = FullProgramme{40, money(9000, QStringLiteral("NZD"))};

        LearnerProfile learner;
        learner.records = {record("A", RecordStatus::Planned), record("C", RecordStatus::Planned)};
        PlanResult plan;
        PlanEntry a;
        a.course = QStringLiteral("A");
        a.cost = cat.courses[0].cost;
        PlanEntry c;
        c.course = QStringLiteral("C");
        c.cost = cat.courses[2].cost;
        plan.entries = {a, c};
        const QDate today(2026, 11, 30);
        plan.completion = today.addDays(7 * 10 - 1); // ten weeks
        const auto route = compareRoutes(Auditor(cat, learner), q, plan, 10, today);
        QVERIFY(route);
        QCOMPARE(route->programmeWeeks, 40);
        QCOMPARE(route->programmeCost, (std::optional<Money>(money(9000, QStringLiteral("NZD")))));
        // B is still missing: 150 hours at 10 a week, and its price.
        QVERIFY(route->estimated);
        QCOMPARE(route->stackableWeeks, 10 + 15);
        QCOMPARE(route->stackableCost, (std::optional<Money>(money(1000 + 2000, QStringLiteral("NZD")))));
        QCOMPARE(route->coursesWithoutPrice, 1); // C, priced in euros
    }

    void weeksAndYearsComeFromThePlan()
    {
        PlanProblem problem;
        problem.hoursPerWeek = 10;
        problem.availability = {{QDate(2027, 1, 11), QDate(2027, 1, 17), 2, QStringLiteral("Away")}};
        PlanResult plan;
        plan.load = {{QDate(2027, 1, 4), 8}, {QDate(2027, 1, 11), 2}};
        plan.costPerYear[2027][QStringLiteral("NZD")] = Amount::fromUnits(1200 * Amount::unitsPerWhole);
        plan.costPerYear[2027][QStringLiteral("EUR")] = Amount::fromUnits(300 * Amount::unitsPerWhole);
        plan.costPerYear[2028][QStringLiteral("NZD")] = Amount::fromUnits(500 * Amount::unitsPerWhole);
        plan.budgetPerYear = money(1000, QStringLiteral("NZD"));

        const QList<WeekBudget> weeks = weeklyBudget(plan, problem);
        QCOMPARE(weeks.size(), 2);
        QCOMPARE(weeks[0].capacity, 10.0);
        QVERIFY(!weeks[0].reduced);
        QCOMPARE(weeks[1].capacity, 2.0);
        QVERIFY(weeks[1].reduced);
        QCOMPARE(weeks[1].load, 2.0);

        const QList<YearCost> costs = costPerYear(plan);
        QCOMPARE(costs.size(), 3);
        QCOMPARE(costs[0].year, 2027);
        QCOMPARE(costs[0].currency, QStringLiteral("EUR"));
        QVERIFY(!costs[0].budget); // the budget is in another currency
        QCOMPARE(costs[1].currency, QStringLiteral("NZD"));
        QCOMPARE(costs[1].budget->toDouble(), 1000.0);
        QCOMPARE(costs[2].year, 2028);
        QCOMPARE(costs[2].amount.toDouble(), 500.0);
    }
};

QTEST_MAIN(TestDashboardFigures)
#include "tst_dashboardfigures.moc"
