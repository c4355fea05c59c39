#include "allocationreference.h"
#include "audit/allocation.h"
#include "audit/allocationprogramme.h"
#include "audit/lagrangianbound.h"
#include "audit/localmoves.h"
#include "audit/requirementtree.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>
#include <memory>

using namespace Cairn::Core;

using Cairn::Test::RandomInstance;

class TestAllocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attainsTheBruteForceMinimum()
    {
        int firstFitWorse = 0;
        for (quint32 seed = 1; seed <= 600; ++seed) {
            const auto instance = RandomInstance::make(seed);
            const QByteArray context = "seed " + QByteArray::number(seed);
            const double expected = instance->bruteForce();
            QVERIFY2(instance->isOptimal(allocateOptimally(instance->problem), expected), context);
            const Allocation greedy = allocateFirstFit(instance->problem);
            QVERIFY2(qAbs(instance->score(greedy.leafOf) - greedy.rootRemaining) < 1e-9, context);
            QVERIFY2(greedy.rootRemaining >= expected - 1e-9, context);
            firstFitWorse += greedy.rootRemaining > expected + 1e-9 ? 1 : 0;
        }
        // These instances are ones where a greedy audit goes wrong often.
        QVERIFY2(firstFitWorse > 60, QByteArray::number(firstFitWorse));
    }

    void theIntegerProgrammeAttainsTheBruteForceMinimum()
    {
        // Started from first fit, which is often worse: the programme alone
        // must find the optimum and prove it.
        for (quint32 seed = 1; seed <= 600; ++seed) {
            const auto instance = RandomInstance::make(seed);
            const QByteArray context = "seed " + QByteArray::number(seed);
            const Allocation allocation =
                allocateByProgramme(instance->problem, allocateFirstFit(instance->problem), 10'000);
            QVERIFY2(instance->isOptimal(allocation, instance->bruteForce()), context);
        }
    }

    void theLagrangianBoundNeverExceedsTheMinimum()
    {
        // Any prices give a lower bound, so whatever the target and however
        // many rounds, the bound stays at or below the brute-force minimum;
        // aimed at the minimum itself, it reaches it on most instances. The
        // credit figures are scaled as in the test below: thirds share no
        // step (no bound), tenths and 1.7 do.
        const double factors[] = {1.0, 0.1, 1.7, 1.0 / 3.0};
        int reached = 0;
        int belowTheMinimumWithoutPrices = 0;
        for (quint32 seed = 1; seed <= 800; ++seed) {
            const auto instance = RandomInstance::make(seed, 6 + int(seed % 3), 6);
            for (size_t c = 0; c < instance->problem.credits.size(); ++c)
                instance->problem.credits[c] *= factors[seed % 4];
            const QByteArray context = "seed " + QByteArray::number(seed);
            const double expected = instance->bruteForce();
            const double firstFit = allocateFirstFit(instance->problem).rootRemaining;
            for (int rounds : {1, 5, 30, 200}) {
                for (double target : {firstFit, expected, expected + 50.0}) {
                    const double bound = lagrangianBound(instance->problem, target, rounds);
                    const QByteArray detail = context + " rounds " + QByteArray::number(rounds) + " bound "
                        + QByteArray::number(bound) + " minimum " + QByteArray::number(expected);
                    QVERIFY2(bound >= 0.0 && bound <= expected + 1e-9, detail);
                }
            }
            if (seed % 4 == 3)
                QVERIFY2(lagrangianBound(instance->problem, expected, 30) == 0.0, context); // no common step
            else if (lagrangianBound(instance->problem, expected, 1) < expected - 1e-9) {
                ++belowTheMinimumWithoutPrices;
                reached += lagrangianBound(instance->problem, expected, 30) >= expected - 1e-9 ? 1 : 0;
            }
        }
        // Prices matter: where the first round (all prices 0: every course in
        // every leaf) falls short, thirty rounds close the gap nine times in
        // ten (211 of 216 when written).
        QVERIFY2(belowTheMinimumWithoutPrices > 100, QByteArray::number(belowTheMinimumWithoutPrices));
        const QByteArray counts = QByteArray::number(reached) + " of " + QByteArray::number(belowTheMinimumWithoutPrices);
        QVERIFY2(reached * 10 > belowTheMinimumWithoutPrices * 9, counts);
    }

    void theLagrangianBoundProvesOnlyTheMinimum()
    {
        // No branching: the greedy and local moves, then the bound, then the
        // programme. A bound above the minimum would prove a worse answer.
        AllocationLimits limits;
        limits.searchNodes = 0;
        limits.searchCourses = 0;
        for (quint32 seed = 1; seed <= 600; ++seed) {
            const auto instance = RandomInstance::make(seed, 7, 6, 3);
            const QByteArray context = "seed " + QByteArray::number(seed);
            QVERIFY2(instance->isOptimal(allocateWithin(instance->problem, limits), instance->bruteForce()), context);
        }
    }

    void theProgrammeAttainsTheMinimumWhateverTheCreditStep()
    {
        // The programme raises its bound to the next multiple of the step all
        // credit figures share: thirds share none, tenths and 4.25 do. Wrong
        // rounding would prove a worse allocation optimal.
        const double factors[] = {1.0 / 3.0, 0.1, 1.7, 1.0};
        for (quint32 seed = 1; seed <= 400; ++seed) {
            const auto instance = RandomInstance::make(seed);
            for (size_t c = 0; c < instance->problem.credits.size(); ++c)
                instance->problem.credits[c] *= factors[(seed + c) % 4];
            const QByteArray context = "seed " + QByteArray::number(seed);
            const double expected = instance->bruteForce();
            QVERIFY2(instance->isOptimal(allocateByProgramme(instance->problem, allocateFirstFit(instance->problem), 10'000),
                                         expected),
                     context);
            AllocationLimits limits;
            limits.searchNodes = 0;
            QVERIFY2(instance->isOptimal(allocateWithin(instance->problem, limits), expected), context);
        }
    }

    void creditStepIsTheStepEveryFigureShares()
    {
        const Requirement root = Requirement::allOf({Requirement::creditsFrom(10, {}), Requirement::creditsFrom(15, {})});
        const RequirementTree tree(root, [](const QString &) { return 0.0; }, [](const QString &) { return false; });
        AllocationProblem problem;
        problem.tree = &tree;
        problem.credits = {5, 6.25};
        QCOMPARE(creditStep(problem), 1.25);
        problem.credits = {5, 0.1};
        QCOMPARE(creditStep(problem), 0.1);
        problem.credits = {5, 10.0 / 3.0}; // no step down to a thousandth
        QCOMPARE(creditStep(problem), 0.0);
        QCOMPARE(roundUpToStep(241.3, 1.25), 242.5);
        QCOMPARE(roundUpToStep(242.5, 1.25), 242.5);
        QCOMPARE(roundUpToStep(242.4999999, 1.25), 242.5); // solver noise below a step is not a step
        QCOMPARE(roundUpToStep(241.3, 0.0), 241.3);
    }

    void localMovesFindAChainWhereMovesAndSwapsCannot()
    {
        // Leaves A (5 credits), B (10), C (10). Course a (10 credits, A or B)
        // sits in A, b (10, B or C) in B: C is open, 10 remaining. Moving a
        // alone leaves A open, moving b alone leaves B open, and they cannot
        // swap (b cannot go to A). a to B with b on to C leaves only A's 5.
        const Requirement root = Requirement::allOf(
            {Requirement::creditsFrom(5, {}), Requirement::creditsFrom(10, {}), Requirement::creditsFrom(10, {})});
        const RequirementTree tree(root, [](const QString &) { return 0.0; }, [](const QString &) { return false; });
        const int a = tree.leaves()[0], b = tree.leaves()[1], c = tree.leaves()[2];
        AllocationProblem problem;
        problem.tree = &tree;
        problem.credits = {10, 10};
        problem.options = {{a, b}, {b, c}};
        const std::vector<int> movable{0, 1};
        std::vector<int> leafOf{a, b};
        QCOMPARE(LocalMoves(problem, movable).improve(leafOf), 5.0);
        QCOMPARE(leafOf, (std::vector<int>{b, c}));
        // Already the best: nothing moves.
        QCOMPARE(LocalMoves(problem, movable).improve(leafOf), 5.0);
        QCOMPARE(leafOf, (std::vector<int>{b, c}));
    }

    void aSearchWithoutBudgetHandsOverToTheProgramme()
    {
        AllocationLimits limits;
        limits.searchNodes = 0; // every search that does not settle at once
        for (quint32 seed = 601; seed <= 900; ++seed) {
            const auto instance = RandomInstance::make(seed);
            const QByteArray context = "seed " + QByteArray::number(seed);
            QVERIFY2(instance->isOptimal(allocateWithin(instance->problem, limits), instance->bruteForce()), context);
        }
    }

    void manyCoursesGoStraightToTheProgramme()
    {
        // searchCourses 0: every tree with a gap after the local moves is
        // the programme's, whatever its size; the answer stays optimal.
        AllocationLimits limits;
        limits.searchCourses = 0;
        for (quint32 seed = 901; seed <= 1100; ++seed) {
            const auto instance = RandomInstance::make(seed);
            const QByteArray context = "seed " + QByteArray::number(seed);
            QVERIFY2(instance->isOptimal(allocateWithin(instance->problem, limits), instance->bruteForce()), context);
        }
    }

    // The earned audit's problem is the planned one's with fewer courses; it
    // starts from the planned optimum (a lower bound) and allocation. Any
    // error there (a bound that is not one, a start that is not legal) shows
    // against the brute force of the smaller problem, by the search and by
    // the programme.
    void fewerCoursesStartFromTheAnswerWithMore()
    {
        int metTheBound = 0;
        for (quint32 seed = 1101; seed <= 1500; ++seed) {
            const auto instance = RandomInstance::make(seed);
            const QByteArray context = "seed " + QByteArray::number(seed);
            const Allocation whole = allocateOptimally(instance->problem);
            QRandomGenerator random(seed);
            AllocationProblem fewer;
            fewer.tree = instance->problem.tree;
            for (size_t c = 0; c < instance->problem.credits.size(); ++c) {
                if (random.bounded(3) == 0)
                    continue;
                fewer.credits.push_back(instance->problem.credits[c]);
                fewer.options.push_back(instance->problem.options[c]);
                fewer.startFrom.push_back(whole.leafOf[c]);
            }
            fewer.knownLowerBound = whole.lowerBound;
            instance->problem = fewer;
            const double expected = instance->bruteForce();
            QVERIFY2(expected >= whole.rootRemaining - 1e-9, context); // the bound is one
            metTheBound += qAbs(expected - whole.rootRemaining) < 1e-9 ? 1 : 0;
            QVERIFY2(instance->isOptimal(allocateOptimally(instance->problem), expected), context);
            AllocationLimits limits;
            limits.searchNodes = 0;
            limits.searchCourses = 0;
            QVERIFY2(instance->isOptimal(allocateWithin(instance->problem, limits), expected), context);
        }
        QVERIFY2(metTheBound > 50, QByteArray::number(metTheBound));
    }

    void aProgrammeStoppedEarlyReportsAGapThatHolds()
    {
        // Dense instances too large for brute force; the optimum comes from a
        // solve without limits, which must prove it.
        int stoppedEarly = 0;
        for (quint32 seed = 1; seed <= 10; ++seed) {
            const auto instance = RandomInstance::make(seed, 30, 40, 3);
            const QByteArray context = "seed " + QByteArray::number(seed);
            const Allocation best = allocateOptimally(instance->problem);
            QVERIFY2(best.provenOptimal, context);
            QCOMPARE(best.lowerBound, best.rootRemaining);
            AllocationLimits limits;
            limits.searchNodes = 0;
            limits.programmeMs = 1;
            const Allocation hurried = allocateWithin(instance->problem, limits);
            QVERIFY2(qAbs(instance->score(hurried.leafOf) - hurried.rootRemaining) < 1e-9, context);
            QVERIFY2(hurried.lowerBound <= best.rootRemaining + 1e-9, context);
            QVERIFY2(hurried.rootRemaining >= best.rootRemaining - 1e-9, context);
            if (hurried.provenOptimal)
                QVERIFY2(qAbs(hurried.rootRemaining - best.rootRemaining) < 1e-9, context);
            else
                ++stoppedEarly;
        }
        qInfo("%d of 10 stopped at the time limit", stoppedEarly);
    }

    void anEmptyTreeAllocatesNothing()
    {
        const Requirement none;
        const RequirementTree tree(none, [](const QString &) { return 0.0; },
                                   [](const QString &) { return false; });
        AllocationProblem problem;
        problem.tree = &tree;
        problem.credits = {15, 30};
        problem.options = {{}, {}};
        const Allocation allocation = allocateOptimally(problem);
        QCOMPARE(allocation.rootRemaining, 0.0);
        QCOMPARE(allocation.leafOf, (std::vector<int>{-1, -1}));
    }

    void waivedNodesNeedNothing()
    {
        const Requirement root = Requirement::allOf(
            {Requirement::creditsFrom(30, {}), Requirement::anyOf({Requirement::creditsFrom(10, {}), Requirement::courseNode(QStringLiteral("X"))}, 2)});
        const RequirementTree tree(root, [](const QString &) { return 15.0; },
                                   [](const QString &path) { return path == u"requirements.allOf[1]"; });
        QVERIFY(tree.nodes()[3].waived); // a descendant of the waived node
        AllocationProblem problem;
        problem.tree = &tree;
        problem.credits = {20};
        problem.options = {{1}};
        QCOMPARE(allocateOptimally(problem).rootRemaining, 10.0);
        QCOMPARE(tree.indexOfPath(QStringLiteral("requirements.allOf[1].anyOf[1]")), 4);
    }

    void scalesToThirtyLeavesAndSixtyCourses()
    {
        // The benchmark's shape: it must finish (and agree with itself) quickly.
        QRandomGenerator random(42);
        std::vector<Requirement> groups;
        for (int g = 0; g < 6; ++g) {
            std::vector<Requirement> leaves;
            for (int l = 0; l < 5; ++l)
                leaves.push_back(Requirement::creditsFrom(5 * (1 + random.bounded(4)), {}));
            groups.push_back(g % 2 ? Requirement::anyOf(std::move(leaves), 3) : Requirement::allOf(std::move(leaves)));
        }
        const Requirement root = Requirement::allOf(std::move(groups));
        const RequirementTree tree(root, [](const QString &) { return 0.0; },
                                   [](const QString &) { return false; });
        QCOMPARE(tree.leaves().size(), size_t(30));
        AllocationProblem problem;
        problem.tree = &tree;
        for (int c = 0; c < 60; ++c) {
            problem.credits.push_back(5 * (1 + random.bounded(3)));
            std::vector<int> options;
            for (int leaf : tree.leaves())
                if (random.bounded(10) == 0)
                    options.push_back(leaf);
            problem.options.push_back(options);
        }
        const Allocation allocation = allocateOptimally(problem);
        QVERIFY(allocation.provenOptimal);
        QVERIFY(allocation.rootRemaining <= allocateFirstFit(problem).rootRemaining + 1e-9);
        QCOMPARE(tree.rootRemaining(leafRemainingFor(problem, allocation.leafOf)), allocation.rootRemaining);
        QCOMPARE(allocateOptimally(problem).leafOf, allocation.leafOf);
    }
};

QTEST_GUILESS_MAIN(TestAllocation)
#include "tst_allocation.moc"
