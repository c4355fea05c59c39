#pragma once

#include "allocation.h"

#include <vector>

namespace Cairn::Core {

struct FlatNode;

// The combinatorial half of allocateWithin() (allocation.h): the problem's
// suggested start, a greedy allocation improved by local moves (localmoves.h), the
// Lagrangian bound (lagrangianbound.h) where the flow bound leaves a gap, then
// a branch and bound under the flow bound, within `limits`. Not proven optimal
// when it needed more than the limits allow; the integer programme finishes
// those, from the bound proved here (Allocation::lowerBound). Internal to the
// audit.
Allocation searchAllocation(const AllocationProblem &problem, const AllocationLimits &limits);

// A leaf's remaining given the credits allocated to it ("load").
double leafRemainingAt(const FlatNode &leaf, double load);
// Remaining of each leaf given its load.
void remainingFromLoads(const RequirementTree &tree, const std::vector<double> &loads, std::vector<double> &out);

} // namespace Cairn::Core
