#include "plan.h"

#include <algorithm>

namespace Cairn::Core {

QDate mondayOf(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

double weekCapacity(const PlanProblem &problem, const QDate &monday)
{
    double hours = problem.hoursPerWeek;
    const QDate sunday = monday.addDays(6);
    for (const AvailabilityPeriod &period : problem.availability) {
        if (period.from <= sunday && period.to >= monday)
            hours = std::min(hours, period.hoursPerWeek);
    }
    return hours;
}

Amount budgetedCost(const PlanProblem &problem, const PlanCourse &course)
{
    if (!problem.budgetPerYear || !course.cost || course.cost->currency != problem.budgetPerYear->currency)
        return Amount();
    return course.cost->amount;
}

} // namespace Cairn::Core
