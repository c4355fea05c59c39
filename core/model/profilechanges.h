#pragma once

#include "learnerprofile.h"

#include <QStringList>

namespace Cairn::Core {

// What differs between two versions of a learner profile, in the words of the
// window ("weekly hours", "DAT401 added", "the record of DAT510"), in the
// order of the profile form. For the message of an edit refused because
// another desk or window changed the profile first: it says what that change
// was. Empty when the two are equal.
QStringList profileChanges(const LearnerProfile &before, const LearnerProfile &after);

} // namespace Cairn::Core
