#pragma once

#include "allocation.h"
#include "auditresult.h"
#include "countedtotal.h"
#include "model/catalogue.h"
#include "model/learnerprofile.h"
#include "selectormatches.h"
#include "suggestionpool.h"

#include <QCoreApplication>
#include <QMultiHash>

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace Cairn::Core {

// Audits one learner against qualifications of one catalogue, exactly as
// DESIGN.md "Audit semantics" defines it. Construct it once per learner and
// catalogue (it indexes both) and audit as many qualifications as needed;
// audit() is a pure function of those values and touches no database.
//
// Safe to share between threads once made: it keeps its own copy of the
// learner, shares ownership of the catalogue (or borrows one the caller keeps
// alive and unchanged), builds its suggestion pool once under a lock, and
// remembers selector matches and the caps' programmes (work that audits of
// different qualifications repeat) under locks of their own.
//
// How much an audit explains: everything (the tree with allocations, what is
// missing and suggestions); the tree and its suggestions without the
// sentences of what is missing (for rankings that estimate the rest of each
// row); or only the figures (remaining, counted, complete, percent, the
// constraints), without the tree or the lists of counted, expired and
// excluded courses and overrides, for callers that rank or test many
// alternatives.
enum class AuditDetail { Full, Suggestions, Totals };

class RequirementTree;

class Auditor final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::Auditor)

public:
    // `allocator` is for benchmarks that compare against a greedy audit.
    // Borrows `catalogue`, which must outlive the auditor and stay unchanged.
    Auditor(const Catalogue &catalogue, const LearnerProfile &learner, Allocator allocator = allocateOptimally);
    // Shares a catalogue snapshot, for audits on another thread.
    Auditor(std::shared_ptr<const Catalogue> catalogue, const LearnerProfile &learner,
            Allocator allocator = allocateOptimally);
    // The same with the snapshot's index, made once for it (`index` must be
    // of `catalogue`): a window makes an auditor after every edit, and at
    // 100,000 courses the index costs more than the rest of making one.
    Auditor(std::shared_ptr<const Catalogue> catalogue, std::shared_ptr<const CatalogueIndex> index,
            const LearnerProfile &learner, Allocator allocator = allocateOptimally);
    Q_DISABLE_COPY_MOVE(Auditor)

    AuditResult audit(const Qualification &qualification, AuditMode mode, const QDate &asOf,
                      AuditDetail detail = AuditDetail::Full) const;

    // Both modes at once, as a ranking needs them: the same answers as two
    // calls of audit(), for less work. One requirement tree serves both, and
    // the earned audit starts from the planned one: its candidates are a
    // subset of the planned audit's, so the planned optimum is a lower bound
    // it often meets at once, and the planned allocation without the courses
    // still ahead is a legal first answer.
    struct BothModes
    {
        AuditResult planned;
        AuditResult earned;
    };
    // `plannedDetail`: how much the planned audit explains; the earned audit
    // gives its totals only.
    BothModes auditBothModes(const Qualification &qualification, const QDate &asOf,
                             AuditDetail plannedDetail = AuditDetail::Totals) const;

    const Catalogue &catalogue() const { return *m_catalogue; }
    const LearnerProfile &learner() const { return m_learner; }
    const CatalogueIndex &index() const { return m_index; }
    // Built on first use (audits of totals never need it), once, whichever
    // thread asks first.
    const SuggestionPool &suggestionPool() const;

    // A course's credits expressed in `qualification`'s framework.
    double creditsIn(const Course &course, const Qualification &qualification) const;

private:
    // A record with the course it stands for (a catalogue course, or one made
    // from an external record's own details).
    struct HeldCourse
    {
        const Record *record = nullptr;
        Course course;
        const Framework *framework = nullptr;
    };

    struct Overrides;  // one qualification's advisor decisions, by what they act on
    struct Candidates; // the held courses that may count, with their credits
    struct Solved;     // one mode's candidates and allocation, for the other mode to start from

    RequirementTree treeFor(const Qualification &qualification, const Overrides &overrides) const;
    // audit() on a tree already built; `from`: the planned audit of the same
    // tree, for an earned audit to start from; `solved`: where to keep this
    // audit's candidates and allocation (may be null).
    AuditResult auditTree(const Qualification &qualification, AuditMode mode, const QDate &asOf, AuditDetail detail,
                          const Overrides &overrides, const RequirementTree &tree, const Solved *from,
                          Solved *solved) const;

    // The steps of DESIGN.md "Audit semantics", in the order audit() runs them.
    // Steps 1-4: what may count (what counts, expired and excluded records
    // noted in `result`, unless it is null).
    Candidates candidates(const Qualification &qualification, AuditMode mode, const QDate &asOf,
                          const Overrides &overrides, AuditResult *result) const;
    // Step 7's problem: the leaves each candidate may go to.
    AllocationProblem allocationProblem(const RequirementTree &tree, const Candidates &candidates,
                                        const Overrides &overrides) const;
    // The problem of candidates that are some of `from`'s, on the same tree:
    // the earned audit's, from the planned one's.
    AllocationProblem relatedProblem(const RequirementTree &tree, const Solved &from, const Candidates &candidates,
                                     const Overrides &overrides) const;
    // Steps 5-6: the constraints and the counted total; returns what the
    // minimum-credit constraints still need.
    double applyConstraints(const Qualification &qualification, const Candidates &candidates, AuditResult &result) const;
    // Step 8 and the percentage done.
    static void settle(const Qualification &qualification, const std::vector<double> &emptyRemaining,
                       double minimumRemaining, AuditResult &result);
    // The tree as the learner reads it: allocations, what is missing, waivers.
    NodeResult explain(const RequirementTree &tree, const Allocation &allocation, const Candidates &candidates,
                       const Overrides &overrides, const std::vector<double> &emptyRemaining, bool inWords) const;
    // Courses that would close each open leaf that counts.
    void suggest(NodeResult &node, int index, const RequirementTree &tree, const Qualification &qualification,
                 const Overrides &overrides) const;

    std::shared_ptr<const Catalogue> m_catalogue;
    std::shared_ptr<const CatalogueIndex> m_sharedIndex;
    const CatalogueIndex &m_index; // *m_sharedIndex
    const LearnerProfile m_learner; // m_held points into its records
    std::vector<HeldCourse> m_held;
    std::unique_ptr<const SelectorMatches> m_matches; // over m_held's courses
    QMultiHash<QString, size_t> m_heldByCode;          // course code -> index into m_held
    mutable CountedTotalCache m_countedTotals;
    mutable std::once_flag m_poolBuilt;
    mutable std::optional<SuggestionPool> m_pool;
    Allocator m_allocator;
};

} // namespace Cairn::Core
