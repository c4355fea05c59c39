#include "audit/auditor.h"
#include "planner/finishplanner.h"
#include "planner/planinput.h"
#include "planner/scheduler.h"
#include "report/planreport.h"
#include "randomaudit.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

#include <functional>

using namespace Cairn::Core;

namespace {

// A 15-credit, ten-week course of provider "p" in framework "nz".
Course pricedCourse(const char *code, double amount, const char *currency = "NZD", Requirement prerequisites = {})
{
    Course course;
    course.code = QString::fromLatin1(code);
    course.title = course.code;
    course.provider = QStringLiteral("p");
    course.framework = QStringLiteral("nz");
    course.credits = 15;
    course.level = 5;
    course.hours = 150;
    course.weeks = 10;
    course.cost = money(amount, QString::fromLatin1(currency));
    course.prerequisites = std::move(prerequisites);
    return course;
}

// Three courses that each finish qualification Q (15 credits of anything):
// EUROPE at EUR 100 (the smaller number, in another currency), HOME at NZD
// 500 and OTHER at NZD 700.
Catalogue twoCurrencies()
{
    Catalogue catalogue;
    catalogue.frameworks = {{QStringLiteral("nz"), QStringLiteral("NZ"), 10, 1, 10}};
    catalogue.providers = {{QStringLiteral("p"), QStringLiteral("P"), {}, {}}};
    catalogue.courses = {pricedCourse("EUROPE", 100, "EUR"), pricedCourse("HOME", 500, "NZD"),
                         pricedCourse("OTHER", 700, "NZD")};
    Qualification q;
    q.code = QStringLiteral("Q");
    q.title = QStringLiteral("Q");
    q.framework = QStringLiteral("nz");
    q.credits = 15;
    catalogue.qualifications = {q};
    return catalogue;
}

struct Outcome
{
    bool found = false;
    bool feasible = false;
    QDate completion;
    double cost = 0.0;
};

bool active(const Record *record)
{
    return record && record->status != RecordStatus::Withdrawn && record->status != RecordStatus::Failed;
}

// Every subset of the catalogue courses the learner does not hold: a subset
// counts if it brings its own prerequisites and completes the qualification
// (planned mode); the best by the objective wins. Shares no search with the
// engine, only the audit and the scheduler, which have their own references.
Outcome bruteForce(const Catalogue &catalogue, const LearnerProfile &learner, const Qualification &qualification,
                   const QDate &asOf, const PlanProblem &settings, FinishObjective objective)
{
    QStringList pool;
    for (const Course &course : catalogue.courses) {
        if (!active(learner.record(course.code)))
            pool.append(course.code);
    }
    const CatalogueIndex index(catalogue);
    Outcome best;
    for (quint32 mask = 0; mask < (quint32(1) << pool.size()); ++mask) {
        QStringList chosen;
        for (int i = 0; i < pool.size(); ++i)
            if (mask & (quint32(1) << i))
                chosen.append(pool[i]);
        const std::function<bool(const Requirement &)> met = [&](const Requirement &node) {
            switch (node.kind) {
            case Requirement::Kind::Course:
                return active(learner.record(node.course)) || chosen.contains(node.course);
            case Requirement::Kind::AllOf:
                return std::all_of(node.children.begin(), node.children.end(), met);
            case Requirement::Kind::AnyOf:
                return std::count_if(node.children.begin(), node.children.end(), met) >= node.count;
            default:
                return true;
            }
        };
        if (!std::all_of(chosen.begin(), chosen.end(), [&](const QString &code) { return met(index.course(code)->prerequisites); }))
            continue;
        LearnerProfile extended = learner;
        for (const QString &code : chosen) {
            extended.records.removeIf([&code](const Record &r) { return r.course == code; });
            Record record;
            record.course = code;
            record.status = RecordStatus::Planned;
            extended.records.append(record);
        }
        if (!Auditor(catalogue, extended).audit(qualification, AuditMode::Planned, asOf).complete)
            continue;
        PlanProblem problem = planProblemFor(catalogue, extended, settings.hoursPerWeek, settings.start);
        problem.availability = settings.availability; // the settings carry them, not the profile
        problem.budgetPerYear = settings.budgetPerYear;
        const PlanResult plan = Scheduler(problem).run();
        double cost = 0.0;
        for (const QString &code : chosen)
            cost += index.course(code)->cost ? index.course(code)->cost->amount.toDouble() : 0.0;
        const QDate end = plan.completion.isValid() ? plan.completion : settings.start;
        const QDate bestEnd = best.completion.isValid() ? best.completion : settings.start;
        bool better = !best.found;
        if (!better && plan.feasible != best.feasible)
            better = plan.feasible;
        else if (!better && objective == FinishObjective::Time)
            better = end < bestEnd || (end == bestEnd && cost < best.cost);
        else if (!better)
            better = cost < best.cost || (cost == best.cost && end < bestEnd);
        if (better)
            best = {true, plan.feasible, plan.completion, cost};
    }
    return best;
}

} // namespace

class TestFinishPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheBestMinimalSetLikeBruteForce()
    {
        int compared = 0;
        int constrained = 0;
        for (quint32 seed = 1; seed <= 250; ++seed) {
            Cairn::Test::RandomInstance instance = Cairn::Test::randomInstance(seed);
            QRandomGenerator random(seed);
            PlanProblem settings;
            settings.start = QDate(2027, 1, 4);
            for (Course &course : instance.catalogue.courses) {
                course.hours = course.credits * (course.framework == u"eu" ? 25 : 10);
                course.weeks = 1 + random.bounded(4);
                course.cost = money(double(100 * (1 + random.bounded(9))), QStringLiteral("NZD"));
                if (random.bounded(4) == 0 && course.code != u"C0")
                    course.prerequisites = Requirement::courseNode(QStringLiteral("C0"));
                // Every other seed: intakes that fix when some courses can start.
                if (seed % 2 == 0 && random.bounded(3) == 0) {
                    for (int k = 1 + random.bounded(2); k > 0; --k)
                        course.intakes.append(settings.start.addDays(7 * random.bounded(10)));
                    std::sort(course.intakes.begin(), course.intakes.end());
                }
            }
            // Hours that bind in half the instances, a lighter or empty
            // stretch of weeks, a yearly budget late in the year.
            settings.hoursPerWeek = seed % 2 ? 60 : 10 + 5 * random.bounded(4);
            if (random.bounded(3) == 0) {
                const QDate from = settings.start.addDays(7 * random.bounded(6));
                settings.availability.append({from, from.addDays(7 * (1 + random.bounded(4)) - 1),
                                              double(random.bounded(2) ? 0 : 4), QStringLiteral("away")});
            }
            if (random.bounded(3) == 0) {
                settings.start = QDate(2027, 11, 1);
                settings.budgetPerYear = money(double(400 + 200 * random.bounded(6)), QStringLiteral("NZD"));
            }
            constrained += settings.hoursPerWeek < 60 || !settings.availability.isEmpty() || settings.budgetPerYear ? 1 : 0;
            instance.learner.hoursPerWeek = settings.hoursPerWeek;
            for (const FinishObjective objective : {FinishObjective::Time, FinishObjective::Cost}) {
                const FinishResult result = FinishPlanner(instance.catalogue, instance.learner, instance.qualification,
                                                          instance.asOf, settings)
                                                .run(objective);
                const Outcome expected = bruteForce(instance.catalogue, instance.learner, instance.qualification,
                                                    instance.asOf, settings, objective);
                const QByteArray context = "seed " + QByteArray::number(seed);
                QVERIFY2(result.exact, context);
                QVERIFY2(result.possible == expected.found, context);
                if (!expected.found)
                    continue;
                ++compared;
                QVERIFY2(result.plan.feasible == expected.feasible, context);
                if (objective == FinishObjective::Time)
                    QVERIFY2(result.plan.completion == expected.completion, context);
                else
                    QVERIFY2(result.costs.value(QStringLiteral("NZD")).toDouble() == expected.cost, context);
                for (const ChosenCourse &chosen : result.chosen)
                    QVERIFY2(!chosen.reason.isEmpty(), context);
            }
        }
        QVERIFY2(compared > 150, QByteArray::number(compared));
        QVERIFY2(constrained > 150, QByteArray::number(constrained));
    }

    void explainsWhyEachCourseWasChosen()
    {
        Catalogue catalogue;
        catalogue.frameworks = {{QStringLiteral("nz"), QStringLiteral("NZ"), 10, 1, 10}};
        catalogue.providers = {{QStringLiteral("p"), QStringLiteral("P"), {}, {}}};
        const auto add = [&catalogue](const char *code, double cost, Requirement prerequisites = {}) {
            catalogue.courses.append(pricedCourse(code, cost, "NZD", std::move(prerequisites)));
        };
        add("BASE", 100);
        add("ADV", 300, Requirement::courseNode(QStringLiteral("BASE")));
        add("ALT", 900);
        Qualification q;
        q.code = QStringLiteral("Q");
        q.title = QStringLiteral("Q");
        q.framework = QStringLiteral("nz");
        q.credits = 0;
        Selector onlyAdvancedOrAlt;
        onlyAdvancedOrAlt.courses = QStringList{QStringLiteral("ADV"), QStringLiteral("ALT")};
        Requirement leaf = Requirement::creditsFrom(15, onlyAdvancedOrAlt);
        leaf.label = QStringLiteral("Advanced study");
        q.requirements = leaf;
        catalogue.qualifications = {q};
        LearnerProfile learner;
        PlanProblem settings;
        settings.hoursPerWeek = 20;
        settings.start = QDate(2027, 1, 4);
        const FinishResult cheapest = FinishPlanner(catalogue, learner, q, settings.start, settings).run(FinishObjective::Cost);
        QVERIFY(cheapest.possible);
        QCOMPARE(cheapest.costs, (QMap<QString, Amount>{{QStringLiteral("NZD"), money(400, {}).amount}})); // ADV and its prerequisite BASE beat ALT (900)
        QCOMPARE(cheapest.coursesWithoutCost, 0);
        QCOMPARE(cheapest.chosen.size(), 2);
        for (const ChosenCourse &chosen : cheapest.chosen) {
            if (chosen.course == u"ADV")
                QCOMPARE(chosen.reason, QStringLiteral("counts toward “Advanced study”"));
            else
                QCOMPARE(chosen.reason, QStringLiteral("a prerequisite of ADV"));
        }
        const FinishResult fastest = FinishPlanner(catalogue, learner, q, settings.start, settings).run(FinishObjective::Time);
        QCOMPARE(fastest.chosen.size(), 1); // ALT alone finishes ten weeks earlier
        QCOMPARE(fastest.chosen[0].course, QStringLiteral("ALT"));
        QCOMPARE(fastest.plan.completion, QDate(2027, 3, 14));
    }

    // The planner keeps its own copies of what it is given, so a caller may
    // change or drop its own while the planner runs (on a worker).
    void runsOnItsOwnCopiesOfItsInputs()
    {
        Cairn::Test::RandomInstance instance = Cairn::Test::randomInstance(11);
        for (Course &course : instance.catalogue.courses)
            course.cost = money(100, QStringLiteral("NZD"));
        PlanProblem settings;
        settings.hoursPerWeek = 20;
        settings.start = QDate(2027, 1, 4);
        const FinishResult expected = FinishPlanner(instance.catalogue, instance.learner, instance.qualification,
                                                    instance.asOf, settings)
                                          .run(FinishObjective::Time);
        auto catalogue = std::make_unique<Catalogue>(instance.catalogue);
        auto learner = std::make_unique<LearnerProfile>(instance.learner);
        auto qualification = std::make_unique<Qualification>(instance.qualification);
        FinishPlanner planner(*catalogue, *learner, *qualification, instance.asOf, settings);
        catalogue.reset();
        learner.reset();
        qualification.reset();
        const FinishResult result = planner.run(FinishObjective::Time);
        QCOMPARE(result.possible, expected.possible);
        QCOMPARE(result.plan.completion, expected.plan.completion);
        QCOMPARE(result.chosen.size(), expected.chosen.size());
    }

    // Prices in two currencies are never added or compared as numbers: the
    // cheapest way is sought in one currency (the yearly budget's, or the
    // one most candidates use) and a course priced otherwise is not "cheap".
    void theCheapestWayIsComparedInOneCurrency()
    {
        Catalogue catalogue = twoCurrencies();
        const Qualification q = catalogue.qualifications.front();
        const auto add = [&catalogue](const char *code, double amount, const char *currency) {
            catalogue.courses.append(pricedCourse(code, amount, currency));
        };
        LearnerProfile learner;
        PlanProblem settings;
        settings.hoursPerWeek = 20;
        settings.start = QDate(2027, 1, 4);

        // Most candidates are priced in NZD: HOME, not the EUR course.
        FinishResult cheapest = FinishPlanner(catalogue, learner, q, settings.start, settings).run(FinishObjective::Cost);
        QCOMPARE(cheapest.comparedIn, QStringLiteral("NZD"));
        QCOMPARE(cheapest.chosen.size(), 1);
        QCOMPARE(cheapest.chosen[0].course, QStringLiteral("HOME"));
        QCOMPARE(cheapest.notCompared, 0);

        // A budget in EUR makes EUR the currency compared.
        settings.budgetPerYear = money(5000, QStringLiteral("EUR"));
        cheapest = FinishPlanner(catalogue, learner, q, settings.start, settings).run(FinishObjective::Cost);
        QCOMPARE(cheapest.comparedIn, QStringLiteral("EUR"));
        QCOMPARE(cheapest.chosen[0].course, QStringLiteral("EUROPE"));

        // Only a course priced otherwise can finish: chosen, and said not compared.
        settings.budgetPerYear.reset();
        catalogue.courses.removeIf([](const Course &course) { return course.code == u"HOME" || course.code == u"OTHER"; });
        add("LOCAL", 50, "NZD");
        add("LOCAL2", 60, "NZD");
        Selector europe;
        europe.courses = QStringList{QStringLiteral("EUROPE")};
        catalogue.qualifications[0].requirements = Requirement::creditsFrom(15, europe);
        cheapest = FinishPlanner(catalogue, learner, catalogue.qualifications[0], settings.start, settings).run(FinishObjective::Cost);
        QCOMPARE(cheapest.comparedIn, QStringLiteral("NZD"));
        QCOMPARE(cheapest.chosen.size(), 1);
        QCOMPARE(cheapest.chosen[0].course, QStringLiteral("EUROPE"));
        QCOMPARE(cheapest.notCompared, 1);
        QCOMPARE(cheapest.costs, (QMap<QString, Amount>{{QStringLiteral("EUR"), money(100, {}).amount}}));
    }

    // With the learner's own rates, a price in another currency is compared
    // after conversion, and the result says which rate it used.
    void theLearnersExchangeRatesLetCurrenciesBeCompared()
    {
        const Catalogue catalogue = twoCurrencies();
        const Qualification &q = catalogue.qualifications.front();
        PlanProblem settings;
        settings.hoursPerWeek = 20;
        settings.start = QDate(2027, 1, 4);
        const auto cheapestWith = [&](QList<ExchangeRate> rates) {
            LearnerProfile learner;
            learner.exchangeRates = std::move(rates);
            return FinishPlanner(catalogue, learner, q, settings.start, settings).run(FinishObjective::Cost);
        };
        const ExchangeRate eurToNzd{QStringLiteral("EUR"), QStringLiteral("NZD"), 1.8, QDate(2026, 10, 15)};

        FinishResult cheapest = cheapestWith({eurToNzd}); // EUR 100 = NZD 180 < NZD 500
        QCOMPARE(cheapest.comparedIn, QStringLiteral("NZD"));
        QCOMPARE(cheapest.chosen[0].course, QStringLiteral("EUROPE"));
        QCOMPARE(cheapest.notCompared, 0);
        QCOMPARE(cheapest.ratesUsed.size(), 1);
        QCOMPARE(cheapest.ratesUsed[0].rate, eurToNzd);
        QCOMPARE(cheapest.totalInComparedCurrency, std::optional<Amount>(money(180, {}).amount));
        QCOMPARE(cheapest.costs, (QMap<QString, Amount>{{QStringLiteral("EUR"), money(100, {}).amount}}));
        const QString text = PlanReport::toText(cheapest, q);
        QVERIFY2(text.contains(QStringLiteral("Exchange rate used: 1 EUR = 1.8 NZD (the learner's rate of 2026-10-15).")),
                 qPrintable(text));
        QCOMPARE(PlanReport::toJson(cheapest, q).value(u"ratesUsed").toArray().size(), 1);

        // A dearer rate: EUR 100 = NZD 600, so HOME is cheaper.
        cheapest = cheapestWith({{QStringLiteral("EUR"), QStringLiteral("NZD"), 6, QDate(2026, 10, 15)}});
        QCOMPARE(cheapest.chosen[0].course, QStringLiteral("HOME"));
        QVERIFY(cheapest.ratesUsed.isEmpty()); // no chosen course needed it
        // The latest rate on or before the day counts; one taken later does not.
        cheapest = cheapestWith({eurToNzd, {QStringLiteral("EUR"), QStringLiteral("NZD"), 6, QDate(2026, 12, 1)},
                                 {QStringLiteral("EUR"), QStringLiteral("NZD"), 1, QDate(2027, 6, 1)}});
        QCOMPARE(cheapest.chosen[0].course, QStringLiteral("HOME"));
        // A rate given the other way round serves by its inverse: NZD 1 = EUR 0.5.
        cheapest = cheapestWith({{QStringLiteral("NZD"), QStringLiteral("EUR"), 0.5, QDate(2026, 10, 15)}});
        QCOMPARE(cheapest.chosen[0].course, QStringLiteral("EUROPE"));
        QCOMPARE(cheapest.totalInComparedCurrency, std::optional<Amount>(money(200, {}).amount));
        QVERIFY(PlanReport::toText(cheapest, q).contains(QStringLiteral("used the other way round")));
        // No rate: the EUR course cannot be compared and is not taken as cheap.
        cheapest = cheapestWith({});
        QCOMPARE(cheapest.chosen[0].course, QStringLiteral("HOME"));
    }

    // A large catalogue: 1,000 eligible courses, of which only the dearest
    // and longest teach the skill one leaf asks for. The heuristic weighs a
    // shortlist, which must still hold a course for every leaf, and a
    // course a leaf names even when it is neither cheap nor short.
    void aLargeCatalogueStillFindsEveryLeafsCourses()
    {
        Catalogue catalogue;
        catalogue.frameworks = {{QStringLiteral("nz"), QStringLiteral("NZ"), 10, 1, 10}};
        catalogue.providers = {{QStringLiteral("p"), QStringLiteral("P"), {}, {}}};
        for (int index = 0; index < 1000; ++index) {
            const QByteArray code = "K" + QByteArray::number(index).rightJustified(4, '0');
            Course course = pricedCourse(code.constData(), 100 + index);
            course.weeks = 5 + index / 100;
            if (index >= 990)
                course.skills = {QStringLiteral("rare")};
            catalogue.courses.append(course);
        }
        Qualification q;
        q.code = QStringLiteral("Q");
        q.title = QStringLiteral("Q");
        q.framework = QStringLiteral("nz");
        q.credits = 45;
        Selector rare;
        rare.skills = QStringList{QStringLiteral("rare")};
        q.requirements = Requirement::allOf({Requirement::courseNode(QStringLiteral("K0500")),
                                             Requirement::creditsFrom(15, rare)});
        catalogue.qualifications = {q};
        LearnerProfile learner;
        PlanProblem settings;
        settings.hoursPerWeek = 40;
        settings.start = QDate(2027, 1, 4);
        for (const FinishObjective objective : {FinishObjective::Cost, FinishObjective::Time}) {
            const FinishResult result = FinishPlanner(catalogue, learner, q, settings.start, settings).run(objective);
            QVERIFY(result.possible);
            QStringList chosen;
            for (const ChosenCourse &course : result.chosen)
                chosen.append(course.course);
            QVERIFY2(chosen.contains(QStringLiteral("K0500")), qPrintable(chosen.join(u' ')));
            QVERIFY2(std::any_of(chosen.cbegin(), chosen.cend(), [](const QString &code) { return code >= u"K0990"; }),
                     qPrintable(chosen.join(u' ')));
            QCOMPARE(chosen.size(), 3); // the named course, a rare one, and the cheapest (or shortest) filler
        }
    }
};

QTEST_GUILESS_MAIN(TestFinishPlanner)
#include "tst_finishplanner.moc"
