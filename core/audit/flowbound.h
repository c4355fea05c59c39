#pragma once

#include <vector>

namespace Cairn::Core {

class RequirementTree;
struct AllocationProblem;

// A lower bound on the root's remaining credits over every completion of a
// partial allocation, by maximum flow. Descending from the root through allOf
// nodes (whose remaining is the sum of their children's) gives "groups": the
// leaves and anyOf nodes below. A group's remaining can fall by at most the
// credits that reach its leaves, each leaf taking at most its own shortfall,
// and each undecided course giving its credits once, split as it likes. So
//   root >= sum of group remainings - max flow(courses -> leaves -> groups).
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
        int to;
        double capacity;
        double flow;
    };

    void addEdge(int from, int to, double capacity);
    double maxFlow(int source, int sink);

    const RequirementTree &m_tree;
    const AllocationProblem &m_problem;
    std::vector<int> m_groupOf;  // per node: the group index of a leaf, or -1
    std::vector<int> m_groups;   // group -> node index
    std::vector<Edge> m_edges;
    std::vector<std::vector<int>> m_adjacent;
    std::vector<int> m_parentEdge;
    std::vector<int> m_queue;
};

} // namespace Cairn::Core
