#pragma once

#include "auditresult.h"

#include <QList>
#include <QMap>
#include <QString>

namespace Cairn::Core {

class Auditor;
struct Qualification;

// A rough figure of what finishing would take: the suggested courses for every
// open requirement, topped up with the cheapest eligible courses until the
// remaining credits are covered. A heuristic estimate, not the cheapest plan
// (the planner's "cheapest way to finish" is exact on small catalogues).
struct FinishEstimate
{
    QStringList courses;
    double credits = 0.0; // in the qualification's framework
    double hours = 0.0;
    QMap<QString, Amount> cost; // per currency
    int coursesWithoutCost = 0;
    bool coversRemaining = true; // false: the catalogue cannot close the gap
};

struct WhatIfEntry
{
    QString qualification;
    QString title;
    QString type;
    AuditResult planned; // totals only (AuditDetail::Totals)
    AuditResult earned;  // totals only
    // Worked out on request (it needs the planned tree's suggestions, which
    // the ranking does not): see `estimated`.
    FinishEstimate estimate;
    bool estimated = false;
};

// From a planned audit with its suggestions (AuditDetail::Suggestions or Full).
FinishEstimate estimateToFinish(const Auditor &auditor, const Qualification &qualification,
                                const AuditResult &planned);
// The same, auditing `qualification` for the suggestions first.
FinishEstimate estimateToFinish(const Auditor &auditor, const Qualification &qualification, const QDate &asOf);

// A key that orders estimates by cost without adding currencies: by currency
// code, then by amount within it (an estimate in several currencies by its
// first, then the next); one with unpriced courses after the same priced one;
// one with no price at all last. Compare keys as strings.
QString costSortKey(const FinishEstimate &estimate);

// What a row of the ranking holds: the row's place (both modes' totals), or
// that and the estimate of what finishing would take. The place is several
// times cheaper, so a window ranks first and estimates the rows as they are
// shown.
enum class WhatIfDetail { Ranking, Estimates };

// One row of the ranking: `qualification` audited in both modes, with an
// estimate if asked for. Rows are independent of each other, so a caller may
// compute them one at a time (and on several threads).
WhatIfEntry whatIfEntry(const Auditor &auditor, const Qualification &qualification, const QDate &asOf,
                        WhatIfDetail detail = WhatIfDetail::Estimates);

// The ranking's order: fewer remaining credits in `primary` mode first, then
// in the other mode, then by code.
bool ranksBefore(const WhatIfEntry &a, const WhatIfEntry &b, AuditMode primary);

// Every qualification of the auditor's catalogue, ranked by remaining credits
// in `primary` mode (planned by default), then in the other mode, then by
// code; on every core.
QList<WhatIfEntry> rankQualifications(const Auditor &auditor, const QDate &asOf,
                                      AuditMode primary = AuditMode::Planned,
                                      WhatIfDetail detail = WhatIfDetail::Estimates);

} // namespace Cairn::Core
