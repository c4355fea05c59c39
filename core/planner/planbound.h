#pragma once

#include "plan.h"

namespace Cairn::Core {

// No schedule of `problem` can complete before this date: the larger of the
// critical path through prerequisites and intakes (ignoring the weekly
// budget) and the total hours from the start week on over the budget.
// Prerequisites must already be known to be satisfiable and acyclic.
QDate planLowerBound(const PlanProblem &problem);

} // namespace Cairn::Core
