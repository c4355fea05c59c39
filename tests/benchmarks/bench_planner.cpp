// Planner benchmarks (issue "Study planner"): schedules of 10, 50 and 200
// courses with prerequisite chains and intakes; time, and completion against
// the lower bound (counter "overBound": (completion - start) / (bound - start) - 1,
// averaged over the instances).
// Run: build/default/tests/benchmarks/bench_planner

#include "planner/scheduler.h"

#include <QRandomGenerator>

#include <benchmark/benchmark.h>

namespace {

using namespace Cairn::Core;

// Courses in chains of prerequisites (each course may need one or two earlier
// ones), a third with two or three intakes a year, loads of 2-10 hours a week
// against a budget of 15-25 hours (more for long plans).
PlanProblem randomPlan(int courses, quint32 seed)
{
    QRandomGenerator random(seed);
    PlanProblem problem;
    problem.start = QDate(2027, 1, 4);
    // Enough hours that the plan fits in the planner's ten-year horizon.
    problem.hoursPerWeek = 15 + courses / 10 + random.bounded(11);
    for (int i = 0; i < courses; ++i) {
        PlanCourse course;
        course.code = QStringLiteral("C%1").arg(i, 3, 10, QLatin1Char('0'));
        course.title = course.code;
        course.weeks = 4 + random.bounded(12);
        course.hours = course.weeks * (2 + random.bounded(9));
        if (random.bounded(3) == 0) {
            // Intakes every year for ten years at two or three fixed times.
            const int perYear = 2 + random.bounded(2);
            for (int year = 0; year < 10; ++year)
                for (int k = 0; k < perYear; ++k)
                    course.intakes.append(QDate(2027 + year, 1 + k * (12 / perYear), 1 + random.bounded(28)));
        }
        if (i > 0 && random.bounded(3) != 0) {
            std::vector<Requirement> needs{Requirement::courseNode(QStringLiteral("C%1").arg(random.bounded(i), 3, 10, QLatin1Char('0')))};
            if (i > 1 && random.bounded(3) == 0)
                needs.push_back(Requirement::courseNode(QStringLiteral("C%1").arg(random.bounded(i), 3, 10, QLatin1Char('0'))));
            course.prerequisites = needs.size() == 1 ? needs.front() : Requirement::allOf(std::move(needs));
        }
        problem.courses.append(course);
    }
    return problem;
}

void BM_Schedule(benchmark::State &state)
{
    const int courses = int(state.range(0));
    constexpr int instances = 10;
    std::vector<PlanProblem> problems;
    for (int seed = 1; seed <= instances; ++seed)
        problems.push_back(randomPlan(courses, quint32(seed)));
    double overBound = 0;
    int feasible = 0;
    int exact = 0;
    for (auto _ : state) {
        overBound = 0;
        feasible = 0;
        exact = 0;
        for (const PlanProblem &problem : problems) {
            const PlanResult plan = Scheduler(problem).run();
            if (!plan.feasible)
                continue;
            ++feasible;
            exact += plan.exact ? 1 : 0;
            const double span = problem.start.daysTo(plan.completion) + 1;
            const double bound = problem.start.daysTo(plan.lowerBound) + 1;
            overBound += span / bound - 1;
        }
    }
    state.counters["instances"] = instances;
    state.counters["feasible"] = feasible;
    state.counters["exact"] = exact;
    state.counters["overBound"] = feasible ? overBound / feasible : 0;
    state.SetLabel("time is for all 10 instances");
}
BENCHMARK(BM_Schedule)->Arg(10)->Arg(50)->Arg(200)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
