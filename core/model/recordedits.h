#pragma once

#include "learnerprofile.h"
#include "status.h"

#include <QCoreApplication>
#include <QDate>

namespace Cairn::Core {

// The edits My plan makes to a learner's records, with their rules. Each
// changes `profile` only when it succeeds.
class RecordEdits final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::RecordEdits)

public:
    // Puts a catalogue course into the plan: a new planned record, or a
    // withdrawn or failed course planned again. A course already earned,
    // enrolled in or planned is refused with the reason.
    static Status plan(LearnerProfile &profile, const QString &courseCode);
    // Takes a course's record away, whatever its status.
    static Status remove(LearnerProfile &profile, const QString &courseCode);
    // Replaces the record of the same course. A record that becomes completed
    // without a date is dated `today`, the day the learner said so.
    static Status replace(LearnerProfile &profile, Record record, const QDate &today);
};

} // namespace Cairn::Core
