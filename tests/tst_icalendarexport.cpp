#include "report/icalendarexport.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include <libical/ical.h>

using namespace Cairn::Core;

namespace {
PlanResult samplePlan()
{
    PlanResult plan;
    plan.feasible = true;
    plan.entries = {{QStringLiteral("DAT501"), QStringLiteral("Visualising data, with commas; and semicolons"),
                     QDate(2027, 2, 8), QDate(2027, 5, 23), 15, 10.0, money(1250, QStringLiteral("NZD")), true},
                    {QStringLiteral("LDS603"), QStringLiteral("Visual analytics — ECTS"), QDate(2027, 9, 6),
                     QDate(2027, 12, 5), 13, 125.0 / 13, std::nullopt, false}};
    return plan;
}

QDate dateOf(icaltimetype time)
{
    return QDate(time.year, time.month, time.day);
}
} // namespace

class TestICalendarExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesOneEventPerCourseThatParsesBack()
    {
        const QByteArray text = planToICalendar(samplePlan(), QStringLiteral("Aroha"),
                                                QDateTime(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC));
        QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\n")); // RFC 5545 lines end in CRLF
        icalcomponent *calendar = icalparser_parse_string(text.constData());
        QVERIFY(calendar);
        QCOMPARE(icalcomponent_isa(calendar), ICAL_VCALENDAR_COMPONENT);
        QCOMPARE(QByteArray(icalproperty_get_version(icalcomponent_get_first_property(calendar, ICAL_VERSION_PROPERTY))),
                 QByteArray("2.0"));
        QCOMPARE(icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT), 2);

        icalcomponent *first = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
        QCOMPARE(QString::fromUtf8(icalcomponent_get_summary(first)),
                 QStringLiteral("DAT501 — Visualising data, with commas; and semicolons"));
        const icaltimetype start = icalcomponent_get_dtstart(first);
        QVERIFY(start.is_date);
        QCOMPARE(dateOf(start), QDate(2027, 2, 8));
        QCOMPARE(dateOf(icalcomponent_get_dtend(first)), QDate(2027, 5, 24)); // exclusive: the day after the finish
        QVERIFY(QString::fromUtf8(icalcomponent_get_description(first)).contains(QStringLiteral("10 hours of study a week for 15 weeks")));
        QCOMPARE(QByteArray(icalcomponent_get_uid(first)), QByteArray("DAT501-2027-02-08@cairn"));
        const icaltimetype stamp = icalproperty_get_dtstamp(icalcomponent_get_first_property(first, ICAL_DTSTAMP_PROPERTY));
        QCOMPARE(stamp.hour, 9);
        QCOMPARE(stamp.minute, 30);

        icalcomponent *second = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT);
        QVERIFY(QString::fromUtf8(icalcomponent_get_description(second)).contains(QStringLiteral("9.62 hours")));
        QCOMPARE(dateOf(icalcomponent_get_dtend(second)), QDate(2027, 12, 6));
        icalcomponent_free(calendar);
    }

    void anEmptyPlanIsAnEmptyCalendar()
    {
        const QByteArray text = planToICalendar(PlanResult(), QStringLiteral("Nobody"), QDateTime::currentDateTimeUtc());
        icalcomponent *calendar = icalparser_parse_string(text.constData());
        QVERIFY(calendar);
        QCOMPARE(icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT), 0);
        icalcomponent_free(calendar);
    }

    void reportsAFileThatCannotBeWritten()
    {
        const Status status = writeICalendar(QStringLiteral("/no/such/folder/plan.ics"), samplePlan(), QStringLiteral("A"));
        QVERIFY(!status.ok());
        QVERIFY(status.message().startsWith(QStringLiteral("/no/such/folder/plan.ics: cannot write the file")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.ics"));
        QVERIFY(writeICalendar(path, samplePlan(), QStringLiteral("A")).ok());
        QVERIFY(QFileInfo(path).size() > 100);
    }
};

QTEST_GUILESS_MAIN(TestICalendarExport)
#include "tst_icalendarexport.moc"
