#pragma once

#include "plan.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace Cairn::Core {

// Schedules study into Monday weeks within the weekly hours budget, exactly as
// DESIGN.md "Planner semantics" defines it, aiming at the earliest completion.
//
// Placing courses one by one, each at its earliest feasible start, in an order
// consistent with their prerequisites, reaches an optimal schedule for some
// order (left-shifting any optimal schedule shows it). Plans of up to
// `exactLimit` courses search every such order with pruning, so their
// completion is the earliest possible; larger plans try three priority rules
// (longest chain of study still to follow, scarcest intake, most dependent
// work) and keep the earliest completion. Problems are reported per course,
// never dropped.
class Scheduler final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::Scheduler)

public:
    static constexpr int exactLimit = 10;
    static constexpr int horizonWeeks = 522; // ten years

    explicit Scheduler(const PlanProblem &problem);

    PlanResult run();

private:
    enum class Rule { CriticalPath, ScarceIntakeFirst, MostWorkFollowing };

    int weekOf(const QDate &date) const;
    QDate mondayOfWeek(int week) const;
    double loadOf(int course) const;
    bool fits(int course, int firstWeek) const;
    bool affordable(int course, const QDate &start) const;
    void place(int course, const QDate &start);
    void unplace(int course);
    QDate finishOf(int course) const;
    // The earliest date a course may start given its prerequisites and what is
    // placed; invalid while they cannot be met yet.
    QDate availableFrom(const Requirement &prerequisites) const;
    QDate earliestStart(int course, const QDate &notBefore) const;
    bool fixedPrerequisitesHold(QString *course, QString *problem) const;
    QDate completion() const;

    bool validate(PlanResult &result);
    void searchExhaustively(std::vector<int> &freeCourses, qint64 &budget);
    bool scheduleByRule(Rule rule, QString *failedCourse, QString *reason);
    void reportCycleOrStall(PlanResult &result) const;
    void fillResult(PlanResult &result) const;

    const PlanProblem m_problem; // a copy: the caller's may change while this runs on a worker
    QDate m_base;                  // Monday of the week of D0
    int m_firstWeek = 0;           // may be negative: enrolments under way
    std::vector<double> m_load;    // hours per week, index week - m_firstWeek
    std::vector<double> m_capacity; // hours available per week, same index
    QHash<int, Amount> m_spent;    // year -> cost counted against the yearly budget
    std::vector<QDate> m_start;    // per course; invalid while unplaced
    QHash<QString, int> m_indexOf;
    std::vector<double> m_tail;    // weeks of study that must follow (critical path)
    std::vector<double> m_work;    // hours of study that depend on the course, its own included

    QDate m_best;
    std::vector<QDate> m_bestStart;
};

} // namespace Cairn::Core
