#pragma once

#include <map>
#include <mutex>
#include <shared_mutex>
#include <tuple>
#include <vector>

namespace Cairn::Core {

// A cap on the credits of some candidates: a maxCredits constraint or the
// recognition cap (DESIGN.md audit step 5).
struct CreditCap
{
    double limit = 0.0;
    std::vector<char> members; // per candidate: under the cap or not (bytes: read for every candidate of every audit)
};

// Linear programmes of countedTotal() already solved, by their exact input:
// the qualifications of a catalogue repeat the same caps, so one learner's
// audits keep meeting the same small programme. Safe to share between threads.
class CountedTotalCache final
{
public:
    using Key = std::tuple<std::vector<double>, std::vector<std::vector<int>>, std::vector<double>>;

    template<typename Solve>
    double value(const Key &key, Solve solve)
    {
        {
            // Shared: both cores of a ranking look up at once.
            const std::shared_lock reading(m_lock);
            if (const auto found = m_values.find(key); found != m_values.end())
                return found->second;
        }
        const double solved = solve();
        const std::unique_lock writing(m_lock);
        m_values.emplace(key, solved);
        return solved;
    }

private:
    std::shared_mutex m_lock;
    std::map<Key, double> m_values;
};

// The counted total T: the largest sum of x_c with 0 <= x_c <= credits[c]
// such that every cap holds. Caps may overlap, so in general this is a linear
// programme; it is solved with GLPK's simplex unless at most one cap binds,
// where the answer is immediate. `cache`, if given, remembers the programmes.
double countedTotal(const std::vector<double> &credits, const std::vector<CreditCap> &caps,
                    CountedTotalCache *cache = nullptr);

} // namespace Cairn::Core
