#include "lagrangianbound.h"

#include "allocationsearch.h"
#include "requirementtree.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace Cairn::Core {

namespace {

constexpr double tolerance = 1e-9;
// A credits leaf's knapsack has one state per unit it still needs (see
// Relaxation): beyond this many the bound is not worth its cost.
constexpr int mostUnits = 400;

class Relaxation
{
public:
    explicit Relaxation(const AllocationProblem &problem)
        : m_tree(*problem.tree)
        , m_step(creditStep(problem))
    {
        if (m_step <= 0.0)
            return;
        const std::vector<FlatNode> &nodes = m_tree.nodes();
        // A course with one leaf counts there in every allocation worth
        // having; only courses with a choice get a price.
        std::vector<double> fixedLoad(nodes.size(), 0.0);
        std::vector<int> priced(problem.credits.size(), -1);
        for (size_t c = 0; c < problem.credits.size(); ++c) {
            if (problem.options[c].size() == 1) {
                fixedLoad[size_t(problem.options[c].front())] += problem.credits[c];
            } else if (problem.options[c].size() > 1) {
                priced[c] = int(m_steps.size());
                m_steps.push_back(int(std::lround(problem.credits[c] / m_step)));
            }
        }
        m_leafValues.assign(nodes.size(), 0.0);
        for (int node : m_tree.leaves()) {
            const FlatNode &flat = nodes[size_t(node)];
            Leaf leaf;
            leaf.node = node;
            leaf.course = flat.kind == Requirement::Kind::Course;
            const double open = leafRemainingAt(flat, fixedLoad[size_t(node)]);
            leaf.open = open;
            leaf.steps = leaf.course ? 0 : int(std::lround(open / m_step));
            m_leafValues[size_t(node)] = open; // until a price says otherwise
            m_leaves.push_back(leaf);
        }
        std::vector<int> leafAt(nodes.size(), -1); // per node: its index in m_leaves
        for (size_t l = 0; l < m_leaves.size(); ++l)
            leafAt[size_t(m_leaves[l].node)] = int(l);
        for (size_t c = 0; c < problem.credits.size(); ++c) {
            if (priced[c] < 0)
                continue;
            for (int node : problem.options[c]) {
                const int l = leafAt[size_t(node)];
                if (l >= 0 && !nodes[size_t(node)].waived) // a waived leaf takes nothing, so drops out below
                    m_leaves[size_t(l)].courses.push_back(priced[c]);
            }
        }
        // A leaf no priced course matches keeps its value whatever the
        // prices: set once above, not recomputed every round.
        m_leaves.erase(std::remove_if(m_leaves.begin(), m_leaves.end(),
                                      [](const Leaf &leaf) { return leaf.courses.empty(); }),
                       m_leaves.end());
        // A leaf's knapsack counts in the largest unit its own figures share
        // (5 credits where only another leaf's course has 6.25): a course at
        // least as large as the gap fills it, whatever its size.
        for (Leaf &leaf : m_leaves) {
            if (leaf.course || leaf.steps == 0)
                continue;
            int unit = leaf.steps;
            for (int c : leaf.courses) {
                if (m_steps[size_t(c)] < leaf.steps)
                    unit = std::gcd(unit, m_steps[size_t(c)]);
            }
            leaf.unit = unit;
            leaf.steps /= unit;
            if (leaf.steps > mostUnits)
                return; // not applicable

            // Courses of one size next to each other (see knapsack()).
            std::vector<std::pair<int, int>> bySize; // (units, course)
            bySize.reserve(leaf.courses.size());
            for (int c : leaf.courses)
                bySize.emplace_back(std::min(m_steps[size_t(c)] / unit, leaf.steps), c);
            std::sort(bySize.begin(), bySize.end());
            leaf.courses.clear();
            leaf.courseSteps.reserve(bySize.size());
            for (const auto &[units, c] : bySize) {
                if (leaf.courseSteps.empty() || leaf.courseSteps.back() != units)
                    leaf.sizeStart.push_back(int(leaf.courses.size()));
                leaf.courses.push_back(c);
                leaf.courseSteps.push_back(units);
            }
            leaf.sizeStart.push_back(int(leaf.courses.size()));
        }
        m_applicable = true;
    }

    bool applicable() const { return m_applicable; }

    double run(double target, int iterations)
    {
        std::vector<double> price(m_steps.size(), 0.0);
        std::vector<int> uses(m_steps.size(), 0);
        double best = -std::numeric_limits<double>::infinity();
        // Polyak's step toward the target, scaled by 1.5 and halved when
        // four rounds in a row bring nothing better: of the settings tried
        // on the benchmark's trees, the one that proved the most within 30
        // rounds (docs/PERFORMANCE.md).
        double scale = 1.5;
        constexpr int stall = 4;
        int sinceBetter = 0;
        double firstGap = 0.0;
        for (int round = 0; round < iterations; ++round) {
            const double value = evaluate(price, uses);
            if (value > best + tolerance) {
                best = value;
                sinceBetter = 0;
            } else if (++sinceBetter >= stall) {
                scale /= 2.0;
                sinceBetter = 0;
            }
            if (roundUpToStep(best, m_step) >= target - tolerance)
                break;
            // Eight rounds that have not closed 40 % of the first gap seldom
            // close it all: on the dense benchmark trees (many broad leaves)
            // they never did, and each round there is costly.
            if (round == 0)
                firstGap = target - best;
            if (round == 8 && target - best > 0.6 * firstGap)
                break;
            // A course wanted by several leaves is worth more than it costs;
            // one no leaf takes costs too much.
            double norm = 0.0;
            for (size_t c = 0; c < price.size(); ++c) {
                const int slope = uses[c] - 1;
                if (slope < 0 && price[c] <= 0.0)
                    continue;
                norm += double(slope) * double(slope);
            }
            if (norm <= 0.0)
                break; // every course taken by exactly one leaf: nothing to improve
            const double length = scale * std::max(target - value, m_step) / norm;
            for (size_t c = 0; c < price.size(); ++c)
                price[c] = std::max(0.0, price[c] + length * double(uses[c] - 1));
        }
        return std::max(0.0, roundUpToStep(best, m_step));
    }

private:
    struct Leaf
    {
        int node = 0;
        bool course = false;
        double open = 0.0;        // its remaining with only the fixed courses
        int steps = 0;            // credits leaf: `open` in units
        int unit = 1;             // credits leaf: credit steps per unit
        std::vector<int> courseSteps; // credits leaf: per course, its credits in units (at most `steps`)
        std::vector<int> sizeStart;   // credits leaf: where each size of course starts, and one past the last
        std::vector<int> courses; // priced courses that match it
        std::vector<int> chosen;  // what it takes at the current prices
    };

    // The bound at these prices; `uses` gets how many counting leaves take
    // each course.
    double evaluate(const std::vector<double> &price, std::vector<int> &uses)
    {
        double paid = 0.0;
        for (double p : price)
            paid += p;
        for (Leaf &leaf : m_leaves)
            m_leafValues[size_t(leaf.node)] = leaf.course ? cheapestCourse(leaf, price) : knapsack(leaf, price);
        const double root = m_tree.evaluateInto(m_leafValues, m_noFloors, m_nodeValues, m_scratch);

        m_tree.countingNodes(m_nodeValues, m_counts, m_order);
        std::fill(uses.begin(), uses.end(), 0);
        for (const Leaf &leaf : m_leaves) {
            if (m_counts[size_t(leaf.node)]) {
                for (int c : leaf.chosen)
                    ++uses[size_t(c)];
            }
        }
        return root - paid;
    }

    // A course leaf is met by any one course: its remaining, or the price
    // of the cheapest course it matches.
    double cheapestCourse(Leaf &leaf, const std::vector<double> &price) const
    {
        leaf.chosen.clear();
        double value = leaf.open;
        int cheapest = -1;
        for (int c : leaf.courses) {
            if (price[size_t(c)] < value - tolerance) {
                value = price[size_t(c)];
                cheapest = c;
            }
        }
        if (cheapest >= 0)
            leaf.chosen.push_back(cheapest);
        return value;
    }

    // A credits leaf: the least of (units still open) * unit + prices paid
    // over every set of its courses, by a 0/1 knapsack over its units (a
    // course worth more units than are open fills them all).
    double knapsack(Leaf &leaf, const std::vector<double> &price)
    {
        leaf.chosen.clear();
        const int open = leaf.steps;
        if (open == 0)
            return leaf.open;
        const size_t states = size_t(open) + 1;
        const double unitCredits = double(leaf.unit) * m_step;
        // Of the courses of one size, only the cheapest few can be worth
        // taking: as many as it takes to fill the gap (a dearer one is
        // never better than a cheaper one of the same size), and none that
        // costs what it could save. Typically a third of the leaf's courses.
        m_items.clear();
        for (size_t g = 0; g + 1 < leaf.sizeStart.size(); ++g) {
            const int units = leaf.courseSteps[size_t(leaf.sizeStart[g])];
            const size_t first = m_items.size();
            for (int i = leaf.sizeStart[g]; i < leaf.sizeStart[g + 1]; ++i) {
                const double p = price[size_t(leaf.courses[size_t(i)])];
                if (p < double(units) * unitCredits)
                    m_items.emplace_back(p, i);
            }
            const size_t useful = size_t((open + units - 1) / units);
            if (m_items.size() - first > useful) {
                std::nth_element(m_items.begin() + ptrdiff_t(first), m_items.begin() + ptrdiff_t(first + useful) - 1,
                                 m_items.end());
                m_items.resize(first + useful);
            }
        }
        const size_t items = m_items.size();
        m_cost.assign(states, std::numeric_limits<double>::infinity());
        m_cost[0] = 0.0;
        m_from.assign(items * states, -1);
        int reached = 0; // no state above this one is reachable yet
        for (size_t i = 0; i < items; ++i) {
            const double p = m_items[i].first;
            const int steps = leaf.courseSteps[size_t(m_items[i].second)];
            for (int j = reached; j >= 0; --j) {
                if (!std::isfinite(m_cost[size_t(j)]))
                    continue;
                const int to = std::min(open, j + steps);
                if (m_cost[size_t(j)] + p < m_cost[size_t(to)] - tolerance) {
                    m_cost[size_t(to)] = m_cost[size_t(j)] + p;
                    m_from[i * states + size_t(to)] = j;
                }
            }
            reached = std::min(open, reached + steps);
        }
        int bestState = 0;
        double best = leaf.open;
        for (int j = 1; j <= reached; ++j) {
            const double value = double(open - j) * unitCredits + m_cost[size_t(j)];
            if (value < best - tolerance) {
                best = value;
                bestState = j;
            }
        }
        for (size_t i = items; i-- > 0 && bestState > 0;) {
            const int from = m_from[i * states + size_t(bestState)];
            if (from >= 0) {
                leaf.chosen.push_back(leaf.courses[size_t(m_items[i].second)]);
                bestState = from;
            }
        }
        return best;
    }

    const RequirementTree &m_tree;
    const double m_step;
    bool m_applicable = false;
    std::vector<int> m_steps;       // per priced course: its credits in steps
    std::vector<Leaf> m_leaves;
    std::vector<double> m_leafValues;
    std::vector<double> m_nodeValues;
    std::vector<double> m_scratch;
    const std::vector<double> m_noFloors;
    std::vector<bool> m_counts;     // per node: whether it counts (RequirementTree::countingNodes)
    std::vector<int> m_order;       // countingNodes()'s scratch
    std::vector<std::pair<double, int>> m_items; // per knapsack: (price, position in the leaf) worth trying
    std::vector<double> m_cost;
    std::vector<int> m_from;
};

} // namespace

double lagrangianBound(const AllocationProblem &problem, double target, int iterations)
{
    if (problem.tree->isEmpty())
        return 0.0;
    Relaxation relaxation(problem);
    return relaxation.applicable() ? relaxation.run(target, iterations) : 0.0;
}

} // namespace Cairn::Core
