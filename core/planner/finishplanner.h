#pragma once

#include "model/catalogue.h"
#include "model/currencyconverter.h"
#include "model/learnerprofile.h"
#include "plan.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace Cairn::Core {

enum class FinishObjective { Time, Cost };

struct ChosenCourse
{
    QString course;
    QString reason; // which requirement it fills, or whose prerequisite it is
};

struct FinishResult
{
    FinishObjective objective = FinishObjective::Time;
    bool possible = false;  // some choice of catalogue courses completes the qualification
    bool exact = false;     // the best choice over every minimal set (small catalogues)
    QList<ChosenCourse> chosen;
    QMap<QString, Amount> costs; // the chosen courses' prices, per currency (never added across)
    int coursesWithoutCost = 0;
    // The one currency costs are compared in (the yearly budget's, or the one
    // most candidates are priced in), and how many chosen courses have no
    // price in it (none, or another currency without one of the learner's
    // exchange rates): those could not be compared.
    QString comparedIn;
    int notCompared = 0;
    // The learner's rates that converted the chosen courses' prices, and
    // their total in `comparedIn` when every priced course could be counted.
    QList<AppliedRate> ratesUsed;
    std::optional<Amount> totalInComparedCurrency;
    PlanResult plan;        // the learner's enrolled and planned courses with the chosen ones
    QString problem;        // why it is not possible, when it is not
};

// The fastest or cheapest way to finish a qualification: which catalogue
// courses to add to the learner's plan so that the audit (planned mode) is
// complete, with the prerequisites they need, then the schedule of it all.
//
// Adding a course never makes a plan cheaper or finish earlier, so only
// minimal sets of courses need to be considered. With at most `exactLimit`
// candidate courses (eligible, not yet held, prerequisites reachable, and the
// prerequisites they may need) every minimal set that brings its own
// prerequisites is tried and the best kept — exact. Beyond that: start from the
// audit's suggestions, add the cheapest (or shortest) courses until complete,
// then drop every course the result does not need, dearest (or longest)
// first — a heuristic.
class FinishPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::FinishPlanner)

public:
    static constexpr int exactLimit = 12;

    FinishPlanner(const Catalogue &catalogue, const LearnerProfile &learner, const Qualification &qualification,
                  const QDate &asOf, const PlanProblem &settings);

    Q_DISABLE_COPY_MOVE(FinishPlanner) // m_index points into m_catalogue

    FinishResult run(FinishObjective objective);

private:
    QStringList withPrerequisites(const QStringList &courses) const;
    bool prerequisitesMet(const QStringList &courses) const;
    bool completes(const QStringList &courses) const;
    PlanResult schedule(const QStringList &courses) const;
    // A set's price in the compared currency: first how many of its courses
    // have no price there (never taken as free), then the amount.
    struct Price
    {
        int notCompared = 0;
        Amount amount;
        auto operator<=>(const Price &) const = default;
    };
    Price priceOf(const QStringList &courses) const;
    bool better(FinishObjective objective, const QStringList &a, const PlanResult &planA, const QStringList &b,
                const PlanResult &planB) const;
    QList<ChosenCourse> explain(const QStringList &courses) const;
    // Whether the course may count toward the qualification: eligible, or
    // substituted by an advisor.
    bool counts(const Course &course) const;

    // Held by value (Qt's containers share their data until written), so the
    // caller may change or drop its own copies while this runs on a worker.
    const Catalogue m_catalogue;
    const CatalogueIndex m_index; // over m_catalogue, built once
    const LearnerProfile m_learner;
    const Qualification m_qualification;
    QDate m_asOf;
    PlanProblem m_settings;
    QStringList m_candidates; // cheapest first
    QSet<QString> m_substituted;
    QString m_currency; // see FinishResult::comparedIn
    CurrencyConverter m_converter; // the learner's rates as of m_asOf
};

} // namespace Cairn::Core
