#include "auditor.h"

#include "allocation.h"
#include "countedtotal.h"
#include "explanation.h"
#include "requirementtree.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace Cairn::Core {

namespace {

constexpr double tolerance = 1e-6; // DESIGN.md audit step 8

bool countsInMode(RecordStatus status, AuditMode mode)
{
    switch (status) {
    case RecordStatus::Completed:
    case RecordStatus::Recognised:
        return true;
    case RecordStatus::Enrolled:
    case RecordStatus::Planned:
        return mode == AuditMode::Planned;
    case RecordStatus::Withdrawn:
    case RecordStatus::Failed:
        return false;
    }
    return false;
}

void markUncounted(NodeResult &node)
{
    node.counted = false;
    for (NodeResult &child : node.children)
        markUncounted(child);
}

} // namespace

Auditor::Auditor(const Catalogue &catalogue, const LearnerProfile &learner, Allocator allocator)
    // A shared pointer that owns nothing: the caller keeps the catalogue.
    : Auditor(std::shared_ptr<const Catalogue>(std::shared_ptr<const Catalogue>(), &catalogue), learner, allocator)
{
}

Auditor::Auditor(std::shared_ptr<const Catalogue> catalogue, const LearnerProfile &learner, Allocator allocator)
    : Auditor(catalogue, std::make_shared<const CatalogueIndex>(*catalogue), learner, allocator)
{
}

Auditor::Auditor(std::shared_ptr<const Catalogue> catalogue, std::shared_ptr<const CatalogueIndex> index,
                 const LearnerProfile &learner, Allocator allocator)
    : m_catalogue(std::move(catalogue))
    , m_sharedIndex(std::move(index))
    , m_index(*m_sharedIndex)
    , m_learner(learner)
    , m_allocator(allocator)
{
    m_held.reserve(size_t(m_learner.records.size()));
    for (const Record &record : m_learner.records) {
        HeldCourse held;
        held.record = &record;
        if (const Course *course = m_index.course(record.course)) {
            held.course = *course;
        } else if (record.hasExternalDetails()) {
            // An external course: no skills, no provider (DESIGN.md "Learner file").
            held.course.code = record.course;
            held.course.title = record.title;
            held.course.framework = record.framework;
            held.course.credits = *record.credits;
            held.course.level = *record.level;
        } else {
            continue; // the course left the catalogue; nothing to count
        }
        held.framework = m_index.framework(held.course.framework);
        if (held.framework)
            m_held.push_back(std::move(held));
    }
    std::vector<const Course *> courses;
    for (size_t i = 0; i < m_held.size(); ++i) {
        courses.push_back(&m_held[i].course);
        m_heldByCode.insert(m_held[i].course.code, i);
    }
    m_matches = std::make_unique<const SelectorMatches>(std::move(courses));
}

const SuggestionPool &Auditor::suggestionPool() const
{
    std::call_once(m_poolBuilt, [this] { m_pool.emplace(*m_catalogue, m_index, m_learner); });
    return *m_pool;
}

double Auditor::creditsIn(const Course &course, const Qualification &qualification) const
{
    const Framework *from = m_index.framework(course.framework);
    const Framework *to = m_index.framework(qualification.framework);
    return from && to ? convertCredits(course.credits, *from, *to) : course.credits;
}

struct Auditor::Overrides
{
    QHash<QString, QString> waived;            // node path -> reason
    QHash<QString, QStringList> substitutions; // course -> leaf paths
    QSet<QString> excluded;                    // courses
    QList<AuditOverride> all;

    Overrides(const LearnerProfile &learner, const QString &qualification)
    {
        for (const AuditOverride &override : learner.overrides) {
            if (override.qualification != qualification)
                continue;
            all.append(override);
            switch (override.kind) {
            case AuditOverride::Kind::Waive:
                waived.insert(override.node, override.reason);
                break;
            case AuditOverride::Kind::Substitute:
                substitutions[override.course].append(override.node);
                break;
            case AuditOverride::Kind::Exclude:
                excluded.insert(override.course);
                break;
            }
        }
    }
};

struct Auditor::Candidates
{
    std::vector<const HeldCourse *> held;
    std::vector<size_t> heldIndex; // into m_held, for SelectorMatches
    std::vector<double> credits; // in the qualification's framework
};

struct Auditor::Solved
{
    Candidates candidates;
    std::vector<std::vector<int>> options; // per candidate: its leaves
    Allocation allocation;
};

AuditResult Auditor::audit(const Qualification &qualification, AuditMode mode, const QDate &asOf,
                           AuditDetail detail) const
{
    const Overrides overrides(m_learner, qualification.code);
    return auditTree(qualification, mode, asOf, detail, overrides, treeFor(qualification, overrides), nullptr, nullptr);
}

Auditor::BothModes Auditor::auditBothModes(const Qualification &qualification, const QDate &asOf,
                                           AuditDetail plannedDetail) const
{
    const Overrides overrides(m_learner, qualification.code);
    const RequirementTree tree = treeFor(qualification, overrides);
    Solved planned;
    BothModes both;
    both.planned = auditTree(qualification, AuditMode::Planned, asOf, plannedDetail, overrides, tree, nullptr, &planned);
    both.earned = auditTree(qualification, AuditMode::Earned, asOf, AuditDetail::Totals, overrides, tree, &planned, nullptr);
    return both;
}

RequirementTree Auditor::treeFor(const Qualification &qualification, const Overrides &overrides) const
{
    const auto credits = [this, &qualification](const QString &code) {
        const Course *course = m_index.course(code);
        return course ? creditsIn(*course, qualification) : 0.0;
    };
    if (overrides.waived.isEmpty())
        return RequirementTree(qualification.requirements, credits, nullptr);
    return RequirementTree(qualification.requirements, credits,
                           [&overrides](const QString &path) { return overrides.waived.contains(path); });
}

AuditResult Auditor::auditTree(const Qualification &qualification, AuditMode mode, const QDate &asOf,
                               AuditDetail detail, const Overrides &overrides, const RequirementTree &tree,
                               const Solved *from, Solved *solved) const
{
    AuditResult result;
    result.qualification = qualification.code;
    result.title = qualification.title;
    result.mode = mode;
    result.asOf = asOf;
    result.creditsRequired = qualification.credits;
    // Totals only: the figures, without the lists of what counted, expired
    // or was excluded (a ranking makes two thousand of these).
    const bool lists = detail != AuditDetail::Totals;
    if (lists)
        result.overrides = overrides.all;

    Candidates candidates = this->candidates(qualification, mode, asOf, overrides, lists ? &result : nullptr);

    // Step 7: the optimal allocation to the requirement tree.
    AllocationProblem problem = from ? relatedProblem(tree, *from, candidates, overrides)
                                     : allocationProblem(tree, candidates, overrides);
    Allocation allocation = m_allocator(problem);
    result.requirementsRemaining = allocation.rootRemaining;
    result.allocationProvenOptimal = allocation.provenOptimal;
    result.allocationGap = allocation.provenOptimal ? 0.0 : std::max(0.0, allocation.rootRemaining - allocation.lowerBound);

    const double minimumRemaining = applyConstraints(qualification, candidates, result);
    // Every node's remaining with nothing allocated: what it requires.
    std::vector<double> nothingAllocated(tree.nodes().size(), 0.0);
    for (int leaf : tree.leaves())
        nothingAllocated[size_t(leaf)] = tree.nodes()[size_t(leaf)].required;
    const std::vector<double> emptyRemaining = tree.evaluate(nothingAllocated);
    settle(qualification, emptyRemaining, minimumRemaining, result);

    if (!tree.isEmpty() && detail != AuditDetail::Totals) {
        result.requirements =
            explain(tree, allocation, candidates, overrides, emptyRemaining, detail == AuditDetail::Full);
        suggest(*result.requirements, 0, tree, qualification, overrides);
    }
    if (solved) {
        solved->candidates = std::move(candidates);
        solved->options = std::move(problem.options);
        solved->allocation = std::move(allocation);
    }
    return result;
}

AllocationProblem Auditor::relatedProblem(const RequirementTree &tree, const Solved &from, const Candidates &candidates,
                                         const Overrides &overrides) const
{
    // These candidates are some of `from`'s, and a course's leaves do not
    // depend on the mode: its options are copied rather than matched again.
    // The same tree with more candidates can only do better: its proven bound
    // holds here too, and its allocation, less the candidates missing here,
    // is a legal allocation of this problem.
    std::vector<int> fromCandidate(m_held.size(), -1);
    for (size_t c = 0; c < from.candidates.heldIndex.size(); ++c)
        fromCandidate[from.candidates.heldIndex[c]] = int(c);
    AllocationProblem problem;
    problem.tree = &tree;
    problem.credits = candidates.credits;
    problem.knownLowerBound = from.allocation.lowerBound;
    problem.options.reserve(candidates.heldIndex.size());
    problem.startFrom.reserve(candidates.heldIndex.size());
    for (size_t held : candidates.heldIndex) {
        const int c = fromCandidate[held];
        if (c < 0) // not one of `from`'s after all: nothing to learn from it
            return allocationProblem(tree, candidates, overrides);
        problem.options.push_back(from.options[size_t(c)]);
        problem.startFrom.push_back(from.allocation.leafOf[size_t(c)]);
    }
    return problem;
}

Auditor::Candidates Auditor::candidates(const Qualification &qualification, AuditMode mode, const QDate &asOf,
                                        const Overrides &overrides, AuditResult *result) const
{
    Candidates candidates;
    candidates.held.reserve(m_held.size());
    candidates.heldIndex.reserve(m_held.size());
    candidates.credits.reserve(m_held.size());
    const QDate expiryCutoff =
        qualification.currencyYears ? asOf.addYears(-*qualification.currencyYears) : QDate();
    const std::vector<bool> &eligible = m_matches->of(qualification.eligible);
    const Framework *framework = m_index.framework(qualification.framework); // looked up once, not per course
    for (size_t i = 0; i < m_held.size(); ++i) {
        const HeldCourse &held = m_held[i];
        const Record &record = *held.record;
        if (!countsInMode(record.status, mode))
            continue;
        if (expiryCutoff.isValid() && record.isEarned() && record.date.isValid() && record.date < expiryCutoff) {
            if (result)
                result->expired.append({record.course, record.date,
                                        record.date.addYears(*qualification.currencyYears).addDays(1)});
            continue;
        }
        if (overrides.excluded.contains(record.course)) {
            if (result)
                result->excluded.append(record.course);
            continue;
        }
        // A substitution is an advisor's decision to count the course: it
        // does not also have to be eligible.
        if (!eligible[i] && !overrides.substitutions.contains(record.course))
            continue;
        candidates.held.push_back(&held);
        candidates.heldIndex.push_back(i);
        // creditsIn(), with both frameworks known.
        candidates.credits.push_back(framework ? convertCredits(held.course.credits, *held.framework, *framework)
                                               : held.course.credits);
        if (result)
            result->counted.append(record.course);
    }
    return candidates;
}

AllocationProblem Auditor::allocationProblem(const RequirementTree &tree, const Candidates &candidates,
                                             const Overrides &overrides) const
{
    AllocationProblem problem;
    problem.tree = &tree;
    problem.credits = candidates.credits;
    problem.options.resize(candidates.held.size());
    std::vector<int> candidateOf(m_held.size(), -1); // per held course
    for (size_t c = 0; c < candidates.heldIndex.size(); ++c)
        candidateOf[candidates.heldIndex[c]] = int(c);
    // Leaf by leaf, so that each candidate's options come in leaf order.
    for (int leaf : tree.leaves()) {
        const FlatNode &node = tree.nodes()[size_t(leaf)];
        if (node.waived)
            continue;
        if (node.kind == Requirement::Kind::Course) {
            for (auto held = m_heldByCode.constFind(node.source->course);
                 held != m_heldByCode.cend() && held.key() == node.source->course; ++held) {
                if (const int c = candidateOf[*held]; c >= 0)
                    problem.options[size_t(c)].push_back(leaf);
            }
            continue;
        }
        for (size_t held : m_matches->indicesOf(node.source->from)) {
            if (const int c = candidateOf[held]; c >= 0)
                problem.options[size_t(c)].push_back(leaf);
        }
    }
    for (size_t c = 0; c < candidates.held.size(); ++c) {
        std::vector<int> &options = problem.options[c];
        const auto substituted = overrides.substitutions.constFind(candidates.held[c]->course.code);
        if (substituted == overrides.substitutions.cend())
            continue;
        for (const QString &path : *substituted) {
            const int leaf = tree.indexOfPath(path);
            if (leaf >= 0 && tree.nodes()[size_t(leaf)].source->isLeaf() && !tree.nodes()[size_t(leaf)].waived
                && std::find(options.begin(), options.end(), leaf) == options.end())
                options.push_back(leaf);
        }
        std::sort(options.begin(), options.end());
    }
    return problem;
}

double Auditor::applyConstraints(const Qualification &qualification, const Candidates &candidates,
                                 AuditResult &result) const
{
    const size_t count = candidates.held.size();
    std::vector<CreditCap> caps;
    double minimumRemaining = 0.0;
    for (const CreditConstraint &constraint : qualification.constraints) {
        ConstraintResult constraintResult;
        constraintResult.label = constraint.label;
        constraintResult.limit = constraint.credits;
        CreditCap cap{constraint.credits, std::vector<char>(count, false)};
        const std::vector<bool> &matches = m_matches->of(constraint.from);
        for (size_t c = 0; c < count; ++c) {
            if (matches[candidates.heldIndex[c]]) {
                cap.members[c] = true;
                constraintResult.credits += candidates.credits[c];
            }
        }
        if (constraint.kind == CreditConstraint::Kind::MinCredits) {
            constraintResult.kind = ConstraintResult::Kind::MinCredits;
            constraintResult.remaining = std::max(0.0, constraint.credits - constraintResult.credits);
            minimumRemaining = std::max(minimumRemaining, constraintResult.remaining);
        } else {
            constraintResult.kind = ConstraintResult::Kind::MaxCredits;
            constraintResult.excess = std::max(0.0, constraintResult.credits - constraint.credits);
            caps.push_back(std::move(cap));
        }
        result.constraints.append(constraintResult);
    }
    if (qualification.maxRecognisedCredits) {
        ConstraintResult recognised;
        recognised.kind = ConstraintResult::Kind::MaxRecognisedCredits;
        recognised.limit = *qualification.maxRecognisedCredits;
        CreditCap cap{recognised.limit, std::vector<char>(count, false)};
        for (size_t c = 0; c < count; ++c) {
            if (candidates.held[c]->record->status == RecordStatus::Recognised) {
                cap.members[c] = true;
                recognised.credits += candidates.credits[c];
            }
        }
        recognised.excess = std::max(0.0, recognised.credits - recognised.limit);
        caps.push_back(std::move(cap));
        result.constraints.append(recognised);
    }
    result.creditsCounted = countedTotal(candidates.credits, caps, &m_countedTotals);
    result.totalRemaining = std::max(0.0, qualification.credits - result.creditsCounted);
    return minimumRemaining;
}

void Auditor::settle(const Qualification &qualification, const std::vector<double> &emptyRemaining,
                     double minimumRemaining, AuditResult &result)
{
    result.remainingCredits = std::max({result.requirementsRemaining, result.totalRemaining, minimumRemaining});
    result.complete = result.remainingCredits <= tolerance;
    if (result.complete)
        result.remainingCredits = 0.0;
    const double required = std::max(qualification.credits, emptyRemaining.empty() ? 0.0 : emptyRemaining.front());
    result.creditsInAll = required;
    result.percent = required > 0.0 ? std::clamp(100.0 * (1.0 - result.remainingCredits / required), 0.0, 100.0)
                                    : 100.0;
}

NodeResult Auditor::explain(const RequirementTree &tree, const Allocation &allocation, const Candidates &candidates,
                            const Overrides &overrides, const std::vector<double> &emptyRemaining, bool inWords) const
{
    const std::vector<double> nodeRemaining = tree.evaluate(allocation.leafRemaining);
    const Explanation explanation(m_index);
    // Paths are made on the way down, each from its parent's (as
    // RequirementTree::path spells them), not walked up for every node.
    const std::function<NodeResult(int, const QString &)> build = [&](int index, const QString &path) {
        const FlatNode &flat = tree.nodes()[size_t(index)];
        NodeResult node;
        node.kind = flat.kind;
        node.path = path;
        node.label = flat.source->label;
        node.course = flat.source->course;
        node.count = flat.source->count;
        node.required = emptyRemaining[size_t(index)];
        node.remaining = nodeRemaining[size_t(index)];
        node.satisfied = node.remaining <= tolerance;
        if (node.satisfied)
            node.remaining = 0.0;
        node.waived = flat.waived;
        for (int ancestor = index; node.waived && ancestor >= 0; ancestor = tree.nodes()[size_t(ancestor)].parent) {
            if (const auto reason = overrides.waived.constFind(tree.path(ancestor)); reason != overrides.waived.cend()) {
                node.waiverReason = *reason;
                break;
            }
        }
        for (size_t c = 0; c < candidates.held.size(); ++c) {
            if (allocation.leafOf[c] == index) {
                node.allocated.append(candidates.held[c]->course.code);
                node.allocatedCredits += candidates.credits[c];
            }
        }
        for (int child : flat.children)
            node.children.push_back(build(child, path % (flat.kind == Requirement::Kind::AllOf ? u".allOf[" : u".anyOf[")
                                                     % QString::number(tree.nodes()[size_t(child)].position) % u']'));
        if (flat.kind == Requirement::Kind::AnyOf) {
            // The k children with the least remaining are the ones that count.
            std::vector<size_t> order(node.children.size());
            std::iota(order.begin(), order.end(), size_t(0));
            std::stable_sort(order.begin(), order.end(), [&node](size_t a, size_t b) {
                return node.children[a].remaining < node.children[b].remaining - tolerance;
            });
            for (size_t i = size_t(std::max(node.count, 0)); i < order.size(); ++i)
                markUncounted(node.children[order[i]]);
        }
        if (!inWords)
            return node;
        node.missing = explanation.missing(node, *flat.source);
        if (flat.kind == Requirement::Kind::Course && !node.satisfied) {
            // In earned mode a course leaf may be open only because its course is still ahead.
            if (const Record *held = m_learner.record(node.course)) {
                if (held->status == RecordStatus::Enrolled)
                    node.missing += tr(" — enrolled");
                else if (held->status == RecordStatus::Planned)
                    node.missing += tr(" — planned");
            }
        }
        return node;
    };
    return build(0, tree.path(0));
}

void Auditor::suggest(NodeResult &node, int index, const RequirementTree &tree, const Qualification &qualification,
                      const Overrides &overrides) const
{
    const FlatNode &flat = tree.nodes()[size_t(index)];
    for (size_t i = 0; i < node.children.size(); ++i)
        suggest(node.children[i], flat.children[i], tree, qualification, overrides);
    if (node.satisfied || !node.counted || node.waived || !flat.source->isLeaf())
        return;
    if (flat.kind == Requirement::Kind::Course) {
        // Only the named course can close it: look it up rather than scan.
        const Course *course = m_index.course(flat.source->course);
        if (course && suggestionPool().contains(course->code) && !overrides.excluded.contains(course->code)
            && qualification.eligible.matches(*course))
            node.suggestions = {suggestionFor(*course, creditsIn(*course, qualification))};
        return;
    }
    node.suggestions = suggestionPool().closingMatching(
        node.remaining, flat.source->from, qualification.eligible,
        [&](const Course &course) { return !overrides.excluded.contains(course.code); },
        [&](const Course &course) { return creditsIn(course, qualification); });
}

} // namespace Cairn::Core
