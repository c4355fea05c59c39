#pragma once

#include "model/status.h"
#include "planner/plan.h"

#include <QByteArray>

namespace Cairn::Core {

// A schedule as an iCalendar file (RFC 5545), written with libical: one
// all-day event per course from its start to its finish, with the weekly
// study hours in the description. `stamp` is the DTSTAMP (UTC) of every event.
QByteArray planToICalendar(const PlanResult &plan, const QString &learnerName, const QDateTime &stamp);
Status writeICalendar(const QString &fileName, const PlanResult &plan, const QString &learnerName);

} // namespace Cairn::Core
