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
    : m_tree(tree), m_problem(problem)
{
}

void FlowBound::buildNetwork()
{
    // The network's shape never changes during a search, only its
    // capacities: built once, when first needed (most audits settle
    // without it). Vertices: source, courses, tree nodes (by index), sink.
    const RequirementTree &tree = m_tree;
    const AllocationProblem &problem = m_problem;
    const std::vector<FlatNode> &nodes = tree.nodes();
    const int courses = int(problem.credits.size());
    m_firstNode = 1 + courses;
    m_sink = m_firstNode + int(nodes.size());
    const size_t vertices = size_t(m_sink) + 1;
    // Every vertex's edges in one array (its edges from m_adjacencyStart[v]
    // to m_adjacencyStart[v + 1]), sized first: the network is built once
    // per search, and a list per vertex cost more to allocate than the
    // flows on most searches.
    std::vector<int> degree(vertices, 0);
    int edges = int(nodes.size());
    for (int c = 0; c < courses; ++c) {
        if (problem.options[size_t(c)].empty())
            continue;
        ++degree[0];
        degree[size_t(1 + c)] += 1 + int(problem.options[size_t(c)].size());
        for (int leaf : problem.options[size_t(c)])
            ++degree[size_t(m_firstNode + leaf)];
        edges += 1 + int(problem.options[size_t(c)].size());
    }
    for (size_t n = 0; n < nodes.size(); ++n) {
        ++degree[size_t(m_firstNode) + n];
        ++degree[nodes[n].parent >= 0 ? size_t(m_firstNode + nodes[n].parent) : size_t(m_sink)];
    }
    m_adjacencyStart.assign(vertices + 1, 0);
    for (size_t v = 0; v < vertices; ++v)
        m_adjacencyStart[v + 1] = m_adjacencyStart[v] + degree[v];
    m_adjacency.assign(size_t(m_adjacencyStart.back()), 0);
    m_fill.assign(m_adjacencyStart.begin(), m_adjacencyStart.end() - 1);
    m_edges.resize(2 * size_t(edges)); // filled in order by addEdge()
    m_sourceEdge.assign(size_t(courses), -1);
    for (int c = 0; c < courses; ++c) {
        if (problem.options[size_t(c)].empty())
            continue;
        // The option edges follow the source edge: option i's is 2 (i + 1) on.
        m_sourceEdge[size_t(c)] = addEdge(0, 1 + c);
        for (int leaf : problem.options[size_t(c)])
            addEdge(1 + c, m_firstNode + leaf);
    }
    m_upEdge.resize(nodes.size());
    for (size_t n = 0; n < nodes.size(); ++n)
        m_upEdge[n] = addEdge(m_firstNode + int(n), nodes[n].parent >= 0 ? m_firstNode + nodes[n].parent : m_sink);
}

int FlowBound::addEdge(int from, int to)
{
    const int index = m_edgesAdded;
    m_edgesAdded += 2;
    m_adjacency[size_t(m_fill[size_t(from)]++)] = index;
    m_edges[size_t(index)].to = to;
    m_adjacency[size_t(m_fill[size_t(to)]++)] = index + 1;
    m_edges[size_t(index) + 1].to = from;
    return index;
}

double FlowBound::pushAlongTheTree(int source)
{
    double total = 0.0;
    for (int i = m_adjacencyStart[size_t(source)]; i < m_adjacencyStart[size_t(source) + 1]; ++i) {
        const int first = m_adjacency[size_t(i)];
        Edge &toCourse = m_edges[size_t(first)];
        for (int j = m_adjacencyStart[size_t(toCourse.to)]; j < m_adjacencyStart[size_t(toCourse.to) + 1]; ++j) {
            const int second = m_adjacency[size_t(j)];
            Edge &toLeaf = m_edges[size_t(second)];
            if (toLeaf.capacity <= 0.0)
                continue; // a reverse edge
            double push = std::min(toCourse.capacity - toCourse.flow, toLeaf.capacity - toLeaf.flow);
            for (int node = toLeaf.to - m_firstNode; node >= 0 && push > epsilon;
                 node = m_tree.nodes()[size_t(node)].parent) {
                const Edge &up = m_edges[size_t(m_upEdge[size_t(node)])];
                push = std::min(push, up.capacity - up.flow);
            }
            if (push <= epsilon)
                continue;
            const auto send = [this, push](int e) {
                m_edges[size_t(e)].flow += push;
                m_edges[size_t(e ^ 1)].flow -= push;
            };
            send(first);
            send(second);
            for (int node = toLeaf.to - m_firstNode; node >= 0; node = m_tree.nodes()[size_t(node)].parent)
                send(m_upEdge[size_t(node)]);
            total += push;
        }
    }
    return total;
}

double FlowBound::maxFlow(int source, int sink)
{
    // Edmonds-Karp after the greedy start: the network has a few hundred
    // edges at most.
    double total = pushAlongTheTree(source);
    std::vector<int> &parent = m_parentEdge;
    std::vector<int> &queue = m_queue;
    for (;;) {
        parent.assign(m_adjacencyStart.size() - 1, -1);
        queue.clear();
        queue.push_back(source);
        parent[size_t(source)] = -2;
        for (size_t head = 0; head < queue.size() && parent[size_t(sink)] == -1; ++head) {
            const int at = queue[head];
            for (int i = m_adjacencyStart[size_t(at)]; i < m_adjacencyStart[size_t(at) + 1]; ++i) {
                const int e = m_adjacency[size_t(i)];
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
    const std::vector<FlatNode> &nodes = m_tree.nodes();
    const double rootRemaining = current.front();
    if (rootRemaining <= epsilon)
        return 0.0;

    if (m_adjacencyStart.empty())
        buildNetwork();
    for (Edge &edge : m_edges) {
        edge.capacity = 0.0;
        edge.flow = 0.0;
    }
    bool anyCourse = false;
    for (size_t c = 0; c < m_problem.credits.size(); ++c) {
        if (!undecided[c] || m_sourceEdge[c] < 0)
            continue;
        // A course goes to one leaf, so it lowers the total by at most what
        // the best single leaf can take from it: much less than its credits
        // when it is large and the leaves' gaps are small.
        double mostItCanGive = 0.0;
        const std::vector<int> &options = m_problem.options[c];
        for (size_t i = 0; i < options.size(); ++i) {
            const int leaf = options[i];
            if (current[size_t(leaf)] <= epsilon)
                continue;
            const FlatNode &flat = nodes[size_t(leaf)];
            const double capacity = flat.kind == Requirement::Kind::Course
                ? flat.required
                : std::min(m_problem.credits[c], current[size_t(leaf)]);
            m_edges[size_t(m_sourceEdge[c]) + 2 * (i + 1)].capacity = capacity;
            mostItCanGive = std::max(mostItCanGive, capacity);
        }
        if (mostItCanGive > epsilon) {
            m_edges[size_t(m_sourceEdge[c])].capacity = std::min(mostItCanGive, impact[c]);
            anyCourse = true;
        }
    }
    if (!anyCourse)
        return rootRemaining;
    // Each node up to its parent; the root to the sink. Under an anyOf, the
    // k-th smallest remaining among the siblings (0 when it asks for none).
    m_kth.assign(nodes.size(), 0.0);
    for (size_t n = 0; n < nodes.size(); ++n) {
        const FlatNode &node = nodes[n];
        if (node.kind != Requirement::Kind::AnyOf)
            continue;
        m_capScratch.clear();
        for (int child : node.children)
            m_capScratch.push_back(current[size_t(child)]);
        const size_t k = size_t(std::clamp(node.count, 0, int(m_capScratch.size())));
        if (k > 0) {
            std::nth_element(m_capScratch.begin(), m_capScratch.begin() + ptrdiff_t(k - 1), m_capScratch.end());
            m_kth[n] = m_capScratch[k - 1];
        }
    }
    for (size_t n = 0; n < nodes.size(); ++n) {
        const int parent = nodes[n].parent;
        double capacity = current[n];
        if (parent >= 0 && nodes[size_t(parent)].kind == Requirement::Kind::AnyOf)
            capacity = std::min(capacity, m_kth[size_t(parent)]);
        m_edges[size_t(m_upEdge[n])].capacity = std::max(0.0, capacity);
    }
    return std::max(0.0, rootRemaining - maxFlow(0, m_sink));
}

} // namespace Cairn::Core
