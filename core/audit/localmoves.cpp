#include "localmoves.h"

#include "allocationsearch.h"
#include "requirementtree.h"

#include <algorithm>

namespace Cairn::Core {

namespace {
constexpr double tolerance = 1e-9;
// Chains tried per improve() at most: a pass tries every course's leaves
// against every course there, which grows with the square of both. The
// benchmark's dense trees need at most 4,000 tries of every kind; a learner
// with hundreds of courses that each fit dozens of leaves must not stall.
constexpr int mostChainTries = 20'000;
}

LocalMoves::LocalMoves(const AllocationProblem &problem, const std::vector<int> &movable)
    : m_problem(problem)
    , m_tree(*problem.tree)
    , m_movable(movable)
{
}

double LocalMoves::improve(std::vector<int> &leafOf)
{
    m_loads.assign(m_tree.nodes().size(), 0.0);
    for (size_t c = 0; c < leafOf.size(); ++c) {
        if (leafOf[c] >= 0)
            m_loads[size_t(leafOf[c])] += m_problem.credits[c];
    }
    remainingFromLoads(m_tree, m_loads, m_leafValues);
    m_value = m_tree.evaluateInto(m_leafValues, {}, m_nodeValues, m_scratch);
    m_chainTries = mostChainTries;
    for (bool improved = true; improved;)
        improved = moveEach(leafOf) || swapOnce(leafOf) || chainOnce(leafOf);
    return m_value;
}

std::pair<int, double> LocalMoves::remainingAt(int leaf, double load) const
{
    return {leaf, leafRemainingAt(m_tree.nodes()[size_t(leaf)], load)};
}

double LocalMoves::rootWith(std::initializer_list<std::pair<int, double>> remaining)
{
    return m_tree.rootWithLeaves(m_nodeValues, remaining, m_work, m_scratch);
}

void LocalMoves::accept(double value, std::initializer_list<int> leaves)
{
    m_value = value;
    for (int leaf : leaves)
        m_tree.updateLeaf(m_nodeValues, leaf, leafRemainingAt(m_tree.nodes()[size_t(leaf)], m_loads[size_t(leaf)]),
                          m_scratch);
}

bool LocalMoves::moveEach(std::vector<int> &leafOf)
{
    // Every course in turn, each to the first of its other leaves that helps.
    bool improved = false;
    for (int c : m_movable) {
        const int from = leafOf[size_t(c)];
        const double credits = m_problem.credits[size_t(c)];
        for (int to : m_problem.options[size_t(c)]) {
            if (to == from)
                continue;
            const double candidate =
                rootWith({remainingAt(from, m_loads[size_t(from)] - credits), remainingAt(to, m_loads[size_t(to)] + credits)});
            if (candidate < m_value - tolerance) {
                m_loads[size_t(from)] -= credits;
                m_loads[size_t(to)] += credits;
                leafOf[size_t(c)] = to;
                accept(candidate, {from, to});
                improved = true;
                break;
            }
        }
    }
    return improved;
}

bool LocalMoves::swapOnce(std::vector<int> &leafOf)
{
    for (size_t i = 0; i < m_movable.size(); ++i) {
        const int a = m_movable[i];
        for (size_t j = i + 1; j < m_movable.size(); ++j) {
            const int b = m_movable[j];
            const int leafA = leafOf[size_t(a)];
            const int leafB = leafOf[size_t(b)];
            const double creditsA = m_problem.credits[size_t(a)];
            const double creditsB = m_problem.credits[size_t(b)];
            if (leafA == leafB || creditsA == creditsB)
                continue;
            const auto &optionsA = m_problem.options[size_t(a)];
            const auto &optionsB = m_problem.options[size_t(b)];
            if (std::find(optionsA.begin(), optionsA.end(), leafB) == optionsA.end()
                || std::find(optionsB.begin(), optionsB.end(), leafA) == optionsB.end())
                continue;
            const double candidate = rootWith({remainingAt(leafA, m_loads[size_t(leafA)] - creditsA + creditsB),
                                               remainingAt(leafB, m_loads[size_t(leafB)] - creditsB + creditsA)});
            if (candidate < m_value - tolerance) {
                m_loads[size_t(leafA)] += creditsB - creditsA;
                m_loads[size_t(leafB)] += creditsA - creditsB;
                leafOf[size_t(a)] = leafB;
                leafOf[size_t(b)] = leafA;
                accept(candidate, {leafA, leafB});
                return true;
            }
        }
    }
    return false;
}

bool LocalMoves::chainOnce(std::vector<int> &leafOf)
{
    // Course a from its leaf to another ("via"), course b from there to a
    // third (not a's: that is a swap).
    for (int a : m_movable) {
        const int from = leafOf[size_t(a)];
        const double creditsA = m_problem.credits[size_t(a)];
        for (int via : m_problem.options[size_t(a)]) {
            if (via == from)
                continue;
            for (int b : m_movable) {
                if (b == a || leafOf[size_t(b)] != via)
                    continue;
                const double creditsB = m_problem.credits[size_t(b)];
                for (int to : m_problem.options[size_t(b)]) {
                    // b gains nothing at a leaf already met, and then the
                    // chain does no better than a's move alone, which failed.
                    if (to == via || to == from || m_nodeValues[size_t(to)] <= tolerance)
                        continue;
                    if (--m_chainTries < 0)
                        return false;
                    const double candidate = rootWith({remainingAt(from, m_loads[size_t(from)] - creditsA),
                                                       remainingAt(via, m_loads[size_t(via)] + creditsA - creditsB),
                                                       remainingAt(to, m_loads[size_t(to)] + creditsB)});
                    if (candidate < m_value - tolerance) {
                        m_loads[size_t(from)] -= creditsA;
                        m_loads[size_t(via)] += creditsA - creditsB;
                        m_loads[size_t(to)] += creditsB;
                        leafOf[size_t(a)] = via;
                        leafOf[size_t(b)] = to;
                        accept(candidate, {from, via, to});
                        return true;
                    }
                }
            }
        }
    }
    return false;
}

} // namespace Cairn::Core
