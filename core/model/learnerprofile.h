#pragma once

#include "auditoverride.h"
#include "course.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Cairn::Core {

enum class RecordStatus { Completed, Recognised, Enrolled, Planned, Withdrawn, Failed };

QString recordStatusKey(RecordStatus status); // "completed", ...
std::optional<RecordStatus> recordStatusFromKey(QStringView key);
QStringList recordStatusKeys();

// Credit the learner holds or is working toward: one course, one status.
// A course that is not in the catalogue (prior learning, a transfer) carries
// its own title, credits, level and framework.
struct Record
{
    QString course;
    RecordStatus status = RecordStatus::Planned;
    QDate date;   // completion or recognition date
    QDate start;  // fixed start of an enrolment
    QString grade;
    QString title;
    std::optional<double> credits;
    std::optional<int> level;
    QString framework;
    QString notes; // the learner's own

    bool hasExternalDetails() const
    {
        return !title.isEmpty() && credits.has_value() && level.has_value() && !framework.isEmpty();
    }
    bool isEarned() const
    {
        return status == RecordStatus::Completed || status == RecordStatus::Recognised;
    }
    bool operator==(const Record &) const = default;
};

// A stretch of time with a different weekly study budget: a holiday at 0
// hours, an exam month at 4 (dates inclusive).
struct AvailabilityPeriod
{
    QDate from;
    QDate to;
    double hoursPerWeek = 0.0;
    QString label;

    bool operator==(const AvailabilityPeriod &) const = default;
};

// One learner: what they hold, what they plan and how much time they have.
struct LearnerProfile
{
    static constexpr double defaultHoursPerWeek = 10.0;

    QString name;
    double hoursPerWeek = defaultHoursPerWeek;
    QStringList goals; // qualification codes
    QList<Record> records;
    QList<AuditOverride> overrides;
    QList<AvailabilityPeriod> availability;
    std::optional<Money> budgetPerYear; // limits the cost of courses starting in a calendar year
    QList<ExchangeRate> exchangeRates;  // the learner's own, dated (model/money.h)

    const Record *record(const QString &courseCode) const;
    bool operator==(const LearnerProfile &) const = default;
};

} // namespace Cairn::Core
