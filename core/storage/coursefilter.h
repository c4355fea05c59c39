#pragma once

#include "model/course.h"

#include <QList>
#include <QString>

#include <optional>

namespace Cairn::Core {

// An inclusive range; an absent end is open.
template<typename T>
struct Range
{
    std::optional<T> min;
    std::optional<T> max;

    bool isOpen() const { return !min && !max; }
    bool operator==(const Range &) const = default;
};

// What the catalogue browser shows: every condition that is set must hold.
struct CourseFilter
{
    QString text;        // every word must begin a word of code, title, provider, skills or outcomes
    QString skill;       // Skill::id
    QString provider;    // Provider::id
    QString framework;   // Framework::id
    Range<int> level;
    Range<double> credits;
    std::optional<DeliveryMode> delivery;
    Range<double> cost;  // amount in the course's own currency; a course without a cost never matches a set range
    Range<double> hours;

    // How many conditions besides the text are set ("Filters (2)").
    int conditionCount() const
    {
        return int(!skill.isEmpty()) + int(!provider.isEmpty()) + int(!framework.isEmpty()) + int(!level.isOpen())
            + int(!credits.isOpen()) + int(delivery.has_value()) + int(!cost.isOpen()) + int(!hours.isOpen());
    }
    bool hasConditions() const { return conditionCount() > 0; }
    bool isEmpty() const { return text.trimmed().isEmpty() && !hasConditions(); }
    bool operator==(const CourseFilter &) const = default;
};

// The orders a course list can be in: the catalogue's own (the order its
// courses were imported in) or by a column, ties keeping catalogue order.
enum class CourseSortKey { Catalogue, Code, Title, Provider, Level, Credits, Hours, Weeks, Cost, Delivery };

struct CourseOrder
{
    CourseSortKey key = CourseSortKey::Catalogue;
    bool descending = false;

    bool operator==(const CourseOrder &) const = default;
};

// One line of the catalogue list: what the table shows, nothing more.
struct CourseRow
{
    QString code;
    QString title;
    QString provider;    // the provider's name
    int level = 0;
    double credits = 0.0;
    double hours = 0.0;
    int weeks = 1;
    std::optional<Money> cost;
    QList<DeliveryMode> delivery;

    bool operator==(const CourseRow &) const = default;
};

} // namespace Cairn::Core
