#pragma once

#include "selector.h"

#include <QString>

#include <functional>
#include <vector>

namespace Cairn::Core {

// One node of a requirement tree (DESIGN.md, "Requirement nodes"). The same
// grammar, restricted to Course/AllOf/AnyOf, expresses course prerequisites.
// A default-constructed node (Kind::None) means "no requirement".
struct Requirement
{
    enum class Kind { None, Course, AllOf, AnyOf, Credits };

    Kind kind = Kind::None;
    QString label;
    QString course;                     // Kind::Course
    std::vector<Requirement> children;  // Kind::AllOf, Kind::AnyOf
    int count = 1;                      // Kind::AnyOf: at least this many children
    double credits = 0.0;               // Kind::Credits
    Selector from;                      // Kind::Credits

    static Requirement courseNode(const QString &code);
    static Requirement allOf(std::vector<Requirement> children);
    static Requirement anyOf(std::vector<Requirement> children, int count = 1);
    static Requirement creditsFrom(double credits, Selector from);

    bool isEmpty() const { return kind == Kind::None; }
    bool isLeaf() const { return kind == Kind::Course || kind == Kind::Credits; }

    // Visits this node and every descendant, parents before children.
    void visit(const std::function<void(const Requirement &)> &visitor) const;
    // Every course code named by a course node, in tree order.
    QStringList courseCodes() const;

    bool operator==(const Requirement &) const = default;
};

// Whether a prerequisite (or requirement) expression holds when `hasCourse`
// says which course nodes are met: allOf needs all, anyOf its count; a
// credits node or no requirement always holds.
bool isSatisfied(const Requirement &node, const std::function<bool(const QString &)> &hasCourse);

// The node at a JSON path such as "requirements.allOf[2].anyOf[0]" (as the
// audit reports it), or nullptr.
const Requirement *findRequirementNode(const Requirement &root, const QString &path);

} // namespace Cairn::Core
