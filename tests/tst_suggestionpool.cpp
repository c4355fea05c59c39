// The suggestions of an open leaf over a pool large enough that the
// cheapest courses are tested one by one first (SuggestionPool::closingMatching).

#include "audit/auditor.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace Cairn::Core;

namespace {

Selector skillSelector(const char *skill)
{
    Selector selector;
    selector.skills = QStringList{QString::fromLatin1(skill)};
    return selector;
}

} // namespace

class TestSuggestionPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A large pool: the cheapest courses are tested one by one first, and a
    // leaf they do not settle matches its selector against the whole pool.
    // Either way the suggestions are the cheapest matching courses in the
    // pool's order, worked out here by sorting the catalogue.
    void suggestionsInALargePoolAreTheCheapestMatches()
    {
        Catalogue catalogue;
        catalogue.frameworks = {{QStringLiteral("nz"), QStringLiteral("NZ"), 10, 1, 10}};
        catalogue.providers = {{QStringLiteral("p1"), QStringLiteral("Provider One"), {}, {}}};
        catalogue.skills = {{QStringLiteral("A"), QStringLiteral("Skill A"), {}},
                            {QStringLiteral("B"), QStringLiteral("Skill B"), {}}};
        QRandomGenerator random(7);
        for (int i = 0; i < 3000; ++i) {
            Course course;
            course.code = QStringLiteral("C%1").arg(i, 4, 10, QLatin1Char('0'));
            course.title = course.code;
            course.provider = QStringLiteral("p1");
            course.framework = QStringLiteral("nz");
            course.credits = 5.0 * (1 + random.bounded(3));
            course.level = 4 + random.bounded(3);
            course.hours = 50;
            course.weeks = 1 + random.bounded(20);
            // Skill B only on dear courses, far down the pool's order.
            const bool dear = random.bounded(10) == 0;
            course.skills = {dear ? QStringLiteral("B") : QStringLiteral("A")};
            course.cost = money(dear ? 1000 + random.bounded(500) : random.bounded(900), QStringLiteral("NZD"));
            catalogue.courses.append(course);
        }
        const auto expected = [&catalogue](const Selector &from, double needed) {
            QList<const Course *> matching;
            for (const Course &course : catalogue.courses) {
                if (from.matches(course))
                    matching.append(&course);
            }
            std::sort(matching.begin(), matching.end(), [](const Course *a, const Course *b) {
                return std::tuple(a->cost->amount.toDouble(), a->weeks, a->code)
                     < std::tuple(b->cost->amount.toDouble(), b->weeks, b->code);
            });
            QStringList codes;
            double total = 0.0;
            for (const Course *course : std::as_const(matching)) {
                if (total >= needed - 1e-9 || codes.size() >= 10)
                    break;
                codes.append(course->code);
                total += course->credits;
            }
            return codes;
        };
        const LearnerProfile nobody;
        const Auditor auditor(catalogue, nobody);
        Selector levelSix;
        levelSix.minLevel = 6;
        // Skill B twice: first matched against the whole pool, then known.
        for (const Selector &from : {skillSelector("B"), levelSix, skillSelector("B")}) {
            Qualification qualification;
            qualification.code = QStringLiteral("Q");
            qualification.framework = QStringLiteral("nz");
            qualification.credits = 25;
            qualification.requirements = Requirement::creditsFrom(25, from);
            const AuditResult result = auditor.audit(qualification, AuditMode::Planned, QDate(2026, 12, 3));
            QVERIFY(result.requirements);
            QStringList codes;
            for (const Suggestion &suggestion : result.requirements->suggestions)
                codes.append(suggestion.code);
            QCOMPARE(codes, expected(from, 25));
            QVERIFY(!codes.isEmpty());
        }
    }

};

QTEST_GUILESS_MAIN(TestSuggestionPool)
#include "tst_suggestionpool.moc"
