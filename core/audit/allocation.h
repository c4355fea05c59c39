#pragma once

#include <QtGlobal>

#include <vector>

namespace Cairn::Core {

class RequirementTree;

// Which leaf each candidate course counts toward (DESIGN.md audit step 7).
struct AllocationProblem
{
    const RequirementTree *tree = nullptr;
    std::vector<double> credits;            // per candidate, in the qualification's framework
    std::vector<std::vector<int>> options;  // per candidate: the leaves (node indices) it matches
    // Optional, from a related problem already solved: no allocation of this
    // one leaves the root less than `knownLowerBound`, and `startFrom` (a
    // legal allocation, leafOf per candidate) is a first one to try. The
    // earned audit takes both from the planned audit of the same tree, whose
    // candidates include its own (auditor.cpp).
    double knownLowerBound = 0.0;
    std::vector<int> startFrom;
};

struct Allocation
{
    std::vector<int> leafOf;            // per candidate: node index, or -1 when it counts nowhere
    std::vector<double> leafRemaining;  // per node; meaningful for leaves
    double rootRemaining = 0.0;
    bool provenOptimal = true; // false only if the solver hit its time limit
    // What was proven: no allocation leaves the root less than this. Equal to
    // rootRemaining when provenOptimal.
    double lowerBound = 0.0;
};

// Remaining credits of every leaf for a given assignment: a course leaf is met
// by any candidate allocated to it; a credits leaf needs its credits in total.
std::vector<double> leafRemainingFor(const AllocationProblem &problem, const std::vector<int> &leafOf);

// The largest step of which every credit figure of the problem is a whole
// multiple (1.25 when courses of 5 and 6.25 credits meet leaves of 10), or 0
// when the figures have no common step down to a thousandth of a credit.
// Every remaining the tree can have is then a multiple of it too.
double creditStep(const AllocationProblem &problem);
// No allocation leaves a remaining between two multiples of `step` (from
// creditStep(); 0 for none), so a lower bound can be raised to the next one.
double roundUpToStep(double bound, double step);

// How hard allocateWithin() tries before it reports a gap instead of an
// optimum.
struct AllocationLimits
{
    // The combinatorial search settles most realistic trees within a hundred
    // nodes (well under a millisecond). A tree that needs more is one of the
    // hard ones, and the integer programme, whose LP relaxation is tighter
    // than the search's bounds, takes over from the best allocation found.
    // Measured in docs/PERFORMANCE.md.
    qint64 searchNodes = 100;
    // With this many courses or more to place, a gap still open after the
    // local moves goes to the programme at once: such searches seldom settle
    // within searchNodes, and the LP relaxation proves most of them by itself.
    int searchCourses = 30;
    // Subgradient steps of the Lagrangian bound (lagrangianbound.h) tried
    // where the flow bound leaves a gap, before branching and again before
    // the programme; 0 leaves the bound out.
    int lagrangianRounds = 30;
    // The integer programme stops here and reports the lower bound it proved.
    int programmeMs = 10'000;
};

// The allocation that minimises the root's remaining credits over all
// allocations (not a greedy first fit). First a branch and bound: a
// relaxation in which every undecided course counts toward all its leaves at
// once, and a maximum flow (flowbound.h), bound each branch from below; a
// greedy allocation improved by local moves gives the first upper bound;
// equivalent states (same capped leaf loads at the same depth) are explored
// once. Where the root's bounds leave a gap, a Lagrangian bound
// (lagrangianbound.h) usually closes it before any branching. When the
// search needs more than `limits.searchNodes` nodes, or has
// `limits.searchCourses` courses or more to place, the integer programme
// (allocationprogramme.h) finishes the job from the best allocation found.
// Deterministic for the same input.
Allocation allocateWithin(const AllocationProblem &problem, const AllocationLimits &limits);
// allocateWithin() with the default limits.
Allocation allocateOptimally(const AllocationProblem &problem);

// First fit, as audit tools in wide use allocate: each course in record order
// goes to the first leaf it matches that is still open. Not used by the audit;
// kept as the baseline that benchmarks and tests compare against.
Allocation allocateFirstFit(const AllocationProblem &problem);

using Allocator = Allocation (*)(const AllocationProblem &problem);

} // namespace Cairn::Core
