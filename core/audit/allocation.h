#pragma once

#include <vector>

namespace Cairn::Core {

class RequirementTree;

// Which leaf each candidate course counts toward (DESIGN.md audit step 7).
struct AllocationProblem
{
    const RequirementTree *tree = nullptr;
    std::vector<double> credits;            // per candidate, in the qualification's framework
    std::vector<std::vector<int>> options;  // per candidate: the leaves (node indices) it matches
};

struct Allocation
{
    std::vector<int> leafOf;            // per candidate: node index, or -1 when it counts nowhere
    std::vector<double> leafRemaining;  // per node; meaningful for leaves
    double rootRemaining = 0.0;
    bool provenOptimal = true; // false only if the search hit its safety limit
};

// Remaining credits of every leaf for a given assignment: a course leaf is met
// by any candidate allocated to it; a credits leaf needs its credits in total.
std::vector<double> leafRemainingFor(const AllocationProblem &problem, const std::vector<int> &leafOf);

// The allocation that minimises the root's remaining credits over all
// allocations (not a greedy first fit). Branch and bound: a relaxation in
// which every undecided course counts toward all its leaves at once bounds
// each branch from below, a greedy allocation gives the first upper bound, and
// equivalent states (same capped leaf loads at the same depth) are explored
// once. Deterministic for the same input.
Allocation allocateOptimally(const AllocationProblem &problem);

// First fit, as audit tools in wide use allocate: each course in record order
// goes to the first leaf it matches that is still open. Not used by the audit;
// kept as the baseline that benchmarks and tests compare against.
Allocation allocateFirstFit(const AllocationProblem &problem);

using Allocator = Allocation (*)(const AllocationProblem &problem);

} // namespace Cairn::Core
