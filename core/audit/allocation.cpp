#include "allocation.h"

#include "allocationprogramme.h"
#include "allocationsearch.h"
#include "requirementtree.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Cairn::Core {

namespace {
constexpr double tolerance = 1e-9;
} // namespace

double creditStep(const AllocationProblem &problem)
{
    long long step = 0;
    const auto include = [&step](double credits) {
        const double scaled = credits * 1000.0;
        const long long whole = std::llround(scaled);
        if (std::abs(scaled - double(whole)) > 1e-6 * std::max(1.0, std::abs(scaled)))
            return false;
        step = std::gcd(step, std::abs(whole));
        return true;
    };
    for (double credits : problem.credits) {
        if (!include(credits))
            return 0.0;
    }
    for (int leaf : problem.tree->leaves()) {
        if (!include(problem.tree->nodes()[size_t(leaf)].required))
            return 0.0;
    }
    return double(step) / 1000.0;
}

double roundUpToStep(double bound, double step)
{
    return step > 0.0 ? std::ceil(bound / step - 1e-5) * step : bound;
}

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

Allocation allocateFirstFit(const AllocationProblem &problem)
{
    Allocation allocation;
    allocation.leafOf.assign(problem.credits.size(), -1);
    std::vector<double> loads(problem.tree->nodes().size(), 0.0);
    std::vector<double> remaining;
    for (size_t c = 0; c < problem.credits.size(); ++c) {
        remainingFromLoads(*problem.tree, loads, remaining);
        for (int leaf : problem.options[c]) {
            if (remaining[size_t(leaf)] > tolerance) {
                allocation.leafOf[c] = leaf;
                loads[size_t(leaf)] += problem.credits[c];
                break;
            }
        }
    }
    remainingFromLoads(*problem.tree, loads, allocation.leafRemaining);
    allocation.rootRemaining = problem.tree->rootRemaining(allocation.leafRemaining);
    return allocation;
}

Allocation allocateOptimally(const AllocationProblem &problem)
{
    return allocateWithin(problem, AllocationLimits());
}

Allocation allocateWithin(const AllocationProblem &problem, const AllocationLimits &limits)
{
    if (problem.tree->isEmpty()) {
        Allocation none;
        none.leafOf.assign(problem.credits.size(), -1);
        return none;
    }
    const Allocation searched = searchAllocation(problem, limits);
    if (searched.provenOptimal)
        return searched;
    return allocateByProgramme(problem, searched, limits.programmeMs);
}

} // namespace Cairn::Core
