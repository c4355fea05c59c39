#pragma once

#include "planner/finishplanner.h"
#include "model/qualification.h"
#include "planner/plan.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Cairn::Core {

// A schedule as JSON (the keys of DESIGN.md "Command line") and as text: the
// courses with their dates, then a week-by-week table of hours.
class PlanReport final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::PlanReport)

public:
    static QJsonObject toJson(const PlanResult &plan);
    static QString toText(const PlanResult &plan, const QString &learnerName);
    // The schedule as CSV (RFC 4180, UTF-8, one row per course): course,
    // title, start, finish, weeks, hoursPerWeek, cost, currency. Dates are
    // ISO 8601; a course without a price leaves cost and currency empty.
    static QByteArray toCsv(const PlanResult &plan);

    // The courses chosen to finish a qualification, and why.
    static QJsonObject toJson(const FinishResult &finish, const Qualification &qualification);
    static QString toText(const FinishResult &finish, const Qualification &qualification);
};

} // namespace Cairn::Core
