#pragma once

#include "plan.h"

#include <QStringList>

namespace Cairn::Core {

struct Catalogue;
struct LearnerProfile;

// The planner's input for a learner (DESIGN.md "Planner semantics"): by
// default the enrolled and planned records, each enrolment with a `start`
// keeping it; completed and recognised courses count as met prerequisites.
// A record of an external course is planned from its own credits (hours =
// credits x its framework's credit hours). `extraCourses` adds catalogue
// courses to the plan (e.g. to close a gap).
PlanProblem planProblemFor(const Catalogue &catalogue, const LearnerProfile &learner, double hoursPerWeek,
                           const QDate &start, const QStringList &extraCourses = {});

} // namespace Cairn::Core
