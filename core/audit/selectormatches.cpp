#include "selectormatches.h"

#include "model/course.h"

#include <mutex>

namespace Cairn::Core {

SelectorMatches::SelectorMatches(std::vector<const Course *> courses) : m_courses(std::move(courses)) {}

size_t SelectorMatches::Hash::operator()(const Selector &selector) const
{
    return qHash(selector);
}

const std::vector<bool> &SelectorMatches::of(const Selector &selector) const
{
    return lookup(selector).matches;
}

const std::vector<size_t> &SelectorMatches::indicesOf(const Selector &selector) const
{
    return lookup(selector).indices;
}

const std::vector<bool> *SelectorMatches::ifKnown(const Selector &selector) const
{
    std::shared_lock reading(m_lock);
    const auto found = m_cache.find(selector);
    return found != m_cache.end() ? &found->second->matches : nullptr;
}

const SelectorMatches::Matched &SelectorMatches::lookup(const Selector &selector) const
{
    {
        std::shared_lock reading(m_lock);
        const auto found = m_cache.find(selector);
        if (found != m_cache.end())
            return *found->second;
    }
    auto matched = std::make_unique<Matched>();
    matched->matches.resize(m_courses.size());
    for (size_t i = 0; i < m_courses.size(); ++i) {
        if (selector.matches(*m_courses[i])) {
            matched->matches[i] = true;
            matched->indices.push_back(i);
        }
    }
    std::unique_lock writing(m_lock);
    // Another thread may have worked it out meanwhile: keep the first.
    return *m_cache.try_emplace(selector, std::move(matched)).first->second;
}

} // namespace Cairn::Core
