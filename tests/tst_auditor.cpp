#include "audit/auditor.h"
#include "audit/allocationprogramme.h"
#include "auditreference.h"
#include "randomaudit.h"
#include "io/cataloguereader.h"
#include "io/learnerfile.h"
#include "report/auditreport.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Cairn::Core;

namespace {

// A small catalogue for hand-made cases: two frameworks, skills A and B.
Catalogue handCatalogue()
{
    Catalogue catalogue;
    catalogue.frameworks = {{QStringLiteral("nz"), QStringLiteral("NZ"), 10, 1, 10},
                            {QStringLiteral("eu"), QStringLiteral("EU"), 25, 1, 8}};
    catalogue.providers = {{QStringLiteral("p1"), QStringLiteral("Provider One"), {}, {}},
                           {QStringLiteral("p2"), QStringLiteral("Provider Two"), {}, {}}};
    catalogue.skills = {{QStringLiteral("A"), QStringLiteral("Skill A"), {}}, {QStringLiteral("B"), QStringLiteral("Skill B"), {}}};
    const auto add = [&catalogue](const char *code, double credits, int level, QStringList skills,
                                  const char *framework = "nz", double cost = 100, const char *provider = "p1") {
        Course course;
        course.code = QString::fromLatin1(code);
        course.title = QStringLiteral("Course ") + course.code;
        course.provider = QString::fromLatin1(provider);
        course.framework = QString::fromLatin1(framework);
        course.credits = credits;
        course.level = level;
        course.hours = credits * 10;
        course.weeks = 10;
        course.skills = std::move(skills);
        course.cost = money(cost, QStringLiteral("NZD"));
        catalogue.courses.append(course);
    };
    add("P", 15, 5, {QStringLiteral("A")});
    add("Q", 15, 5, {});
    add("R", 15, 4, {QStringLiteral("B")});
    add("S", 30, 5, {QStringLiteral("A"), QStringLiteral("B")});
    add("E", 5, 6, {QStringLiteral("A")}, "eu", 80, "p2");
    add("T1", 15, 5, {QStringLiteral("A")}, "nz", 300);
    add("T2", 10, 5, {QStringLiteral("A")}, "nz", 50);
    add("T3", 10, 5, {QStringLiteral("A")}, "nz", 60);
    return catalogue;
}

Record record(const char *code, RecordStatus status, QDate date = QDate(2026, 1, 10))
{
    Record r;
    r.course = QString::fromLatin1(code);
    r.status = status;
    r.date = date;
    return r;
}

Selector skillSelector(const char *skill)
{
    Selector selector;
    selector.skills = QStringList{QString::fromLatin1(skill)};
    return selector;
}

Selector minLevelSelector(int level)
{
    Selector selector;
    selector.minLevel = level;
    return selector;
}

Qualification qualification(Requirement requirements, double credits = 0)
{
    Qualification q;
    q.code = QStringLiteral("Q1");
    q.title = QStringLiteral("Test qualification");
    q.framework = QStringLiteral("nz");
    q.credits = credits;
    q.requirements = std::move(requirements);
    return q;
}

const QDate asOf(2026, 11, 28);

} // namespace

class TestAuditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithBruteForceOnRandomInstances()
    {
        int complete = 0;
        int withCaps = 0;
        int severalBinding = 0;
        int decisions[3] = {0, 0, 0}; // by AuditOverride::Kind
        for (quint32 seed = 1; seed <= 1500; ++seed) {
            const Cairn::Test::RandomInstance instance = Cairn::Test::randomInstance(seed);
            const Auditor auditor(instance.catalogue, instance.learner);
            const AuditResult result = auditor.audit(instance.qualification,
                                                     instance.planned ? AuditMode::Planned : AuditMode::Earned,
                                                     instance.asOf);
            const Cairn::Test::ReferenceAudit expected =
                Cairn::Test::referenceAudit(instance.catalogue, instance.learner, instance.qualification,
                                            instance.planned, instance.asOf);
            const QByteArray context = "seed " + QByteArray::number(seed);
            QVERIFY2(qAbs(result.requirementsRemaining - expected.requirementsRemaining) < 1e-6, context);
            QVERIFY2(qAbs(result.creditsCounted - expected.counted) < 1e-6, context);
            QVERIFY2(qAbs(result.remainingCredits - expected.remaining) < 1e-6, context);
            QVERIFY2(qAbs(result.percent - expected.percent) < 1e-6, context);
            QVERIFY2(result.complete == expected.complete, context);
            complete += expected.complete ? 1 : 0;
            // Totals only: the same figures, no explained tree.
            const AuditResult totals = auditor.audit(instance.qualification,
                                                     instance.planned ? AuditMode::Planned : AuditMode::Earned,
                                                     instance.asOf, AuditDetail::Totals);
            QVERIFY2(totals.remainingCredits == result.remainingCredits && totals.complete == result.complete
                         && totals.percent == result.percent && !totals.requirements,
                     context);
            // The integer programme alone, from first fit, on the same tree
            // (waived nodes, nodes no course reaches): the same optimum.
            const Auditor byProgramme(instance.catalogue, instance.learner, [](const AllocationProblem &problem) {
                return allocateByProgramme(problem, allocateFirstFit(problem), 10'000);
            });
            const AuditResult programmed = byProgramme.audit(
                instance.qualification, instance.planned ? AuditMode::Planned : AuditMode::Earned, instance.asOf,
                AuditDetail::Totals);
            QVERIFY2(qAbs(programmed.remainingCredits - expected.remaining) < 1e-6, context);
            withCaps += instance.qualification.constraints.isEmpty() ? 0 : 1;
            int binding = 0;
            for (const ConstraintResult &constraint : result.constraints)
                binding += constraint.excess > 1e-9 ? 1 : 0;
            severalBinding += binding >= 2 ? 1 : 0;
            for (const AuditOverride &decision : instance.learner.overrides)
                ++decisions[int(decision.kind)];
        }
        // The generator must exercise both outcomes, the caps (several binding
        // at once: the linear programme) and every kind of advisor decision.
        QVERIFY(complete > 50);
        QVERIFY(complete < 1450);
        QVERIFY(withCaps > 500);
        QVERIFY2(severalBinding > 30, QByteArray::number(severalBinding));
        for (int kind = 0; kind < 3; ++kind)
            QVERIFY2(decisions[kind] > 100, QByteArray::number(decisions[kind]));
    }

    void allocatesOptimallyWhereFirstFitFails()
    {
        // P (skill A, level 5) fits both leaves; Q (level 5) only the first.
        // First fit puts P in the first leaf and leaves the skill leaf open.
        const Catalogue catalogue = handCatalogue();
        LearnerProfile learner;
        learner.records = {record("P", RecordStatus::Completed), record("Q", RecordStatus::Completed)};
        const Qualification q = qualification(Requirement::allOf(
            {Requirement::creditsFrom(15, minLevelSelector(5)), Requirement::creditsFrom(15, skillSelector("A"))}));
        const AuditResult result = Auditor(catalogue, learner).audit(q, AuditMode::Earned, asOf);
        QVERIFY(result.complete);
        QCOMPARE(result.requirements->children[0].allocated, QStringList{QStringLiteral("Q")});
        QCOMPARE(result.requirements->children[1].allocated, QStringList{QStringLiteral("P")});
    }

    void allocatesOptimallyAcrossAnyOf()
    {
        // anyOf(1) of [course R, 30 credits of skill A]; plus 15 credits of skill B.
        // S (30, skills A and B) must go to the skill-A branch, R fills nothing else.
        const Catalogue catalogue = handCatalogue();
        LearnerProfile learner;
        learner.records = {record("S", RecordStatus::Completed), record("R", RecordStatus::Completed)};
        const Qualification q = qualification(Requirement::allOf(
            {Requirement::creditsFrom(15, skillSelector("B")),
             Requirement::anyOf({Requirement::courseNode(QStringLiteral("T1")), Requirement::creditsFrom(30, skillSelector("A"))}, 1)}));
        const AuditResult result = Auditor(catalogue, learner).audit(q, AuditMode::Earned, asOf);
        QVERIFY(result.complete);
        QCOMPARE(result.requirements->children[0].allocated, QStringList{QStringLiteral("R")});
        QCOMPARE(result.requirements->children[1].children[1].allocated, QStringList{QStringLiteral("S")});
        QVERIFY(!result.requirements->children[1].children[0].counted); // the unused alternative
    }

    void convertsCreditsBetweenFrameworks()
    {
        const Catalogue catalogue = handCatalogue();
        LearnerProfile learner;
        learner.records = {record("E", RecordStatus::Completed)}; // 5 ECTS = 125 h = 12.5 NZ credits
        const Qualification q = qualification(Requirement::creditsFrom(15, {}), 15);
        const AuditResult result = Auditor(catalogue, learner).audit(q, AuditMode::Earned, asOf);
        QCOMPARE(result.creditsCounted, 12.5);
        QCOMPARE(result.remainingCredits, 2.5);
    }

    void leavesOutExpiredCreditWithTheDateItExpired()
    {
        const Catalogue catalogue = handCatalogue();
        LearnerProfile learner;
        learner.records = {record("P", RecordStatus::Completed, QDate(2021, 11, 28)),  // exactly 5 years: counts
                           record("Q", RecordStatus::Recognised, QDate(2021, 11, 27)), // one day older: expired
                           record("R", RecordStatus::Planned, QDate(2001, 1, 1))};     // planned never expires
        Qualification q = qualification(Requirement::creditsFrom(45, {}), 45);
        q.currencyYears = 5;
        const AuditResult result = Auditor(catalogue, learner).audit(q, AuditMode::Planned, asOf);
        QCOMPARE(result.counted, (QStringList{QStringLiteral("P"), QStringLiteral("R")}));
        QCOMPARE(result.expired.size(), 1);
        QCOMPARE(result.expired[0].course, QStringLiteral("Q"));
        QCOMPARE(result.expired[0].expiredOn, QDate(2026, 11, 28));
        QCOMPARE(result.remainingCredits, 15.0);
    }

    void plannedModeCountsEnrolmentsAndPlans()
    {
        const Catalogue catalogue = handCatalogue();
        LearnerProfile learner;
        learner.records = {record("P", RecordStatus::Completed), record("Q", RecordStatus::Enrolled),
                           record("R", RecordStatus::Planned), record("S", RecordStatus::Withdrawn),
                           record("T1", RecordStatus::Failed)};
        const Qualification q = qualification({}, 60);
        const Auditor auditor(catalogue, learner);
        QCOMPARE(auditor.audit(q, AuditMode::Earned, asOf).creditsCounted, 15.0);
        QCOMPARE(auditor.audit(q, AuditMode::Planned, asOf).creditsCounted, 45.0);
    }

    void capsOverlappingCapsExactly()
    {
        // Three caps of 10 over the pairs of three 15-credit courses: the best
        // is 5 + 5 + 5 = 15 — fractional, which no greedy choice finds.
        const Catalogue catalogue = handCatalogue();
        LearnerProfile learner;
        learner.records = {record("P", RecordStatus::Completed), record("Q", RecordStatus::Completed),
                           record("T1", RecordStatus::Completed)};
        Qualification q = qualification({}, 60);
        for (const auto &pair : {QStringList{QStringLiteral("P"), QStringLiteral("Q")},
                                 QStringList{QStringLiteral("Q"), QStringLiteral("T1")},
                                 QStringList{QStringLiteral("P"), QStringLiteral("T1")}}) {
            CreditConstraint cap;
            cap.kind = CreditConstraint::Kind::MaxCredits;
            cap.credits = 10;
            cap.from.courses = pair;
            q.constraints.append(cap);
        }
        const AuditResult result = Auditor(catalogue, learner).audit(q, AuditMode::Earned, asOf);
        QCOMPARE(result.creditsCounted, 15.0);
        QCOMPARE(result.constraints[0].excess, 20.0);
    }

    void capsRecognisedCreditAndChecksMinimums()
    {
        const Catalogue catalogue = handCatalogue();
        LearnerProfile learner;
        learner.records = {record("P", RecordStatus::Recognised), record("S", RecordStatus::Recognised),
                           record("R", RecordStatus::Completed)};
        Qualification q = qualification({}, 60);
        q.maxRecognisedCredits = 20;
        CreditConstraint minimum;
        minimum.kind = CreditConstraint::Kind::MinCredits;
        minimum.credits = 40;
        minimum.from = minLevelSelector(5);
        q.constraints.append(minimum);
        const AuditResult result = Auditor(catalogue, learner).audit(q, AuditMode::Earned, asOf);
        QCOMPARE(result.creditsCounted, 35.0); // 20 recognised + 15
        QCOMPARE(result.constraints.size(), 2);
        QCOMPARE(result.constraints[0].kind, ConstraintResult::Kind::MinCredits);
        QCOMPARE(result.constraints[0].credits, 45.0); // P and S are level 5
        QCOMPARE(result.constraints[0].remaining, 0.0);
        QCOMPARE(result.constraints[1].kind, ConstraintResult::Kind::MaxRecognisedCredits);
        QCOMPARE(result.constraints[1].excess, 25.0);
        QCOMPARE(result.remainingCredits, 25.0);
    }

    void ineligibleCoursesDoNotCount()
    {
        const Catalogue catalogue = handCatalogue();
        LearnerProfile learner;
        learner.records = {record("R", RecordStatus::Completed), record("P", RecordStatus::Completed)};
        Qualification q = qualification(Requirement::creditsFrom(30, {}), 30);
        q.eligible = minLevelSelector(5);
        const AuditResult result = Auditor(catalogue, learner).audit(q, AuditMode::Earned, asOf);
        QCOMPARE(result.counted, QStringList{QStringLiteral("P")});
        QCOMPARE(result.remainingCredits, 15.0);
        QCOMPARE(result.percent, 50.0);
    }

    void requiredIsTheLargerOfCreditsAndTheTree()
    {
        const Catalogue catalogue = handCatalogue();
        LearnerProfile learner;
        learner.records = {record("P", RecordStatus::Completed)};
        // The tree needs 40 credits while the qualification says 20.
        const Qualification q = qualification(
            Requirement::allOf({Requirement::courseNode(QStringLiteral("P")), Requirement::creditsFrom(25, skillSelector("B"))}), 20);
        const AuditResult result = Auditor(catalogue, learner).audit(q, AuditMode::Earned, asOf);
        QCOMPARE(result.remainingCredits, 25.0);
        QCOMPARE(result.creditsInAll, 40.0);
        QCOMPARE(result.creditsRequired, 20.0);
        QCOMPARE(result.percent, 100.0 * (1 - 25.0 / 40.0));
        // The report says so, since "25 still needed" reads oddly beside "20 required".
        QVERIFY(AuditReport::toText(result).contains(QStringLiteral("Its requirements ask for 40 credits, more than the 20")));
        const Qualification plain = qualification(Requirement::allOf({Requirement::courseNode(QStringLiteral("P"))}), 20);
        QVERIFY(!AuditReport::toText(Auditor(catalogue, learner).audit(plain, AuditMode::Earned, asOf))
                     .contains(QStringLiteral("Its requirements ask")));
    }

    void explainsWhatIsMissingAndSuggestsCheapestCourses()
    {
        const Catalogue catalogue = handCatalogue();
        LearnerProfile learner;
        learner.records = {record("P", RecordStatus::Completed), record("S", RecordStatus::Planned)};
        const Qualification q = qualification(Requirement::allOf(
            {Requirement::courseNode(QStringLiteral("R")), Requirement::creditsFrom(35, skillSelector("A"))}));
        const AuditResult result = Auditor(catalogue, learner).audit(q, AuditMode::Earned, asOf);
        const NodeResult &course = result.requirements->children[0];
        QCOMPARE(course.missing, QStringLiteral("Take R Course R (15 credits)"));
        QCOMPARE(course.suggestions.size(), 1);
        QCOMPARE(course.suggestions[0].code, QStringLiteral("R"));
        const NodeResult &credits = result.requirements->children[1];
        QCOMPARE(credits.allocated, QStringList{QStringLiteral("P")});
        QCOMPARE(credits.missing, QStringLiteral("20 more credits from courses teaching Skill A"));
        // Cheapest first (T2 50, T3 60), until 20 credits are covered; S is
        // planned already, P completed: neither is suggested.
        QStringList codes;
        for (const Suggestion &suggestion : credits.suggestions)
            codes.append(suggestion.code);
        QCOMPARE(codes, (QStringList{QStringLiteral("T2"), QStringLiteral("T3")}));
        QCOMPARE(result.requirements->missing, QStringLiteral("Complete 2 of the 2 parts below (35 credits)"));
    }

    void aCourseLeafSuggestsItsCourseOnlyWhenItCanBeTaken()
    {
        const Qualification q = qualification(Requirement::allOf(
            {Requirement::courseNode(QStringLiteral("R")), Requirement::courseNode(QStringLiteral("GONE"))}));
        Catalogue catalogue = handCatalogue();
        LearnerProfile learner;
        const auto suggested = [&q, &learner](const Catalogue &from, int leaf) {
            const AuditResult result = Auditor(from, learner).audit(q, AuditMode::Earned, asOf);
            QStringList codes;
            for (const Suggestion &suggestion : result.requirements->children[size_t(leaf)].suggestions)
                codes.append(suggestion.code);
            return codes;
        };
        QCOMPARE(suggested(catalogue, 0), QStringList{QStringLiteral("R")});
        QCOMPARE(suggested(catalogue, 1), QStringList()); // not in the catalogue
        learner.records = {record("R", RecordStatus::Withdrawn)};
        QCOMPARE(suggested(catalogue, 0), QStringList{QStringLiteral("R")}); // may be taken again
        learner.records = {record("R", RecordStatus::Enrolled)};
        QCOMPARE(suggested(catalogue, 0), QStringList()); // counts in planned mode, not suggested twice
        learner.records.clear();
        learner.overrides = {{AuditOverride::Kind::Exclude, QStringLiteral("Q1"), {}, QStringLiteral("R"),
                              QStringLiteral("used elsewhere"), QStringLiteral("J. Smith")}};
        QCOMPARE(suggested(catalogue, 0), QStringList());
        learner.overrides.clear();
        catalogue.courses[2].prerequisites = Requirement::courseNode(QStringLiteral("GONE"));
        QCOMPARE(catalogue.courses[2].code, QStringLiteral("R"));
        QCOMPARE(suggested(catalogue, 0), QStringList()); // its prerequisite cannot be met
    }

    void suggestsOnlyCoursesWhosePrerequisitesCanBeMet()
    {
        Catalogue catalogue = handCatalogue();
        // T2 needs a course that does not exist any more; T3 needs T2.
        catalogue.courses[6].prerequisites = Requirement::courseNode(QStringLiteral("GONE"));
        catalogue.courses[7].prerequisites = Requirement::courseNode(QStringLiteral("T2"));
        LearnerProfile learner;
        const Qualification q = qualification(Requirement::creditsFrom(10, skillSelector("A")));
        const AuditResult result = Auditor(catalogue, learner).audit(q, AuditMode::Earned, asOf);
        QCOMPARE(result.requirements->suggestions.size(), 1);
        QCOMPARE(result.requirements->suggestions[0].code, QStringLiteral("E")); // 80, then P 100
    }

    void overridesGoIntoTheAllocation()
    {
        const Catalogue catalogue = handCatalogue();
        LearnerProfile learner;
        learner.records = {record("R", RecordStatus::Completed), record("P", RecordStatus::Completed),
                           record("Q", RecordStatus::Completed)};
        // [0] course T1, [1] 15 credits of skill A, [2] 15 credits of skill B.
        const Qualification q = qualification(Requirement::allOf(
            {Requirement::courseNode(QStringLiteral("T1")), Requirement::creditsFrom(15, skillSelector("A")),
             Requirement::creditsFrom(15, skillSelector("B"))}));
        const Auditor plain(catalogue, learner);
        QCOMPARE(plain.audit(q, AuditMode::Earned, asOf).remainingCredits, 15.0);

        learner.overrides = {
            {AuditOverride::Kind::Waive, QStringLiteral("Q1"), QStringLiteral("requirements.allOf[0]"), {}, QStringLiteral("industry experience"), QStringLiteral("J. Smith")},
            {AuditOverride::Kind::Exclude, QStringLiteral("Q1"), {}, QStringLiteral("R"), QStringLiteral("used elsewhere"), QStringLiteral("J. Smith")},
            {AuditOverride::Kind::Substitute, QStringLiteral("Q1"), QStringLiteral("requirements.allOf[2]"), QStringLiteral("Q"), QStringLiteral("equivalent content"), QStringLiteral("J. Smith")},
            {AuditOverride::Kind::Waive, QStringLiteral("OTHER"), QStringLiteral("requirements"), {}, QStringLiteral("another qualification"), QStringLiteral("J. Smith")}};
        const AuditResult result = Auditor(catalogue, learner).audit(q, AuditMode::Earned, asOf);
        QVERIFY(result.complete);
        QCOMPARE(result.overrides.size(), 3);
        QCOMPARE(result.excluded, QStringList{QStringLiteral("R")});
        QVERIFY(result.requirements->children[0].waived);
        QCOMPARE(result.requirements->children[0].waiverReason, QStringLiteral("industry experience"));
        QCOMPARE(result.requirements->children[1].allocated, QStringList{QStringLiteral("P")});
        QCOMPARE(result.requirements->children[2].allocated, QStringList{QStringLiteral("Q")});
    }

    void theSuggestionsDetailIsTheFullTreeWithoutItsSentences()
    {
        int withSuggestions = 0;
        for (quint32 seed = 1; seed <= 100; ++seed) {
            const Cairn::Test::RandomInstance instance = Cairn::Test::randomInstance(seed);
            const Auditor auditor(instance.catalogue, instance.learner);
            const AuditResult full = auditor.audit(instance.qualification, AuditMode::Planned, instance.asOf);
            const AuditResult brief =
                auditor.audit(instance.qualification, AuditMode::Planned, instance.asOf, AuditDetail::Suggestions);
            const QByteArray context = "seed " + QByteArray::number(seed);
            QVERIFY2(full.remainingCredits == brief.remainingCredits, context);
            QVERIFY2(full.requirements.has_value() == brief.requirements.has_value(), context);
            if (!full.requirements)
                continue;
            std::function<void(const NodeResult &, const NodeResult &)> same = [&](const NodeResult &a, const NodeResult &b) {
                QVERIFY2(a.remaining == b.remaining && a.satisfied == b.satisfied && a.counted == b.counted, context);
                QVERIFY2(a.allocated == b.allocated, context);
                QVERIFY2(a.suggestions.size() == b.suggestions.size(), context);
                for (qsizetype i = 0; i < a.suggestions.size(); ++i)
                    QVERIFY2(a.suggestions[i].code == b.suggestions[i].code, context);
                withSuggestions += a.suggestions.isEmpty() ? 0 : 1;
                QVERIFY2(b.missing.isEmpty(), context);
                QVERIFY2(a.children.size() == b.children.size(), context);
                for (size_t i = 0; i < a.children.size(); ++i)
                    same(a.children[i], b.children[i]);
            };
            same(*full.requirements, *brief.requirements);
        }
        QVERIFY(withSuggestions > 20); // the comparison saw suggestions to compare
    }

    void isDeterministic()
    {
        for (quint32 seed = 1; seed <= 50; ++seed) {
            const Cairn::Test::RandomInstance instance = Cairn::Test::randomInstance(seed);
            const Auditor auditor(instance.catalogue, instance.learner);
            const AuditResult first = auditor.audit(instance.qualification, AuditMode::Planned, instance.asOf);
            const AuditResult second = Auditor(instance.catalogue, instance.learner)
                                           .audit(instance.qualification, AuditMode::Planned, instance.asOf);
            QCOMPARE(first.remainingCredits, second.remainingCredits);
            if (first.requirements) {
                std::function<void(const NodeResult &, const NodeResult &)> same =
                    [&same](const NodeResult &a, const NodeResult &b) {
                        QCOMPARE(a.allocated, b.allocated);
                        QCOMPARE(a.children.size(), b.children.size());
                        for (size_t i = 0; i < a.children.size(); ++i)
                            same(a.children[i], b.children[i]);
                    };
                same(*first.requirements, *second.requirements);
            }
        }
    }

    void auditsTheDemoLearner()
    {
        Problems problems;
        const auto catalogue = readCatalogueFile(QStringLiteral(CAIRN_SOURCE_DIR "/resources/demo/catalogue.json"), problems);
        const auto learner = readLearnerFile(QStringLiteral(CAIRN_SOURCE_DIR "/resources/demo/learner.json"), problems);
        QVERIFY(catalogue && learner);
        const Auditor auditor(*catalogue, *learner);
        const Qualification *diploma = CatalogueIndex(*catalogue).qualification(QStringLiteral("DIP-DA5"));
        const AuditResult earned = auditor.audit(*diploma, AuditMode::Earned, asOf);
        // DAT401, DAT402 completed; EXT-UX1 recognised (level 5, NZQCF);
        // EXT-STAT (2019) has expired under the five-year currency rule.
        QCOMPARE(earned.expired.size(), 1);
        QCOMPARE(earned.expired[0].course, QStringLiteral("EXT-STAT"));
        QVERIFY(earned.counted.contains(QStringLiteral("DAT401")));
        QVERIFY(!earned.complete);
        QCOMPARE(earned.requirements->children[0].allocated, QStringList{QStringLiteral("DAT401")});
        const AuditResult planned = auditor.audit(*diploma, AuditMode::Planned, asOf);
        QVERIFY(planned.remainingCredits < earned.remainingCredits);
    }
};

QTEST_GUILESS_MAIN(TestAuditor)
#include "tst_auditor.moc"
