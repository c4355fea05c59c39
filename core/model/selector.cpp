#include "selector.h"

#include "course.h"

#include <QHash>

#include <algorithm>

namespace Cairn::Core {

bool Selector::isEmpty() const
{
    return !courses && !codePattern && !skills && !minLevel && !maxLevel && !providers
        && !frameworks;
}

bool Selector::matches(const Course &course) const
{
    if (courses && !courses->contains(course.code))
        return false;
    if (codePattern && !globMatches(*codePattern, course.code))
        return false;
    if (skills
        && std::none_of(course.skills.cbegin(), course.skills.cend(),
                        [this](const QString &skill) { return skills->contains(skill); }))
        return false;
    if (minLevel && course.level < *minLevel)
        return false;
    if (maxLevel && course.level > *maxLevel)
        return false;
    if (providers && !providers->contains(course.provider))
        return false;
    if (frameworks && !frameworks->contains(course.framework))
        return false;
    return true;
}

size_t qHash(const Selector &selector, size_t seed)
{
    QtPrivate::QHashCombine combine;
    const auto add = [&](const auto &field) { seed = field ? combine(seed, *field) : combine(seed, -1); };
    add(selector.courses);
    add(selector.codePattern);
    add(selector.skills);
    add(selector.minLevel);
    add(selector.maxLevel);
    add(selector.providers);
    add(selector.frameworks);
    return seed;
}

bool globMatches(QStringView pattern, QStringView text)
{
    // Iterative matcher with one backtrack point for the last '*': linear in
    // practice and no regular-expression compilation per course.
    qsizetype p = 0, t = 0, starP = -1, starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == u'?' || pattern[p] == text[t])) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == u'*') {
            starP = p++;
            starT = t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

} // namespace Cairn::Core
