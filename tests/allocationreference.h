#pragma once

// Random allocation problems and a brute force over every assignment, for the
// allocation's tests (tst_allocation) and the requirement tree's
// (tst_requirementtree). Assignments are scored by the audit reference
// (auditreference.h), written from DESIGN.md's rules, not by the tree code
// under test.

#include "audit/allocation.h"
#include "audit/requirementtree.h"
#include "auditreference.h"

#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

namespace Cairn::Test {

using namespace Cairn::Core;

// Random trees whose leaves are all credits leaves with their own required
// credits; which candidate matches which leaf is drawn separately, so the
// engine is exercised on denser conflicts than whole audits produce.
inline Requirement randomTree(QRandomGenerator &random, int depth, int &leaves, int maxLeaves, int maxDepth)
{
    if (depth >= maxDepth || leaves >= maxLeaves - 1 || random.bounded(3) == 0) {
        ++leaves;
        if (random.bounded(4) == 0)
            return Requirement::courseNode(QStringLiteral("C%1").arg(leaves));
        return Requirement::creditsFrom(5 * (1 + random.bounded(6)), {});
    }
    std::vector<Requirement> children;
    const int count = 2 + random.bounded(2);
    for (int i = 0; i < count && leaves < maxLeaves; ++i)
        children.push_back(randomTree(random, depth + 1, leaves, maxLeaves, maxDepth));
    if (random.bounded(2))
        return Requirement::allOf(std::move(children));
    const int k = 1 + random.bounded(int(children.size()));
    return Requirement::anyOf(std::move(children), k);
}

// The root's remaining for an assignment, scored from DESIGN.md's rules by
// the reference (tests/auditreference.h), not by the engine's tree code: the
// problem's leaves are tree nodes, each standing for a node of `root`.
struct ReferenceScore
{
    const Requirement &root;
    const AllocationProblem &problem;
    QHash<QString, double> courseCredits; // as the tree was told them

    double operator()(const std::vector<int> &leafOf) const
    {
        // Leaves of `root` in its own order, and which tree node stands for each.
        std::vector<const Requirement *> leaves;
        root.visit([&leaves](const Requirement &node) {
            if (node.isLeaf())
                leaves.push_back(&node);
        });
        std::vector<std::vector<double>> allocated(leaves.size());
        for (size_t c = 0; c < leafOf.size(); ++c) {
            if (leafOf[c] < 0)
                continue;
            const Requirement *source = problem.tree->nodes()[size_t(leafOf[c])].source;
            const auto at = std::find(leaves.begin(), leaves.end(), source);
            allocated[size_t(at - leaves.begin())].push_back(problem.credits[c]);
        }
        int leaf = 0;
        return Cairn::Test::referenceRemaining(root, allocated, leaf,
                                               [this](const QString &code) { return courseCredits.value(code); });
    }
};

// Every assignment of every candidate to one of its options or to none.
inline double bruteForce(const AllocationProblem &problem, const ReferenceScore &score)
{
    double best = std::numeric_limits<double>::infinity();
    std::vector<int> leafOf(problem.credits.size(), -1);
    const std::function<void(size_t)> tryAll = [&](size_t c) {
        if (c == problem.credits.size()) {
            best = std::min(best, score(leafOf));
            return;
        }
        leafOf[c] = -1;
        tryAll(c + 1);
        for (int leaf : problem.options[c]) {
            leafOf[c] = leaf;
            tryAll(c + 1);
        }
        leafOf[c] = -1;
    };
    tryAll(0);
    return best;
}

// A random problem with everything it refers to; made on the heap because
// the tree points into the requirement.
struct RandomInstance
{
    Requirement root;
    std::unique_ptr<RequirementTree> tree;
    AllocationProblem problem;
    QHash<QString, double> courseCredits;

    static std::unique_ptr<RandomInstance> make(quint32 seed, int maxLeaves = 6, int maxCandidates = 6,
                                                int maxDepth = 2)
    {
        auto instance = std::make_unique<RandomInstance>();
        QRandomGenerator random(seed);
        int leaves = 0;
        instance->root = randomTree(random, 0, leaves, maxLeaves, maxDepth);
        QHash<QString, double> &courseCredits = instance->courseCredits;
        instance->tree = std::make_unique<RequirementTree>(
            instance->root,
            [&random, &courseCredits](const QString &code) {
                return courseCredits[code] = 5.0 * (1 + random.bounded(4));
            },
            [](const QString &) { return false; });
        instance->problem.tree = instance->tree.get();
        const int candidates = 2 + random.bounded(maxCandidates - 1);
        for (int c = 0; c < candidates; ++c) {
            instance->problem.credits.push_back(2.5 * (1 + random.bounded(8)));
            std::vector<int> options;
            for (int leaf : instance->tree->leaves()) {
                if (random.bounded(5) < 2)
                    options.push_back(leaf);
            }
            instance->problem.options.push_back(options);
        }
        return instance;
    }

    double score(const std::vector<int> &leafOf) const
    {
        return ReferenceScore{root, problem, courseCredits}(leafOf);
    }

    double bruteForce() const { return Cairn::Test::bruteForce(problem, ReferenceScore{root, problem, courseCredits}); }

    // Reports the optimum, proves it, and the allocation it returns is legal
    // and scores what it reports.
    bool isOptimal(const Allocation &allocation, double expected) const
    {
        if (qAbs(allocation.rootRemaining - expected) > 1e-9 || qAbs(score(allocation.leafOf) - expected) > 1e-9)
            return false;
        if (!allocation.provenOptimal || qAbs(allocation.lowerBound - expected) > 1e-9)
            return false;
        for (size_t c = 0; c < allocation.leafOf.size(); ++c) {
            const int leaf = allocation.leafOf[c];
            const auto &options = problem.options[c];
            if (leaf != -1 && std::find(options.begin(), options.end(), leaf) == options.end())
                return false;
        }
        return true;
    }
};

} // namespace Cairn::Test
