#pragma once

#include "allocation.h"

#include <initializer_list>
#include <utility>
#include <vector>

namespace Cairn::Core {

// The allocation search's first upper bound made better by small changes
// (allocationsearch.h), while one lowers the root's remaining:
//  - one course moved to another of its leaves;
//  - when none helps, two courses swapping their leaves;
//  - when neither helps, a chain: a course to another leaf, and a course
//    already there on to a third. Without the chains, most trees the bounds
//    left open had a first answer that was not optimal while the Lagrangian
//    bound already proved the optimum.
// Chains are tried a bounded number of times per call (their passes grow
// with the square of the courses and of their leaves). Internal to the audit.
class LocalMoves final
{
public:
    // `movable`: the courses with a choice of leaves (the others stay put).
    LocalMoves(const AllocationProblem &problem, const std::vector<int> &movable);

    // Improves `leafOf` (every movable course has a leaf) in place; returns
    // the root's remaining it reaches.
    double improve(std::vector<int> &leafOf);

private:
    // One step each over `leafOf`; true when it lowered the root.
    bool moveEach(std::vector<int> &leafOf);
    bool swapOnce(std::vector<int> &leafOf);
    bool chainOnce(std::vector<int> &leafOf);
    // A leaf with its remaining at `load`.
    std::pair<int, double> remainingAt(int leaf, double load) const;
    // The root's remaining if these leaves had these remainings (only their
    // ancestors are recomputed).
    double rootWith(std::initializer_list<std::pair<int, double>> remaining);
    // Takes the change just tried: `leaves` now have their new loads.
    void accept(double value, std::initializer_list<int> leaves);

    const AllocationProblem &m_problem;
    const RequirementTree &m_tree;
    const std::vector<int> &m_movable;
    std::vector<double> m_loads;          // per node: the credits at each leaf
    std::vector<double> m_nodeValues;     // every node's remaining now
    double m_value = 0.0;                 // the root's
    int m_chainTries = 0;                 // left in this improve()
    std::vector<double> m_leafValues;
    std::vector<double> m_work;
    std::vector<double> m_scratch;
};

} // namespace Cairn::Core
