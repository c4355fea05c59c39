#include "requirement.h"

#include <algorithm>
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

bool isSatisfied(const Requirement &node, const std::function<bool(const QString &)> &hasCourse)
{
    switch (node.kind) {
    case Requirement::Kind::None:
    case Requirement::Kind::Credits:
        return true;
    case Requirement::Kind::Course:
        return hasCourse(node.course);
    case Requirement::Kind::AllOf:
        return std::all_of(node.children.begin(), node.children.end(),
                           [&hasCourse](const Requirement &child) { return isSatisfied(child, hasCourse); });
    case Requirement::Kind::AnyOf:
        return std::count_if(node.children.begin(), node.children.end(),
                             [&hasCourse](const Requirement &child) { return isSatisfied(child, hasCourse); })
            >= node.count;
    }
    return false;
}

const Requirement *findRequirementNode(const Requirement &root, const QString &path)
{
    if (root.isEmpty() || !path.startsWith(u"requirements"))
        return nullptr;
    const Requirement *node = &root;
    QStringView rest = QStringView(path).mid(qsizetype(std::char_traits<char16_t>::length(u"requirements")));
    while (!rest.isEmpty()) {
        // Each step is ".allOf[i]" or ".anyOf[i]".
        const bool allOf = rest.startsWith(u".allOf[");
        const bool anyOf = rest.startsWith(u".anyOf[");
        if ((!allOf && !anyOf) || (allOf && node->kind != Requirement::Kind::AllOf) || (anyOf && node->kind != Requirement::Kind::AnyOf))
            return nullptr;
        rest = rest.mid(7);
        const qsizetype close = rest.indexOf(u']');
        bool ok = false;
        const qsizetype index = close > 0 ? rest.left(close).toLongLong(&ok) : -1;
        if (!ok || index < 0 || size_t(index) >= node->children.size())
            return nullptr;
        node = &node->children[size_t(index)];
        rest = rest.mid(close + 1);
    }
    return node;
}

} // namespace Cairn::Core
