#include "requirementtree.h"

#include <algorithm>

namespace Cairn::Core {

namespace {

// An anyOf(count)'s remaining: the sum of its `count` smallest children's.
double sumOfSmallest(std::vector<double> &values, int count)
{
    const size_t k = std::min(values.size(), size_t(std::max(count, 0)));
    std::partial_sort(values.begin(), values.begin() + ptrdiff_t(k), values.end());
    double sum = 0.0;
    for (size_t j = 0; j < k; ++j)
        sum += values[j];
    return sum;
}

} // namespace

int RequirementTree::indexOfPath(const QString &path) const
{
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].path == path)
            return int(i);
    }
    return -1;
}

std::vector<double> RequirementTree::evaluate(const std::vector<double> &leafRemaining) const
{
    return evaluate(leafRemaining, {});
}

std::vector<double> RequirementTree::evaluate(const std::vector<double> &leafRemaining,
                                              const std::vector<double> &floors) const
{
    std::vector<double> remaining;
    std::vector<double> scratch;
    evaluateInto(leafRemaining, floors, remaining, scratch);
    return remaining;
}

double RequirementTree::evaluateInto(const std::vector<double> &leafRemaining, const std::vector<double> &floors,
                                     std::vector<double> &remaining, std::vector<double> &scratch) const
{
    remaining.assign(m_nodes.size(), 0.0);
    // Children always follow their parent, so a reverse sweep sees every
    // child before its parent.
    for (size_t i = m_nodes.size(); i-- > 0;) {
        const FlatNode &node = m_nodes[i];
        if (node.waived) {
            remaining[i] = 0.0;
            continue;
        }
        switch (node.kind) {
        case Requirement::Kind::Course:
        case Requirement::Kind::Credits:
            remaining[i] = leafRemaining[i];
            break;
        case Requirement::Kind::AllOf: {
            double sum = 0.0;
            for (int child : node.children)
                sum += remaining[size_t(child)];
            remaining[i] = sum;
            break;
        }
        case Requirement::Kind::AnyOf: {
            scratch.clear();
            for (int child : node.children)
                scratch.push_back(remaining[size_t(child)]);
            remaining[i] = sumOfSmallest(scratch, node.count);
            break;
        }
        case Requirement::Kind::None:
            break;
        }
        if (!floors.empty())
            remaining[i] = std::max(remaining[i], floors[i]);
    }
    return remaining.empty() ? 0.0 : remaining.front();
}

double RequirementTree::rootWithLeaf(const std::vector<double> &remaining, int leaf, double leafValue,
                                     std::vector<double> &scratch) const
{
    int changed = leaf;
    double value = m_nodes[size_t(leaf)].waived ? 0.0 : leafValue;
    for (int n = m_nodes[size_t(leaf)].parent; n >= 0; n = m_nodes[size_t(n)].parent) {
        const FlatNode &node = m_nodes[size_t(n)];
        const auto childValue = [&](int child) { return child == changed ? value : remaining[size_t(child)]; };
        double sum = 0.0;
        if (node.waived) {
            sum = 0.0;
        } else if (node.kind == Requirement::Kind::AllOf) {
            for (int child : node.children)
                sum += childValue(child);
        } else if (node.kind == Requirement::Kind::AnyOf) {
            scratch.clear();
            for (int child : node.children)
                scratch.push_back(childValue(child));
            sum = sumOfSmallest(scratch, node.count);
        }
        changed = n;
        value = sum;
    }
    return value;
}

double RequirementTree::rootRemaining(const std::vector<double> &leafRemaining) const
{
    return m_nodes.empty() ? 0.0 : evaluate(leafRemaining).front();
}

} // namespace Cairn::Core
