#pragma once

#include <vector>

namespace Cairn::Core {

// A cap on the credits of some candidates: a maxCredits constraint or the
// recognition cap (DESIGN.md audit step 5).
struct CreditCap
{
    double limit = 0.0;
    std::vector<bool> members; // per candidate
};

// The counted total T: the largest sum of x_c with 0 <= x_c <= credits[c]
// such that every cap holds. Caps may overlap, so in general this is a linear
// programme; it is solved with GLPK's simplex unless at most one cap binds,
// where the answer is immediate.
double countedTotal(const std::vector<double> &credits, const std::vector<CreditCap> &caps);

} // namespace Cairn::Core
