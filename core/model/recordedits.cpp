#include "recordedits.h"

#include "checks.h"

namespace Cairn::Core {

namespace {
qsizetype indexOf(const LearnerProfile &profile, const QString &courseCode)
{
    for (qsizetype i = 0; i < profile.records.size(); ++i) {
        if (profile.records[i].course == courseCode)
            return i;
    }
    return -1;
}
} // namespace

Status RecordEdits::plan(LearnerProfile &profile, const QString &courseCode)
{
    const qsizetype index = indexOf(profile, courseCode);
    if (index < 0) {
        Record record;
        record.course = courseCode;
        record.status = RecordStatus::Planned;
        profile.records.append(record);
        return Status::success();
    }
    Record &record = profile.records[index];
    switch (record.status) {
    case RecordStatus::Completed:
    case RecordStatus::Recognised:
        return Status::failure(tr("%1 is already earned.").arg(courseCode));
    case RecordStatus::Enrolled:
        return Status::failure(tr("%1 is already in the plan: you are enrolled.").arg(courseCode));
    case RecordStatus::Planned:
        return Status::failure(tr("%1 is already in the plan.").arg(courseCode));
    case RecordStatus::Withdrawn:
    case RecordStatus::Failed:
        record.status = RecordStatus::Planned;
        record.start = QDate();
        return Status::success();
    }
    return Status::success();
}

Status RecordEdits::remove(LearnerProfile &profile, const QString &courseCode)
{
    const qsizetype index = indexOf(profile, courseCode);
    if (index < 0)
        return Status::failure(tr("%1 has no record.").arg(courseCode));
    profile.records.removeAt(index);
    return Status::success();
}

Status RecordEdits::replace(LearnerProfile &profile, Record record, const QDate &today)
{
    const qsizetype index = indexOf(profile, record.course);
    if (index < 0)
        return Status::failure(tr("%1 has no record.").arg(record.course));
    if (record.status == RecordStatus::Completed && !record.date.isValid())
        record.date = today;
    if (const FieldProblems problems = checkRecord(record); !problems.isEmpty())
        return Status::failure(firstMessage(problems));
    profile.records[index] = record;
    return Status::success();
}

} // namespace Cairn::Core
