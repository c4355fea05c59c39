#include "audit/whatif.h"
#include "model/currencyconverter.h"
#include "model/money.h"

#include <QTest>

using namespace Cairn::Core;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sumsAreExact()
    {
        // Ten prices of 0.10 are exactly 1.00, where ten doubles are not.
        double asDoubles = 0.0;
        Amount exact;
        for (int i = 0; i < 10; ++i) {
            asDoubles += 0.1;
            exact += money(0.1, QStringLiteral("NZD")).amount;
        }
        QVERIFY(asDoubles != 1.0);
        QCOMPARE(exact, Amount::fromUnits(Amount::unitsPerWhole));
        QCOMPARE(exact.toDouble(), 1.0);
        // A large catalogue's worth of prices stays exact too.
        Amount total;
        for (int i = 0; i < 100'000; ++i)
            total += money(1299.99, QStringLiteral("NZD")).amount;
        QCOMPARE(total.units(), qint64(129'999'000) * Amount::unitsPerWhole);
    }

    void fourDecimalsAndNoMore()
    {
        QCOMPARE(Amount::fromDecimal(0.125)->units(), 1250); // a three-decimal currency
        QCOMPARE(Amount::fromDecimal(12.3456)->units(), 123'456);
        QCOMPARE(Amount::fromDecimal(1e9)->units(), qint64(1e9) * Amount::unitsPerWhole);
        QVERIFY(!Amount::fromDecimal(12.34567));
        QVERIFY(!Amount::fromDecimal(3000.12345));
        QVERIFY(!Amount::fromDecimal(999'999'999.12345));
        QCOMPARE(Amount::fromDecimal(999'999'999.1234)->units(), qint64(9'999'999'991'234));
        QVERIFY(!Amount::fromDecimal(std::numeric_limits<double>::quiet_NaN()));
        QVERIFY(!Amount::fromDecimal(1e300));
        QCOMPARE(Amount::rounded(12.34567).units(), 123'457); // what the program stored itself
        QCOMPARE(Amount::fromDecimal(-5)->units(), -50'000);
    }

    void plainText()
    {
        QCOMPARE(plainAmount(money(1200, {}).amount), QStringLiteral("1200"));
        QCOMPARE(plainAmount(money(1299.5, {}).amount), QStringLiteral("1299.50"));
        QCOMPARE(plainAmount(money(0.0125, {}).amount), QStringLiteral("0.0125"));
    }

    void convertsWithTheLatestRateOnOrBeforeTheDay()
    {
        const QString aud = QStringLiteral("AUD"), nzd = QStringLiteral("NZD"), eur = QStringLiteral("EUR");
        const CurrencyConverter converter({{aud, nzd, 1.05, QDate(2026, 1, 10)},
                                           {aud, nzd, 1.09, QDate(2026, 11, 1)},
                                           {aud, nzd, 2.00, QDate(2026, 12, 24)}, // after the day: not yet
                                           {nzd, aud, 0.90, QDate(2026, 6, 1)}},  // older than 1.09
                                          QDate(2026, 11, 29));
        QCOMPARE(converter.rate(aud, nzd)->factor, 1.09);
        QCOMPARE(converter.convert(money(100, aud), nzd), std::optional<Amount>(money(109, {}).amount));
        // The other way round: by the inverse of the latest rate of the pair.
        QCOMPARE(converter.rate(nzd, aud)->rate.date, QDate(2026, 11, 1));
        QCOMPARE(converter.convert(money(109, nzd), aud), std::optional<Amount>(money(100, {}).amount));
        // Rounded to the nearest ten-thousandth.
        QCOMPARE(converter.convert(money(1, nzd), aud)->units(), 9174); // 1 / 1.09 = 0.917431...
        // The same currency as it is; a pair without a rate not at all.
        QCOMPARE(converter.convert(money(12.5, eur), eur), std::optional<Amount>(money(12.5, {}).amount));
        QVERIFY(!converter.convert(money(10, eur), nzd));
        // On the same day, the rate given the asked way wins over an inverse.
        const CurrencyConverter sameDay({{nzd, aud, 0.5, QDate(2026, 3, 1)}, {aud, nzd, 1.5, QDate(2026, 3, 1)}},
                                        QDate(2026, 3, 1));
        QCOMPARE(sameDay.rate(aud, nzd)->factor, 1.5);
        QCOMPARE(sameDay.rate(nzd, aud)->factor, 0.5);
        // Before any rate was taken: nothing.
        QVERIFY(!CurrencyConverter({{aud, nzd, 1.09, QDate(2026, 11, 1)}}, QDate(2026, 10, 31)).rate(aud, nzd));
    }

    void estimatesSortByCurrencyThenAmountWithoutAddingThem()
    {
        const auto estimate = [](std::initializer_list<std::pair<const char *, double>> costs, int unpriced = 0) {
            FinishEstimate e;
            for (const auto &[currency, amount] : costs)
                e.cost[QString::fromLatin1(currency)] = money(amount, {}).amount;
            e.coursesWithoutCost = unpriced;
            return costSortKey(e);
        };
        // In one currency: by amount, however many digits.
        QVERIFY(estimate({{"NZD", 900}}) < estimate({{"NZD", 1200}}));
        QVERIFY(estimate({{"NZD", 99.99}}) < estimate({{"NZD", 100}}));
        // An unpriced course makes it dearer than the same priced amount, not than a dearer one.
        QVERIFY(estimate({{"NZD", 900}}) < estimate({{"NZD", 900}}, 1));
        QVERIFY(estimate({{"NZD", 900}}, 1) < estimate({{"NZD", 901}}));
        // Different currencies are grouped by code, never compared as numbers.
        QVERIFY(estimate({{"AUD", 5000}}) < estimate({{"NZD", 10}}));
        QVERIFY(estimate({{"AUD", 5000}, {"NZD", 10}}) < estimate({{"AUD", 5000}, {"NZD", 20}}));
        // No price at all: last.
        QVERIFY(estimate({{"ZAR", 1e9}}) < estimate({}, 2));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
