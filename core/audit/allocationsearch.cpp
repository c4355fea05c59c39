#include "allocationsearch.h"

#include "flowbound.h"
#include "lagrangianbound.h"
#include "localmoves.h"
#include "requirementtree.h"
#include "smallsort.h"

#include <algorithm>
#include <limits>
#include <set>

namespace Cairn::Core {

namespace {
constexpr double tolerance = 1e-9;
}

double leafRemainingAt(const FlatNode &leaf, double load)
{
    if (leaf.kind == Requirement::Kind::Course)
        return load > tolerance ? 0.0 : leaf.required;
    return std::max(0.0, leaf.required - load);
}

void remainingFromLoads(const RequirementTree &tree, const std::vector<double> &loads, std::vector<double> &out)
{
    out.assign(tree.nodes().size(), 0.0);
    for (int leaf : tree.leaves())
        out[size_t(leaf)] = leafRemainingAt(tree.nodes()[size_t(leaf)], loads[size_t(leaf)]);
}

namespace {

class Search
{
public:
    Search(const AllocationProblem &problem, const AllocationLimits &limits)
        : m_problem(problem)
        , m_maximumExplored(limits.searchNodes)
        , m_maximumCourses(limits.searchCourses)
        , m_lagrangianRounds(limits.lagrangianRounds)
        , m_tree(*problem.tree)
        , m_loads(m_tree.nodes().size(), 0.0)
        , m_optimistic(m_tree.nodes().size(), 0.0)
        , m_leafOf(problem.credits.size(), -1)
        , m_flow(*problem.tree, problem)
        , m_undecidedMask(problem.credits.size(), false)
        , m_impactOf(problem.credits.size(), 0.0)
    {
        // A course that matches a single leaf goes there: allocating more
        // never increases any remaining (every node is monotone in its leaves).
        for (size_t c = 0; c < problem.credits.size(); ++c) {
            const auto &options = problem.options[c];
            if (options.size() == 1) {
                m_leafOf[c] = options.front();
                m_loads[size_t(options.front())] += problem.credits[c];
            } else if (options.size() > 1) {
                m_undecided.push_back(int(c));
            }
        }
        // Large courses first: their choice moves the bound the most. Equal
        // courses (same credits, same leaves) end up next to each other.
        std::stable_sort(m_undecided.begin(), m_undecided.end(), [&problem](int a, int b) {
            if (problem.credits[size_t(a)] != problem.credits[size_t(b)])
                return problem.credits[size_t(a)] > problem.credits[size_t(b)];
            return problem.options[size_t(a)] < problem.options[size_t(b)];
        });
        // A course can lower any node's remaining by at most its "impact":
        // its credits, or a course leaf's credits if it can meet one.
        m_budget.assign(m_tree.nodes().size(), 0.0);
        m_coveredStart.push_back(0);
        for (int c : m_undecided) {
            double impact = problem.credits[size_t(c)];
            const size_t start = m_covered.size(); // this course's nodes from here
            for (int leaf : problem.options[size_t(c)]) {
                const FlatNode &node = m_tree.nodes()[size_t(leaf)];
                if (node.kind == Requirement::Kind::Course)
                    impact = std::max(impact, node.required);
                for (int n = leaf; n >= 0; n = m_tree.nodes()[size_t(n)].parent) {
                    if (std::find(m_covered.begin() + ptrdiff_t(start), m_covered.end(), n) != m_covered.end())
                        break;
                    m_covered.push_back(n);
                }
            }
            for (size_t i = start; i < m_covered.size(); ++i)
                m_budget[size_t(m_covered[i])] += impact;
            m_coveredStart.push_back(m_covered.size());
            m_impact.push_back(impact);
            m_impactOf[size_t(c)] = impact;
            m_undecidedMask[size_t(c)] = true;
        }
        m_optimistic = m_loads;
        for (int c : m_undecided) {
            for (int leaf : problem.options[size_t(c)])
                m_optimistic[size_t(leaf)] += problem.credits[size_t(c)];
        }
        m_ordered.resize(1); // the greedy's; the rest when the search branches
    }

    Allocation run()
    {
        // A start the problem suggests first: when it already meets the
        // bound handed over with it (the earned audit, most often), nothing
        // else is needed. Then the greedy allocation: the bound below skips
        // its costlier half when the cheap half already meets the best found.
        if (m_problem.startFrom.size() == m_problem.credits.size() && !m_problem.startFrom.empty()) {
            tryStart();
            if (m_best <= m_problem.knownLowerBound + tolerance)
                return result(m_best);
        }
        greedy();
        double lowerBound = std::max(bound(), m_problem.knownLowerBound);
        if (m_best > lowerBound + tolerance)
            improveLocally();
        // Where the flow leaves a gap, prices on the courses usually close
        // it (lagrangianbound.h), far more cheaply than branching or the
        // programme.
        const auto priced = [&] {
            if (m_best > lowerBound + tolerance && m_lagrangianRounds > 0)
                lowerBound = std::max(lowerBound, lagrangianBound(m_problem, m_best, m_lagrangianRounds));
        };
        priced();
        if (m_best > lowerBound + tolerance) {
            const double before = m_best;
            if (int(m_undecided.size()) >= m_maximumCourses) {
                m_exhausted = true; // the programme's to prove
            } else {
                // Per depth, made only now: most searches never branch.
                m_visited.resize(m_undecided.size() + 1);
                m_ordered.resize(m_undecided.size() + 1);
                m_provenBound = lowerBound; // the branching stops once it meets it
                branch(0);
            }
            // The branching found a better allocation but could not prove
            // it: the prices may.
            if (m_exhausted && m_best < before - tolerance) {
                priced();
                m_exhausted = m_best > lowerBound + tolerance;
            }
        }
        return result(m_exhausted ? std::min(m_best, lowerBound) : m_best);
    }

private:
    // The best allocation found, and what is proven about it.
    Allocation result(double lowerBound) const
    {
        Allocation allocation;
        allocation.provenOptimal = !m_exhausted;
        allocation.lowerBound = lowerBound;
        allocation.leafOf = m_bestLeafOf;
        allocation.leafRemaining = leafRemainingFor(m_problem, m_bestLeafOf);
        allocation.rootRemaining = m_tree.rootRemaining(allocation.leafRemaining);
        return allocation;
    }

    double evaluate(const std::vector<double> &loads)
    {
        remainingFromLoads(m_tree, loads, m_scratch);
        return m_tree.evaluateInto(m_scratch, m_noFloors, m_nodeValues, m_sortScratch);
    }

    // A lower bound on the root over every completion of the current partial
    // allocation: at each node the larger of (a) the tree evaluated with every
    // undecided course counted in all its leaves at once and (b) the node's
    // current remaining less the impact of every undecided course below it.
    double bound()
    {
        remainingFromLoads(m_tree, m_optimistic, m_scratch);
        std::vector<double> &current = m_currentNodes;
        m_tree.evaluateInto(leafRemaining(m_loads), m_noFloors, current, m_sortScratch);
        for (size_t n = 0; n < current.size(); ++n)
            m_floors[n] = current[n] - m_budget[n];
        const double cheap = m_tree.evaluateInto(m_scratch, m_floors, m_nodeValues, m_sortScratch);
        if (cheap >= m_best - tolerance)
            return cheap;
        return std::max(cheap, m_flow.bound(current, m_undecidedMask, m_impactOf));
    }

    const std::vector<double> &leafRemaining(const std::vector<double> &loads)
    {
        remainingFromLoads(m_tree, loads, m_current);
        return m_current;
    }

    void decide(size_t depth, double sign)
    {
        for (size_t i = m_coveredStart[depth]; i < m_coveredStart[depth + 1]; ++i)
            m_budget[size_t(m_covered[i])] -= sign * m_impact[depth];
        m_undecidedMask[size_t(m_undecided[depth])] = sign < 0;
    }

    void assign(int candidate, int leaf)
    {
        const double credits = m_problem.credits[size_t(candidate)];
        for (int option : m_problem.options[size_t(candidate)]) {
            if (option != leaf)
                m_optimistic[size_t(option)] -= credits;
        }
        m_loads[size_t(leaf)] += credits;
        m_leafOf[size_t(candidate)] = leaf;
    }

    void unassign(int candidate, int leaf)
    {
        const double credits = m_problem.credits[size_t(candidate)];
        for (int option : m_problem.options[size_t(candidate)]) {
            if (option != leaf)
                m_optimistic[size_t(option)] += credits;
        }
        m_loads[size_t(leaf)] -= credits;
        m_leafOf[size_t(candidate)] = -1;
    }

    // Options of a candidate ordered by the remaining they leave now (ties in
    // tree order), so that good allocations are found early. `nodeValues`:
    // every node's remaining now (only each option's path changes). Into
    // `ordered`, which the caller keeps (one per depth: the search recurses
    // while it walks them).
    void orderedOptions(int candidate, const std::vector<double> &nodeValues, std::vector<int> &ordered)
    {
        const auto &options = m_problem.options[size_t(candidate)];
        std::vector<std::pair<double, int>> &scored = m_scored;
        scored.clear();
        const double credits = m_problem.credits[size_t(candidate)];
        for (int leaf : options) {
            const double leafValue = leafRemainingAt(m_tree.nodes()[size_t(leaf)], m_loads[size_t(leaf)] + credits);
            scored.emplace_back(m_tree.rootWithLeaf(nodeValues, leaf, leafValue, m_sortScratch), leaf);
        }
        sortFew(scored, [](const auto &a, const auto &b) { return a.first < b.first - tolerance; });
        ordered.clear();
        for (const auto &entry : scored)
            ordered.push_back(entry.second);
    }

    void greedy()
    {
        std::vector<int> chosen;
        std::vector<int> &ordered = m_ordered.front();
        evaluate(m_loads);
        for (int c : m_undecided) {
            orderedOptions(c, m_nodeValues, ordered);
            const int leaf = ordered.front();
            assign(c, leaf);
            chosen.push_back(leaf);
            // Only the leaf's path changes.
            m_tree.updateLeaf(m_nodeValues, leaf, leafRemainingAt(m_tree.nodes()[size_t(leaf)], m_loads[size_t(leaf)]),
                              m_sortScratch);
        }
        if (const double value = m_nodeValues.empty() ? 0.0 : m_nodeValues.front(); value < m_best - tolerance) {
            m_best = value;
            m_bestLeafOf = m_leafOf;
        }
        for (size_t i = m_undecided.size(); i-- > 0;)
            unassign(m_undecided[i], chosen[i]);
    }

    // The allocation the problem suggests, when it beats the greedy one. A
    // course it leaves out goes to its first leaf (counting a course never
    // raises a remaining), so that every course has a leaf, as the local
    // moves expect.
    void tryStart()
    {
        std::vector<int> leafOf = m_problem.startFrom;
        std::vector<double> loads(m_tree.nodes().size(), 0.0);
        for (size_t c = 0; c < leafOf.size(); ++c) {
            if (leafOf[c] < 0 && !m_problem.options[c].empty())
                leafOf[c] = m_problem.options[c].front();
            if (leafOf[c] >= 0)
                loads[size_t(leafOf[c])] += m_problem.credits[c];
        }
        const double value = evaluate(loads);
        if (value < m_best - tolerance) {
            m_best = value;
            m_bestLeafOf = std::move(leafOf);
        }
    }

    bool sameCourse(int a, int b) const
    {
        return m_problem.credits[size_t(a)] == m_problem.credits[size_t(b)]
            && m_problem.options[size_t(a)] == m_problem.options[size_t(b)];
    }

    // The first answer made better by small changes (localmoves.h).
    void improveLocally()
    {
        std::vector<int> leafOf = m_bestLeafOf;
        const double value = LocalMoves(m_problem, m_undecided).improve(leafOf);
        if (value < m_best - tolerance) {
            m_best = value;
            m_bestLeafOf = std::move(leafOf);
        }
    }

    // The loads that matter: a credits leaf's load beyond its requirement and
    // a course leaf's beyond "met" change nothing.
    std::vector<double> stateKey() const
    {
        std::vector<double> key;
        key.reserve(m_tree.leaves().size());
        for (int leaf : m_tree.leaves()) {
            const FlatNode &node = m_tree.nodes()[size_t(leaf)];
            const double load = m_loads[size_t(leaf)];
            key.push_back(node.kind == Requirement::Kind::Course ? (load > tolerance ? 1.0 : 0.0)
                                                                  : std::min(load, node.required));
        }
        return key;
    }

    void branch(size_t depth)
    {
        if (m_best <= m_provenBound + tolerance)
            return; // nothing left to improve
        if (++m_explored > m_maximumExplored) {
            m_exhausted = true;
            return;
        }
        if (depth == m_undecided.size()) {
            const double value = evaluate(m_loads);
            if (value < m_best - tolerance) {
                m_best = value;
                m_bestLeafOf = m_leafOf;
            }
            return;
        }
        const int candidate = m_undecided[depth];
        // Equal courses are interchangeable: place them in non-decreasing leaf
        // order so that each distinct allocation is tried once.
        const bool sameAsPrevious = depth > 0 && sameCourse(m_undecided[depth - 1], candidate);
        const int minimumLeaf = sameAsPrevious ? m_leafOf[size_t(m_undecided[depth - 1])] : -1;
        // A state seen before is not bounded again: it was explored, or
        // pruned by a bound that still prunes it (the best only improves).
        std::vector<double> key = stateKey();
        key.push_back(minimumLeaf);
        if (!m_visited[depth].insert(std::move(key)).second)
            return;
        if (bound() >= m_best - tolerance)
            return;
        decide(depth, +1);
        std::vector<int> &ordered = m_ordered[depth];
        orderedOptions(candidate, m_currentNodes, ordered); // bound() left every node's remaining there
        for (int leaf : ordered) {
            if (leaf < minimumLeaf)
                continue;
            assign(candidate, leaf);
            branch(depth + 1);
            unassign(candidate, leaf);
        }
        decide(depth, -1);
    }

    const AllocationProblem &m_problem;
    const qint64 m_maximumExplored;
    const int m_maximumCourses;
    const int m_lagrangianRounds;
    const RequirementTree &m_tree;
    std::vector<double> m_loads;
    std::vector<double> m_optimistic;
    std::vector<int> m_leafOf;
    std::vector<int> m_undecided;
    std::vector<std::set<std::vector<double>>> m_visited;
    // Buffers kept between the thousands of tree evaluations of one search.
    std::vector<double> m_scratch;
    std::vector<double> m_current;
    std::vector<double> m_currentNodes;
    std::vector<double> m_nodeValues;
    std::vector<double> m_sortScratch;
    std::vector<std::pair<double, int>> m_scored;
    std::vector<std::vector<int>> m_ordered;    // per depth: its candidate's options, best first
    const std::vector<double> m_noFloors;
    std::vector<double> m_budget;               // per node: impact of undecided courses below it
    std::vector<double> m_floors = std::vector<double>(m_tree.nodes().size(), 0.0);
    std::vector<double> m_impact;               // per depth
    std::vector<int> m_covered;                 // the nodes above each depth's course's leaves, depth by depth
    std::vector<size_t> m_coveredStart;         // per depth, and one past the last: where its nodes start
    FlowBound m_flow;
    std::vector<bool> m_undecidedMask;          // per candidate
    std::vector<double> m_impactOf;             // per candidate
    double m_best = std::numeric_limits<double>::infinity(); // nothing found yet
    double m_provenBound = 0.0;                 // no allocation does better (the root's bounds)
    std::vector<int> m_bestLeafOf;
    qint64 m_explored = 0;
    bool m_exhausted = false;
};

} // namespace

Allocation searchAllocation(const AllocationProblem &problem, const AllocationLimits &limits)
{
    return Search(problem, limits).run();
}

} // namespace Cairn::Core
