#pragma once

#include "model/auditoverride.h"
#include "model/course.h"
#include "model/requirement.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Cairn::Core {

// Which records count: `Earned` = completed + recognised; `Planned` adds
// enrolled and planned (DESIGN.md audit step 1).
enum class AuditMode { Earned, Planned };

QString auditModeKey(AuditMode mode); // "earned", "planned"
std::optional<AuditMode> auditModeFromKey(QStringView key);

// A catalogue course that would help close a gap.
struct Suggestion
{
    QString code;
    QString title;
    double credits = 0.0; // in the qualification's framework
    double hours = 0.0;
    int weeks = 1;
    std::optional<Money> cost;

    bool operator==(const Suggestion &) const = default;
};

// One node of the audited requirement tree, in bundle order.
struct NodeResult
{
    Requirement::Kind kind = Requirement::Kind::None;
    QString path;      // "requirements.allOf[1]"
    QString label;
    QString course;    // course leaf
    int count = 1;     // anyOf
    double required = 0.0;  // remaining when nothing is allocated
    double remaining = 0.0;
    bool satisfied = false;
    bool counted = true;    // false: an anyOf alternative beyond the k that count
    bool waived = false;
    QString waiverReason;
    QStringList allocated;  // leaves: courses allocated to this leaf
    double allocatedCredits = 0.0;
    QString missing;        // what is missing, in words; empty when satisfied
    QList<Suggestion> suggestions; // unmet leaves: courses that would close the gap
    std::vector<NodeResult> children;
};

struct ConstraintResult
{
    enum class Kind { MinCredits, MaxCredits, MaxRecognisedCredits };

    Kind kind = Kind::MinCredits;
    QString label;
    double limit = 0.0;
    double credits = 0.0;   // credits of the matching candidates
    double remaining = 0.0; // minCredits: still needed; caps: 0
    double excess = 0.0;    // caps: credits over the limit that cannot count
};

QString constraintKindKey(ConstraintResult::Kind kind); // "minCredits", ...

struct ExpiredRecord
{
    QString course;
    QDate date;      // completion or recognition
    QDate expiredOn; // the first day it no longer counts
};

struct AuditResult
{
    QString qualification;
    QString title;
    AuditMode mode = AuditMode::Earned;
    QDate asOf;
    bool complete = false;
    double remainingCredits = 0.0;
    double creditsCounted = 0.0;  // T
    double creditsRequired = 0.0; // the qualification's credits
    // What it asks for in all: the larger of its credits and what its
    // requirements ask with nothing counted. `percent` is of this.
    double creditsInAll = 0.0;
    double percent = 0.0;
    double requirementsRemaining = 0.0; // TR
    bool allocationProvenOptimal = true; // false only if the solver hit its time limit
    // When not proven optimal: a better allocation would lower the remaining
    // by at most this many credits (proven by the solver's bound).
    double allocationGap = 0.0;
    double totalRemaining = 0.0;        // RT
    QStringList counted;                // candidate courses, in record order
    QList<ExpiredRecord> expired;
    QStringList excluded;               // by an advisor
    QList<ConstraintResult> constraints;
    std::optional<NodeResult> requirements;
    QList<AuditOverride> overrides;     // the learner's overrides for this qualification
};

} // namespace Cairn::Core
