#include "suggestionpool.h"

#include <algorithm>
#include <functional>
#include <limits>

namespace Cairn::Core {

namespace {
enum State { Visiting = 1, Reachable = 2, Unreachable = 3 };

bool isActive(const Record *record)
{
    return record && record->status != RecordStatus::Withdrawn && record->status != RecordStatus::Failed;
}
} // namespace

Suggestion suggestionFor(const Course &course, double credits)
{
    return {course.code, course.title, credits, course.hours, course.weeks, course.cost};
}

SuggestionPool::SuggestionPool(const Catalogue &catalogue, const CatalogueIndex &index, const LearnerProfile &learner)
    : m_index(index), m_learner(learner)
{
    // The sort keys side by side, read once in catalogue order: sorting
    // 100,000 pointers by what they point at spent its time waiting for memory.
    struct Ranked
    {
        double cost;
        int weeks;
        const Course *course;
    };
    // The learner's courses with an active record (by the first record of
    // each, as LearnerProfile::record finds it), looked up once rather than
    // searched for every course of the catalogue.
    QSet<QString> seen;
    QSet<QString> taken;
    for (const Record &record : learner.records) {
        if (seen.contains(record.course))
            continue;
        seen.insert(record.course);
        if (isActive(&record))
            taken.insert(record.course);
    }
    std::vector<Ranked> ranked;
    ranked.reserve(size_t(catalogue.courses.size()));
    for (const Course &course : catalogue.courses) {
        if (!taken.contains(course.code) && reachable(course))
            ranked.push_back({course.cost ? course.cost->amount.toDouble() : std::numeric_limits<double>::infinity(),
                              course.weeks, &course});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        if (a.cost != b.cost)
            return a.cost < b.cost;
        if (a.weeks != b.weeks)
            return a.weeks < b.weeks;
        return a.course->code < b.course->code;
    });
    m_first = catalogue.courses.constData();
    m_inPool.assign(size_t(catalogue.courses.size()), false);
    m_courses.reserve(ranked.size());
    for (const Ranked &entry : ranked) {
        m_courses.push_back(entry.course);
        m_inPool[size_t(entry.course - m_first)] = true;
    }
    m_matches = std::make_unique<const SelectorMatches>(m_courses);
}

bool SuggestionPool::contains(const QString &code) const
{
    // The index is over the same catalogue, so a course it finds lies in it.
    const Course *course = m_index.course(code);
    const std::less<const Course *> before;
    if (!course || before(course, m_first) || !before(course, m_first + m_inPool.size()))
        return false;
    return m_inPool[size_t(course - m_first)];
}

bool SuggestionPool::reachable(const Course &course)
{
    if (course.prerequisites.isEmpty())
        return true; // nothing to remember: most courses, and the check is free
    const int state = m_state.value(course.code);
    if (state == Reachable)
        return true;
    if (state == Visiting || state == Unreachable)
        return false; // a cycle through this course, or known unreachable
    m_state.insert(course.code, Visiting);
    const bool ok = satisfiable(course.prerequisites);
    m_state.insert(course.code, ok ? Reachable : Unreachable);
    return ok;
}

bool SuggestionPool::satisfiable(const Requirement &prerequisites)
{
    return isSatisfied(prerequisites, [this](const QString &code) {
        if (isActive(m_learner.record(code)))
            return true;
        const Course *course = m_index.course(code);
        return course && reachable(*course);
    });
}

QList<Suggestion> SuggestionPool::closing(double needed, const std::function<bool(size_t, const Course &)> &accepts,
                                          const std::function<double(const Course &)> &creditsOf, int limit) const
{
    return closingAmong(m_courses.size(), needed, accepts, creditsOf, limit).suggestions;
}

SuggestionPool::Closing SuggestionPool::closingAmong(size_t first, double needed,
                                                     const std::function<bool(size_t, const Course &)> &accepts,
                                                     const std::function<double(const Course &)> &creditsOf,
                                                     int limit) const
{
    Closing closing;
    double total = 0.0;
    for (size_t i = 0; i < m_courses.size() && i < first; ++i) {
        if (total >= needed - 1e-9 || closing.suggestions.size() >= limit)
            break;
        const Course *course = m_courses[i];
        if (!accepts(i, *course))
            continue;
        const double credits = creditsOf(*course);
        closing.suggestions.append(suggestionFor(*course, credits));
        total += credits;
    }
    closing.settled = total >= needed - 1e-9 || closing.suggestions.size() >= limit || first >= m_courses.size();
    return closing;
}

QList<Suggestion> SuggestionPool::closingMatching(double needed, const Selector &selector, const Selector &eligible,
                                                  const std::function<bool(const Course &)> &accepts,
                                                  const std::function<double(const Course &)> &creditsOf,
                                                  int limit) const
{
    // How many courses are tested one by one before matching the whole pool
    // pays: a selector test costs some 50 times a look-up in its matches.
    constexpr size_t testedOneByOne = 2000;
    const std::vector<bool> *known = m_matches->ifKnown(selector);
    if (!known) {
        Closing cheapest = closingAmong(
            testedOneByOne, needed,
            [&](size_t, const Course &course) {
                return selector.matches(course) && eligible.matches(course) && accepts(course);
            },
            creditsOf, limit);
        if (cheapest.settled)
            return cheapest.suggestions;
    }
    const std::vector<bool> &matches = known ? *known : m_matches->of(selector);
    const std::vector<bool> &eligibleMatches = m_matches->of(eligible);
    return closing(
        needed, [&](size_t i, const Course &course) { return matches[i] && eligibleMatches[i] && accepts(course); },
        creditsOf, limit);
}

} // namespace Cairn::Core
