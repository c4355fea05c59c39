#pragma once

// The enumeration reference for the scheduler, straight from DESIGN.md
// "Planner semantics": a checker of a complete schedule against every rule,
// and the earliest completion over every combination of allowed start dates
// (up to 6 courses; tests/planreference.h covers 7 to 10). Shares no code
// with core/planner.

#include "planner/plan.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QPair>

#include <algorithm>
#include <functional>
#include <optional>

namespace Cairn::Test {

using namespace Cairn::Core;


inline int weekIndex(const QDate &base, const QDate &date)
{
    const qint64 days = base.daysTo(date);
    return int(days >= 0 ? days / 7 : -((-days + 6) / 7));
}

inline bool brokenRule(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
    return false;
}

// Whether a complete assignment of start dates obeys every rule.
inline bool isValidSchedule(const PlanProblem &problem, const QList<QDate> &starts, QString *why = nullptr)
{
    const QDate base = problem.start.addDays(1 - problem.start.dayOfWeek());
    QMap<int, double> load;
    for (qsizetype i = 0; i < problem.courses.size(); ++i) {
        const PlanCourse &course = problem.courses[i];
        const QDate start = starts[i];
        if (course.fixedStart.isValid()) {
            if (start != course.fixedStart)
                return brokenRule(why, QStringLiteral("fixed start moved"));
        } else if (start < problem.start) {
            return brokenRule(why, QStringLiteral("starts before D0"));
        } else if (!course.intakes.isEmpty() ? !course.intakes.contains(start) : start.dayOfWeek() != 1) {
            return brokenRule(why, QStringLiteral("not an allowed start"));
        }
        for (int w = weekIndex(base, start); w < weekIndex(base, start) + course.weeks; ++w)
            load[w] += course.hours / course.weeks;
    }
    for (auto it = load.cbegin(); it != load.cend(); ++it) {
        // A week's hours: the budget, or the least of the periods touching it.
        const QDate monday = base.addDays(7 * it.key());
        double capacity = problem.hoursPerWeek;
        for (const AvailabilityPeriod &period : problem.availability) {
            if (period.from <= monday.addDays(6) && period.to >= monday)
                capacity = std::min(capacity, period.hoursPerWeek);
        }
        if (it.value() > capacity + 1e-9)
            return brokenRule(why, QStringLiteral("over the hours of a week"));
    }
    if (problem.budgetPerYear) {
        QMap<int, double> spent;
        for (qsizetype i = 0; i < problem.courses.size(); ++i) {
            const auto &cost = problem.courses[i].cost;
            if (cost && cost->currency == problem.budgetPerYear->currency)
                spent[starts[i].year()] += cost->amount.toDouble();
        }
        for (double amount : spent) {
            if (amount > problem.budgetPerYear->amount.toDouble() + 1e-9)
                return brokenRule(why, QStringLiteral("over the yearly budget"));
        }
    }
    const std::function<bool(const Requirement &, const QDate &)> met = [&](const Requirement &node, const QDate &start) {
        switch (node.kind) {
        case Requirement::Kind::None:
        case Requirement::Kind::Credits:
            return true;
        case Requirement::Kind::Course: {
            if (problem.earned.contains(node.course))
                return true;
            for (qsizetype j = 0; j < problem.courses.size(); ++j) {
                if (problem.courses[j].code == node.course) {
                    const QDate finish = starts[j].addDays(7 * problem.courses[j].weeks - 1);
                    return weekIndex(base, finish) < weekIndex(base, start);
                }
            }
            return false;
        }
        case Requirement::Kind::AllOf:
            return std::all_of(node.children.begin(), node.children.end(),
                               [&](const Requirement &child) { return met(child, start); });
        case Requirement::Kind::AnyOf:
            return std::count_if(node.children.begin(), node.children.end(),
                                 [&](const Requirement &child) { return met(child, start); }) >= node.count;
        }
        return false;
    };
    for (qsizetype i = 0; i < problem.courses.size(); ++i) {
        if (!met(problem.courses[i].prerequisites, starts[i]))
            return brokenRule(why, QStringLiteral("prerequisite of ") + problem.courses[i].code);
    }
    return true;
}

inline QDate completionOf(const PlanProblem &problem, const QList<QDate> &starts)
{
    QDate latest;
    for (qsizetype i = 0; i < starts.size(); ++i)
        latest = std::max(latest, starts[i].addDays(7 * problem.courses[i].weeks - 1));
    return latest;
}

// Every combination of allowed start dates within windows long enough to do
// everything one after another: from the start (past the last intake and any
// availability period), and — when a yearly budget may push courses into
// later years — from the first Monday of each of the next three years.
inline std::optional<QDate> bruteForceEarliest(const PlanProblem &problem)
{
    int totalWeeks = 2;
    QDate windowStart = problem.start;
    for (const PlanCourse &course : problem.courses) {
        totalWeeks += course.weeks;
        for (const QDate &intake : course.intakes)
            windowStart = std::max(windowStart, intake);
    }
    for (const AvailabilityPeriod &period : problem.availability)
        totalWeeks += int(period.from.daysTo(period.to) / 7) + 1;
    QList<QPair<QDate, QDate>> windows{{problem.start, windowStart.addDays(7 * totalWeeks)}};
    if (problem.budgetPerYear) {
        for (int year = 1; year <= 3; ++year) {
            const QDate january(problem.start.year() + year, 1, 1);
            windows.append({january, january.addDays(7 * totalWeeks)});
        }
    }
    QList<QList<QDate>> options;
    for (const PlanCourse &course : problem.courses) {
        QList<QDate> allowed;
        if (course.fixedStart.isValid()) {
            allowed.append(course.fixedStart);
        } else if (!course.intakes.isEmpty()) {
            for (const QDate &intake : course.intakes)
                if (intake >= problem.start)
                    allowed.append(intake);
        } else {
            for (const auto &[from, to] : windows) {
                for (QDate monday = from.addDays((8 - from.dayOfWeek()) % 7); monday <= to; monday = monday.addDays(7))
                    if (!allowed.contains(monday))
                        allowed.append(monday);
            }
        }
        options.append(allowed);
    }
    std::optional<QDate> best;
    QList<QDate> starts(problem.courses.size());
    const std::function<void(qsizetype)> tryAll = [&](qsizetype i) {
        if (i == problem.courses.size()) {
            if (isValidSchedule(problem, starts)) {
                const QDate completion = completionOf(problem, starts);
                if (!best || completion < *best)
                    best = completion;
            }
            return;
        }
        for (const QDate &start : options[i]) {
            starts[i] = start;
            if (best && start.addDays(7 * problem.courses[i].weeks - 1) >= *best)
                continue; // cannot improve
            tryAll(i + 1);
        }
    };
    tryAll(0);
    return best;
}

} // namespace Cairn::Test
