#include "coursetext.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace Cairn::Ui {

QString CourseText::number(double value)
{
    // Two decimals at most: converted credits make long fractions.
    return QLocale().toString(std::round(value * 100.0) / 100.0, 'g', 12);
}

QString CourseText::money(const Core::Money &money)
{
    // Cents as usual; the finer decimals only when an amount has them.
    const int decimals = money.amount.units() % 100 == 0 ? 2 : Core::Amount::decimals;
    //: an amount of money: %1 is the ISO currency code, %2 the amount
    return tr("%1 %2").arg(money.currency, QLocale().toString(money.amount.toDouble(), 'f', decimals));
}

QString CourseText::cost(const std::optional<Core::Money> &cost)
{
    if (!cost)
        return tr("—");
    if (cost->amount.isZero())
        return tr("Free");
    return money(*cost);
}

QString CourseText::deliveryMode(Core::DeliveryMode mode)
{
    switch (mode) {
    case Core::DeliveryMode::Online:
        return tr("Online");
    case Core::DeliveryMode::Campus:
        return tr("Campus");
    case Core::DeliveryMode::Workplace:
        return tr("Workplace");
    }
    return {};
}

QString CourseText::delivery(const QList<Core::DeliveryMode> &modes)
{
    QStringList names;
    for (Core::DeliveryMode mode : modes)
        names.append(deliveryMode(mode));
    return names.join(QStringLiteral(", "));
}

QString CourseText::status(Core::RecordStatus status)
{
    switch (status) {
    case Core::RecordStatus::Completed:
        return tr("Completed");
    case Core::RecordStatus::Recognised:
        return tr("Recognised");
    case Core::RecordStatus::Enrolled:
        return tr("Enrolled");
    case Core::RecordStatus::Planned:
        return tr("Planned");
    case Core::RecordStatus::Withdrawn:
        return tr("Withdrawn");
    case Core::RecordStatus::Failed:
        return tr("Failed");
    }
    return {};
}

QString CourseText::date(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

QString CourseText::dateRange(const QDate &from, const QDate &to)
{
    //: a span of dates: "8 Feb 2027 – 16 May 2027"
    return tr("%1 – %2").arg(date(from), date(to));
}

} // namespace Cairn::Ui
