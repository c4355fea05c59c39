#pragma once

#include "model/course.h"
#include "model/learnerprofile.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace Cairn::Ui {

// How the window writes the core's values: numbers, money, dates and the
// names of delivery modes and record statuses, in the user's locale.
class CourseText final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Ui::CourseText)

public:
    static QString number(double value);                        // "15", "12.5"
    static QString cost(const std::optional<Core::Money> &cost); // "NZD 1,250.00", "Free", "—"
    static QString money(const Core::Money &money);
    static QString delivery(const QList<Core::DeliveryMode> &modes);
    static QString deliveryMode(Core::DeliveryMode mode);
    static QString status(Core::RecordStatus status);
    static QString date(const QDate &date);                     // "8 Feb 2027"; "" for none
    static QString dateRange(const QDate &from, const QDate &to);
};

} // namespace Cairn::Ui
