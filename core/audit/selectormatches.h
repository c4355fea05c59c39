#pragma once

#include "model/selector.h"

#include <cstddef>
#include <memory>
#include <shared_mutex>
#include <unordered_map>
#include <vector>

namespace Cairn::Core {

struct Course;

// Which of a fixed list of courses (a learner's held courses) each selector
// matches, worked out once per selector *value* and shared by every audit of
// one Auditor: qualifications repeat the same electives ("a course teaching
// s3 at level 5 or above") and the same caps, and a what-if audits each
// qualification twice. Safe to share between threads.
class SelectorMatches final
{
public:
    explicit SelectorMatches(std::vector<const Course *> courses);

    // of(selector)[i]: whether courses[i] matches `selector`. The
    // reference stays valid as long as this object.
    const std::vector<bool> &of(const Selector &selector) const;
    // The indices of the courses `selector` matches, in order: for walking
    // the few that match rather than testing every one.
    const std::vector<size_t> &indicesOf(const Selector &selector) const;
    // of(selector) if it was worked out already, else null.
    const std::vector<bool> *ifKnown(const Selector &selector) const;

private:
    struct Hash
    {
        size_t operator()(const Selector &selector) const;
    };
    struct Matched
    {
        std::vector<bool> matches;
        std::vector<size_t> indices;
    };
    const Matched &lookup(const Selector &selector) const;

    std::vector<const Course *> m_courses;
    mutable std::shared_mutex m_lock;
    // Node-based: a reference to a value survives later insertions.
    mutable std::unordered_map<Selector, std::unique_ptr<const Matched>, Hash> m_cache;
};

} // namespace Cairn::Core
