#include "audit/auditor.h"
#include "dashboard/qualificationcomparison.h"
#include "report/comparisonreport.h"

#include <QTest>

using namespace Cairn::Core;

namespace {

Course course(const char *code, double hours, int weeks, double price)
{
    Course c;
    c.code = QString::fromLatin1(code);
    c.title = c.code + QStringLiteral(" title");
    c.provider = QStringLiteral("p");
    c.framework = QStringLiteral("nz");
    c.credits = 15;
    c.level = 5;
    c.hours = hours;
    c.weeks = weeks;
    c.cost = money(price, QStringLiteral("NZD"));
    c.delivery = {DeliveryMode::Online};
    return c;
}

Qualification qualification(const char *code, double credits, Requirement requirements)
{
    Qualification q;
    q.code = QString::fromLatin1(code);
    q.title = q.code + QStringLiteral(" title");
    q.type = QStringLiteral("certificate");
    q.framework = QStringLiteral("nz");
    q.level = 5;
    q.credits = credits;
    q.requirements = std::move(requirements);
    return q;
}

// A certificate of two courses inside a diploma of four: C1, C2, D1 and one
// of D2 (long, dear) or X1 (short, cheap).
Catalogue catalogue()
{
    Catalogue catalogue;
    catalogue.frameworks = {{QStringLiteral("nz"), QStringLiteral("NZ"), 10, 1, 10}};
    catalogue.providers = {{QStringLiteral("p"), QStringLiteral("P"), {}, {}}};
    catalogue.courses = {course("C1", 150, 10, 1000), course("C2", 150, 10, 1000), course("D1", 150, 10, 2000),
                         course("D2", 150, 15, 2000), course("X1", 50, 5, 500)};
    catalogue.courses[3].delivery = {DeliveryMode::Campus};
    const auto leaf = [](const char *code) { return Requirement::courseNode(QString::fromLatin1(code)); };
    catalogue.qualifications = {
        qualification("CERT", 30, Requirement::allOf({leaf("C1"), leaf("C2")})),
        qualification("DIP", 60, Requirement::allOf({leaf("C1"), leaf("C2"), leaf("D1"), Requirement::anyOf({leaf("D2"), leaf("X1")})}))};
    catalogue.qualifications[1].type = QStringLiteral("diploma");
    return catalogue;
}

LearnerProfile newcomer()
{
    LearnerProfile learner;
    learner.name = QStringLiteral("New Learner");
    learner.hoursPerWeek = 30;
    return learner;
}

const QDate today(2027, 1, 4); // a Monday

QSet<QString> asSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleQualifications()
    {
        const Catalogue data = catalogue();
        const Auditor auditor(data, newcomer());
        const QualificationComparison comparison =
            compareWays(auditor, {{QStringLiteral("CERT")}, {QStringLiteral("DIP")}}, today);
        QCOMPARE(comparison.ways.size(), 2);
        const ComparedWay &cert = comparison.ways[0];
        const ComparedWay &dip = comparison.ways[1];
        QCOMPARE(cert.remainingCredits, 30.0);
        QCOMPARE(dip.remainingCredits, 60.0);
        QCOMPARE(asSet(cert.fastest.courses), (QSet<QString>{QStringLiteral("C1"), QStringLiteral("C2")}));
        QCOMPARE(cert.fastest.cost.value(QStringLiteral("NZD")), money(2000, QStringLiteral("NZD")).amount);
        // The cheap, short elective wins both ways.
        const QSet<QString> dipCourses{QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("D1"), QStringLiteral("X1")};
        QCOMPARE(asSet(dip.fastest.courses), dipCourses);
        QCOMPARE(asSet(dip.cheapest.courses), dipCourses);
        QCOMPARE(dip.cheapest.cost.value(QStringLiteral("NZD")), money(4500, QStringLiteral("NZD")).amount);
        QCOMPARE(dip.fastest.hours, 500.0);
        QCOMPARE(dip.fastest.delivery.value(QStringLiteral("online")), 4);
        QVERIFY(dip.fastest.finishes.isValid());
        QVERIFY(dip.fastest.finishes > cert.fastest.finishes);
        // Hours a week: the hours over the weeks from today to the finish.
        const int weeks = int((today.daysTo(dip.fastest.finishes) + 7) / 7);
        QCOMPARE(dip.fastest.hoursPerWeek, 500.0 / weeks);
        // In common: the certificate's two courses.
        QCOMPARE(comparison.shared.size(), 1);
        QCOMPARE(comparison.shared[0].courses, (QStringList{QStringLiteral("C1"), QStringLiteral("C2")}));
        QCOMPARE(comparison.shared[0].credits, 30.0);
    }

    void aRouteThroughTheCertificate()
    {
        const Catalogue data = catalogue();
        const Auditor auditor(data, newcomer());
        const QualificationComparison comparison =
            compareWays(auditor, {{QStringLiteral("CERT"), QStringLiteral("DIP")}, {QStringLiteral("DIP")}}, today);
        QCOMPARE(comparison.ways.size(), 2);
        const ComparedWay &route = comparison.ways[0];
        const ComparedWay &straight = comparison.ways[1];
        QCOMPARE(route.steps, (QStringList{QStringLiteral("CERT"), QStringLiteral("DIP")}));
        QCOMPARE(ComparisonReport::wayName(route), QStringLiteral("CERT → DIP"));
        // The certificate's courses come first, then what the diploma adds.
        QCOMPARE(route.fastest.courses.mid(0, 2), (QStringList{QStringLiteral("C1"), QStringLiteral("C2")}));
        QCOMPARE(asSet(route.fastest.courses), asSet(straight.fastest.courses));
        QCOMPARE(route.fastest.stepFinishes.size(), 2);
        QVERIFY(route.fastest.stepFinishes[0].isValid());
        QVERIFY(route.fastest.stepFinishes[0] <= route.fastest.finishes);
        // Straight to the diploma is never later: the planner is exact here
        // and the route's courses are one of the sets it weighs.
        QVERIFY(straight.fastest.finishes <= route.fastest.finishes);
        QCOMPARE(route.cheapest.cost, straight.cheapest.cost);
    }

    void unknownCodesAreLeftOut()
    {
        const Catalogue data = catalogue();
        const Auditor auditor(data, newcomer());
        const QualificationComparison comparison =
            compareWays(auditor, {{QStringLiteral("NOPE")}, {QStringLiteral("CERT")}}, today);
        QCOMPARE(comparison.ways.size(), 1);
        QVERIFY(comparison.shared.isEmpty());
    }

    void heldCoursesCountAndCostNothing()
    {
        const Catalogue data = catalogue();
        LearnerProfile learner = newcomer();
        Record held;
        held.course = QStringLiteral("C1");
        held.status = RecordStatus::Completed;
        held.date = today.addDays(-30);
        learner.records = {held};
        const Auditor auditor(data, learner);
        const ComparedWay cert = compareWays(auditor, {{QStringLiteral("CERT")}}, today).ways.first();
        QCOMPARE(cert.remainingCredits, 15.0);
        QCOMPARE(cert.percent, 50.0);
        QCOMPARE(cert.fastest.courses, QStringList{QStringLiteral("C2")});
        QCOMPARE(cert.cheapest.cost.value(QStringLiteral("NZD")), money(1000, QStringLiteral("NZD")).amount);
    }

    void creditsStillNeededAreOfWhatTheRequirementsAskInAll()
    {
        // The diploma's four courses are 60 credits, but it says 45: the
        // row reads "60 of 60", as its percentage does, not "60 of 45".
        Catalogue data = catalogue();
        data.qualifications[1].credits = 45;
        const Auditor auditor(data, newcomer());
        const QualificationComparison comparison = compareWays(auditor, {{QStringLiteral("DIP")}}, today);
        QCOMPARE(comparison.ways.first().credits, 60.0);
        const QList<ComparisonReport::Row> rows = ComparisonReport::rows(comparison);
        QCOMPARE(rows.at(1).aspect, QStringLiteral("Credits still needed"));
        QCOMPARE(rows.at(1).values.first(), QStringLiteral("60 of 60 (0% done)"));
    }

    void reportRowsHaveOneValuePerWay()
    {
        const Catalogue data = catalogue();
        const Auditor auditor(data, newcomer());
        const QualificationComparison comparison = compareWays(
            auditor, {{QStringLiteral("CERT")}, {QStringLiteral("DIP")}, {QStringLiteral("CERT"), QStringLiteral("DIP")}},
            today);
        const QList<ComparisonReport::Row> rows = ComparisonReport::rows(comparison);
        QCOMPARE(comparison.shared.size(), 3);
        QVERIFY(rows.size() >= 10 + 3);
        for (const ComparisonReport::Row &row : rows)
            QCOMPARE(row.values.size(), 3);
        const auto row = [&](const QString &aspect) {
            for (const ComparisonReport::Row &candidate : rows) {
                if (candidate.aspect == aspect)
                    return candidate.values;
            }
            return QStringList();
        };
        QCOMPARE(row(QStringLiteral("Credits still needed")).first(), QStringLiteral("30 of 30 (0% done)"));
        QCOMPARE(row(QStringLiteral("Cheapest cost")).at(1), QStringLiteral("NZD 4500"));
        QVERIFY(row(QStringLiteral("Fastest finish")).at(2).contains(QStringLiteral("CERT done by")));
        QCOMPARE(row(QStringLiteral("In common: CERT and DIP")).first(), QStringLiteral("2 courses, 30 credits: C1, C2"));
    }
};

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
