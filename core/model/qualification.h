#pragma once

#include "course.h"
#include "requirement.h"
#include "selector.h"

#include <QList>
#include <QString>

#include <optional>

namespace Cairn::Core {

// A cap or floor on the credits from matching courses
// ({"minCredits": N, "from": ...} or {"maxCredits": N, "from": ...}).
struct CreditConstraint
{
    enum class Kind { MinCredits, MaxCredits };

    Kind kind = Kind::MinCredits;
    double credits = 0.0;
    Selector from;
    QString label;

    bool operator==(const CreditConstraint &) const = default;
};

// The same qualification taken as one programme from its provider, for the
// comparison with a stackable route: how long it runs and what it costs.
struct FullProgramme
{
    int weeks = 1;
    std::optional<Money> cost;

    bool operator==(const FullProgramme &) const = default;
};

// A certificate, diploma or degree that courses stack toward.
struct Qualification
{
    QString code;
    QString title;
    QString type;       // "certificate", "diploma", "degree", ... (free text)
    QString provider;   // optional Provider::id
    QString framework;  // Framework::id; credits are counted in it
    std::optional<int> level;
    double credits = 0.0;
    Selector eligible;  // which courses may count at all; empty: every course
    Requirement requirements;
    QList<CreditConstraint> constraints;
    std::optional<double> maxRecognisedCredits;
    std::optional<int> currencyYears;
    QString description;
    std::optional<FullProgramme> programme;

    bool operator==(const Qualification &) const = default;
};

} // namespace Cairn::Core
