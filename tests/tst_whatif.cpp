#include "audit/auditor.h"
#include "audit/whatif.h"
#include "auditreference.h"
#include "randomaudit.h"

#include <QTest>

#include <thread>

using namespace Cairn::Core;

namespace {

Course course(const char *code, double credits, QStringList skills, double cost, const char *currency = "NZD")
{
    Course c;
    c.code = QString::fromLatin1(code);
    c.title = c.code;
    c.provider = QStringLiteral("p");
    c.framework = QStringLiteral("nz");
    c.credits = credits;
    c.level = 5;
    c.hours = credits * 10;
    c.weeks = 10;
    c.skills = std::move(skills);
    if (cost >= 0)
        c.cost = money(cost, QString::fromLatin1(currency));
    return c;
}

Catalogue catalogue()
{
    Catalogue catalogue;
    catalogue.frameworks = {{QStringLiteral("nz"), QStringLiteral("NZ"), 10, 1, 10}};
    catalogue.providers = {{QStringLiteral("p"), QStringLiteral("P"), {}, {}}};
    catalogue.skills = {{QStringLiteral("A"), QStringLiteral("A"), {}}};
    catalogue.courses = {course("A1", 15, {QStringLiteral("A")}, 500), course("A2", 15, {QStringLiteral("A")}, 200),
                         course("A3", 15, {QStringLiteral("A")}, 300, "AUD"), course("B1", 10, {}, 100),
                         course("B2", 10, {}, -1)};
    Qualification near;
    near.code = QStringLiteral("NEAR");
    near.title = QStringLiteral("Near");
    near.framework = QStringLiteral("nz");
    near.credits = 30;
    Selector skillA;
    skillA.skills = QStringList{QStringLiteral("A")};
    near.requirements = Requirement::creditsFrom(30, skillA);
    Qualification far = near;
    far.code = QStringLiteral("FAR");
    far.credits = 70;
    Qualification done = near;
    done.code = QStringLiteral("DONE");
    done.credits = 35;
    done.requirements = Requirement();
    catalogue.qualifications = {far, near, done};
    return catalogue;
}

Record completed(const char *code)
{
    Record record;
    record.course = QString::fromLatin1(code);
    record.status = RecordStatus::Completed;
    record.date = QDate(2026, 1, 1);
    return record;
}

// An allocator that checks what an audit hands it from a related audit (the
// earned audit from the planned one): the bound must not exceed this
// problem's own optimum, solved afresh, and the start must be legal.
struct HandedOver
{
    int problems = 0;
    int withBound = 0;
    QStringList wrong;
};
HandedOver handedOver;

Allocation checkingWhatIsHandedOver(const AllocationProblem &problem)
{
    ++handedOver.problems;
    AllocationProblem fresh = problem;
    fresh.knownLowerBound = 0.0;
    fresh.startFrom.clear();
    const Allocation optimum = allocateOptimally(fresh);
    if (problem.knownLowerBound > 0.0)
        ++handedOver.withBound;
    if (problem.knownLowerBound > optimum.rootRemaining + 1e-9)
        handedOver.wrong.append(QStringLiteral("bound %1 above the optimum %2")
                                    .arg(problem.knownLowerBound)
                                    .arg(optimum.rootRemaining));
    if (!problem.startFrom.empty() && problem.startFrom.size() != problem.credits.size())
        handedOver.wrong.append(QStringLiteral("a start for %1 of %2 courses")
                                    .arg(problem.startFrom.size())
                                    .arg(problem.credits.size()));
    for (size_t c = 0; c < problem.startFrom.size() && c < problem.options.size(); ++c) {
        const int leaf = problem.startFrom[c];
        const auto &options = problem.options[c];
        if (leaf >= 0 && std::find(options.begin(), options.end(), leaf) == options.end())
            handedOver.wrong.append(QStringLiteral("course %1 started on leaf %2, not one of its own").arg(c).arg(leaf));
    }
    return allocateOptimally(problem);
}

} // namespace

class TestWhatIf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // What the ranking uses: both modes from one tree, the earned audit
    // started from the planned one's bound and allocation. Checked against
    // the brute force in both modes, and against two separate audits.
    void bothModesAtOnceAgreeWithTheReference()
    {
        int startedFromPlanned = 0; // earned met the planned bound with courses still ahead
        for (quint32 seed = 1; seed <= 1500; ++seed) {
            const Cairn::Test::RandomInstance instance = Cairn::Test::randomInstance(seed);
            const Auditor auditor(instance.catalogue, instance.learner);
            const Auditor::BothModes both = auditor.auditBothModes(instance.qualification, instance.asOf);
            const QByteArray context = "seed " + QByteArray::number(seed);
            for (const bool planned : {true, false}) {
                const AuditResult &result = planned ? both.planned : both.earned;
                const AuditMode mode = planned ? AuditMode::Planned : AuditMode::Earned;
                QVERIFY2(result.mode == mode && !result.requirements, context);
                const Cairn::Test::ReferenceAudit expected = Cairn::Test::referenceAudit(
                    instance.catalogue, instance.learner, instance.qualification, planned, instance.asOf);
                QVERIFY2(qAbs(result.requirementsRemaining - expected.requirementsRemaining) < 1e-6, context);
                QVERIFY2(qAbs(result.remainingCredits - expected.remaining) < 1e-6, context);
                QVERIFY2(result.complete == expected.complete, context);
                QVERIFY2(result.allocationProvenOptimal, context);
                // The ranking sorts on these: exactly what one audit gives.
                const AuditResult alone = auditor.audit(instance.qualification, mode, instance.asOf, AuditDetail::Totals);
                QVERIFY2(result.remainingCredits == alone.remainingCredits && result.percent == alone.percent
                             && result.complete == alone.complete,
                         context);
            }
            const bool ahead = std::any_of(instance.learner.records.cbegin(), instance.learner.records.cend(),
                                           [](const Record &record) { return !record.isEarned(); });
            if (ahead && both.planned.creditsCounted > both.earned.creditsCounted
                && both.earned.requirementsRemaining == both.planned.requirementsRemaining
                && both.planned.requirementsRemaining > 0)
                ++startedFromPlanned;
        }
        QVERIFY2(startedFromPlanned > 20, QByteArray::number(startedFromPlanned));

        handedOver = {};
        for (quint32 seed = 1; seed <= 1500; ++seed) {
            const Cairn::Test::RandomInstance instance = Cairn::Test::randomInstance(seed);
            Auditor(instance.catalogue, instance.learner, checkingWhatIsHandedOver)
                .auditBothModes(instance.qualification, instance.asOf);
            QVERIFY2(handedOver.wrong.isEmpty(),
                     qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(handedOver.wrong.join(QStringLiteral("; ")))));
        }
        QCOMPARE(handedOver.problems, 3000);
        QVERIFY2(handedOver.withBound > 300, QByteArray::number(handedOver.withBound));
    }

    void ranksByPlannedThenEarnedRemaining()
    {
        const Catalogue cat = catalogue();
        LearnerProfile learner;
        learner.records = {completed("A1")};
        Record planned;
        planned.course = QStringLiteral("B1");
        planned.status = RecordStatus::Planned;
        learner.records.append(planned);
        const QList<WhatIfEntry> entries = rankQualifications(Auditor(cat, learner), QDate(2026, 11, 28));
        QStringList order;
        for (const WhatIfEntry &entry : entries)
            order.append(entry.qualification);
        QCOMPARE(order, (QStringList{QStringLiteral("DONE"), QStringLiteral("NEAR"), QStringLiteral("FAR")}));
        QCOMPARE(entries[0].planned.remainingCredits, 10.0); // 35 - 15 - 10
        QCOMPARE(entries[0].earned.remainingCredits, 20.0);
        QCOMPARE(entries[1].planned.remainingCredits, 15.0);
        QCOMPARE(entries[2].planned.remainingCredits, 45.0); // 70 - 15 - 10
        QCOMPARE(entries[2].earned.remainingCredits, 55.0);

        const QList<WhatIfEntry> byEarned = rankQualifications(Auditor(cat, learner), QDate(2026, 11, 28), AuditMode::Earned);
        QCOMPARE(byEarned[0].qualification, QStringLiteral("NEAR")); // 15 earned credits to go; DONE needs 20
        QCOMPARE(byEarned[1].qualification, QStringLiteral("DONE"));
    }

    void estimatesTheCheapestSuggestionsThenTopsUpTheTotal()
    {
        const Catalogue cat = catalogue();
        LearnerProfile learner;
        learner.records = {completed("A1")};
        const Auditor auditor(cat, learner);
        const CatalogueIndex index(cat);
        const Qualification &far = *index.qualification(QStringLiteral("FAR"));
        const FinishEstimate estimate =
            estimateToFinish(auditor, far, auditor.audit(far, AuditMode::Planned, QDate(2026, 11, 28)));
        // Skill A needs 15 more: A2 (200) is cheapest. Then 70 - 15 - 15 = 40
        // more in total: B1 (100), A3 (300 AUD), B2 (no cost): only 35 — short.
        QCOMPARE(estimate.courses, (QStringList{QStringLiteral("A2"), QStringLiteral("B1"), QStringLiteral("A3"), QStringLiteral("B2")}));
        QCOMPARE(estimate.credits, 50.0);
        QCOMPARE(estimate.hours, 500.0);
        QCOMPARE(estimate.cost.value(QStringLiteral("NZD")).toDouble(), 300.0);
        QCOMPARE(estimate.cost.value(QStringLiteral("AUD")).toDouble(), 300.0);
        QCOMPARE(estimate.coursesWithoutCost, 1);
        QVERIFY(!estimate.coversRemaining);

        const Qualification &near = *index.qualification(QStringLiteral("NEAR"));
        const FinishEstimate nearEstimate =
            estimateToFinish(auditor, near, auditor.audit(near, AuditMode::Planned, QDate(2026, 11, 28)));
        QCOMPARE(nearEstimate.courses, QStringList{QStringLiteral("A2")});
        QVERIFY(nearEstimate.coversRemaining);
    }

    void oneAuditorGivesTheSameAnswersOnManyThreadsAtOnce()
    {
        // The GUI audits on worker threads with one shared auditor, whose
        // suggestion pool is built by whichever thread asks first.
        auto shared = std::make_shared<const Catalogue>(catalogue());
        LearnerProfile learner;
        learner.records = {completed("A1"), completed("B1")};
        const QList<WhatIfEntry> sequential = rankQualifications(Auditor(shared, learner), QDate(2026, 11, 28));
        for (int round = 0; round < 20; ++round) {
            const Auditor auditor(shared, learner);
            QList<QList<WhatIfEntry>> results(8);
            std::vector<std::thread> threads;
            for (int i = 0; i < 8; ++i)
                threads.emplace_back([&, i] { results[i] = rankQualifications(auditor, QDate(2026, 11, 28)); });
            for (std::thread &thread : threads)
                thread.join();
            for (const QList<WhatIfEntry> &result : std::as_const(results)) {
                QCOMPARE(result.size(), sequential.size());
                for (qsizetype i = 0; i < result.size(); ++i) {
                    QCOMPARE(result[i].qualification, sequential[i].qualification);
                    QCOMPARE(result[i].planned.remainingCredits, sequential[i].planned.remainingCredits);
                    QCOMPARE(result[i].estimate.courses, sequential[i].estimate.courses);
                }
            }
        }
    }

    // A window makes an auditor per edit over one snapshot and its index,
    // made once: the answers are those of an auditor with its own index.
    void aSharedIndexGivesTheSameRanking()
    {
        auto shared = std::make_shared<const Catalogue>(catalogue());
        auto index = std::make_shared<const CatalogueIndex>(*shared);
        LearnerProfile learner;
        learner.records = {completed("A1"), completed("B1")};
        const Auditor own(shared, learner);
        const Auditor borrowing(shared, index, learner);
        QCOMPARE(&borrowing.index(), index.get());
        QVERIFY(&own.index() != index.get());
        const QList<WhatIfEntry> expected = rankQualifications(own, QDate(2026, 11, 28));
        const QList<WhatIfEntry> ranked = rankQualifications(borrowing, QDate(2026, 11, 28));
        QCOMPARE(ranked.size(), expected.size());
        for (qsizetype i = 0; i < ranked.size(); ++i) {
            QCOMPARE(ranked[i].qualification, expected[i].qualification);
            QCOMPARE(ranked[i].planned.remainingCredits, expected[i].planned.remainingCredits);
            QCOMPARE(ranked[i].earned.remainingCredits, expected[i].earned.remainingCredits);
            QCOMPARE(ranked[i].estimate.courses, expected[i].estimate.courses);
        }
    }

    void theAuditorKeepsItsOwnCopyOfTheLearner()
    {
        auto shared = std::make_shared<const Catalogue>(catalogue());
        LearnerProfile learner;
        learner.records = {completed("A1")};
        const Auditor auditor(shared, learner);
        const Qualification &near = shared->qualifications[1];
        const double before = auditor.audit(near, AuditMode::Earned, QDate(2026, 11, 28)).remainingCredits;
        learner.records.append(completed("A2")); // the caller edits on
        QCOMPARE(auditor.audit(near, AuditMode::Earned, QDate(2026, 11, 28)).remainingCredits, before);
        QCOMPARE(auditor.learner().records.size(), 1);
    }

    // A course an advisor substituted toward the qualification may be taken
    // again to top up the total even though it is not eligible.
    void theEstimateMayRetakeASubstitutedCourse()
    {
        Catalogue cat = catalogue();
        Selector skillA;
        skillA.skills = QStringList{QStringLiteral("A")};
        cat.qualifications[0].eligible = skillA; // FAR: only skill A counts
        LearnerProfile learner;
        Record withdrawn;
        withdrawn.course = QStringLiteral("B1");
        withdrawn.status = RecordStatus::Withdrawn;
        learner.records = {completed("A1"), withdrawn};
        AuditOverride substitution;
        substitution.kind = AuditOverride::Kind::Substitute;
        substitution.qualification = QStringLiteral("FAR");
        substitution.course = QStringLiteral("B1");
        substitution.node = QStringLiteral("requirements");
        substitution.reason = QStringLiteral("Equivalent content");
        learner.overrides = {substitution};
        const Auditor auditor(cat, learner);
        const Qualification &far = cat.qualifications[0];
        const FinishEstimate estimate =
            estimateToFinish(auditor, far, auditor.audit(far, AuditMode::Planned, QDate(2026, 11, 28)));
        QVERIFY2(estimate.courses.contains(QStringLiteral("B1")), qPrintable(estimate.courses.join(u',')));
        QVERIFY(!estimate.courses.contains(QStringLiteral("B2"))); // neither eligible nor substituted
    }

    void aCompleteQualificationNeedsNothing()
    {
        const Catalogue cat = catalogue();
        LearnerProfile learner;
        learner.records = {completed("B1"), completed("A1"), completed("A2")};
        const Auditor auditor(cat, learner);
        const Qualification &done = *CatalogueIndex(cat).qualification(QStringLiteral("DONE"));
        const FinishEstimate estimate =
            estimateToFinish(auditor, done, auditor.audit(done, AuditMode::Planned, QDate(2026, 11, 28)));
        QVERIFY(estimate.courses.isEmpty());
        QCOMPARE(estimate.hours, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestWhatIf)
#include "tst_whatif.moc"
