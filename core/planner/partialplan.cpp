#include "partialplan.h"

#include "scheduler.h"

#include <QSet>

namespace Cairn::Core {

PlanResult schedulePlaceable(const PlanProblem &problem)
{
    PlanResult result = Scheduler(problem).run();
    if (result.feasible)
        return result;

    QList<PlanError> errors = result.errors;
    PlanProblem remaining = problem;
    // Each round drops at least one course, so this ends.
    while (!remaining.courses.isEmpty()) {
        QSet<QString> failed;
        for (const PlanError &error : std::as_const(result.errors)) {
            if (!error.course.isEmpty())
                failed.insert(error.course);
        }
        const qsizetype before = remaining.courses.size();
        remaining.courses.removeIf([&failed](const PlanCourse &course) { return failed.contains(course.code); });
        if (remaining.courses.size() == before)
            break; // only errors about the whole plan: nothing more to place
        result = Scheduler(remaining).run();
        for (const PlanError &error : std::as_const(result.errors)) {
            const bool known = std::any_of(errors.begin(), errors.end(), [&error](const PlanError &seen) {
                return seen.course == error.course && seen.message == error.message;
            });
            if (!known)
                errors.append(error);
        }
        if (result.feasible)
            break;
    }
    if (!result.feasible) {
        result.entries.clear();
        result.load.clear();
        result.costPerYear.clear();
    }
    result.feasible = false;
    result.exact = false;
    result.errors = errors;
    return result;
}

} // namespace Cairn::Core
