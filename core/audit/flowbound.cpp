#include "flowbound.h"

#include "allocation.h"
#include "requirementtree.h"

#include <algorithm>
#include <limits>

namespace Cairn::Core {

namespace {
constexpr double epsilon = 1e-9;
}

FlowBound::FlowBound(const RequirementTree &tree, const AllocationProblem &problem)
    : m_tree(tree), m_problem(problem), m_groupOf(tree.nodes().size(), -1)
{
    // Groups: the first non-allOf nodes on every path down from the root.
    std::vector<int> stack{0};
    while (!stack.empty()) {
        const int node = stack.back();
        stack.pop_back();
        const FlatNode &flat = tree.nodes()[size_t(node)];
        if (flat.kind == Requirement::Kind::AllOf && !flat.waived) {
            for (int child : flat.children)
                stack.push_back(child);
        } else {
            m_groups.push_back(node);
        }
    }
    // Leaves belong to the group above them.
    for (size_t g = 0; g < m_groups.size(); ++g) {
        std::vector<int> below{m_groups[g]};
        while (!below.empty()) {
            const int node = below.back();
            below.pop_back();
            const FlatNode &flat = tree.nodes()[size_t(node)];
            if (flat.source->isLeaf())
                m_groupOf[size_t(node)] = int(g);
            for (int child : flat.children)
                below.push_back(child);
        }
    }
}

void FlowBound::addEdge(int from, int to, double capacity)
{
    m_adjacent[size_t(from)].push_back(int(m_edges.size()));
    m_edges.push_back({to, capacity, 0.0});
    m_adjacent[size_t(to)].push_back(int(m_edges.size()));
    m_edges.push_back({from, 0.0, 0.0});
}

double FlowBound::maxFlow(int source, int sink)
{
    // Edmonds-Karp after a greedy start: the network has a few hundred edges
    // at most, and most of the flow goes along the obvious paths.
    double total = 0.0;
    for (int first : m_adjacent[size_t(source)]) {
        Edge &toCourse = m_edges[size_t(first)];
        for (int second : m_adjacent[size_t(toCourse.to)]) {
            Edge &toLeaf = m_edges[size_t(second)];
            if (toLeaf.capacity <= 0.0 || m_adjacent[size_t(toLeaf.to)].empty())
                continue; // a reverse edge, or a leaf without a group edge
            // A leaf's edge to its group, and the group's to the sink, are the
            // last added to them; a satisfied group has no edge to the sink.
            Edge &toGroup = m_edges[size_t(m_adjacent[size_t(toLeaf.to)].back())];
            Edge &toSink = m_edges[size_t(m_adjacent[size_t(toGroup.to)].back())];
            if (toGroup.capacity <= 0.0 || toSink.to != sink || toSink.capacity <= 0.0)
                continue;
            const double push = std::min({toCourse.capacity - toCourse.flow, toLeaf.capacity - toLeaf.flow,
                                          toGroup.capacity - toGroup.flow, toSink.capacity - toSink.flow});
            if (push <= epsilon)
                continue;
            for (int e : {first, second, m_adjacent[size_t(toLeaf.to)].back(), m_adjacent[size_t(toGroup.to)].back()}) {
                m_edges[size_t(e)].flow += push;
                m_edges[size_t(e ^ 1)].flow -= push;
            }
            total += push;
        }
    }
    std::vector<int> &parent = m_parentEdge;
    std::vector<int> &queue = m_queue;
    for (;;) {
        parent.assign(m_adjacent.size(), -1);
        queue.clear();
        queue.push_back(source);
        parent[size_t(source)] = -2;
        for (size_t head = 0; head < queue.size() && parent[size_t(sink)] == -1; ++head) {
            const int at = queue[head];
            for (int e : m_adjacent[size_t(at)]) {
                const Edge &edge = m_edges[size_t(e)];
                if (parent[size_t(edge.to)] == -1 && edge.capacity - edge.flow > epsilon) {
                    parent[size_t(edge.to)] = e;
                    queue.push_back(edge.to);
                }
            }
        }
        if (parent[size_t(sink)] == -1)
            return total;
        double push = std::numeric_limits<double>::infinity();
        for (int at = sink; at != source;) {
            const Edge &edge = m_edges[size_t(parent[size_t(at)])];
            push = std::min(push, edge.capacity - edge.flow);
            at = m_edges[size_t(parent[size_t(at)] ^ 1)].to;
        }
        for (int at = sink; at != source;) {
            const int e = parent[size_t(at)];
            m_edges[size_t(e)].flow += push;
            m_edges[size_t(e ^ 1)].flow -= push;
            at = m_edges[size_t(e ^ 1)].to;
        }
        total += push;
    }
}

double FlowBound::bound(const std::vector<double> &current, const std::vector<bool> &undecided,
                        const std::vector<double> &impact)
{
    double groupsRemaining = 0.0;
    for (int group : m_groups)
        groupsRemaining += current[size_t(group)];
    if (groupsRemaining <= epsilon)
        return 0.0;

    // Nodes: source, courses, leaves (by node index), groups, sink.
    const int courses = int(m_problem.credits.size());
    const int nodes = int(m_tree.nodes().size());
    const int source = 0;
    const int firstCourse = 1;
    const int firstLeaf = firstCourse + courses;
    const int firstGroup = firstLeaf + nodes;
    const int sink = firstGroup + int(m_groups.size());
    m_edges.clear();
    // Keep the buffers between calls: this runs at every search node.
    m_adjacent.resize(size_t(sink) + 1);
    for (std::vector<int> &edges : m_adjacent)
        edges.clear();
    bool anyCourse = false;
    for (int c = 0; c < courses; ++c) {
        if (!undecided[size_t(c)])
            continue;
        // A course goes to one leaf, so it lowers the total by at most what
        // the best single leaf can take from it: much less than its credits
        // when it is large and the leaves' gaps are small.
        double mostItCanGive = 0.0;
        for (int leaf : m_problem.options[size_t(c)]) {
            if (m_groupOf[size_t(leaf)] < 0 || current[size_t(leaf)] <= epsilon)
                continue;
            const FlatNode &flat = m_tree.nodes()[size_t(leaf)];
            const double capacity = flat.kind == Requirement::Kind::Course
                ? flat.required
                : std::min(m_problem.credits[size_t(c)], current[size_t(leaf)]);
            addEdge(firstCourse + c, firstLeaf + leaf, capacity);
            mostItCanGive = std::max(mostItCanGive, capacity);
        }
        if (mostItCanGive > epsilon) {
            addEdge(source, firstCourse + c, std::min(mostItCanGive, impact[size_t(c)]));
            anyCourse = true;
        }
    }
    if (!anyCourse)
        return groupsRemaining;
    for (int leaf : m_tree.leaves()) {
        if (m_groupOf[size_t(leaf)] >= 0 && current[size_t(leaf)] > epsilon)
            addEdge(firstLeaf + leaf, firstGroup + m_groupOf[size_t(leaf)], current[size_t(leaf)]);
    }
    for (size_t g = 0; g < m_groups.size(); ++g) {
        if (current[size_t(m_groups[g])] > epsilon)
            addEdge(firstGroup + int(g), sink, current[size_t(m_groups[g])]);
    }
    return std::max(0.0, groupsRemaining - maxFlow(source, sink));
}

} // namespace Cairn::Core
