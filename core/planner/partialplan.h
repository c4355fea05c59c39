#pragma once

#include "plan.h"

namespace Cairn::Core {

// The plan as far as it can go. When some courses cannot be scheduled, the
// others are scheduled without them (and without the courses that need
// them, which then say so), so that a learner sees the rest of the plan and,
// beside each course that does not fit, why. The result keeps every error
// and is not feasible; it is exactly Scheduler::run() when nothing fails.
PlanResult schedulePlaceable(const PlanProblem &problem);

} // namespace Cairn::Core
