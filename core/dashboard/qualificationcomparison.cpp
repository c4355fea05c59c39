#include "qualificationcomparison.h"

#include "audit/auditor.h"
#include "pathways/pathwaygraph.h"
#include "planner/finishplanner.h"
#include "planner/planinput.h"

#include <QSet>

namespace Cairn::Core {

namespace {

// The fastest or cheapest finish of every step in turn: each step's chosen
// courses join the learner's plan before the next step is worked out.
ComparedWay::Finish finishSteps(const Auditor &auditor, const QList<const Qualification *> &steps,
                                FinishObjective objective, const QDate &today)
{
    ComparedWay::Finish finish;
    LearnerProfile learner = auditor.learner();
    const Catalogue &catalogue = auditor.catalogue();
    QSet<QString> added;
    for (const Qualification *step : steps) {
        const PlanProblem settings = planProblemFor(catalogue, learner, learner.hoursPerWeek, today);
        const FinishResult result = FinishPlanner(catalogue, learner, *step, today, settings).run(objective);
        if (!result.possible) {
            finish.problem = result.problem;
            return finish;
        }
        for (const ChosenCourse &chosen : result.chosen) {
            if (added.contains(chosen.course))
                continue;
            added.insert(chosen.course);
            finish.courses.append(chosen.course);
            Record planned;
            planned.course = chosen.course;
            planned.status = RecordStatus::Planned;
            learner.records.append(planned);
        }
        QDate stepDone;
        for (const PlanEntry &entry : result.plan.entries) {
            if (added.contains(entry.course) && entry.finish > stepDone)
                stepDone = entry.finish;
        }
        finish.stepFinishes.append(stepDone);
        // No date when the schedule cannot hold it all (an intake not yet
        // announced, a course above the weekly hours).
        finish.finishes = result.plan.feasible ? result.plan.completion : QDate();
    }
    finish.possible = true;

    for (const QString &code : std::as_const(finish.courses)) {
        const Course *course = auditor.index().course(code);
        if (!course)
            continue;
        if (course->cost)
            finish.cost[course->cost->currency] += course->cost->amount;
        else
            ++finish.coursesWithoutCost;
        finish.hours += course->hours;
        for (const DeliveryMode mode : course->delivery)
            ++finish.delivery[deliveryModeKey(mode)];
        finish.lowestLevel = finish.lowestLevel == 0 ? course->level : std::min(finish.lowestLevel, course->level);
        finish.highestLevel = std::max(finish.highestLevel, course->level);
    }
    if (finish.finishes.isValid()) {
        const int weeks = std::max(1, int((today.daysTo(finish.finishes) + 7) / 7));
        finish.hoursPerWeek = finish.hours / weeks;
    }
    return finish;
}

} // namespace

QualificationComparison compareWays(const Auditor &auditor, const QList<QStringList> &ways, const QDate &today)
{
    QualificationComparison comparison;
    QList<QSet<QString>> filling;
    QList<QStringList> fillingOrder;
    for (const QStringList &codes : ways) {
        QList<const Qualification *> steps;
        for (const QString &code : codes) {
            if (const Qualification *qualification = auditor.index().qualification(code))
                steps.append(qualification);
        }
        if (steps.isEmpty())
            continue;
        const Qualification &last = *steps.last();
        ComparedWay way;
        for (const Qualification *step : steps)
            way.steps.append(step->code);
        way.title = last.title;
        way.type = last.type;
        way.level = last.level.value_or(0);
        const AuditResult audit = auditor.audit(last, AuditMode::Planned, today, AuditDetail::Totals);
        // What the percentage is of: more than the credits when the
        // requirements alone ask for more.
        way.credits = audit.creditsInAll;
        way.remainingCredits = audit.remainingCredits;
        way.percent = audit.percent;
        way.fastest = finishSteps(auditor, steps, FinishObjective::Time, today);
        way.cheapest = finishSteps(auditor, steps, FinishObjective::Cost, today);
        comparison.ways.append(way);
        const QStringList courses = coursesFilling(last, auditor.catalogue().courses);
        fillingOrder.append(courses);
        filling.append(QSet<QString>(courses.cbegin(), courses.cend()));
    }
    for (int first = 0; first < comparison.ways.size(); ++first) {
        for (int second = first + 1; second < comparison.ways.size(); ++second) {
            SharedCourses shared{first, second, {}, 0.0};
            for (const QString &code : std::as_const(fillingOrder[first])) {
                if (!filling[second].contains(code))
                    continue;
                shared.courses.append(code);
                if (const Course *course = auditor.index().course(code))
                    shared.credits += course->credits;
            }
            comparison.shared.append(shared);
        }
    }
    return comparison;
}

} // namespace Cairn::Core
