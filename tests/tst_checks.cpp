#include "model/checks.h"

#include <QTest>

using namespace Cairn::Core;

namespace {

CatalogueFacts facts()
{
    CatalogueFacts facts;
    facts.frameworks = {{QStringLiteral("nzqcf"), QStringLiteral("NZQCF"), 10.0, 1, 10}};
    facts.courseExists = [](const QString &code) { return code == u"DAT401"; };
    facts.providerExists = [](const QString &id) { return id == u"harbour"; };
    facts.skillExists = [](const QString &id) { return id == u"data-vis"; };
    facts.qualificationExists = [](const QString &code) { return code == u"DIP-DA5"; };
    return facts;
}

Course validCourse()
{
    Course course;
    course.code = QStringLiteral("DAT501");
    course.title = QStringLiteral("Visualising data");
    course.provider = QStringLiteral("harbour");
    course.framework = QStringLiteral("nzqcf");
    course.credits = 15;
    course.level = 5;
    course.hours = 150;
    course.weeks = 10;
    course.cost = money(1250, QStringLiteral("NZD"));
    course.skills = {QStringLiteral("data-vis")};
    course.intakes = {QDate(2027, 2, 8)};
    return course;
}

LearnerProfile validProfile()
{
    LearnerProfile profile;
    profile.name = QStringLiteral("Aroha");
    profile.hoursPerWeek = 12;
    profile.goals = {QStringLiteral("DIP-DA5")};
    profile.budgetPerYear = money(3000, QStringLiteral("NZD"));
    profile.availability = {{QDate(2027, 12, 20), QDate(2028, 1, 9), 0, QStringLiteral("Holiday")}};
    profile.exchangeRates = {{QStringLiteral("AUD"), QStringLiteral("NZD"), 1.09, QDate(2026, 11, 1)},
                             {QStringLiteral("AUD"), QStringLiteral("NZD"), 1.1, QDate(2026, 11, 20)}};
    return profile;
}

} // namespace

class TestChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsAValidCourseAndProfile()
    {
        QCOMPARE(checkCourse(validCourse(), true, facts()), FieldProblems());
        QCOMPARE(checkProfile(validProfile(), {QStringLiteral("Ben")}, facts().qualificationExists), FieldProblems());
    }

    void findsWhatIsWrongWithACourse_data()
    {
        QTest::addColumn<Course>("course");
        QTest::addColumn<bool>("isNew");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const auto edited = [](auto edit) {
            Course course = validCourse();
            edit(course);
            return course;
        };
        QTest::newRow("no code") << edited([](Course &c) { c.code.clear(); }) << true << "code" << "Give the course a code.";
        QTest::newRow("code with a space") << edited([](Course &c) { c.code = QStringLiteral("DAT 5"); }) << true << "code" << "only letters";
        QTest::newRow("code taken") << edited([](Course &c) { c.code = QStringLiteral("DAT401"); }) << true << "code" << "already a course with the code DAT401";
        QTest::newRow("blank title") << edited([](Course &c) { c.title = QStringLiteral("  "); }) << false << "title" << "title";
        QTest::newRow("unknown provider") << edited([](Course &c) { c.provider = QStringLiteral("x"); }) << false << "provider" << "provider";
        QTest::newRow("no framework") << edited([](Course &c) { c.framework.clear(); }) << false << "framework" << "framework";
        QTest::newRow("level beyond the framework") << edited([](Course &c) { c.level = 11; }) << false << "level" << "levels 1 to 10";
        QTest::newRow("no credits") << edited([](Course &c) { c.credits = 0; }) << false << "credits" << "more than 0 credits";
        QTest::newRow("no hours") << edited([](Course &c) { c.hours = 0; }) << false << "hours" << "more than 0 hours";
        QTest::newRow("no weeks") << edited([](Course &c) { c.weeks = 0; }) << false << "weeks" << "at least one week";
        QTest::newRow("currency in words") << edited([](Course &c) { c.cost->currency = QStringLiteral("dollars"); }) << false << "cost.currency" << "three capital letters";
        QTest::newRow("negative cost") << edited([](Course &c) { c.cost->amount = Amount::fromUnits(-1); }) << false << "cost.amount" << "negative";
        QTest::newRow("impossible intake") << edited([](Course &c) { c.intakes.append(QDate()); }) << false << "intakes[1]" << "YYYY-MM-DD";
        QTest::newRow("unknown skill") << edited([](Course &c) { c.skills.append(QStringLiteral("x")); }) << false << "skills[1]" << "no skill x";
        QTest::newRow("its own prerequisite") << edited([](Course &c) { c.prerequisites = Requirement::courseNode(c.code); }) << false << "prerequisites" << "own prerequisite";
    }

    void findsWhatIsWrongWithACourse()
    {
        QFETCH(Course, course);
        QFETCH(bool, isNew);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const FieldProblems problems = checkCourse(course, isNew, facts());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, field);
        QVERIFY2(problems.first().message.contains(message), qPrintable(problems.first().message));
    }

    void anExistingCodeIsFineWhenEditing()
    {
        Course course = validCourse();
        course.code = QStringLiteral("DAT401");
        QCOMPARE(checkCourse(course, false, facts()), FieldProblems());
    }

    void findsWhatIsWrongWithAProfile_data()
    {
        QTest::addColumn<LearnerProfile>("profile");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const auto edited = [](auto edit) {
            LearnerProfile profile = validProfile();
            edit(profile);
            return profile;
        };
        QTest::newRow("no name") << edited([](LearnerProfile &p) { p.name = QStringLiteral(" "); }) << "name" << "Give the profile a name.";
        QTest::newRow("a name in use, in other case") << edited([](LearnerProfile &p) { p.name = QStringLiteral("ben"); }) << "name" << "Another profile is called ben.";
        QTest::newRow("no hours") << edited([](LearnerProfile &p) { p.hoursPerWeek = 0; }) << "hoursPerWeek" << "at most 168";
        QTest::newRow("more hours than a week") << edited([](LearnerProfile &p) { p.hoursPerWeek = 169; }) << "hoursPerWeek" << "at most 168";
        QTest::newRow("budget currency") << edited([](LearnerProfile &p) { p.budgetPerYear->currency = QStringLiteral("NZ"); }) << "budgetPerYear.currency" << "three capital letters";
        QTest::newRow("period backwards") << edited([](LearnerProfile &p) { p.availability[0].to = QDate(2027, 1, 1); }) << "availability[0].to" << "Period 1 ends before it starts.";
        QTest::newRow("period without end") << edited([](LearnerProfile &p) { p.availability[0].to = QDate(); }) << "availability[0]" << "first and a last day";
        QTest::newRow("period hours") << edited([](LearnerProfile &p) { p.availability[0].hoursPerWeek = 200; }) << "availability[0].hoursPerWeek" << "from 0 to 168";
        QTest::newRow("rate of a made-up currency") << edited([](LearnerProfile &p) { p.exchangeRates[0].from = QStringLiteral("dollars"); }) << "exchangeRates[0]" << "three capital letters";
        QTest::newRow("rate into itself") << edited([](LearnerProfile &p) { p.exchangeRates[1].to = QStringLiteral("AUD"); }) << "exchangeRates[1].to" << "Rate 2 converts a currency into itself.";
        QTest::newRow("rate of nothing") << edited([](LearnerProfile &p) { p.exchangeRates[0].rate = 0; }) << "exchangeRates[0].rate" << "from 0.000001";
        QTest::newRow("rate without a day") << edited([](LearnerProfile &p) { p.exchangeRates[0].date = QDate(); }) << "exchangeRates[0].date" << "the day it was taken";
        QTest::newRow("the same rate twice") << edited([](LearnerProfile &p) { p.exchangeRates[1].date = QDate(2026, 11, 1); }) << "exchangeRates[1]" << "Rate 2 repeats rate 1.";
        QTest::newRow("unknown goal") << edited([](LearnerProfile &p) { p.goals.append(QStringLiteral("NOPE")); }) << "goals[1]" << "no qualification NOPE";
    }

    void findsWhatIsWrongWithAProfile()
    {
        QFETCH(LearnerProfile, profile);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const FieldProblems problems = checkProfile(profile, {QStringLiteral("Ben")}, facts().qualificationExists);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, field);
        QVERIFY2(problems.first().message.contains(message), qPrintable(problems.first().message));
    }

    void aCompletedRecordNeedsADate()
    {
        Record record;
        record.course = QStringLiteral("DAT401");
        record.status = RecordStatus::Completed;
        QCOMPARE(checkRecord(record).size(), 1);
        record.date = QDate(2026, 5, 1);
        QVERIFY(checkRecord(record).isEmpty());
    }

    void findsWhatIsWrongWithAnAdvisorDecision_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("course");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("advisor");
        QTest::addColumn<QString>("field"); // "-" for none
        using K = AuditOverride::Kind;
        QTest::newRow("valid waiver") << int(K::Waive) << "requirements.allOf[1]" << "" << "Project at work" << "M. Reid" << "-";
        QTest::newRow("valid substitution") << int(K::Substitute) << "requirements.allOf[0]" << "EXT-1" << "Same outcomes" << "M. Reid" << "-";
        QTest::newRow("valid exclusion") << int(K::Exclude) << "" << "DAT401" << "Counted elsewhere" << "M. Reid" << "-";
        QTest::newRow("no reason") << int(K::Waive) << "requirements.allOf[1]" << "" << "  " << "M. Reid" << "reason";
        QTest::newRow("no advisor") << int(K::Waive) << "requirements.allOf[1]" << "" << "Why" << "" << "advisor";
        QTest::newRow("no such node") << int(K::Waive) << "requirements.allOf[5]" << "" << "Why" << "M. Reid" << "node";
        QTest::newRow("substitution toward a group") << int(K::Substitute) << "requirements" << "EXT-1" << "Why" << "M. Reid" << "node";
        QTest::newRow("substitution of a course not held") << int(K::Substitute) << "requirements.allOf[0]" << "DAT999" << "Why" << "M. Reid" << "course";
        QTest::newRow("exclusion of nothing") << int(K::Exclude) << "" << "" << "Why" << "M. Reid" << "course";
        QTest::newRow("the same decision twice") << int(K::Exclude) << "" << "DAT402" << "Again" << "M. Reid" << "";
    }

    void findsWhatIsWrongWithAnAdvisorDecision()
    {
        QFETCH(int, kind);
        QFETCH(QString, node);
        QFETCH(QString, course);
        QFETCH(QString, reason);
        QFETCH(QString, advisor);
        QFETCH(QString, field);
        Qualification qualification;
        qualification.code = QStringLiteral("DIP-DA5");
        qualification.requirements = Requirement::allOf({Requirement::courseNode(QStringLiteral("DAT401")),
                                                         Requirement::courseNode(QStringLiteral("DAT402"))});
        LearnerProfile profile = validProfile();
        Record held;
        held.course = QStringLiteral("EXT-1");
        profile.records = {held};
        profile.overrides = {{AuditOverride::Kind::Exclude, QStringLiteral("DIP-DA5"), {}, QStringLiteral("DAT402"),
                              QStringLiteral("Counted elsewhere"), QStringLiteral("M. Reid")}};
        const AuditOverride decision{static_cast<AuditOverride::Kind>(kind), QStringLiteral("DIP-DA5"), node, course,
                                     reason, advisor};
        const FieldProblems problems = checkOverride(decision, qualification, profile);
        if (field == u"-") {
            QVERIFY2(problems.isEmpty(), qPrintable(firstMessage(problems)));
        } else {
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems.first().field, field);
            QVERIFY(!problems.first().message.isEmpty());
        }
    }

    void aFullProgrammeNeedsWeeksAndAProperPrice()
    {
        Qualification qualification;
        qualification.code = QStringLiteral("DIP-NEW");
        qualification.title = QStringLiteral("New diploma");
        qualification.framework = QStringLiteral("nzqcf");
        qualification.credits = 120;
        QVERIFY(checkQualification(qualification, true, facts()).isEmpty());
        qualification.programme = FullProgramme{40, money(9000, QStringLiteral("NZD"))};
        QVERIFY(checkQualification(qualification, true, facts()).isEmpty());
        qualification.programme = FullProgramme{0, money(-1, QStringLiteral("dollars"))};
        QStringList fields;
        for (const FieldProblem &problem : checkQualification(qualification, true, facts()))
            fields.append(problem.field);
        QCOMPARE(fields, (QStringList{QStringLiteral("programme.weeks"), QStringLiteral("programme.cost.amount"),
                                      QStringLiteral("programme.cost.currency")}));
    }

    void currencyCodesAreThreeCapitals()
    {
        QVERIFY(isCurrencyCode(u"NZD"));
        QVERIFY(!isCurrencyCode(u"nzd"));
        QVERIFY(!isCurrencyCode(u"NZDX"));
        QVERIFY(!isCurrencyCode(u""));
    }
};

QTEST_GUILESS_MAIN(TestChecks)
#include "tst_checks.moc"
