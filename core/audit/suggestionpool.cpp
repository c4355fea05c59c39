#include "suggestionpool.h"

#include <algorithm>
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
    for (const Course &course : catalogue.courses) {
        if (!isActive(learner.record(course.code)) && reachable(course))
            m_courses.push_back(&course);
    }
    for (const Course *course : m_courses)
        m_codes.insert(course->code);
    std::stable_sort(m_courses.begin(), m_courses.end(), [](const Course *a, const Course *b) {
        const double costA = a->cost ? a->cost->amount.toDouble() : std::numeric_limits<double>::infinity();
        const double costB = b->cost ? b->cost->amount.toDouble() : std::numeric_limits<double>::infinity();
        if (costA != costB)
            return costA < costB;
        if (a->weeks != b->weeks)
            return a->weeks < b->weeks;
        return a->code < b->code;
    });
    m_matches = std::make_unique<const SelectorMatches>(m_courses);
}

bool SuggestionPool::reachable(const Course &course)
{
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
    QList<Suggestion> suggestions;
    double total = 0.0;
    for (size_t i = 0; i < m_courses.size(); ++i) {
        const Course *course = m_courses[i];
        if (total >= needed - 1e-9 || suggestions.size() >= limit)
            break;
        if (!accepts(i, *course))
            continue;
        const double credits = creditsOf(*course);
        suggestions.append(suggestionFor(*course, credits));
        total += credits;
    }
    return suggestions;
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
        QList<Suggestion> suggestions;
        double total = 0.0;
        for (size_t i = 0; i < m_courses.size() && i < testedOneByOne; ++i) {
            if (total >= needed - 1e-9 || suggestions.size() >= limit)
                return suggestions;
            const Course &course = *m_courses[i];
            if (!selector.matches(course) || !eligible.matches(course) || !accepts(course))
                continue;
            const double credits = creditsOf(course);
            suggestions.append(suggestionFor(course, credits));
            total += credits;
        }
        if (total >= needed - 1e-9 || suggestions.size() >= limit || m_courses.size() <= testedOneByOne)
            return suggestions;
    }
    const std::vector<bool> &matches = known ? *known : m_matches->of(selector);
    const std::vector<bool> &eligibleMatches = m_matches->of(eligible);
    return closing(
        needed, [&](size_t i, const Course &course) { return matches[i] && eligibleMatches[i] && accepts(course); },
        creditsOf, limit);
}

} // namespace Cairn::Core
