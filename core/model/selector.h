#pragma once

#include <QStringList>

#include <optional>

namespace Cairn::Core {

struct Course;

// Which courses a rule applies to. Every key that is present must match; an
// empty selector matches every course (DESIGN.md, "Selector").
struct Selector
{
    std::optional<QStringList> courses;   // code in list
    std::optional<QString> codePattern;   // glob over the whole code: * and ?
    std::optional<QStringList> skills;    // course teaches at least one
    std::optional<int> minLevel;          // inclusive
    std::optional<int> maxLevel;          // inclusive
    std::optional<QStringList> providers;
    std::optional<QStringList> frameworks;

    bool isEmpty() const;
    bool matches(const Course &course) const;
    bool operator==(const Selector &) const = default;
};

// For hash containers keyed by a selector's value (equal selectors in many
// qualifications share one answer).
size_t qHash(const Selector &selector, size_t seed = 0);

// Glob match of the whole text: '*' any run of characters, '?' exactly one.
bool globMatches(QStringView pattern, QStringView text);

} // namespace Cairn::Core
