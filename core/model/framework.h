#pragma once

#include <QString>

namespace Cairn::Core {

// A qualifications framework: how many notional study hours one credit stands
// for, and the levels it defines (NZQCF 1-10, EQF 1-8, RQF Entry-8 ...).
struct Framework
{
    QString id;
    QString name;
    double creditHours = 10.0;
    int minLevel = 1;
    int maxLevel = 10;

    bool containsLevel(int level) const { return level >= minLevel && level <= maxLevel; }
    bool operator==(const Framework &) const = default;
};

// Credits earned in framework `from` expressed in framework `to`: the study
// hours are what is conserved (DESIGN.md, audit step 4).
double convertCredits(double credits, const Framework &from, const Framework &to);

// Notional hours for `credits` in `framework` (the default of a course's hours).
double notionalHours(double credits, const Framework &framework);

} // namespace Cairn::Core
