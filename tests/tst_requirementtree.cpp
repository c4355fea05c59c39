// The requirement tree's own evaluation, which the allocation search and the
// Lagrangian bound build on: which nodes count, and a partial re-evaluation
// against a whole one.

#include "allocationreference.h"
#include "audit/requirementtree.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace Cairn::Core;
using Cairn::Test::RandomInstance;

class TestRequirementTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theNodesThatCountAreTheAnyOfsSmallest()
    {
        // allOf[ anyOf(2)[10, 5, 20, anyOf(1)[15, 25]], waived allOf[30] ]:
        // the anyOf(2) counts its 5 and 10; its inner anyOf (15) does not
        // count, so neither does its 15; nothing under the waived node does.
        const Requirement root = Requirement::allOf(
            {Requirement::anyOf({Requirement::creditsFrom(10, {}), Requirement::creditsFrom(5, {}),
                                 Requirement::creditsFrom(20, {}),
                                 Requirement::anyOf({Requirement::creditsFrom(15, {}), Requirement::creditsFrom(25, {})}, 1)},
                                2),
             Requirement::allOf({Requirement::creditsFrom(30, {})})});
        const RequirementTree tree(root, [](const QString &) { return 0.0; },
                                   [](const QString &path) { return path == u"requirements.allOf[1]"; });
        std::vector<double> required(tree.nodes().size(), 0.0);
        for (int leaf : tree.leaves())
            required[size_t(leaf)] = tree.nodes()[size_t(leaf)].required;
        const std::vector<double> remaining = tree.evaluate(required);
        std::vector<bool> counts;
        std::vector<int> scratch;
        tree.countingNodes(remaining, counts, scratch);
        std::vector<QString> counting;
        for (size_t n = 0; n < counts.size(); ++n) {
            if (counts[n])
                counting.push_back(tree.path(int(n)));
        }
        QCOMPARE(counting, (std::vector<QString>{QStringLiteral("requirements"), QStringLiteral("requirements.allOf[0]"),
                                                 QStringLiteral("requirements.allOf[0].anyOf[0]"),
                                                 QStringLiteral("requirements.allOf[0].anyOf[1]"),
                                                 QStringLiteral("requirements.allOf[1]")}));
    }

    void aPartialReevaluationEqualsAWholeOne()
    {
        // The search recomputes only the changed leaves' ancestors; the
        // tree evaluated whole must agree, for one leaf and for two, and
        // when the ancestors are updated in place.
        for (quint32 seed = 1; seed <= 300; ++seed) {
            const auto instance = RandomInstance::make(seed, 12, 2, 3);
            const RequirementTree &tree = *instance->tree;
            QRandomGenerator random(seed);
            const QByteArray context = "seed " + QByteArray::number(seed);
            std::vector<double> leafValues(tree.nodes().size(), 0.0);
            for (int leaf : tree.leaves())
                leafValues[size_t(leaf)] = 5.0 * random.bounded(5);
            const std::vector<double> now = tree.evaluate(leafValues);
            const int a = tree.leaves()[size_t(random.bounded(int(tree.leaves().size())))];
            const int b = tree.leaves()[size_t(random.bounded(int(tree.leaves().size())))];
            const double valueA = 2.5 * random.bounded(8);
            const double valueB = 2.5 * random.bounded(8);
            std::vector<double> scratch;
            std::vector<double> work;
            std::vector<double> changed = leafValues;
            changed[size_t(a)] = valueA;
            QVERIFY2(qAbs(tree.rootWithLeaf(now, a, valueA, scratch) - tree.rootRemaining(changed)) < 1e-9, context);
            changed[size_t(b)] = valueB;
            const double both = tree.rootWithLeaves(now, {{a, valueA}, {b, valueB}}, work, scratch);
            QVERIFY2(qAbs(both - tree.rootRemaining(changed)) < 1e-9, context);
            // In place, leaf after leaf: every node as a whole evaluation has it.
            std::vector<double> updated = now;
            tree.updateLeaf(updated, a, valueA, scratch);
            tree.updateLeaf(updated, b, valueB, scratch);
            const std::vector<double> whole = tree.evaluate(changed);
            for (size_t n = 0; n < whole.size(); ++n)
                QVERIFY2(updated[n] == whole[n], QByteArray(context + " node " + QByteArray::number(qulonglong(n))).constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestRequirementTree)
#include "tst_requirementtree.moc"
