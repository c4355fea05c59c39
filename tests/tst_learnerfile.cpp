#include "io/cataloguereader.h"
#include "io/learnerfile.h"
#include "testsupport.h"

#include <QSet>

#include <memory>
#include <QTest>

using namespace Cairn::Core;

namespace {
CatalogueLookup smallCatalogueLookup()
{
    Problems problems;
    const auto catalogue = std::make_shared<Catalogue>(
        readCatalogueFile(QStringLiteral(CAIRN_TEST_DATA "/small-catalogue.json"), problems).value());
    const auto index = std::make_shared<CatalogueIndex>(*catalogue);
    return {[catalogue, index](const QString &code) { return index->course(code) != nullptr; },
            [catalogue, index](const QString &code) -> std::optional<Qualification> {
                if (const Qualification *qualification = index->qualification(code))
                    return *qualification;
                return std::nullopt;
            },
            [catalogue, index](const QString &id) { return index->framework(id) != nullptr; }};
}
} // namespace

class TestLearnerFile : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_valid = Cairn::Test::readJsonObject(QStringLiteral(CAIRN_TEST_DATA "/small-learner.json"));

private Q_SLOTS:
    void readsAFileThatStartsWithAByteOrderMark()
    {
        Problems problems;
        const auto learner = readLearner("\xEF\xBB\xBF" + Cairn::Test::toBytes(m_valid), problems);
        QVERIFY2(learner, qPrintable(problems.describe(QString())));
        QCOMPARE(learner->name, m_valid.value(u"name").toString());
    }

    void readsAValidLearner()
    {
        Problems problems;
        const auto learner = readLearner(Cairn::Test::toBytes(m_valid), problems);
        QVERIFY2(learner, qPrintable(problems.describe(QString())));
        QCOMPARE(learner->name, QStringLiteral("Aroha"));
        QCOMPARE(learner->hoursPerWeek, 12.0);
        QCOMPARE(learner->goals, QStringList{QStringLiteral("DIP-DA5")});
        QCOMPARE(learner->records.size(), 5);
        QCOMPARE(learner->records[0].status, RecordStatus::Completed);
        QCOMPARE(learner->records[0].date, QDate(2025, 11, 20));
        QCOMPARE(learner->records[1].credits, std::optional<double>(15));
        QVERIFY(learner->records[1].hasExternalDetails());
        QCOMPARE(learner->records[2].start, QDate(2027, 2, 8));
        QCOMPARE(learner->records[2].notes, QStringLiteral("Ask about the evening class"));
        QCOMPARE(learner->records[4].status, RecordStatus::Withdrawn);
        QCOMPARE(learner->availability.size(), 2);
        QCOMPARE(learner->availability[0].from, QDate(2027, 12, 20));
        QCOMPARE(learner->availability[0].hoursPerWeek, 0.0);
        QCOMPARE(learner->availability[1].label, QStringLiteral("Exams at work"));
        QCOMPARE(learner->budgetPerYear, (std::optional<Money>(money(3000, QStringLiteral("NZD")))));
        QCOMPARE(learner->exchangeRates.size(), 2);
        QCOMPARE(learner->exchangeRates[0], (ExchangeRate{QStringLiteral("AUD"), QStringLiteral("NZD"), 1.09, QDate(2026, 11, 1)}));
        QCOMPARE(learner->overrides.size(), 3);
        QCOMPARE(learner->overrides[0].kind, AuditOverride::Kind::Waive);
        QCOMPARE(learner->overrides[0].node, QStringLiteral("requirements.allOf[2]"));
        QCOMPARE(learner->overrides[0].advisor, QStringLiteral("M. Reid"));
        QCOMPARE(learner->overrides[1].advisor, QString()); // optional
        QCOMPARE(learner->overrides[1].kind, AuditOverride::Kind::Substitute);
        QCOMPARE(learner->overrides[1].course, QStringLiteral("EXT-UX1"));
        QCOMPARE(learner->overrides[1].node, QStringLiteral("requirements.allOf[1]"));
        QCOMPARE(learner->overrides[2].kind, AuditOverride::Kind::Exclude);
        QCOMPARE(learner->overrides[2].course, QStringLiteral("LDS603"));
        QVERIFY(learner->record(QStringLiteral("DAT510")));
        QVERIFY(!learner->record(QStringLiteral("DAT999")));
        checkLearnerAgainstCatalogue(*learner, smallCatalogueLookup(), problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.describe(QString())));
    }

    void defaultsHoursPerWeek()
    {
        Problems problems;
        const auto learner = readLearner(Cairn::Test::toBytes(Cairn::Test::editJson(m_valid, QStringLiteral("hoursPerWeek"), QJsonValue::Undefined)), problems);
        QVERIFY(learner);
        QCOMPARE(learner->hoursPerWeek, LearnerProfile::defaultHoursPerWeek);
    }

    void rejectsMalformedLearnerNamingThePath_data()
    {
        QTest::addColumn<QString>("editPath");
        QTest::addColumn<QString>("newValue");
        QTest::addColumn<QString>("expected");
        QTest::newRow("catalogue format") << "format" << R"("cairn-catalogue")" << R"(format: expected "cairn-learner")";
        QTest::newRow("missing format") << "format" << "<remove>" << R"(format: expected "cairn-learner")";
        QTest::newRow("version 0") << "version" << "0" << "version: version 0 is not supported";
        QTest::newRow("version text") << "version" << R"("1")" << "version: expected a whole number";
        QTest::newRow("missing name") << "name" << "<remove>" << "name: is required";
        QTest::newRow("name not text") << "name" << "12" << "name: expected a non-empty string";
        QTest::newRow("hours zero") << "hoursPerWeek" << "0" << "hoursPerWeek: expected a positive number";
        QTest::newRow("hours beyond a week") << "hoursPerWeek" << "200" << "hoursPerWeek: expected at most 168 hours";
        QTest::newRow("goals not a list") << "goals" << R"("DIP-DA5")" << "goals: expected an array";
        QTest::newRow("goal not text") << "goals[0]" << "5" << "goals[0]: expected a non-empty string";
        QTest::newRow("records not a list") << "records" << "{}" << "records: expected an array";
        QTest::newRow("record not an object") << "records[2]" << R"("DAT501")" << "records[2]: expected an object";
        QTest::newRow("record without course") << "records[3].course" << "<remove>" << "records[3].course: is required";
        QTest::newRow("record course with space") << "records[3].course" << R"("DAT 510")" << "records[3].course: expected a code";
        QTest::newRow("record without status") << "records[3].status" << "<remove>" << "records[3].status: is required";
        QTest::newRow("unknown status") << "records[3].status" << R"("dreaming")" << "records[3].status: expected one of completed, recognised, enrolled, planned, withdrawn, failed";
        QTest::newRow("completed without date") << "records[0].date" << "<remove>" << "records[0].date: is required";
        QTest::newRow("date in another format") << "records[0].date" << R"("20/11/2025")" << "records[0].date: expected a date YYYY-MM-DD";
        QTest::newRow("impossible date") << "records[0].date" << R"("2025-02-30")" << "records[0].date: expected a date YYYY-MM-DD";
        QTest::newRow("bad start") << "records[2].start" << R"("soon")" << "records[2].start: expected a date YYYY-MM-DD";
        QTest::newRow("external credits negative") << "records[1].credits" << "-15" << "records[1].credits: expected a positive number";
        QTest::newRow("external level fraction") << "records[1].level" << "5.5" << "records[1].level: expected a whole number";
        QTest::newRow("duplicate course") << "records[3].course" << R"("DAT401")" << R"(records[3].course: "DAT401" already has a record)";
        QTest::newRow("notes not text") << "records[2].notes" << "7" << "records[2].notes: expected a non-empty string";
        QTest::newRow("grade not text") << "records[0].grade" << "[]" << "records[0].grade: expected a non-empty string";
        QTest::newRow("period ends before it starts") << "availability[0].to" << R"("2027-12-01")" << R"(availability[0].to: expected a date on or after "from")";
        QTest::newRow("period without hours") << "availability[1].hoursPerWeek" << "<remove>" << "availability[1].hoursPerWeek: is required";
        QTest::newRow("period with negative hours") << "availability[1].hoursPerWeek" << "-2" << "availability[1].hoursPerWeek: expected a number of at least 0";
        QTest::newRow("budget without currency") << "budgetPerYear.currency" << "<remove>" << "budgetPerYear.currency: is required";
        QTest::newRow("period beyond a week") << "availability[1].hoursPerWeek" << "169" << "availability[1].hoursPerWeek: expected at most 168 hours";
        QTest::newRow("negative budget") << "budgetPerYear.amount" << "-100" << "budgetPerYear.amount: expected a number of at least 0";
        QTest::newRow("budget currency not a code") << "budgetPerYear.currency" << R"("euros")" << "budgetPerYear.currency: expected a currency code of three capital letters";
        QTest::newRow("rate without a currency") << "exchangeRates[0].from" << "<remove>" << "exchangeRates[0].from: is required";
        QTest::newRow("rate in a made-up currency") << "exchangeRates[1].to" << R"("kiwis")" << "exchangeRates[1].to: expected a currency code of three capital letters";
        QTest::newRow("rate into itself") << "exchangeRates[0].to" << R"("AUD")" << R"(exchangeRates[0].to: expected another currency than "from")";
        QTest::newRow("rate of zero") << "exchangeRates[0].rate" << "0" << "exchangeRates[0].rate: expected a positive number";
        QTest::newRow("rate beyond any") << "exchangeRates[0].rate" << "1e9" << "exchangeRates[0].rate: expected at most 1000000";
        QTest::newRow("rate too small") << "exchangeRates[0].rate" << "1e-9" << "exchangeRates[0].rate: expected at least 0.000001";
        QTest::newRow("rate without a day") << "exchangeRates[1].date" << "<remove>" << "exchangeRates[1].date: is required";
        QTest::newRow("the same rate twice") << "exchangeRates[1]" << R"({"from": "AUD", "to": "NZD", "rate": 1.1, "date": "2026-11-01"})" << "exchangeRates[1]: the same rate and day as exchangeRates[0]";
        QTest::newRow("budget finer than any currency") << "budgetPerYear.amount" << "3000.12345" << "budgetPerYear.amount: expected an amount with at most four decimal places";
        QTest::newRow("budget beyond any") << "budgetPerYear.amount" << "1e300" << "budgetPerYear.amount: expected at most 1000000000";
        QTest::newRow("external credits beyond any course") << "records[1].credits" << "1e308" << "records[1].credits: expected at most 1000";
        QTest::newRow("goal listed twice") << "goals" << R"(["DIP-DA5", "DIP-DA5"])" << R"(goals[1]: "DIP-DA5" is listed more than once)";
        QTest::newRow("override without reason") << "overrides[0].reason" << "<remove>" << "overrides[0].reason: is required";
        QTest::newRow("override of two kinds") << "overrides[2].waive" << R"("requirements")" << R"(overrides[2]: expected exactly one of "waive", "substitute", "exclude")";
        QTest::newRow("substitution without target") << "overrides[1].toward" << "<remove>" << "overrides[1].toward: is required";
    }

    void rejectsMalformedLearnerNamingThePath()
    {
        QFETCH(QString, editPath);
        QFETCH(QString, newValue);
        QFETCH(QString, expected);
        const QJsonObject learner = Cairn::Test::editJson(m_valid, editPath, Cairn::Test::jsonValueFromText(newValue));
        Problems problems;
        QVERIFY(!readLearner(Cairn::Test::toBytes(learner), problems));
        const QString report = problems.describe(QStringLiteral("learner.json"));
        QVERIFY2(report.contains(QStringLiteral("learner.json: ") + expected), qPrintable(report));
    }

    void checksRecordsAndGoalsAgainstTheCatalogue_data()
    {
        QTest::addColumn<QString>("editPath");
        QTest::addColumn<QString>("newValue");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown goal") << "goals[0]" << R"("BSC-X")" << R"(goals[0]: no qualification "BSC-X" in the catalogue)";
        QTest::newRow("unknown course without details") << "records[3].course" << R"("ZZZ100")" << R"(records[3]: course "ZZZ100" is not in the catalogue, so the record needs title, credits, level, framework)";
        QTest::newRow("external without credits") << "records[1].credits" << "<remove>" << R"(records[1]: course "EXT-UX1" is not in the catalogue, so the record needs credits)";
        QTest::newRow("override of unknown qualification") << "overrides[2].qualification" << R"("BSC-X")" << R"(overrides[2].qualification: no qualification "BSC-X" in the catalogue)";
        QTest::newRow("waiver of a missing node") << "overrides[0].waive" << R"("requirements.allOf[7]")" << R"(overrides[0].waive: no requirement "requirements.allOf[7]" in DIP-DA5)";
        QTest::newRow("waiver path of wrong shape") << "overrides[0].waive" << R"("requirements.anyOf[0]")" << R"(overrides[0].waive: no requirement "requirements.anyOf[0]")";
        QTest::newRow("substitution toward a group") << "overrides[1].toward" << R"("requirements.allOf[2]")" << "overrides[1].toward: expected a course or credits requirement";
        QTest::newRow("substitution of a course not held") << "overrides[1].substitute" << R"("DAT999")" << R"(overrides[1].substitute: "DAT999" has no record in this learner file)";
        QTest::newRow("external with unknown framework") << "records[1].framework" << R"("aqf")" << R"(records[1].framework: no framework "aqf" in the catalogue)";
    }

    void checksRecordsAndGoalsAgainstTheCatalogue()
    {
        QFETCH(QString, editPath);
        QFETCH(QString, newValue);
        QFETCH(QString, expected);
        Problems problems;
        const auto learner = readLearner(
            Cairn::Test::toBytes(Cairn::Test::editJson(m_valid, editPath, Cairn::Test::jsonValueFromText(newValue))), problems);
        QVERIFY2(learner, qPrintable(problems.describe(QString())));
        checkLearnerAgainstCatalogue(*learner, smallCatalogueLookup(), problems);
        const QString report = problems.describe(QString());
        QVERIFY2(report.contains(expected), qPrintable(report));
    }

    void writeThenReadIsLossless()
    {
        Problems problems;
        const auto first = readLearner(Cairn::Test::toBytes(m_valid), problems);
        QVERIFY(first);
        const auto second = readLearner(learnerToJsonBytes(*first), problems);
        QVERIFY2(second, qPrintable(problems.describe(QString())));
        QCOMPARE(*second, *first);
    }

    void statusKeysRoundTrip()
    {
        for (const QString &key : recordStatusKeys())
            QCOMPARE(recordStatusKey(*recordStatusFromKey(key)), key);
        QCOMPARE(recordStatusKeys().size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestLearnerFile)
#include "tst_learnerfile.moc"
