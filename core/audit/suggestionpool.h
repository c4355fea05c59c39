#pragma once

#include "auditresult.h"
#include "model/catalogue.h"
#include "model/learnerprofile.h"
#include "selectormatches.h"

#include <QSet>

#include <functional>
#include <memory>
#include <vector>

namespace Cairn::Core {

// The catalogue courses a learner could still take, cheapest first: no active
// record (completed, recognised, enrolled or planned), and prerequisites that
// can be met — each either held or itself such a course (cycles cannot).
// Ranked by cost amount (courses without a cost last), then weeks, then code.
// Amounts in different currencies are compared as numbers: Cairn works
// offline and has no exchange rates.
class SuggestionPool final
{
public:
    SuggestionPool(const Catalogue &catalogue, const CatalogueIndex &index, const LearnerProfile &learner);

    const std::vector<const Course *> &courses() const { return m_courses; }
    bool contains(const QString &code) const;
    // matching(selector)[i]: whether courses()[i] matches it; worked out once
    // per selector value (every open leaf of every audit asks).
    const std::vector<bool> &matching(const Selector &selector) const { return m_matches->of(selector); }

    // Ranked courses accepted by `accepts` (given each course's index in
    // courses()), taken in order until their credits (by `creditsOf`) reach
    // `needed`; at most `limit`.
    QList<Suggestion> closing(double needed, const std::function<bool(size_t, const Course &)> &accepts,
                              const std::function<double(const Course &)> &creditsOf, int limit = 10) const;
    // closing() over the courses that both `selector` and `eligible` match
    // and `accepts` takes. The same answer whichever way it is found: the
    // cheapest courses are tested one by one first, which settles most
    // leaves after a few; one that is not settled within the first
    // thousands matches the selectors against the whole pool once, and
    // leaves with the same selector use that from then on.
    QList<Suggestion> closingMatching(double needed, const Selector &selector, const Selector &eligible,
                                      const std::function<bool(const Course &)> &accepts,
                                      const std::function<double(const Course &)> &creditsOf, int limit = 10) const;

private:
    struct Closing
    {
        QList<Suggestion> suggestions;
        bool settled = false; // closed the gap, reached the limit, or saw the whole pool
    };
    // closing() among the `first` cheapest courses only.
    Closing closingAmong(size_t first, double needed, const std::function<bool(size_t, const Course &)> &accepts,
                         const std::function<double(const Course &)> &creditsOf, int limit) const;

    bool reachable(const Course &course);
    bool satisfiable(const Requirement &prerequisites);

    const CatalogueIndex &m_index;
    const LearnerProfile &m_learner;
    QHash<QString, int> m_state; // 1 visiting, 2 reachable, 3 unreachable
    std::vector<const Course *> m_courses;
    // By position in the catalogue: whether the course is in m_courses (a
    // course leaf looks its course up); a bit each, where a set of 100,000
    // codes took longer to fill than the rest of the pool.
    const Course *m_first = nullptr;
    std::vector<bool> m_inPool;
    std::unique_ptr<const SelectorMatches> m_matches; // over m_courses
};

Suggestion suggestionFor(const Course &course, double credits);

} // namespace Cairn::Core
