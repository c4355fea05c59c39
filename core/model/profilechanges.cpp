#include "profilechanges.h"

#include <QCoreApplication>
#include <QHash>

namespace Cairn::Core {

namespace {
class ProfileChangesText
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::ProfileChanges)
};

// Added, removed and changed records by course code; a new order of the same
// records is one change of its own.
void recordChanges(const QList<Record> &before, const QList<Record> &after, QStringList &changes)
{
    QHash<QString, const Record *> earlier;
    for (const Record &record : before)
        earlier.insert(record.course, &record);
    QHash<QString, const Record *> later;
    for (const Record &record : after)
        later.insert(record.course, &record);
    bool sameRecords = before.size() == after.size();
    for (const Record &record : after) {
        const Record *was = earlier.value(record.course);
        if (!was) {
            changes.append(ProfileChangesText::tr("%1 added").arg(record.course));
            sameRecords = false;
        } else if (!(*was == record)) {
            changes.append(ProfileChangesText::tr("the record of %1").arg(record.course));
        }
    }
    for (const Record &record : before) {
        if (!later.contains(record.course)) {
            changes.append(ProfileChangesText::tr("%1 removed").arg(record.course));
            sameRecords = false;
        }
    }
    if (sameRecords && changes.isEmpty() && before != after)
        changes.append(ProfileChangesText::tr("the order of the records"));
}
} // namespace

QStringList profileChanges(const LearnerProfile &before, const LearnerProfile &after)
{
    QStringList changes;
    if (before.name != after.name)
        changes.append(ProfileChangesText::tr("the name"));
    if (before.hoursPerWeek != after.hoursPerWeek)
        changes.append(ProfileChangesText::tr("weekly hours"));
    if (before.goals != after.goals)
        changes.append(ProfileChangesText::tr("goals"));
    if (before.budgetPerYear != after.budgetPerYear)
        changes.append(ProfileChangesText::tr("yearly budget"));
    QStringList records;
    recordChanges(before.records, after.records, records);
    changes += records;
    if (before.overrides != after.overrides)
        changes.append(ProfileChangesText::tr("advisor decisions"));
    if (before.availability != after.availability)
        changes.append(ProfileChangesText::tr("availability"));
    if (before.exchangeRates != after.exchangeRates)
        changes.append(ProfileChangesText::tr("exchange rates"));
    return changes;
}

} // namespace Cairn::Core
