#pragma once

#include "allocation.h"

namespace Cairn::Core {

// A lower bound on the root's remaining credits over every allocation, by
// Lagrangian relaxation of "each course counts toward at most one leaf".
//
// With a price λ(c) >= 0 on every course that has a choice, let every leaf
// take any courses it matches, paying their prices, and leave each leaf at
// the least of its remaining plus what it paid. Because a node's remaining
// is a sum (allOf) or a sum of the smallest (anyOf) of its children's, and
// prices are never negative, that least value of the whole tree is the tree
// evaluated on those leaf values (docs/AUDIT.md shows why). Then for every
// legal allocation x
//   root(x) >= root(x) + sum of λ(c) (leaves of c in x - 1) >= tree(λ) - sum of λ(c),
// so tree(λ) - sum of λ is a lower bound whatever the prices. The prices are
// raised on courses several leaves want and lowered on courses none wants
// (a subgradient step toward `target`) until the bound, raised to the
// problem's credit step, reaches `target`, the iterations run out, or eight
// rounds have closed less than 40 % of the first gap (it seldom closes after).
//
// A credits leaf's choice is a small knapsack over its credit steps, solved
// exactly (the bound holds only if each leaf's least value is exact), which
// also keeps the integrality the linear relaxation of the integer programme
// loses: on the trees the search cannot settle, this bound usually proves
// the search's allocation optimal without the programme.
//
// Returns the best bound found, raised to the credit step, or 0 when the
// problem's credits have no common step (creditStep() is 0) or a leaf needs
// too many steps for its knapsack to be cheap.
double lagrangianBound(const AllocationProblem &problem, double target, int iterations);

} // namespace Cairn::Core
