#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace Cairn::Core {

// Where each element of a bundle's top-level "courses" array lies in its
// text, found by a scan that parses none of them, so that an import can parse
// the courses one at a time and never hold a parsed tree of 100,000 of them.
struct CourseSlices
{
    struct Slice
    {
        qsizetype offset = 0;
        qsizetype size = 0;
    };

    QByteArray rest;     // the text with the array emptied to [], for everything else
    QList<Slice> courses; // into the text the scan was given
};

// nullopt when the text is not an object with a "courses" array at its top
// level, or is not well-formed as far as the scan looks (the top level and the
// array's commas and brackets): the caller then parses the text whole, which
// says what is wrong and where. The elements themselves are not checked.
std::optional<CourseSlices> findCourseSlices(const QByteArray &text);

} // namespace Cairn::Core
