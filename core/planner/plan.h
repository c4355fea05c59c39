#pragma once

#include "model/course.h"
#include "model/learnerprofile.h"
#include "model/requirement.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

namespace Cairn::Core {

// One course to schedule, with what the planner needs to know about it.
struct PlanCourse
{
    QString code;
    QString title;
    double hours = 0.0;
    int weeks = 1;
    QList<QDate> intakes;    // empty: any Monday
    std::optional<Money> cost;
    Requirement prerequisites;
    QDate fixedStart;        // an enrolment that keeps its start date
};

// DESIGN.md "Planner semantics": the courses S, the weekly hours budget H and
// the start date D0; `earned` holds the codes whose prerequisites count as met.
struct PlanProblem
{
    QList<PlanCourse> courses;
    QSet<QString> earned;
    double hoursPerWeek = 10.0;
    QDate start;
    QList<AvailabilityPeriod> availability; // weeks with a different budget
    std::optional<Money> budgetPerYear;     // costs in its currency, by the year a course starts
};

// The study hours available in the week starting `monday`: the weekly budget,
// or less where an availability period touches any day of that week.
double weekCapacity(const PlanProblem &problem, const QDate &monday);

// The part of a course's cost that counts against the yearly budget (costs
// in other currencies cannot be compared offline and do not count).
Amount budgetedCost(const PlanProblem &problem, const PlanCourse &course);

struct PlanEntry
{
    QString course;
    QString title;
    QDate start;
    QDate finish;         // start + 7 x weeks - 1 day
    int weeks = 1;
    double hoursPerWeek = 0.0;
    std::optional<Money> cost;
    bool fixed = false;
};

struct WeekLoad
{
    QDate week;           // its Monday
    double hours = 0.0;
};

struct PlanError
{
    QString course;       // the course the error is about ("" for the whole plan)
    QString message;      // why, and what would fix it
};

struct PlanResult
{
    bool feasible = false;
    bool exact = false;   // the completion is proven earliest (plans of up to 10 courses)
    QDate start;
    double hoursPerWeek = 0.0;
    QDate completion;     // the latest finish
    QDate lowerBound;     // no schedule can complete before this
    QList<PlanEntry> entries;           // by start date, then code
    QList<WeekLoad> load;               // every week from the first to the last with study
    QMap<int, QMap<QString, Amount>> costPerYear; // calendar year of the start -> currency -> amount
    std::optional<Money> budgetPerYear;
    QList<PlanError> errors;
};

// The Monday of the week that contains `date`.
QDate mondayOf(const QDate &date);

} // namespace Cairn::Core
