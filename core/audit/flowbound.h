#pragma once

#include <vector>

namespace Cairn::Core {

class RequirementTree;
struct AllocationProblem;

// A lower bound on the root's remaining credits over every completion of a
// partial allocation, by maximum flow through the requirement tree itself:
// undecided courses send credits to the leaves they match, each leaf passes
// them up to its parent, and so on to the root. The root's remaining can fall
// by at most the flow that reaches it, so
//   root >= root's remaining now - max flow.
// Capacities, each a most that the step can lower its target by:
//  - a course gives its credits once, split as it likes, but no more than the
//    best single leaf could take from it (a course goes to one leaf);
//  - a node lowers its parent by at most its own remaining;
//  - under an anyOf(k), a child lowers the anyOf by at most the k-th smallest
//    remaining among its siblings: a child outside the k smallest must first
//    fall below them to count at all (docs/AUDIT.md shows why this holds).
// Unlike counting every course in every leaf it matches, this never counts a
// course twice, which is what makes dense instances tractable.
class FlowBound final
{
public:
    FlowBound(const RequirementTree &tree, const AllocationProblem &problem);

    // `current`: every node's remaining under the partial allocation;
    // `undecided[c]`: whether course c is still to be placed; `impact[c]`: the
    // most it can lower a node.
    double bound(const std::vector<double> &current, const std::vector<bool> &undecided,
                 const std::vector<double> &impact);

private:
    struct Edge
    {
        int to = 0;
        double capacity = 0.0;
        double flow = 0.0;
    };

    void buildNetwork();
    int addEdge(int from, int to); // its capacity is set by bound()
    // Pushes what fits along course -> leaf -> ... -> root -> sink before the
    // augmenting paths: most of the flow goes along these obvious paths.
    double pushAlongTheTree(int source);
    double maxFlow(int source, int sink);

    const RequirementTree &m_tree;
    const AllocationProblem &m_problem;
    std::vector<Edge> m_edges;
    int m_edgesAdded = 0;              // while building
    std::vector<int> m_adjacencyStart; // per vertex, and one past the last: where its edges start in m_adjacency
    std::vector<int> m_adjacency;      // edge indices, vertex by vertex
    std::vector<int> m_fill;           // while building: where each vertex's next edge goes
    std::vector<int> m_sourceEdge;     // per course, or -1 when it matches no leaf; its option edges follow
    std::vector<int> m_upEdge;       // per tree node: its edge to its parent (the root's: to the sink)
    std::vector<double> m_kth;       // per anyOf node: its k-th smallest child remaining
    std::vector<double> m_capScratch;
    std::vector<int> m_parentEdge;
    std::vector<int> m_queue;
    int m_firstNode = 0;
    int m_sink = 0;
};

} // namespace Cairn::Core
