#include "allocation.h"

#include "requirementtree.h"

#include <algorithm>
#include <cstring>
#include <numeric>
#include <set>

namespace Cairn::Core {

namespace {

constexpr double tolerance = 1e-9;

// Remaining of each leaf given the credits allocated to it ("load").
void remainingFromLoads(const RequirementTree &tree, const std::vector<double> &loads, std::vector<double> &out)
{
    out.assign(tree.nodes().size(), 0.0);
    for (int leaf : tree.leaves()) {
        const FlatNode &node = tree.nodes()[size_t(leaf)];
        const double load = loads[size_t(leaf)];
        if (node.kind == Requirement::Kind::Course)
            out[size_t(leaf)] = load > tolerance ? 0.0 : node.required;
        else
            out[size_t(leaf)] = std::max(0.0, node.required - load);
    }
}

class Search
{
public:
    explicit Search(const AllocationProblem &problem)
        : m_problem(problem)
        , m_tree(*problem.tree)
        , m_loads(m_tree.nodes().size(), 0.0)
        , m_optimistic(m_tree.nodes().size(), 0.0)
        , m_leafOf(problem.credits.size(), -1)
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
        // Large courses first: their choice moves the bound the most.
        std::stable_sort(m_undecided.begin(), m_undecided.end(), [&problem](int a, int b) {
            return problem.credits[size_t(a)] > problem.credits[size_t(b)];
        });
        m_optimistic = m_loads;
        for (int c : m_undecided) {
            for (int leaf : problem.options[size_t(c)])
                m_optimistic[size_t(leaf)] += problem.credits[size_t(c)];
        }
        m_visited.resize(m_undecided.size() + 1);
    }

    Allocation run()
    {
        const double lowerBound = evaluate(m_optimistic);
        greedy();
        if (m_best > lowerBound + tolerance)
            branch(0);
        Allocation allocation;
        allocation.leafOf = m_bestLeafOf;
        allocation.leafRemaining = leafRemainingFor(m_problem, m_bestLeafOf);
        allocation.rootRemaining = m_tree.rootRemaining(allocation.leafRemaining);
        return allocation;
    }

private:
    double evaluate(const std::vector<double> &loads)
    {
        remainingFromLoads(m_tree, loads, m_scratch);
        return m_tree.rootRemaining(m_scratch);
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
    // tree order), so that good allocations are found early.
    std::vector<int> orderedOptions(int candidate)
    {
        const auto &options = m_problem.options[size_t(candidate)];
        std::vector<std::pair<double, int>> scored;
        scored.reserve(options.size());
        const double credits = m_problem.credits[size_t(candidate)];
        for (int leaf : options) {
            m_loads[size_t(leaf)] += credits;
            scored.emplace_back(evaluate(m_loads), leaf);
            m_loads[size_t(leaf)] -= credits;
        }
        std::stable_sort(scored.begin(), scored.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first - tolerance; });
        std::vector<int> ordered;
        for (const auto &entry : scored)
            ordered.push_back(entry.second);
        return ordered;
    }

    void greedy()
    {
        std::vector<int> chosen;
        for (int c : m_undecided) {
            const int leaf = orderedOptions(c).front();
            assign(c, leaf);
            chosen.push_back(leaf);
        }
        m_best = evaluate(m_loads);
        m_bestLeafOf = m_leafOf;
        for (size_t i = m_undecided.size(); i-- > 0;)
            unassign(m_undecided[i], chosen[i]);
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
        if (m_best <= tolerance)
            return; // nothing left to improve
        if (depth == m_undecided.size()) {
            const double value = evaluate(m_loads);
            if (value < m_best - tolerance) {
                m_best = value;
                m_bestLeafOf = m_leafOf;
            }
            return;
        }
        if (evaluate(m_optimistic) >= m_best - tolerance)
            return;
        if (!m_visited[depth].insert(stateKey()).second)
            return;
        const int candidate = m_undecided[depth];
        for (int leaf : orderedOptions(candidate)) {
            assign(candidate, leaf);
            branch(depth + 1);
            unassign(candidate, leaf);
        }
    }

    const AllocationProblem &m_problem;
    const RequirementTree &m_tree;
    std::vector<double> m_loads;
    std::vector<double> m_optimistic;
    std::vector<int> m_leafOf;
    std::vector<int> m_undecided;
    std::vector<std::set<std::vector<double>>> m_visited;
    std::vector<double> m_scratch;
    double m_best = 0.0;
    std::vector<int> m_bestLeafOf;
};

} // namespace

std::vector<double> leafRemainingFor(const AllocationProblem &problem, const std::vector<int> &leafOf)
{
    std::vector<double> loads(problem.tree->nodes().size(), 0.0);
    for (size_t c = 0; c < leafOf.size(); ++c) {
        if (leafOf[c] >= 0)
            loads[size_t(leafOf[c])] += problem.credits[c];
    }
    std::vector<double> remaining;
    remainingFromLoads(*problem.tree, loads, remaining);
    return remaining;
}

Allocation allocateOptimally(const AllocationProblem &problem)
{
    if (problem.tree->isEmpty()) {
        Allocation none;
        none.leafOf.assign(problem.credits.size(), -1);
        return none;
    }
    return Search(problem).run();
}

} // namespace Cairn::Core
