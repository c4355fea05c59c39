#include "countedtotal.h"

#include <glpk.h>

#include <algorithm>
#include <memory>
#include <numeric>

namespace Cairn::Core {

namespace {

// A feasible point found without the solver: each group in turn takes what
// every cap it is under still allows. Never more than the optimum, so an
// audit that had to fall back on it counts too little rather than too much.
double fillGreedily(const std::vector<double> &groupCredits, const std::vector<std::vector<int>> &groupCaps,
                    std::vector<double> limits)
{
    double total = 0.0;
    for (size_t s = 0; s < groupCredits.size(); ++s) {
        double take = groupCredits[s];
        for (int cap : groupCaps[s])
            take = std::min(take, limits[size_t(cap)]);
        take = std::max(0.0, take);
        for (int cap : groupCaps[s])
            limits[size_t(cap)] -= take;
        total += take;
    }
    return total;
}

double solveLinearProgramme(const std::vector<double> &groupCredits, const std::vector<std::vector<int>> &groupCaps,
                            const std::vector<double> &limits)
{
    const std::unique_ptr<glp_prob, decltype(&glp_delete_prob)> lp(glp_create_prob(), &glp_delete_prob);
    glp_set_obj_dir(lp.get(), GLP_MAX);
    glp_add_rows(lp.get(), int(limits.size()));
    for (size_t j = 0; j < limits.size(); ++j)
        glp_set_row_bnds(lp.get(), int(j) + 1, GLP_UP, 0.0, limits[j]);
    glp_add_cols(lp.get(), int(groupCredits.size()));
    std::vector<int> rows{0};
    std::vector<int> columns{0};
    std::vector<double> values{0.0};
    for (size_t s = 0; s < groupCredits.size(); ++s) {
        const int column = int(s) + 1;
        if (groupCredits[s] > 0.0)
            glp_set_col_bnds(lp.get(), column, GLP_DB, 0.0, groupCredits[s]);
        else
            glp_set_col_bnds(lp.get(), column, GLP_FX, 0.0, 0.0);
        glp_set_obj_coef(lp.get(), column, 1.0);
        for (int cap : groupCaps[s]) {
            rows.push_back(cap + 1);
            columns.push_back(column);
            values.push_back(1.0);
        }
    }
    glp_load_matrix(lp.get(), int(rows.size()) - 1, rows.data(), columns.data(), values.data());
    glp_smcp parameters;
    glp_init_smcp(&parameters);
    parameters.msg_lev = GLP_MSG_OFF;
    // The origin is feasible (all limits >= 0) and the problem is bounded, so
    // the simplex should always reach an optimum; should it not (a numerical
    // failure), the audit counts a feasible total rather than a wrong one.
    const double feasible = fillGreedily(groupCredits, groupCaps, limits);
    if (glp_simplex(lp.get(), &parameters) != 0 || glp_get_status(lp.get()) != GLP_OPT)
        return feasible;
    return std::max(feasible, glp_get_obj_val(lp.get()));
}

} // namespace

double countedTotal(const std::vector<double> &credits, const std::vector<CreditCap> &caps, CountedTotalCache *cache)
{
    const double all = std::accumulate(credits.begin(), credits.end(), 0.0);
    std::vector<const CreditCap *> binding;
    double bindingMembers = 0.0; // the credits under the last binding cap
    for (const CreditCap &cap : caps) {
        double members = 0.0;
        for (size_t c = 0; c < credits.size(); ++c) {
            if (cap.members[c])
                members += credits[c];
        }
        if (members > cap.limit) {
            binding.push_back(&cap);
            bindingMembers = members;
        }
    }
    if (binding.empty())
        return all;
    if (binding.size() == 1)
        return all - (bindingMembers - binding.front()->limit);

    // Candidates under the same set of binding caps are interchangeable: one
    // variable per set keeps the programme small. The sets are few: a list
    // searched in turn, ordered by set once made.
    std::vector<std::pair<std::vector<int>, double>> groups;
    double free = 0.0;
    std::vector<int> signature; // reused: copied into the list only when it is new
    for (size_t c = 0; c < credits.size(); ++c) {
        signature.clear();
        for (size_t j = 0; j < binding.size(); ++j) {
            if (binding[j]->members[c])
                signature.push_back(int(j));
        }
        if (signature.empty()) {
            free += credits[c];
            continue;
        }
        const auto group = std::find_if(groups.begin(), groups.end(),
                                        [&signature](const auto &entry) { return entry.first == signature; });
        if (group == groups.end())
            groups.emplace_back(signature, credits[c]);
        else
            group->second += credits[c];
    }
    std::sort(groups.begin(), groups.end());
    std::vector<double> groupCredits;
    std::vector<std::vector<int>> groupCaps;
    for (auto &[signature, sum] : groups) {
        groupCaps.push_back(std::move(signature));
        groupCredits.push_back(sum);
    }
    std::vector<double> limits;
    for (const CreditCap *cap : binding)
        limits.push_back(std::max(0.0, cap->limit));
    if (!cache)
        return free + solveLinearProgramme(groupCredits, groupCaps, limits);
    const CountedTotalCache::Key key{std::move(groupCredits), std::move(groupCaps), std::move(limits)};
    return free + cache->value(key, [&key] {
        return solveLinearProgramme(std::get<0>(key), std::get<1>(key), std::get<2>(key));
    });
}

} // namespace Cairn::Core
