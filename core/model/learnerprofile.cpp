#include "learnerprofile.h"

#include <array>
#include <utility>

namespace Cairn::Core {

namespace {
constexpr std::array statusKeys{
    std::pair{RecordStatus::Completed, u"completed"}, std::pair{RecordStatus::Recognised, u"recognised"},
    std::pair{RecordStatus::Enrolled, u"enrolled"},   std::pair{RecordStatus::Planned, u"planned"},
    std::pair{RecordStatus::Withdrawn, u"withdrawn"}, std::pair{RecordStatus::Failed, u"failed"},
};
} // namespace

QString recordStatusKey(RecordStatus status)
{
    for (const auto &[value, key] : statusKeys) {
        if (value == status)
            return QString::fromUtf16(key);
    }
    return {};
}

std::optional<RecordStatus> recordStatusFromKey(QStringView key)
{
    for (const auto &[value, text] : statusKeys) {
        if (key == QStringView(text))
            return value;
    }
    return std::nullopt;
}

QStringList recordStatusKeys()
{
    QStringList keys;
    for (const auto &entry : statusKeys)
        keys.append(QString::fromUtf16(entry.second));
    return keys;
}

const Record *LearnerProfile::record(const QString &courseCode) const
{
    for (const Record &r : records) {
        if (r.course == courseCode)
            return &r;
    }
    return nullptr;
}

} // namespace Cairn::Core
