#include "allocationprogramme.h"

#include "allocationsearch.h"
#include "requirementtree.h"

#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

namespace Cairn::Core {

namespace {

constexpr double tolerance = 1e-9;

// Courses that are interchangeable: the same credits and the same leaves.
struct CourseGroup
{
    double credits = 0.0;
    std::vector<int> leaves;
    std::vector<int> courses;
    std::vector<int> columns; // per leaf: how many of the group's courses go there
};

// Rows are built as sparse triplets and loaded at once (GLPK's fastest path).
class ProgrammeBuilder
{
public:
    explicit ProgrammeBuilder(glp_prob *programme) : m_programme(programme) {}

    int column(int kind, double lower, double upper)
    {
        const int column = glp_add_cols(m_programme, 1);
        if (upper - lower <= tolerance)
            glp_set_col_bnds(m_programme, column, GLP_FX, lower, lower);
        else
            glp_set_col_bnds(m_programme, column, GLP_DB, lower, upper);
        glp_set_col_kind(m_programme, column, kind);
        return column;
    }

    // sum(coefficient * column) >= lower (or == when `equal`).
    void row(const std::vector<std::pair<int, double>> &terms, double lower, bool equal = false)
    {
        const int row = glp_add_rows(m_programme, 1);
        glp_set_row_bnds(m_programme, row, equal ? GLP_FX : GLP_LO, lower, lower);
        for (const auto &[column, coefficient] : terms) {
            m_rows.push_back(row);
            m_columns.push_back(column);
            m_values.push_back(coefficient);
        }
    }

    // sum(column) <= upper.
    void atMost(const std::vector<int> &columns, double upper)
    {
        const int row = glp_add_rows(m_programme, 1);
        glp_set_row_bnds(m_programme, row, GLP_UP, 0.0, upper);
        for (int column : columns) {
            m_rows.push_back(row);
            m_columns.push_back(column);
            m_values.push_back(1.0);
        }
    }

    void load()
    {
        glp_load_matrix(m_programme, int(m_rows.size()) - 1, m_rows.data(), m_columns.data(), m_values.data());
    }

private:
    glp_prob *m_programme;
    std::vector<int> m_rows{0}; // GLPK's arrays start at 1
    std::vector<int> m_columns{0};
    std::vector<double> m_values{0.0};
};

// What the branch-and-cut callback needs: the first solution to offer, and
// the best bound proven so far.
struct SolverState
{
    std::vector<double> incumbent; // column values, 1-based
    bool offered = false;
    double bound = 0.0;
};

void observe(glp_tree *tree, void *info)
{
    auto *state = static_cast<SolverState *>(info);
    switch (glp_ios_reason(tree)) {
    case GLP_IHEUR:
        if (!state->offered) {
            state->offered = true;
            glp_ios_heur_sol(tree, state->incumbent.data());
        }
        break;
    case GLP_ISELECT:
    case GLP_IBRANCH:
        if (const int best = glp_ios_best_node(tree))
            state->bound = std::max(state->bound, glp_ios_node_bound(tree, best));
        break;
    default:
        break;
    }
}

class Programme
{
public:
    explicit Programme(const AllocationProblem &problem)
        : m_problem(problem)
        , m_tree(*problem.tree)
        , m_lp(glp_create_prob(), &glp_delete_prob)
        , m_build(m_lp.get())
        , m_remaining(m_tree.nodes().size(), 0)
        , m_step(creditStep(problem))
    {
        std::vector<double> required(m_tree.nodes().size(), 0.0);
        for (int leaf : m_tree.leaves())
            required[size_t(leaf)] = m_tree.nodes()[size_t(leaf)].required;
        m_most = m_tree.evaluate(required);
        groupCourses();
        findConstants();
        for (size_t n = 0; n < m_tree.nodes().size(); ++n) {
            m_remaining[n] = m_constant[n] ? m_build.column(GLP_CV, m_fixedValue[n], m_fixedValue[n])
                                           : m_build.column(GLP_CV, 0.0, m_most[n]);
        }
        for (CourseGroup &group : m_groups) {
            for (size_t i = 0; i < group.leaves.size(); ++i)
                group.columns.push_back(m_build.column(GLP_IV, 0.0, double(group.courses.size())));
            m_build.atMost(group.columns, double(group.courses.size()));
        }
        for (size_t n = 0; n < m_tree.nodes().size(); ++n) {
            if (!m_constant[n] && !insideASum(int(n)))
                constrain(int(n));
        }
        m_build.load();
        glp_set_obj_dir(m_lp.get(), GLP_MIN);
        glp_set_obj_coef(m_lp.get(), m_remaining.front(), 1.0);
    }

    Allocation solve(const Allocation &incumbent, int timeLimitMs)
    {
        Allocation result = incumbent;
        SolverState state;
        state.incumbent = columnValues(incumbent.leafOf);

        glp_smcp simplex;
        glp_init_smcp(&simplex);
        simplex.msg_lev = GLP_MSG_OFF;
        // The all-slack start is dual feasible (every cost is >= 0 and only
        // the root's is not 0), so the dual simplex needs no first phase.
        simplex.meth = GLP_DUALP;
        // Textbook pricing and ratio test: on programmes this small (some 70
        // rows) steepest edge and Harris's test cost more per iteration than
        // they save (docs/PERFORMANCE.md).
        simplex.pricing = GLP_PT_STD;
        simplex.r_test = GLP_RT_STD;
        if (glp_simplex(m_lp.get(), &simplex) != 0 || glp_get_status(m_lp.get()) != GLP_OPT) {
            result.provenOptimal = false; // a numerical failure: keep what the search found
            return result;
        }
        // What the search proved (its Lagrangian bound, often above the
        // relaxation's) counts too: it lets a rounded solution or the
        // incumbent be proven without branch and cut.
        state.bound = std::max({roundUpToStep(glp_get_obj_val(m_lp.get()), m_step), m_problem.knownLowerBound,
                                std::min(incumbent.lowerBound, incumbent.rootRemaining)});
        // The relaxation's own solution, its counts rounded, is a legal
        // allocation too, and often better than the search's where the two
        // differ: then it is the incumbent, and often as good as the bound.
        std::vector<double> relaxed(size_t(glp_get_num_cols(m_lp.get())) + 1, 0.0);
        for (size_t j = 1; j < relaxed.size(); ++j)
            relaxed[j] = glp_get_col_prim(m_lp.get(), int(j));
        if (std::vector<int> leafOf = decode(relaxed); leafOf != result.leafOf) {
            std::vector<double> leafRemaining = leafRemainingFor(m_problem, leafOf);
            if (const double value = m_tree.rootRemaining(leafRemaining); value < result.rootRemaining - tolerance) {
                result.leafOf = std::move(leafOf);
                result.leafRemaining = std::move(leafRemaining);
                result.rootRemaining = value;
                state.incumbent = columnValues(result.leafOf);
            }
        }
        if (result.rootRemaining <= state.bound + 1e-7) {
            // The relaxation proves the allocation optimal.
            result.provenOptimal = true;
            result.lowerBound = result.rootRemaining;
            return result;
        }

        glp_iocp parameters;
        glp_init_iocp(&parameters);
        parameters.msg_lev = GLP_MSG_OFF;
        parameters.tm_lim = timeLimitMs;
        parameters.mip_gap = 0.0;
        parameters.mir_cuts = GLP_ON;
        parameters.cb_func = observe;
        parameters.cb_info = &state;
        const int status = glp_intopt(m_lp.get(), &parameters);
        const int found = glp_mip_status(m_lp.get());
        if (found == GLP_OPT || found == GLP_FEAS) {
            const std::vector<int> leafOf = decode();
            const std::vector<double> leafRemaining = leafRemainingFor(m_problem, leafOf);
            const double value = m_tree.rootRemaining(leafRemaining);
            if (value < result.rootRemaining - tolerance) {
                result.leafOf = leafOf;
                result.leafRemaining = leafRemaining;
                result.rootRemaining = value;
            }
        }
        result.provenOptimal = status == 0 && found == GLP_OPT;
        result.lowerBound = result.provenOptimal ? result.rootRemaining
                                                 : std::min(result.rootRemaining, std::max(0.0, state.bound));
        return result;
    }

private:
    void groupCourses()
    {
        std::map<std::pair<double, std::vector<int>>, size_t> groupOf;
        m_fixedLoad.assign(m_tree.nodes().size(), 0.0);
        m_fixedLeafOf.assign(m_problem.credits.size(), -1);
        for (size_t c = 0; c < m_problem.credits.size(); ++c) {
            std::vector<int> leaves;
            for (int leaf : m_problem.options[c]) {
                if (!m_tree.nodes()[size_t(leaf)].waived)
                    leaves.push_back(leaf); // a waived leaf gains nothing from a course
            }
            std::sort(leaves.begin(), leaves.end());
            leaves.erase(std::unique(leaves.begin(), leaves.end()), leaves.end());
            if (leaves.size() == 1) {
                // Its only leaf: counting it there never raises any remaining.
                m_fixedLeafOf[c] = leaves.front();
                m_fixedLoad[size_t(leaves.front())] += m_problem.credits[c];
                continue;
            }
            if (leaves.empty())
                continue;
            const auto key = std::make_pair(m_problem.credits[c], leaves);
            auto at = groupOf.find(key);
            if (at == groupOf.end()) {
                at = groupOf.emplace(key, m_groups.size()).first;
                m_groups.push_back({m_problem.credits[c], leaves, {}, {}});
            }
            m_groups[at->second].courses.push_back(int(c));
        }
    }

    // A node no group of courses can reach has the same remaining in every
    // allocation (what the courses fixed to their only leaf leave): its
    // column is fixed there and its subtree needs no rows. Some leaves of
    // every realistic tree name a course the learner has not taken, so this
    // takes a fifth of the rows off the programme, and the simplex's work
    // grows with them.
    void findConstants()
    {
        const std::vector<FlatNode> &nodes = m_tree.nodes();
        m_constant.assign(nodes.size(), true);
        for (const CourseGroup &group : m_groups) {
            for (int leaf : group.leaves) {
                for (int n = leaf; n >= 0 && m_constant[size_t(n)]; n = nodes[size_t(n)].parent)
                    m_constant[size_t(n)] = false;
            }
        }
        std::vector<double> leafRemaining;
        remainingFromLoads(m_tree, m_fixedLoad, leafRemaining);
        m_fixedValue = m_tree.evaluate(leafRemaining); // 0 where waived
    }

    // An allOf under an allOf adds its children to its parent's sum: one
    // row for the whole run of sums instead of one per node.
    bool insideASum(int n) const
    {
        const FlatNode &node = m_tree.nodes()[size_t(n)];
        return node.kind == Requirement::Kind::AllOf && node.parent >= 0
            && m_tree.nodes()[size_t(node.parent)].kind == Requirement::Kind::AllOf;
    }

    // The columns (and their coefficients) that allocate credits to `leaf`.
    std::vector<std::pair<int, double>> allocatedTo(int leaf, bool countCourses) const
    {
        std::vector<std::pair<int, double>> terms;
        for (const CourseGroup &group : m_groups) {
            const auto at = std::find(group.leaves.begin(), group.leaves.end(), leaf);
            if (at != group.leaves.end())
                terms.emplace_back(group.columns[size_t(at - group.leaves.begin())], countCourses ? 1.0 : group.credits);
        }
        return terms;
    }

    void constrain(int n)
    {
        const FlatNode &node = m_tree.nodes()[size_t(n)];
        const int r = m_remaining[size_t(n)];
        switch (node.kind) {
        case Requirement::Kind::Credits: {
            const double open = node.required - m_fixedLoad[size_t(n)];
            if (open <= tolerance)
                break;
            std::vector<std::pair<int, double>> terms = allocatedTo(n, false);
            for (auto &term : terms)
                term.second = std::min(term.second, open);
            terms.emplace_back(r, 1.0);
            m_build.row(terms, open);
            break;
        }
        case Requirement::Kind::Course: {
            if (m_fixedLoad[size_t(n)] > tolerance)
                break; // met by a course that can go nowhere else
            std::vector<std::pair<int, double>> terms;
            for (const auto &[column, count] : allocatedTo(n, true))
                terms.emplace_back(column, node.required * count);
            terms.emplace_back(r, 1.0);
            m_build.row(terms, node.required);
            break;
        }
        case Requirement::Kind::AllOf:
            sumOf(r, node.children);
            break;
        case Requirement::Kind::AnyOf: {
            const int k = std::clamp(node.count, 0, int(node.children.size()));
            if (k == int(node.children.size())) {
                sumOf(r, node.children);
                break;
            }
            if (k == 0)
                break;
            std::vector<std::pair<int, double>> counted{{r, 1.0}};
            std::vector<std::pair<int, double>> chosen;
            for (int child : node.children) {
                const double most = m_most[size_t(child)];
                const int z = m_build.column(GLP_BV, 0.0, 1.0);
                const int t = m_build.column(GLP_CV, 0.0, most);
                m_choices.push_back({n, child, z, t});
                // t >= r(child) - most * (1 - z)
                m_build.row({{t, 1.0}, {m_remaining[size_t(child)], -1.0}, {z, -most}}, -most);
                counted.emplace_back(t, -1.0);
                chosen.emplace_back(z, 1.0);
            }
            m_build.row(counted, 0.0);
            m_build.row(chosen, double(k), true);
            break;
        }
        case Requirement::Kind::None:
            break;
        }
    }

    void sumOf(int r, const std::vector<int> &children)
    {
        std::vector<std::pair<int, double>> terms{{r, 1.0}};
        double constants = 0.0;
        addChildren(children, terms, constants);
        m_build.row(terms, constants);
    }

    // For r(n) >= sum of r(child): the children whose remaining is constant
    // add up on the right-hand side, and an allOf child that is not is
    // replaced by its own children.
    void addChildren(const std::vector<int> &children, std::vector<std::pair<int, double>> &terms,
                     double &constants) const
    {
        for (int child : children) {
            if (m_constant[size_t(child)]) // waived nodes too: no group reaches a waived leaf
                constants += m_fixedValue[size_t(child)];
            else if (insideASum(child))
                addChildren(m_tree.nodes()[size_t(child)].children, terms, constants);
            else
                terms.emplace_back(m_remaining[size_t(child)], -1.0);
        }
    }

    // The column values that stand for an allocation, for the solver's first
    // incumbent: counts per group and leaf, every node's remaining, and for
    // each anyOf the k children with the least remaining.
    std::vector<double> columnValues(const std::vector<int> &leafOf) const
    {
        std::vector<double> values(size_t(glp_get_num_cols(m_lp.get())) + 1, 0.0);
        for (const CourseGroup &group : m_groups) {
            for (int c : group.courses) {
                const auto at = std::find(group.leaves.begin(), group.leaves.end(), leafOf[size_t(c)]);
                if (at != group.leaves.end())
                    values[size_t(group.columns[size_t(at - group.leaves.begin())])] += 1.0;
            }
        }
        // The solver's own view of the allocation: courses fixed to their
        // only leaf count there whatever `leafOf` says.
        std::vector<int> asSolved = decode(values);
        const std::vector<double> remaining = m_tree.evaluate(leafRemainingFor(m_problem, asSolved));
        for (size_t n = 0; n < remaining.size(); ++n)
            values[size_t(m_remaining[n])] = m_tree.nodes()[n].waived ? 0.0 : remaining[n];
        std::map<int, std::vector<const Choice *>> byParent;
        for (const Choice &choice : m_choices)
            byParent[choice.parent].push_back(&choice);
        for (auto &[parent, choices] : byParent) {
            std::stable_sort(choices.begin(), choices.end(), [&remaining](const Choice *a, const Choice *b) {
                return remaining[size_t(a->child)] < remaining[size_t(b->child)];
            });
            const int k = m_tree.nodes()[size_t(parent)].count;
            for (size_t i = 0; i < choices.size() && int(i) < k; ++i) {
                values[size_t(choices[i]->z)] = 1.0;
                values[size_t(choices[i]->t)] = remaining[size_t(choices[i]->child)];
            }
        }
        return values;
    }

    // The allocation the solver's counts describe: the group's courses in
    // turn, as many to each leaf as it says.
    std::vector<int> decode(const std::vector<double> &values = {}) const
    {
        std::vector<int> leafOf = m_fixedLeafOf;
        for (const CourseGroup &group : m_groups) {
            size_t next = 0;
            for (size_t i = 0; i < group.leaves.size(); ++i) {
                const double value = values.empty() ? glp_mip_col_val(m_lp.get(), group.columns[i])
                                                    : values[size_t(group.columns[i])];
                for (long count = std::lround(value); count > 0 && next < group.courses.size(); --count)
                    leafOf[size_t(group.courses[next++])] = group.leaves[i];
            }
        }
        return leafOf;
    }

    struct Choice
    {
        int parent;
        int child;
        int z;
        int t;
    };

    const AllocationProblem &m_problem;
    const RequirementTree &m_tree;
    std::unique_ptr<glp_prob, decltype(&glp_delete_prob)> m_lp;
    ProgrammeBuilder m_build;
    std::vector<double> m_most;        // per node: its remaining with nothing allocated
    std::vector<int> m_remaining;      // per node: its column
    std::vector<double> m_fixedLoad;   // per leaf: credits of courses that can go nowhere else
    std::vector<int> m_fixedLeafOf;    // per course: its only leaf, or -1
    std::vector<bool> m_constant;      // per node: no group reaches it (findConstants())
    std::vector<double> m_fixedValue;  // per node: its remaining with only the fixed courses
    std::vector<CourseGroup> m_groups;
    std::vector<Choice> m_choices;
    double m_step;                     // creditStep() of the problem
};

} // namespace

Allocation allocateByProgramme(const AllocationProblem &problem, const Allocation &incumbent, int timeLimitMs)
{
    if (problem.tree->isEmpty())
        return incumbent;
    return Programme(problem).solve(incumbent, timeLimitMs);
}

} // namespace Cairn::Core
