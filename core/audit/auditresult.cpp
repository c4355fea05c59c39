#include "auditresult.h"

namespace Cairn::Core {

QString auditModeKey(AuditMode mode)
{
    return mode == AuditMode::Earned ? QStringLiteral("earned") : QStringLiteral("planned");
}

std::optional<AuditMode> auditModeFromKey(QStringView key)
{
    if (key == u"earned")
        return AuditMode::Earned;
    if (key == u"planned")
        return AuditMode::Planned;
    return std::nullopt;
}

QString constraintKindKey(ConstraintResult::Kind kind)
{
    switch (kind) {
    case ConstraintResult::Kind::MinCredits:
        return QStringLiteral("minCredits");
    case ConstraintResult::Kind::MaxCredits:
        return QStringLiteral("maxCredits");
    case ConstraintResult::Kind::MaxRecognisedCredits:
        return QStringLiteral("maxRecognisedCredits");
    }
    return {};
}

} // namespace Cairn::Core
