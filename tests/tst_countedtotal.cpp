// The counted total under overlapping caps (DESIGN.md audit step 5), worked
// out by hand: the linear programme must find the best total where filling
// the caps in any fixed order would not.

#include "audit/countedtotal.h"

#include <QTest>

using namespace Cairn::Core;

class TestCountedTotal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutABindingCapEverythingCounts()
    {
        QCOMPARE(countedTotal({10, 15, 5}, {}), 30.0);
        QCOMPARE(countedTotal({10, 15, 5}, {{25, {true, true, false}}}), 30.0);
    }

    void oneBindingCapTakesOffItsExcess()
    {
        QCOMPARE(countedTotal({10, 15, 5}, {{12, {true, true, false}}}), 17.0);
        QCOMPARE(countedTotal({10, 15}, {{0, {true, false}}}), 15.0);
    }

    void overlappingCapsCountTheBestTotal()
    {
        // a is under caps 0 and 1, b under 0 and 2, c under 1.
        //   cap 0: a + b <= 10;  cap 1: a + c <= 10;  cap 2: b <= 5.
        // Giving a its 10 first fills caps 0 and 1 and counts 10; the best is
        // a = 0, b = 5, c = 10: 15.
        const std::vector<CreditCap> caps{{10, {true, true, false}}, {10, {true, false, true}}, {5, {false, true, false}}};
        QCOMPARE(countedTotal({10, 10, 10}, caps), 15.0);
        // With a free course beside them.
        QCOMPARE(countedTotal({10, 10, 10, 7}, {{10, {true, true, false, false}}, {10, {true, false, true, false}},
                                                {5, {false, true, false, false}}}),
                 22.0);
    }

    void aCacheGivesWhatSolvingGives()
    {
        // The same programme asked twice is answered from the cache; a
        // different one (other limits) is not mistaken for it.
        CountedTotalCache cache;
        const std::vector<CreditCap> caps{{10, {true, true, false}}, {10, {true, false, true}}, {5, {false, true, false}}};
        QCOMPARE(countedTotal({10, 10, 10}, caps, &cache), 15.0);
        QCOMPARE(countedTotal({10, 10, 10}, caps, &cache), 15.0);
        const std::vector<CreditCap> looser{{10, {true, true, false}}, {10, {true, false, true}}, {8, {false, true, false}}};
        QCOMPARE(countedTotal({10, 10, 10}, looser, &cache), countedTotal({10, 10, 10}, looser));
        QCOMPARE(countedTotal({10, 10, 10}, looser, &cache), 18.0);
        const std::vector<CreditCap> withAFreeCourse{
            {10, {true, true, false, false}}, {10, {true, false, true, false}}, {5, {false, true, false, false}}};
        QCOMPARE(countedTotal({10, 10, 10, 7}, withAFreeCourse, &cache), 22.0); // the same programme, 7 besides
    }
};

QTEST_GUILESS_MAIN(TestCountedTotal)
#include "tst_countedtotal.moc"
