#include "planinput.h"

#include "model/catalogue.h"
#include "model/learnerprofile.h"

namespace Cairn::Core {

namespace {
PlanCourse fromCourse(const Course &course)
{
    PlanCourse planned;
    planned.code = course.code;
    planned.title = course.title;
    planned.hours = course.hours;
    planned.weeks = course.weeks;
    planned.intakes = course.intakes;
    std::sort(planned.intakes.begin(), planned.intakes.end());
    planned.cost = course.cost;
    planned.prerequisites = course.prerequisites;
    return planned;
}
} // namespace

PlanProblem planProblemFor(const Catalogue &catalogue, const LearnerProfile &learner, double hoursPerWeek,
                           const QDate &start, const QStringList &extraCourses)
{
    const CatalogueIndex index(catalogue);
    PlanProblem problem;
    problem.hoursPerWeek = hoursPerWeek;
    problem.start = start;
    problem.availability = learner.availability;
    problem.budgetPerYear = learner.budgetPerYear;
    QSet<QString> planned;
    for (const Record &record : learner.records) {
        if (record.isEarned()) {
            problem.earned.insert(record.course);
            continue;
        }
        if (record.status != RecordStatus::Enrolled && record.status != RecordStatus::Planned)
            continue;
        PlanCourse course;
        if (const Course *known = index.course(record.course)) {
            course = fromCourse(*known);
        } else if (record.hasExternalDetails()) {
            const Framework *framework = index.framework(record.framework);
            course.code = record.course;
            course.title = record.title;
            course.hours = framework ? notionalHours(*record.credits, *framework) : *record.credits * 10;
            course.weeks = defaultWeeks(course.hours);
        } else {
            continue;
        }
        if (record.status == RecordStatus::Enrolled && record.start.isValid())
            course.fixedStart = record.start;
        planned.insert(course.code);
        problem.courses.append(course);
    }
    for (const QString &code : extraCourses) {
        const Course *course = index.course(code);
        if (course && !planned.contains(code) && !problem.earned.contains(code)) {
            planned.insert(code);
            problem.courses.append(fromCourse(*course));
        }
    }
    return problem;
}

} // namespace Cairn::Core
