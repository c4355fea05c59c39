#pragma once

#include <QSqlDatabase>

namespace Cairn::Core {

// Where a connection stores its data: the embedded SQLite file of a learner's
// own computer, or a study centre's PostgreSQL server (DESIGN.md "Storage").
// The repositories write SQL that both accept; the few places that cannot
// (schema and migrations, SQLite's pragmas, its full-text index, its bulk
// tricks) ask which one they hold.
enum class SqlBackend { Sqlite, Postgres };

inline SqlBackend backendOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? SqlBackend::Postgres : SqlBackend::Sqlite;
}

} // namespace Cairn::Core
