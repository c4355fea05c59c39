#include "requirementtree.h"

#include "smallsort.h"

#include <algorithm>
#include <functional>

namespace Cairn::Core {

namespace {

// An anyOf(count)'s remaining: the sum of its `count` smallest children's.
// An anyOf has a handful of children and the search evaluates it thousands
// of times per audit: an insertion sort beats std::partial_sort's heap there.
double sumOfSmallest(std::vector<double> &values, int count)
{
    const size_t k = std::min(values.size(), size_t(std::max(count, 0)));
    double sum = 0.0;
    if (k == values.size()) {
        for (double value : values)
            sum += value;
        return sum;
    }
    sortFew(values, std::less<double>());
    for (size_t j = 0; j < k; ++j)
        sum += values[j];
    return sum;
}

} // namespace

QString RequirementTree::path(int node) const
{
    QString path;
    for (int at = node; at >= 0 && m_nodes[size_t(at)].parent >= 0; at = m_nodes[size_t(at)].parent) {
        const FlatNode &flat = m_nodes[size_t(at)];
        const bool allOf = m_nodes[size_t(flat.parent)].kind == Requirement::Kind::AllOf;
        path.prepend((allOf ? QStringLiteral(".allOf[") : QStringLiteral(".anyOf[")) + QString::number(flat.position)
                     + u']');
    }
    return QStringLiteral("requirements") + path;
}

int RequirementTree::indexOfPath(const QString &path) const
{
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (this->path(int(i)) == path)
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
        const bool leaf = node.kind == Requirement::Kind::Course || node.kind == Requirement::Kind::Credits;
        remaining[i] = leaf && !node.waived ? leafRemaining[i] : combine(node, remaining, scratch);
        if (!floors.empty())
            remaining[i] = std::max(remaining[i], floors[i]);
    }
    return remaining.empty() ? 0.0 : remaining.front();
}

double RequirementTree::rootWithLeaf(const std::vector<double> &remaining, int leaf, double leafValue,
                                     std::vector<double> &scratch) const
{
    // Without a copy of `remaining`: the search calls this for every option
    // of every course it places.
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

void RequirementTree::updateLeaf(std::vector<double> &remaining, int leaf, double leafValue,
                                 std::vector<double> &scratch) const
{
    remaining[size_t(leaf)] = m_nodes[size_t(leaf)].waived ? 0.0 : leafValue;
    for (int n = m_nodes[size_t(leaf)].parent; n >= 0; n = m_nodes[size_t(n)].parent)
        remaining[size_t(n)] = combine(m_nodes[size_t(n)], remaining, scratch);
}

double RequirementTree::combine(const FlatNode &node, const std::vector<double> &remaining,
                                std::vector<double> &scratch) const
{
    if (node.waived)
        return 0.0;
    if (node.kind == Requirement::Kind::AllOf) {
        double sum = 0.0;
        for (int child : node.children)
            sum += remaining[size_t(child)];
        return sum;
    }
    if (node.kind == Requirement::Kind::AnyOf) {
        scratch.clear();
        for (int child : node.children)
            scratch.push_back(remaining[size_t(child)]);
        return sumOfSmallest(scratch, node.count);
    }
    return 0.0;
}

double RequirementTree::rootWithLeaves(const std::vector<double> &remaining,
                                       std::initializer_list<std::pair<int, double>> leaves, std::vector<double> &work,
                                       std::vector<double> &scratch) const
{
    work = remaining;
    for (const auto &[leaf, value] : leaves)
        work[size_t(leaf)] = m_nodes[size_t(leaf)].waived ? 0.0 : value;
    // An ancestor the leaves share is recomputed once per leaf: the second
    // time with both changes in place.
    for (const auto &[leaf, value] : leaves) {
        for (int n = m_nodes[size_t(leaf)].parent; n >= 0; n = m_nodes[size_t(n)].parent)
            work[size_t(n)] = combine(m_nodes[size_t(n)], work, scratch);
    }
    return work.empty() ? 0.0 : work.front();
}

void RequirementTree::countingNodes(const std::vector<double> &remaining, std::vector<bool> &counts,
                                    std::vector<int> &scratch) const
{
    counts.assign(m_nodes.size(), false);
    if (!m_nodes.empty())
        counts[0] = true;
    // Parents come before their children, so one pass downward does.
    for (size_t n = 0; n < m_nodes.size(); ++n) {
        const FlatNode &node = m_nodes[n];
        if (!counts[n] || node.waived || node.children.empty())
            continue;
        if (node.kind != Requirement::Kind::AnyOf) {
            for (int child : node.children)
                counts[size_t(child)] = true;
            continue;
        }
        scratch.assign(node.children.begin(), node.children.end());
        sortFew(scratch, [&remaining](int a, int b) { return remaining[size_t(a)] < remaining[size_t(b)]; });
        for (size_t i = 0; i < size_t(std::clamp(node.count, 0, int(scratch.size()))); ++i)
            counts[size_t(scratch[i])] = true;
    }
}

double RequirementTree::rootRemaining(const std::vector<double> &leafRemaining) const
{
    return m_nodes.empty() ? 0.0 : evaluate(leafRemaining).front();
}

} // namespace Cairn::Core
