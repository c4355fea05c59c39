#include "course.h"

#include <algorithm>
#include <cmath>

namespace Cairn::Core {

QString deliveryModeKey(DeliveryMode mode)
{
    switch (mode) {
    case DeliveryMode::Online:
        return QStringLiteral("online");
    case DeliveryMode::Campus:
        return QStringLiteral("campus");
    case DeliveryMode::Workplace:
        return QStringLiteral("workplace");
    }
    return {};
}

std::optional<DeliveryMode> deliveryModeFromKey(QStringView key)
{
    for (DeliveryMode mode : {DeliveryMode::Online, DeliveryMode::Campus, DeliveryMode::Workplace}) {
        if (key == deliveryModeKey(mode))
            return mode;
    }
    return std::nullopt;
}

QStringList deliveryModeKeys()
{
    return {deliveryModeKey(DeliveryMode::Online), deliveryModeKey(DeliveryMode::Campus),
            deliveryModeKey(DeliveryMode::Workplace)};
}

int defaultWeeks(double hours)
{
    return std::max(1, static_cast<int>(std::ceil(hours / 10.0)));
}

bool isValidCode(QStringView code)
{
    if (code.isEmpty())
        return false;
    return std::all_of(code.begin(), code.end(), [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')
            || c == u'.' || c == u'_' || c == u'-';
    });
}

} // namespace Cairn::Core
