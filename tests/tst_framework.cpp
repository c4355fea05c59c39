#include "model/course.h"
#include "model/framework.h"

#include <QTest>

using namespace Cairn::Core;

class TestFramework : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convertsCreditsByStudyHours_data()
    {
        QTest::addColumn<double>("credits");
        QTest::addColumn<double>("fromHours");
        QTest::addColumn<double>("toHours");
        QTest::addColumn<double>("expected");
        QTest::newRow("same framework") << 15.0 << 10.0 << 10.0 << 15.0;
        QTest::newRow("5 ECTS to NZQCF") << 5.0 << 25.0 << 10.0 << 12.5;
        QTest::newRow("15 NZQCF to ECTS") << 15.0 << 10.0 << 25.0 << 6.0;
        QTest::newRow("UK credits to NZQCF") << 12.0 << 10.0 << 10.0 << 12.0;
        QTest::newRow("US semester hours to ECTS") << 3.0 << 45.0 << 25.0 << 5.4;
        QTest::newRow("fractional") << 2.5 << 25.0 << 10.0 << 6.25;
    }

    void convertsCreditsByStudyHours()
    {
        QFETCH(double, credits);
        QFETCH(double, fromHours);
        QFETCH(double, toHours);
        QFETCH(double, expected);
        const Framework from{QStringLiteral("a"), QStringLiteral("A"), fromHours, 1, 10};
        const Framework to{QStringLiteral("b"), QStringLiteral("B"), toHours, 1, 10};
        QCOMPARE(convertCredits(credits, from, to), expected);
        // Converting there and back returns the original credits.
        QVERIFY(qFuzzyCompare(convertCredits(convertCredits(credits, from, to), to, from), credits));
    }

    void notionalHoursAreCreditsTimesCreditHours()
    {
        const Framework ects{QStringLiteral("ects"), QStringLiteral("ECTS"), 25, 1, 8};
        QCOMPARE(notionalHours(5, ects), 125.0);
        QCOMPARE(notionalHours(0.5, ects), 12.5);
    }

    void levelsAreInclusive_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<bool>("inside");
        QTest::newRow("below") << 0 << false;
        QTest::newRow("min") << 1 << true;
        QTest::newRow("middle") << 5 << true;
        QTest::newRow("max") << 8 << true;
        QTest::newRow("above") << 9 << false;
    }

    void levelsAreInclusive()
    {
        QFETCH(int, level);
        QFETCH(bool, inside);
        const Framework eqf{QStringLiteral("eqf"), QStringLiteral("EQF"), 25, 1, 8};
        QCOMPARE(eqf.containsLevel(level), inside);
    }

    void defaultWeeksRoundUpTenHoursAWeek_data()
    {
        QTest::addColumn<double>("hours");
        QTest::addColumn<int>("weeks");
        QTest::newRow("tiny course is one week") << 2.0 << 1;
        QTest::newRow("exactly ten") << 10.0 << 1;
        QTest::newRow("just over ten") << 10.5 << 2;
        QTest::newRow("150 hours") << 150.0 << 15;
        QTest::newRow("62.5 hours") << 62.5 << 7;
    }

    void defaultWeeksRoundUpTenHoursAWeek()
    {
        QFETCH(double, hours);
        QFETCH(int, weeks);
        QCOMPARE(defaultWeeks(hours), weeks);
    }

    void validCodesUseTheDocumentedAlphabet_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "DAT501" << true;
        QTest::newRow("dots dashes underscores") << "EXT-UX.1_a" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("space") << "DAT 501" << false;
        QTest::newRow("slash") << "DAT/501" << false;
        QTest::newRow("non-ASCII letter") << "MĀO101" << false;
    }

    void validCodesUseTheDocumentedAlphabet()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(isValidCode(code), valid);
    }

    void deliveryModeKeysRoundTrip()
    {
        for (const QString &key : deliveryModeKeys())
            QCOMPARE(deliveryModeKey(*deliveryModeFromKey(key)), key);
        QVERIFY(!deliveryModeFromKey(u"Online")); // keys are case-sensitive, as in the format
    }
};

QTEST_GUILESS_MAIN(TestFramework)
#include "tst_framework.moc"
