#include "icalendarexport.h"
#include "io/savefile.h"


#include <QCoreApplication>
#include <QDateTime>

#include <libical/ical.h>

#include <cmath>
#include <memory>

namespace Cairn::Core {

namespace {

class ICalendarText
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::ICalendarExport)
};

icaltimetype dateValue(const QDate &date)
{
    icaltimetype value = icaltime_null_date();
    value.year = date.year();
    value.month = date.month();
    value.day = date.day();
    return value;
}

struct ComponentDeleter
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};

} // namespace

QByteArray planToICalendar(const PlanResult &plan, const QString &learnerName, const QDateTime &stamp)
{
    std::unique_ptr<icalcomponent, ComponentDeleter> calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Cairn//Cairn study planner//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    const QDateTime utc = stamp.toUTC();
    icaltimetype dtstamp = icaltime_null_time();
    dtstamp.year = utc.date().year();
    dtstamp.month = utc.date().month();
    dtstamp.day = utc.date().day();
    dtstamp.hour = utc.time().hour();
    dtstamp.minute = utc.time().minute();
    dtstamp.second = utc.time().second();
    dtstamp.zone = icaltimezone_get_utc_timezone();

    for (const PlanEntry &entry : plan.entries) {
        icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        // Stable across exports of the same plan, so calendars update in place.
        const QByteArray uid = (entry.course + u'-' + entry.start.toString(Qt::ISODate) + QStringLiteral("@cairn")).toUtf8();
        icalcomponent_add_property(event, icalproperty_new_uid(uid.constData()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(dtstamp));
        icalcomponent_add_property(event, icalproperty_new_dtstart(dateValue(entry.start)));
        // DTEND of an all-day event is exclusive: the day after the finish.
        icalcomponent_add_property(event, icalproperty_new_dtend(dateValue(entry.finish.addDays(1))));
        const QByteArray summary = (entry.course + QStringLiteral(" — ") + entry.title).toUtf8();
        icalcomponent_add_property(event, icalproperty_new_summary(summary.constData()));
        const QString hours = QString::number(std::round(entry.hoursPerWeek * 100.0) / 100.0, 'g', 10);
        const QByteArray description =
            ICalendarText::tr("%1: %2 hours of study a week for %3 weeks, %4 to %5.")
                .arg(learnerName, hours)
                .arg(entry.weeks)
                .arg(entry.start.toString(Qt::ISODate), entry.finish.toString(Qt::ISODate))
                .toUtf8();
        icalcomponent_add_property(event, icalproperty_new_description(description.constData()));
        icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
        icalcomponent_add_component(calendar.get(), event);
    }
    char *text = icalcomponent_as_ical_string_r(calendar.get());
    const QByteArray bytes(text);
    icalmemory_free_buffer(text);
    return bytes;
}

Status writeICalendar(const QString &fileName, const PlanResult &plan, const QString &learnerName)
{
    return writeFileAtomically(fileName, planToICalendar(plan, learnerName, QDateTime::currentDateTimeUtc()));
}

} // namespace Cairn::Core
