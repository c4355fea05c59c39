#include "scheduler.h"

#include "planbound.h"
#include "prerequisitedates.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace Cairn::Core {

namespace {
constexpr double tolerance = 1e-9;
constexpr qint64 searchBudget = 2'000'000; // placements tried before settling for the best found

QString hoursText(double hours)
{
    return QString::number(std::round(hours * 100.0) / 100.0, 'g', 10);
}
} // namespace

Scheduler::Scheduler(const PlanProblem &problem)
    : m_problem(problem), m_base(mondayOf(problem.start)), m_start(size_t(problem.courses.size()))
{
    for (qsizetype i = 0; i < problem.courses.size(); ++i) {
        m_indexOf.insert(problem.courses[i].code, int(i));
        if (problem.courses[i].fixedStart.isValid())
            m_firstWeek = std::min(m_firstWeek, weekOf(problem.courses[i].fixedStart));
    }
    int longest = 1;
    for (const PlanCourse &course : problem.courses)
        longest = std::max(longest, course.weeks);
    m_load.assign(size_t(horizonWeeks + longest + 1 - m_firstWeek), 0.0);
    m_capacity.resize(m_load.size());
    for (size_t i = 0; i < m_capacity.size(); ++i)
        m_capacity[i] = weekCapacity(problem, mondayOfWeek(int(i) + m_firstWeek));
}

int Scheduler::weekOf(const QDate &date) const
{
    const qint64 days = m_base.daysTo(date);
    return int(days >= 0 ? days / 7 : -((-days + 6) / 7));
}

QDate Scheduler::mondayOfWeek(int week) const
{
    return m_base.addDays(7 * qint64(week));
}

double Scheduler::loadOf(int course) const
{
    const PlanCourse &c = m_problem.courses[course];
    return c.hours / c.weeks;
}

bool Scheduler::fits(int course, int firstWeek) const
{
    const double load = loadOf(course);
    const int weeks = m_problem.courses[course].weeks;
    if (firstWeek - m_firstWeek < 0 || size_t(firstWeek + weeks - m_firstWeek) > m_load.size())
        return false;
    for (int w = firstWeek; w < firstWeek + weeks; ++w) {
        if (m_load[size_t(w - m_firstWeek)] + load > m_capacity[size_t(w - m_firstWeek)] + tolerance)
            return false;
    }
    return true;
}

bool Scheduler::affordable(int course, const QDate &start) const
{
    const Amount cost = budgetedCost(m_problem, m_problem.courses[course]);
    return cost <= Amount() || m_spent.value(start.year()) + cost <= m_problem.budgetPerYear->amount;
}

void Scheduler::place(int course, const QDate &start)
{
    m_start[size_t(course)] = start;
    m_spent[start.year()] += budgetedCost(m_problem, m_problem.courses[course]);
    const int first = weekOf(start);
    for (int w = first; w < first + m_problem.courses[course].weeks; ++w)
        m_load[size_t(w - m_firstWeek)] += loadOf(course);
}

void Scheduler::unplace(int course)
{
    m_spent[m_start[size_t(course)].year()] -= budgetedCost(m_problem, m_problem.courses[course]);
    const int first = weekOf(m_start[size_t(course)]);
    for (int w = first; w < first + m_problem.courses[course].weeks; ++w)
        m_load[size_t(w - m_firstWeek)] -= loadOf(course);
    m_start[size_t(course)] = QDate();
}

QDate Scheduler::finishOf(int course) const
{
    return m_start[size_t(course)].addDays(7 * qint64(m_problem.courses[course].weeks) - 1);
}

QDate Scheduler::availableFrom(const Requirement &prerequisites) const
{
    return prerequisitesAllowFrom(prerequisites, m_problem.start, m_problem.earned, [this](const QString &code) {
        const int index = m_indexOf.value(code, -1);
        return index >= 0 && m_start[size_t(index)].isValid() ? finishOf(index) : QDate();
    });
}

QDate Scheduler::earliestStart(int course, const QDate &notBefore) const
{
    const PlanCourse &c = m_problem.courses[course];
    const QDate from = std::max(notBefore, m_problem.start);
    if (!c.intakes.isEmpty()) {
        for (const QDate &intake : c.intakes) {
            if (intake >= from && weekOf(intake) <= horizonWeeks && fits(course, weekOf(intake))
                && affordable(course, intake))
                return intake;
        }
        return {};
    }
    QDate monday = mondayOf(from);
    if (monday < from)
        monday = monday.addDays(7);
    for (int week = weekOf(monday); week <= horizonWeeks; ++week) {
        if (fits(course, week) && affordable(course, mondayOfWeek(week)))
            return mondayOfWeek(week);
    }
    return {};
}

bool Scheduler::fixedPrerequisitesHold(QString *failedCourse, QString *problem) const
{
    for (qsizetype i = 0; i < m_problem.courses.size(); ++i) {
        const PlanCourse &course = m_problem.courses[i];
        if (!course.fixedStart.isValid() || course.prerequisites.isEmpty())
            continue;
        const QDate available = availableFrom(course.prerequisites);
        if (!available.isValid() || weekOf(available) > weekOf(course.fixedStart)) {
            if (failedCourse)
                *failedCourse = course.code;
            if (problem) {
                *problem = tr("%1 is enrolled to start on %2, but its prerequisites cannot be finished "
                              "before that week; change the enrolment or the order of study")
                               .arg(course.code, course.fixedStart.toString(Qt::ISODate));
            }
            return false;
        }
    }
    return true;
}

QDate Scheduler::completion() const
{
    QDate latest;
    for (size_t i = 0; i < m_start.size(); ++i) {
        if (m_start[i].isValid())
            latest = std::max(latest, finishOf(int(i)));
    }
    return latest;
}

bool Scheduler::validate(PlanResult &result)
{
    QSet<QString> available = m_problem.earned;
    for (const PlanCourse &course : m_problem.courses)
        available.insert(course.code);
    const auto satisfiable = [&available](const Requirement &node) {
        return isSatisfied(node, [&available](const QString &code) { return available.contains(code); });
    };
    for (const PlanCourse &course : m_problem.courses) {
        const double load = course.hours / course.weeks;
        if (load > m_problem.hoursPerWeek + tolerance) {
            result.errors.append({course.code, tr("%1 needs %2 hours a week (%3 hours over %4 weeks), more than "
                                                  "the %5 hours a week available; allow at least %2 hours a week")
                                                   .arg(course.code, hoursText(load), hoursText(course.hours))
                                                   .arg(course.weeks)
                                                   .arg(hoursText(m_problem.hoursPerWeek))});
        }
        if (m_problem.budgetPerYear && budgetedCost(m_problem, course) > m_problem.budgetPerYear->amount) {
            result.errors.append({course.code, tr("%1 costs %2 %3, more than the yearly budget of %2 %4; raise the "
                                                  "budget or choose a cheaper course")
                                                   .arg(course.code, m_problem.budgetPerYear->currency,
                                                        plainAmount(course.cost->amount),
                                                        plainAmount(m_problem.budgetPerYear->amount))});
        }
        if (!satisfiable(course.prerequisites)) {
            QStringList missing;
            for (const QString &code : course.prerequisites.courseCodes()) {
                if (!available.contains(code))
                    missing.append(code);
            }
            result.errors.append({course.code, tr("%1 needs %2, which is neither earned nor in the plan; "
                                                  "add it to the plan or record it as earned")
                                                   .arg(course.code, missing.join(QStringLiteral(", ")))});
        }
        if (!course.intakes.isEmpty() && course.intakes.last() < m_problem.start && !course.fixedStart.isValid()) {
            result.errors.append({course.code, tr("%1 has no intake on or after %2 (its last intake is %3); "
                                                  "choose another course or an earlier start")
                                                   .arg(course.code, m_problem.start.toString(Qt::ISODate),
                                                        course.intakes.last().toString(Qt::ISODate))});
        }
    }
    if (!result.errors.isEmpty())
        return false;
    // Enrolments keep their dates: place them first; together they must fit.
    for (qsizetype i = 0; i < m_problem.courses.size(); ++i) {
        const PlanCourse &course = m_problem.courses[i];
        if (!course.fixedStart.isValid())
            continue;
        if (!fits(int(i), weekOf(course.fixedStart))) {
            result.errors.append({course.code, tr("%1 is enrolled to start on %2, but with the other enrolments "
                                                  "and the availability of those weeks it needs more hours than "
                                                  "there are")
                                                   .arg(course.code, course.fixedStart.toString(Qt::ISODate))});
            continue;
        }
        if (!affordable(int(i), course.fixedStart)) {
            result.errors.append({course.code, tr("%1 is enrolled to start on %2, but with the other enrolments "
                                                  "of %3 it goes over the yearly budget")
                                                   .arg(course.code, course.fixedStart.toString(Qt::ISODate))
                                                   .arg(course.fixedStart.year())});
            continue;
        }
        place(int(i), course.fixedStart);
    }
    return result.errors.isEmpty();
}

void Scheduler::searchExhaustively(std::vector<int> &freeCourses, qint64 &budget)
{
    if (budget <= 0)
        return;
    const QDate current = completion();
    if (m_best.isValid() && current.isValid() && current >= m_best)
        return;
    bool anyLeft = false;
    for (int course : freeCourses) {
        if (m_start[size_t(course)].isValid())
            continue;
        anyLeft = true;
        const QDate from = availableFrom(m_problem.courses[course].prerequisites);
        if (!from.isValid())
            continue;
        const QDate start = earliestStart(course, from);
        if (!start.isValid())
            continue;
        --budget;
        place(course, start);
        searchExhaustively(freeCourses, budget);
        unplace(course);
        if (budget <= 0)
            return;
    }
    if (!anyLeft && fixedPrerequisitesHold(nullptr, nullptr) && (!m_best.isValid() || current < m_best)) {
        m_best = current;
        m_bestStart = m_start;
    }
}

bool Scheduler::scheduleByRule(Rule rule, QString *failedCourse, QString *reason)
{
    const int n = int(m_problem.courses.size());
    for (;;) {
        int chosen = -1;
        QDate chosenFrom;
        for (int i = 0; i < n; ++i) {
            if (m_start[size_t(i)].isValid())
                continue;
            const QDate from = availableFrom(m_problem.courses[i].prerequisites);
            if (!from.isValid())
                continue;
            if (chosen < 0) {
                chosen = i;
                chosenFrom = from;
                continue;
            }
            const PlanCourse &a = m_problem.courses[i];
            const PlanCourse &b = m_problem.courses[chosen];
            bool better = false;
            if (rule == Rule::ScarceIntakeFirst && a.intakes.isEmpty() != b.intakes.isEmpty())
                better = !a.intakes.isEmpty();
            else if (rule == Rule::ScarceIntakeFirst && !a.intakes.isEmpty() && a.intakes.last() != b.intakes.last())
                better = a.intakes.last() < b.intakes.last();
            else if (rule == Rule::MostWorkFollowing && m_work[size_t(i)] != m_work[size_t(chosen)])
                better = m_work[size_t(i)] > m_work[size_t(chosen)];
            else if (m_tail[size_t(i)] != m_tail[size_t(chosen)])
                better = m_tail[size_t(i)] > m_tail[size_t(chosen)];
            else if (from != chosenFrom)
                better = from < chosenFrom;
            else
                better = a.code < b.code;
            if (better) {
                chosen = i;
                chosenFrom = from;
            }
        }
        if (chosen < 0)
            return true; // everything placed, or a cycle (reported by the caller)
        const QDate start = earliestStart(chosen, chosenFrom);
        if (!start.isValid()) {
            const PlanCourse &course = m_problem.courses[chosen];
            *failedCourse = course.code;
            *reason = course.intakes.isEmpty()
                ? tr("%1 does not fit within ten years of %2 at %3 hours a week and the yearly budget; allow "
                     "more hours a week or money, or plan fewer courses")
                      .arg(course.code, m_problem.start.toString(Qt::ISODate), hoursText(m_problem.hoursPerWeek))
                : tr("%1 has no intake left once its prerequisites finish (from %2) that fits within %3 hours "
                     "a week and the yearly budget alongside the rest of the plan (its intakes: %4); allow more "
                     "hours a week, start earlier, or drop a course")
                      .arg(course.code, chosenFrom.toString(Qt::ISODate), hoursText(m_problem.hoursPerWeek),
                           [&course] {
                               QStringList dates;
                               for (const QDate &intake : course.intakes)
                                   dates.append(intake.toString(Qt::ISODate));
                               return dates.join(QStringLiteral(", "));
                           }());
            return false;
        }
        place(chosen, start);
    }
}

void Scheduler::reportCycleOrStall(PlanResult &result) const
{
    // Courses that could never become available: follow unplaced
    // prerequisites until one repeats.
    const int n = int(m_problem.courses.size());
    for (int i = 0; i < n; ++i) {
        if (m_start[size_t(i)].isValid())
            continue;
        QStringList chain{m_problem.courses[i].code};
        int at = i;
        for (int step = 0; step <= n; ++step) {
            int next = -1;
            for (const QString &code : m_problem.courses[at].prerequisites.courseCodes()) {
                const int index = m_indexOf.value(code, -1);
                if (index >= 0 && !m_start[size_t(index)].isValid()) {
                    next = index;
                    break;
                }
            }
            if (next < 0)
                break;
            const QString code = m_problem.courses[next].code;
            if (chain.contains(code)) {
                chain = chain.mid(chain.indexOf(code));
                chain.append(code);
                result.errors.append({code, tr("the prerequisites form a cycle: %1; remove one of these courses "
                                               "from the plan or record one as earned")
                                                .arg(chain.join(QStringLiteral(" → ")))});
                return;
            }
            chain.append(code);
            at = next;
        }
    }
    result.errors.append({QString(), tr("some courses could not be scheduled")});
}

void Scheduler::fillResult(PlanResult &result) const
{
    const int n = int(m_problem.courses.size());
    for (int i = 0; i < n; ++i) {
        const PlanCourse &course = m_problem.courses[i];
        result.entries.append({course.code, course.title, m_start[size_t(i)], finishOf(i), course.weeks, loadOf(i),
                               course.cost, course.fixedStart.isValid()});
        if (course.cost)
            result.costPerYear[m_start[size_t(i)].year()][course.cost->currency] += course.cost->amount;
    }
    std::sort(result.entries.begin(), result.entries.end(), [](const PlanEntry &a, const PlanEntry &b) {
        return a.start != b.start ? a.start < b.start : a.course < b.course;
    });
    result.completion = completion();
    if (result.entries.isEmpty())
        return;
    int first = weekOf(result.entries.front().start);
    int last = first;
    for (const PlanEntry &entry : result.entries)
        last = std::max(last, weekOf(entry.start) + entry.weeks - 1);
    for (int w = first; w <= last; ++w)
        result.load.append({mondayOfWeek(w), m_load[size_t(w - m_firstWeek)]});
}

PlanResult Scheduler::run()
{
    PlanResult result;
    result.start = m_problem.start;
    result.hoursPerWeek = m_problem.hoursPerWeek;
    result.budgetPerYear = m_problem.budgetPerYear;
    if (m_problem.courses.isEmpty()) {
        result.feasible = true;
        result.exact = true;
        return result;
    }
    if (!validate(result))
        return result;
    result.lowerBound = planLowerBound(m_problem);

    // Critical-path tails (weeks of study that must follow each course) and
    // dependent work, for the priority rules. Prerequisites are acyclic here
    // or the schedule reports the cycle, so n rounds reach the fixpoint.
    const int n = int(m_problem.courses.size());
    std::vector<std::vector<int>> dependents(static_cast<size_t>(n));
    for (int j = 0; j < n; ++j) {
        for (const QString &code : m_problem.courses[j].prerequisites.courseCodes()) {
            const int i = m_indexOf.value(code, -1);
            if (i >= 0 && i != j)
                dependents[size_t(i)].push_back(j);
        }
    }
    m_tail.assign(size_t(n), 0.0);
    m_work.assign(size_t(n), 0.0);
    for (int round = 0; round < n; ++round) {
        for (int i = 0; i < n; ++i) {
            double tail = m_problem.courses[i].weeks;
            double work = m_problem.courses[i].hours;
            for (int j : dependents[size_t(i)]) {
                tail = std::max(tail, m_problem.courses[i].weeks + m_tail[size_t(j)]);
                work += m_work[size_t(j)];
            }
            m_tail[size_t(i)] = std::min(tail, double(horizonWeeks));
            m_work[size_t(i)] = std::min(work, 1e9);
        }
    }

    std::vector<int> freeCourses;
    for (int i = 0; i < n; ++i) {
        if (!m_problem.courses[i].fixedStart.isValid())
            freeCourses.push_back(i);
    }
    const std::vector<QDate> fixedOnly = m_start;
    const std::vector<double> fixedLoad = m_load;
    const QHash<int, Amount> fixedSpent = m_spent;

    if (int(freeCourses.size()) <= exactLimit) {
        qint64 budget = searchBudget;
        searchExhaustively(freeCourses, budget);
        if (m_best.isValid()) {
            m_start = fixedOnly;
            m_load = fixedLoad;
            m_spent = fixedSpent;
            for (int i = 0; i < n; ++i) {
                if (!m_problem.courses[i].fixedStart.isValid())
                    place(i, m_bestStart[size_t(i)]);
            }
            result.feasible = true;
            result.exact = budget > 0;
            fillResult(result);
            return result;
        }
    }

    QString failedCourse;
    QString reason;
    std::vector<QDate> bestStart;
    std::vector<double> bestLoad;
    QHash<int, Amount> bestSpent;
    QDate bestCompletion;
    for (Rule rule : {Rule::CriticalPath, Rule::ScarceIntakeFirst, Rule::MostWorkFollowing}) {
        m_start = fixedOnly;
        m_load = fixedLoad;
        m_spent = fixedSpent;
        QString ruleCourse;
        QString ruleReason;
        if (!scheduleByRule(rule, &ruleCourse, &ruleReason)) {
            if (reason.isEmpty()) {
                failedCourse = ruleCourse;
                reason = ruleReason;
            }
            continue;
        }
        if (std::any_of(m_start.begin(), m_start.end(), [](const QDate &d) { return !d.isValid(); })) {
            reportCycleOrStall(result);
            return result;
        }
        if (!fixedPrerequisitesHold(&ruleCourse, &ruleReason)) {
            if (reason.isEmpty()) {
                failedCourse = ruleCourse;
                reason = ruleReason;
            }
            continue;
        }
        if (!bestCompletion.isValid() || completion() < bestCompletion) {
            bestCompletion = completion();
            bestStart = m_start;
            bestLoad = m_load;
            bestSpent = m_spent;
        }
    }
    if (!bestCompletion.isValid()) {
        result.errors.append({failedCourse, reason});
        return result;
    }
    m_start = bestStart;
    m_load = bestLoad;
    m_spent = bestSpent;
    result.feasible = true;
    fillResult(result);
    return result;
}

} // namespace Cairn::Core
