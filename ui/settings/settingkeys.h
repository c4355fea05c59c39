#pragma once

#include "setting.h"

#include <QByteArray>
#include <QString>

namespace Cairn::Ui::SettingKeys {

// Every key Cairn stores, in one place.
inline const Setting<QByteArray> windowGeometry{"window/geometry", {}};
inline const Setting<QByteArray> windowState{"window/state", {}};
inline const Setting<QString> lastView{"window/lastView", QStringLiteral("catalogue")};
inline const Setting<QString> theme{"window/theme", QStringLiteral("system")};
inline const Setting<QString> lastProfile{"profiles/last", {}};
inline const Setting<QByteArray> catalogueSplitter{"catalogue/splitter", {}};
inline const Setting<QByteArray> catalogueColumns{"catalogue/columns", {}};
inline const Setting<bool> catalogueFiltersShown{"catalogue/filtersShown", false};
inline const Setting<QByteArray> planSplitter{"plan/splitter", {}};
inline const Setting<QByteArray> planColumns{"plan/columns", {}};
inline const Setting<QByteArray> auditSplitter{"qualifications/splitter", {}};
inline const Setting<QByteArray> auditColumns{"qualifications/columns", {}};
inline const Setting<QByteArray> whatIfColumns{"qualifications/whatIfColumns", {}};
inline const Setting<QString> lastQualification{"qualifications/last", {}};
inline const Setting<QString> advisorName{"qualifications/advisor", {}};
// The last study centre connected to: its connection string, never a password.
inline const Setting<QString> lastServer{"server/last", {}};

} // namespace Cairn::Ui::SettingKeys
