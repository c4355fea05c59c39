#include "planbound.h"

#include "prerequisitedates.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

namespace Cairn::Core {

namespace {
constexpr double tolerance = 1e-9;
} // namespace

QDate planLowerBound(const PlanProblem &problem)
{
    const QDate base = mondayOf(problem.start);
    const auto weekOf = [&base](const QDate &date) {
        const qint64 days = base.daysTo(date);
        return int(days >= 0 ? days / 7 : -((-days + 6) / 7));
    };
    QHash<QString, int> indexOf;
    for (qsizetype i = 0; i < problem.courses.size(); ++i)
        indexOf.insert(problem.courses[i].code, int(i));

    // Critical path through prerequisites and intakes, ignoring the budget:
    // earliest finishes by repeated relaxation (prerequisites form no cycle
    // once validated, so n rounds reach the fixpoint).
    const int n = int(problem.courses.size());
    std::vector<QDate> finish(static_cast<size_t>(n));
    const auto ready = [&](const Requirement &prerequisites) {
        return prerequisitesAllowFrom(prerequisites, problem.start, problem.earned, [&](const QString &code) {
            const int index = indexOf.value(code, -1);
            return index >= 0 ? finish[size_t(index)] : QDate();
        });
    };
    for (int round = 0; round <= n; ++round) {
        for (int i = 0; i < n; ++i) {
            const PlanCourse &course = problem.courses[i];
            QDate start;
            if (course.fixedStart.isValid()) {
                start = course.fixedStart;
            } else {
                const QDate from = ready(course.prerequisites);
                if (!from.isValid())
                    continue;
                if (course.intakes.isEmpty()) {
                    start = mondayOf(from) < from ? mondayOf(from).addDays(7) : mondayOf(from);
                } else {
                    for (const QDate &intake : course.intakes) {
                        if (intake >= from) {
                            start = intake;
                            break;
                        }
                    }
                }
            }
            if (start.isValid())
                finish[size_t(i)] = start.addDays(7 * qint64(course.weeks) - 1);
        }
    }
    QDate bound = problem.start;
    for (const QDate &date : finish)
        bound = std::max(bound, date);
    // Work: a course that is not fixed starts on a Monday on or after D0 or on
    // one of its intakes, so every hour from the first such week on — those
    // courses' and the fixed courses' hours in those weeks — fits in H hours
    // a week from then.
    QDate firstMonday = base < problem.start ? base.addDays(7) : base;
    for (const PlanCourse &course : problem.courses) {
        if (course.fixedStart.isValid())
            continue;
        for (const QDate &intake : course.intakes) {
            if (intake >= problem.start && intake < firstMonday)
                firstMonday = base;
        }
    }
    const int firstWeek = weekOf(firstMonday);
    double hours = 0.0;
    for (int i = 0; i < n; ++i) {
        const PlanCourse &course = problem.courses[i];
        if (!course.fixedStart.isValid()) {
            hours += course.hours;
            continue;
        }
        const int first = weekOf(course.fixedStart);
        for (int w = first; w < first + course.weeks; ++w)
            hours += w >= firstWeek ? course.hours / course.weeks : 0.0;
    }
    // Weeks of the available hours (availability periods included) needed
    // for all of it.
    int weeks = 0;
    for (double covered = 0.0; covered < hours - tolerance && weeks < 52 * 20; ++weeks)
        covered += weekCapacity(problem, firstMonday.addDays(7 * qint64(weeks)));
    if (weeks > 0)
        bound = std::max(bound, firstMonday.addDays(7 * qint64(weeks) - 1));
    return bound;
}

} // namespace Cairn::Core
