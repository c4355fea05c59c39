#include "planner/scheduler.h"
#include "planreference.h"
#include "schedulereference.h"

#include <QRandomGenerator>
#include <QTest>

#include <functional>
#include <optional>

using namespace Cairn::Core;
using namespace Cairn::Test;

namespace {

PlanProblem randomProblem(quint32 seed, int maxCourses)
{
    QRandomGenerator random(seed);
    PlanProblem problem;
    problem.start = QDate(2027, 1, 4).addDays(random.bounded(7)); // any weekday
    problem.hoursPerWeek = 6 + random.bounded(7);
    problem.earned = {QStringLiteral("E1")};
    if (random.bounded(4) == 0) {
        // A holiday or a lighter month somewhere in the first weeks.
        const QDate from = problem.start.addDays(random.bounded(30));
        problem.availability.append({from, from.addDays(random.bounded(20)), double(random.bounded(2) ? 0 : 3), {}});
    }
    if (random.bounded(4) == 0)
        problem.budgetPerYear = money(double(500 + 250 * random.bounded(5)), QStringLiteral("NZD"));
    // Late in the year so that the budget of the next year matters.
    if (random.bounded(3) == 0)
        problem.start = problem.start.addDays(330);
    // The brute force tries years of Mondays when a budget may push courses
    // into later years: keep those plans small.
    const int n = 1 + random.bounded(problem.budgetPerYear ? std::min(maxCourses, 3) : maxCourses);
    for (int i = 0; i < n; ++i) {
        PlanCourse course;
        course.code = QStringLiteral("C%1").arg(i);
        course.title = course.code;
        course.weeks = 1 + random.bounded(3);
        course.hours = course.weeks * (2 + random.bounded(6));
        if (random.bounded(2))
            course.cost = money(double(250 * (1 + random.bounded(4))), random.bounded(5) ? QStringLiteral("NZD") : QStringLiteral("AUD"));
        if (random.bounded(3) == 0) {
            for (int k = 1 + random.bounded(3); k > 0; --k)
                course.intakes.append(problem.start.addDays(random.bounded(50)));
            std::sort(course.intakes.begin(), course.intakes.end());
            course.intakes.erase(std::unique(course.intakes.begin(), course.intakes.end()), course.intakes.end());
        } else if (random.bounded(8) == 0) {
            course.fixedStart = problem.start.addDays(random.bounded(21) - 7);
        }
        // Prerequisites only on earlier courses (no cycles) or the earned E1.
        if (i > 0 && random.bounded(2)) {
            const auto pick = [&] { return Requirement::courseNode(QStringLiteral("C%1").arg(random.bounded(i))); };
            switch (random.bounded(3)) {
            case 0:
                course.prerequisites = pick();
                break;
            case 1:
                course.prerequisites = Requirement::allOf({pick(), Requirement::courseNode(QStringLiteral("E1"))});
                break;
            default:
                course.prerequisites = Requirement::anyOf({pick(), pick()}, 1);
                break;
            }
        }
        problem.courses.append(course);
    }
    return problem;
}

PlanCourse course(const char *code, int weeks, double hours, Requirement prerequisites = {})
{
    PlanCourse c;
    c.code = QString::fromLatin1(code);
    c.title = c.code;
    c.weeks = weeks;
    c.hours = hours;
    c.prerequisites = std::move(prerequisites);
    return c;
}

QList<QDate> startsOf(const PlanProblem &problem, const PlanResult &result)
{
    QList<QDate> starts;
    for (const PlanCourse &c : problem.courses) {
        for (const PlanEntry &entry : result.entries)
            if (entry.course == c.code)
                starts.append(entry.start);
    }
    return starts;
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheEarliestCompletionLikeBruteForce()
    {
        int feasible = 0;
        int capacityBinds = 0;
        for (quint32 seed = 1; seed <= 700; ++seed) {
            // Up to 5 courses, and up to 6 for every tenth instance (the
            // brute force grows fast).
            const PlanProblem problem = randomProblem(seed, seed % 10 == 0 ? 6 : 5);
            const PlanResult result = Scheduler(problem).run();
            const std::optional<QDate> expected = bruteForceEarliest(problem);
            const QByteArray context = "seed " + QByteArray::number(seed);
            QVERIFY2(result.feasible == expected.has_value(), context);
            if (!expected) {
                QVERIFY2(!result.errors.isEmpty(), context);
                continue;
            }
            ++feasible;
            QVERIFY2(result.exact, context);
            QCOMPARE(result.completion, *expected);
            QString why;
            QVERIFY2(isValidSchedule(problem, startsOf(problem, result), &why), QByteArray(context + ' ' + why.toUtf8()).constData());
            QVERIFY2(result.lowerBound <= result.completion, context);
            double peak = 0;
            for (const WeekLoad &week : result.load)
                peak = std::max(peak, week.hours);
            capacityBinds += peak > problem.hoursPerWeek - 2 ? 1 : 0;
        }
        QVERIFY2(feasible > 480, QByteArray::number(feasible)); // and the rest are reported, not dropped
        QVERIFY(capacityBinds > 100); // the budget matters in many instances
    }

    // 7 to 10 courses, where the scheduler still claims an exact answer:
    // checked against an integer programme (tests/planreference.h).
    void findsTheEarliestCompletionLikeAnIntegerProgramme()
    {
        int feasible = 0;
        for (quint32 seed = 1; seed <= 40; ++seed) {
            PlanProblem problem = randomProblem(seed, 1);
            QRandomGenerator random(seed * 7919);
            const int n = 7 + int(seed % 4);
            problem.courses.clear();
            problem.budgetPerYear.reset(); // keeps the programme small; the enumeration covers budgets
            for (int i = 0; i < n; ++i) {
                PlanCourse c = course(qPrintable(QStringLiteral("C%1").arg(i)), 1 + random.bounded(3), 0);
                c.hours = c.weeks * (2 + random.bounded(6));
                if (random.bounded(6) == 0) {
                    for (int k = 2 + random.bounded(2); k > 0; --k)
                        c.intakes.append(problem.start.addDays(random.bounded(90)));
                    std::sort(c.intakes.begin(), c.intakes.end());
                    c.intakes.erase(std::unique(c.intakes.begin(), c.intakes.end()), c.intakes.end());
                }
                if (i > 0 && random.bounded(2)) {
                    const auto pick = [&] { return Requirement::courseNode(QStringLiteral("C%1").arg(random.bounded(i))); };
                    c.prerequisites = random.bounded(3) ? pick() : Requirement::anyOf({pick(), pick()}, 1);
                }
                problem.courses.append(c);
            }
            const PlanResult result = Scheduler(problem).run();
            int horizon = 8;
            for (const PlanCourse &c : std::as_const(problem.courses))
                horizon += c.weeks;
            for (const AvailabilityPeriod &period : std::as_const(problem.availability))
                horizon += int(period.from.daysTo(period.to) / 7) + 1;
            QList<QDate> programmeStarts;
            const std::optional<QDate> expected = Cairn::Test::integerProgrammeEarliest(problem, horizon, &programmeStarts);
            QString programmeWhy;
            // The programme's own schedule obeys every rule, by the enumeration's checker.
            QVERIFY2(!expected || isValidSchedule(problem, programmeStarts, &programmeWhy),
                     qPrintable(QStringLiteral("seed %1: the programme's schedule breaks a rule: %2").arg(seed).arg(programmeWhy)));
            const QByteArray context = "seed " + QByteArray::number(seed) + ", " + QByteArray::number(n) + " courses";
            QVERIFY2(result.feasible == expected.has_value(),
                     qPrintable(QString::fromLatin1(context) + QStringLiteral(": the scheduler says %1 (%2), the programme %3")
                                    .arg(result.feasible ? result.completion.toString(Qt::ISODate) : QStringLiteral("impossible"),
                                         result.errors.isEmpty() ? QString() : result.errors.first().message,
                                         expected ? expected->toString(Qt::ISODate) : QStringLiteral("impossible"))));
            if (!expected)
                continue;
            ++feasible;
            QVERIFY2(result.exact, context);
            QVERIFY2(result.completion == *expected,
                     qPrintable(QString::fromLatin1(context) + QStringLiteral(": %1, the programme says %2")
                                    .arg(result.completion.toString(Qt::ISODate), expected->toString(Qt::ISODate))));
            QString why;
            QVERIFY2(isValidSchedule(problem, startsOf(problem, result), &why), qPrintable(why));
        }
        qInfo("%d of 40 plans of 7 to 10 courses feasible, each at the programme's earliest completion", feasible);
        QVERIFY2(feasible > 25, QByteArray::number(feasible));
    }

    void schedulesLargePlansFeasiblyNearTheBound()
    {
        for (quint32 seed = 1; seed <= 20; ++seed) {
            PlanProblem problem = randomProblem(seed, 1);
            problem.courses.clear();
            QRandomGenerator random(seed);
            for (int i = 0; i < 60; ++i) {
                PlanCourse c = course(qPrintable(QStringLiteral("L%1").arg(i)), 1 + random.bounded(10), 0);
                c.hours = c.weeks * (1 + random.bounded(5));
                if (i > 0 && random.bounded(2))
                    c.prerequisites = Requirement::courseNode(QStringLiteral("L%1").arg(random.bounded(i)));
                problem.courses.append(c);
            }
            const PlanResult result = Scheduler(problem).run();
            QVERIFY(result.feasible);
            QVERIFY(!result.exact);
            QString why;
            QVERIFY2(isValidSchedule(problem, startsOf(problem, result), &why), qPrintable(why));
            // The bound is a real date no earlier than the simplest bounds
            // worked out here (every hour at the weekly budget; the longest
            // chain of prerequisites), and the schedule stays near it.
            const QByteArray context = "seed " + QByteArray::number(seed);
            QVERIFY2(result.lowerBound.isValid() && result.lowerBound >= problem.start, context);
            QVERIFY2(result.lowerBound <= result.completion, context);
            double hours = 0;
            QHash<QString, int> chainWeeks;
            int longestChain = 0;
            for (const PlanCourse &c : std::as_const(problem.courses)) {
                hours += c.hours;
                int before = 0;
                for (const QString &code : c.prerequisites.courseCodes())
                    before = std::max(before, chainWeeks.value(code));
                chainWeeks.insert(c.code, before + c.weeks);
                longestChain = std::max(longestChain, before + c.weeks);
            }
            const int capacityWeeks = int(std::ceil(hours / problem.hoursPerWeek - 1e-9));
            // Courses start on Mondays: the first one on or after the start.
            const QDate firstMonday = problem.start.addDays((8 - problem.start.dayOfWeek()) % 7);
            const QDate simplest = firstMonday.addDays(7 * std::max(capacityWeeks, longestChain) - 1);
            QVERIFY2(result.lowerBound >= simplest, qPrintable(QStringLiteral("%1: bound %2 before %3").arg(QString::fromLatin1(context),
                     result.lowerBound.toString(Qt::ISODate), simplest.toString(Qt::ISODate))));
            const qint64 boundDays = problem.start.daysTo(result.lowerBound) + 1;
            const qint64 days = problem.start.daysTo(result.completion) + 1;
            // Measured on these seeds: within 10 % of the bound (2026-11-29).
            QVERIFY2(double(days) <= 1.25 * double(boundDays),
                     qPrintable(QStringLiteral("%1: %2 days against a bound of %3").arg(QString::fromLatin1(context)).arg(days).arg(boundDays)));
        }
    }

    void followsAvailabilityAndTheYearlyBudget()
    {
        PlanProblem problem;
        problem.start = QDate(2027, 11, 29); // a Monday
        problem.hoursPerWeek = 10;
        // No study over the holidays; 4 hours a week in February.
        problem.availability = {{QDate(2027, 12, 20), QDate(2028, 1, 9), 0, QStringLiteral("Holiday")},
                                {QDate(2028, 2, 1), QDate(2028, 2, 29), 4, QStringLiteral("Exams")}};
        problem.budgetPerYear = money(1000, QStringLiteral("NZD"));
        PlanCourse a = course("A", 3, 24);
        a.cost = money(800, QStringLiteral("NZD"));
        PlanCourse b = course("B", 2, 16);
        b.cost = money(700, QStringLiteral("NZD"));
        PlanCourse c = course("C", 1, 5);
        c.cost = money(900, QStringLiteral("AUD")); // another currency: not limited
        problem.courses = {a, b, c};
        const PlanResult result = Scheduler(problem).run();
        QVERIFY(result.feasible);
        QString why;
        QVERIFY2(isValidSchedule(problem, startsOf(problem, result), &why), qPrintable(why));
        QMap<QString, QDate> starts;
        for (const PlanEntry &entry : result.entries)
            starts.insert(entry.course, entry.start);
        // A (3 weeks at 8 h) cannot cross the holiday: it starts on 2027-11-29.
        QCOMPARE(starts.value(QStringLiteral("A")), QDate(2027, 11, 29));
        // B would fit in December's weeks but not in the 2027 budget (800 + 700 > 1000),
        // and not over the holiday: its first week with room is in 2028.
        QCOMPARE(starts.value(QStringLiteral("B")), QDate(2028, 1, 10));
        QCOMPARE(result.budgetPerYear, problem.budgetPerYear);
        QVERIFY(result.lowerBound <= result.completion);
    }

    void aCourseDearerThanTheYearlyBudgetIsAnError()
    {
        PlanProblem problem;
        problem.start = QDate(2027, 1, 4);
        problem.budgetPerYear = money(500, QStringLiteral("NZD"));
        PlanCourse dear = course("DEAR", 2, 10);
        dear.cost = money(1250, QStringLiteral("NZD"));
        problem.courses = {dear};
        const PlanResult result = Scheduler(problem).run();
        QVERIFY(!result.feasible);
        QCOMPARE(result.errors.first().course, QStringLiteral("DEAR"));
        QVERIFY2(result.errors.first().message.startsWith(
                     QStringLiteral("DEAR costs NZD 1250, more than the yearly budget of NZD 500")),
                 qPrintable(result.errors.first().message));
    }

    void reportsLoadsPerWeekAndCostsPerYear()
    {
        PlanProblem problem;
        problem.start = QDate(2027, 12, 20); // a Monday
        problem.hoursPerWeek = 10;
        PlanCourse a = course("A", 2, 12);
        a.cost = money(500, QStringLiteral("NZD"));
        PlanCourse b = course("B", 1, 6, Requirement::courseNode(QStringLiteral("A")));
        b.cost = money(300, QStringLiteral("NZD"));
        problem.courses = {a, b};
        const PlanResult result = Scheduler(problem).run();
        QVERIFY(result.feasible);
        QCOMPARE(result.entries[0].start, QDate(2027, 12, 20));
        QCOMPARE(result.entries[0].finish, QDate(2028, 1, 2));
        QCOMPARE(result.entries[1].start, QDate(2028, 1, 3));
        QCOMPARE(result.completion, QDate(2028, 1, 9));
        QCOMPARE(result.load.size(), 3);
        QCOMPARE(result.load[0].hours, 6.0);
        QCOMPARE(result.load[2].week, QDate(2028, 1, 3));
        QCOMPARE(result.costPerYear.value(2027).value(QStringLiteral("NZD")).toDouble(), 500.0);
        QCOMPARE(result.costPerYear.value(2028).value(QStringLiteral("NZD")).toDouble(), 300.0);
        QCOMPARE(result.lowerBound, QDate(2028, 1, 9)); // the critical path
    }

    void errorsNameTheCourseAndTheFix_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("course");
        QTest::addColumn<QString>("expected");
        QTest::newRow("too heavy a week") << 0 << "HEAVY" << "HEAVY needs 15 hours a week (30 hours over 2 weeks), more than the 10 hours a week available";
        QTest::newRow("missing prerequisite") << 1 << "B" << "B needs X9, which is neither earned nor in the plan";
        QTest::newRow("cycle") << 2 << "A" << "the prerequisites form a cycle: A → B → A";
        QTest::newRow("no intake after start") << 3 << "OLD" << "OLD has no intake on or after 2027-01-04 (its last intake is 2026-12-01)";
        QTest::newRow("no intake once prerequisites finish") << 4 << "LATE" << "LATE has no intake left once its prerequisites finish";
        QTest::newRow("enrolments over budget") << 5 << "E2" << "E2 is enrolled to start on 2027-01-04, but with the other enrolments";
        QTest::newRow("enrolment before its prerequisite") << 6 << "FIX" << "FIX is enrolled to start on 2027-01-04, but its prerequisites cannot be finished";
    }

    void errorsNameTheCourseAndTheFix()
    {
        QFETCH(int, which);
        QFETCH(QString, course);
        QFETCH(QString, expected);
        PlanProblem problem;
        problem.start = QDate(2027, 1, 4);
        problem.hoursPerWeek = 10;
        switch (which) {
        case 0:
            problem.courses = {::course("HEAVY", 2, 30)};
            break;
        case 1:
            problem.courses = {::course("B", 2, 10, Requirement::courseNode(QStringLiteral("X9")))};
            break;
        case 2:
            problem.courses = {::course("A", 1, 5, Requirement::courseNode(QStringLiteral("B"))),
                               ::course("B", 1, 5, Requirement::courseNode(QStringLiteral("A")))};
            break;
        case 3: {
            PlanCourse old = ::course("OLD", 1, 5);
            old.intakes = {QDate(2026, 12, 1)};
            problem.courses = {old};
            break;
        }
        case 4: {
            PlanCourse late = ::course("LATE", 1, 5, Requirement::courseNode(QStringLiteral("P")));
            late.intakes = {QDate(2027, 1, 11)};
            problem.courses = {::course("P", 4, 20), late};
            break;
        }
        case 5: {
            PlanCourse e1 = ::course("E1", 2, 12);
            e1.fixedStart = QDate(2027, 1, 4);
            PlanCourse e2 = ::course("E2", 2, 12);
            e2.fixedStart = QDate(2027, 1, 4);
            problem.courses = {e1, e2};
            break;
        }
        case 6: {
            PlanCourse fix = ::course("FIX", 1, 5, Requirement::courseNode(QStringLiteral("P")));
            fix.fixedStart = QDate(2027, 1, 4);
            problem.courses = {::course("P", 2, 10), fix};
            break;
        }
        }
        const PlanResult result = Scheduler(problem).run();
        QVERIFY(!result.feasible);
        QVERIFY(!result.errors.isEmpty());
        QCOMPARE(result.errors.first().course, course);
        QVERIFY2(result.errors.first().message.startsWith(expected) || result.errors.first().message.contains(expected),
                 qPrintable(result.errors.first().message));
    }

    void anEmptyPlanIsFeasible()
    {
        PlanProblem problem;
        problem.start = QDate(2027, 1, 4);
        const PlanResult result = Scheduler(problem).run();
        QVERIFY(result.feasible);
        QVERIFY(result.entries.isEmpty());
        QVERIFY(!result.completion.isValid());
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
