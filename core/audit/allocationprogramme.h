#pragma once

#include "allocation.h"

namespace Cairn::Core {

// The allocation problem as a mixed integer programme, solved by GLPK's
// branch and cut: the fallback for the rare trees on which the
// combinatorial search (allocation.cpp) does not close its gap quickly.
//
//   minimise r(root) subject to
//     each course counts toward at most one of its leaves;
//     credits leaf:  r(l) >= required - credits allocated to l, each course's
//                    credits counted up to what l still needs (no more can
//                    lower r(l), and the cap keeps the LP relaxation from
//                    spreading a large course thinly over several leaves);
//     course leaf:   r(l) >= required * (1 - courses allocated to l);
//     allOf:         r(n) >= sum of r(child);
//     anyOf(k):      r(n) >= sum of t(child), t(i) >= r(i) - M(i) (1 - z(i)),
//                    sum of z = k, z binary (z picks the k children that count);
//     0 <= r(n) <= M(n), M(n) the node's remaining with nothing allocated.
//
// A node that no course with a choice can reach has one remaining whatever
// the allocation: its r(n) is fixed there and its subtree gets no rows; an
// allOf under an allOf adds its children to its parent's sum. Both only make
// the programme smaller (the simplex's work grows with its rows).
//
// Courses with the same credits and the same leaves are one integer variable
// per leaf (how many of them go there), which removes the symmetry that
// otherwise makes the solver try every permutation of equal courses.
//
// The relaxation alone usually proves the search's allocation optimal: its
// bound, raised to the next multiple of the step every credit figure shares
// (every remaining is such a multiple), already meets it, and branch and cut
// is not started.
//
// `incumbent` (a legal allocation, typically the search's best) is handed to
// the solver as its first solution; the result is never worse than it. Its
// lowerBound (what the search proved) is a bound the programme can use.
// Within `timeLimitMs` the solver either proves its allocation optimal or
// stops and reports the best lower bound it proved (Allocation::lowerBound).
Allocation allocateByProgramme(const AllocationProblem &problem, const Allocation &incumbent, int timeLimitMs);

} // namespace Cairn::Core
