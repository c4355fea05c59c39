#pragma once

#include <QtGlobal>

#include <bit>
#include <vector>

namespace Cairn::Core {

// A set of a catalogue's courses by index, one bit each: 12.5 KB for 100,000
// courses, and two sets' common courses counted a word at a time. What the
// pathways map needs when broad electives ("any course at level 5") let a
// qualification be filled by most of the catalogue.
class CourseSet final
{
public:
    CourseSet() = default;
    explicit CourseSet(qsizetype courses) : m_words(size_t((courses + 63) / 64), 0) {}

    void insert(int course) { m_words[size_t(course) / 64] |= quint64(1) << (course % 64); }
    bool contains(int course) const { return m_words[size_t(course) / 64] >> (course % 64) & 1; }
    void unite(const CourseSet &other)
    {
        for (size_t i = 0; i < m_words.size(); ++i)
            m_words[i] |= other.m_words[i];
    }
    void intersect(const CourseSet &other)
    {
        for (size_t i = 0; i < m_words.size(); ++i)
            m_words[i] &= other.m_words[i];
    }
    int count() const
    {
        int total = 0;
        for (quint64 word : m_words)
            total += std::popcount(word);
        return total;
    }
    // How many courses both sets hold, counted until `enough` is reached.
    int sharedWith(const CourseSet &other, int enough) const
    {
        int shared = 0;
        for (size_t i = 0; i < m_words.size() && shared < enough; ++i)
            shared += std::popcount(m_words[i] & other.m_words[i]);
        return shared;
    }
    // Calls `visit(course)` for every course, in ascending order.
    template<typename Visit>
    void forEach(Visit visit) const
    {
        for (size_t i = 0; i < m_words.size(); ++i) {
            for (quint64 word = m_words[i]; word; word &= word - 1)
                visit(int(i * 64 + size_t(std::countr_zero(word))));
        }
    }

private:
    std::vector<quint64> m_words;
};

} // namespace Cairn::Core
