#pragma once

#include "model/status.h"

#include <QSqlDatabase>

namespace Cairn::Core {

// The schema on a study centre's PostgreSQL server: the same tables as the
// SQLite file, with PostgreSQL's types (docs/STUDY_CENTRE.md). Its version
// is kept in the table cairn_schema, because PostgreSQL has no user_version.
// The server's schema has its own version, so that a change to the SQLite
// file alone (version 8 there: a smaller search index) does not make every
// study centre upgrade its server. It starts at 7, the SQLite file's version
// when Cairn first spoke to a server; a change to the server's tables adds a
// step to migrateServerSchema() and raises currentServerSchemaVersion.
inline constexpr int currentServerSchemaVersion = 7;

// The stored version; 0 for a database without Cairn's schema; -1 when it
// cannot be read.
int readServerSchemaVersion(const QSqlDatabase &db);

// Creates the schema in an empty database, in one transaction. A database
// that already holds it is refused, not touched.
Status createServerSchema(const QSqlDatabase &db);

// Upgrades the schema to currentServerSchemaVersion in one transaction; a schema
// from a newer Cairn is refused.
Status migrateServerSchema(const QSqlDatabase &db);

} // namespace Cairn::Core
