#include "requirement.h"

#include <utility>

namespace Cairn::Core {

Requirement Requirement::courseNode(const QString &code)
{
    Requirement node;
    node.kind = Kind::Course;
    node.course = code;
    return node;
}

Requirement Requirement::allOf(std::vector<Requirement> children)
{
    Requirement node;
    node.kind = Kind::AllOf;
    node.children = std::move(children);
    return node;
}

Requirement Requirement::anyOf(std::vector<Requirement> children, int count)
{
    Requirement node;
    node.kind = Kind::AnyOf;
    node.children = std::move(children);
    node.count = count;
    return node;
}

Requirement Requirement::creditsFrom(double credits, Selector from)
{
    Requirement node;
    node.kind = Kind::Credits;
    node.credits = credits;
    node.from = std::move(from);
    return node;
}

void Requirement::visit(const std::function<void(const Requirement &)> &visitor) const
{
    visitor(*this);
    for (const Requirement &child : children)
        child.visit(visitor);
}

QStringList Requirement::courseCodes() const
{
    QStringList codes;
    visit([&codes](const Requirement &node) {
        if (node.kind == Kind::Course)
            codes.append(node.course);
    });
    return codes;
}

} // namespace Cairn::Core
