#pragma once

#include "model/status.h"

#include <QSqlDatabase>

namespace Cairn::Core {

// The schema version this build writes (PRAGMA user_version).
inline constexpr int currentSchemaVersion = 8;

int readSchemaVersion(const QSqlDatabase &db);

// Brings the schema from its stored version up to currentSchemaVersion with
// cumulative steps in one transaction; any failure rolls every step back.
// A database from a newer Cairn is refused rather than damaged.
Status migrateToCurrentSchema(const QSqlDatabase &db);

} // namespace Cairn::Core
