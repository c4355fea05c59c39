#pragma once

#include "model/status.h"
#include "sqlbackend.h"
#include "sqliteerror.h"

#include <QSqlDatabase>
#include <QString>
#include <QtGlobal>

#include <functional>

namespace Cairn::Core {

// One connection — to an SQLite file or to a study centre's PostgreSQL
// server — named uniquely for this object and used from the thread that
// opened it (Qt SQL connections must not cross threads). Opening a file
// applies the pragmas of DESIGN.md and brings the schema up to date.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    Database();
    ~Database();

    // `path` may be ":memory:". A new file is created with mode 0600 because it
    // holds a learner's records. A file that is not an SQLite database, or is
    // another program's, is refused before anything is written to it; so is a
    // damaged one that would need its schema upgraded.
    //
    // A file this user cannot write (or in a folder they cannot write) is
    // opened read-only: everything can be read, every write fails with
    // ReadOnly. `ReadOnly` asks for that on any file.
    enum class Mode { Normal, ReadOnly };
    Status open(const QString &path, Mode mode = Mode::Normal);

    // Told, before open() upgrades a file an older Cairn wrote, the file's
    // schema version and this Cairn's: an upgrade can take seconds at 100,000
    // courses (the copy kept first, the search index made again), which a
    // window should say.
    void setUpgradeNotice(std::function<void(int from, int to)> notice) { m_upgradeNotice = std::move(notice); }

    // A study centre's PostgreSQL server (docs/STUDY_CENTRE.md). `conninfo`
    // is a libpq connection string ("host=centre dbname=cairn") or a service
    // name ("service=centre"), so ~/.pg_service.conf, ~/.pgpass, peer and
    // GSS authentication work as for any PostgreSQL client. Its schema must
    // be current: Init creates it in an empty database, Upgrade brings an
    // older one up to date; Existing (the default) refuses anything else and
    // says which command does it.
    enum class ServerSchema { Existing, Init, Upgrade };
    Status openServer(const QString &conninfo, ServerSchema schema = ServerSchema::Existing);
    bool isServer() const { return m_backend == SqlBackend::Postgres; }

    // Where this connection is, for a worker thread's own connection to the
    // same store (the connection string may hold a password: never shown).
    struct Location
    {
        bool server = false;
        QString target; // the file, or the connection string
    };
    Location location() const { return {isServer(), isServer() ? m_conninfo : m_path}; }
    Status openAt(const Location &location)
    {
        return location.server ? openServer(location.target) : open(location.target);
    }

    // The server's connection was lost: an empty in-memory database takes its
    // place, for a read-only copy of what was last read, until reconnect()
    // reaches the server again (then the copy is dropped). A failed
    // reconnect() keeps the copy.
    Status openLocalCopy();
    bool isLocalCopy() const { return !m_copyOf.isEmpty(); }
    Status reconnect();
    SqlBackend backend() const { return m_backend; }
    void close();
    bool isReadOnly() const { return m_readOnly; }
    // What made the last open() or verify() fail (None when it did not).
    SqliteProblem problem() const { return m_problem; }

    // SQLite's quick check of the whole file (about 0.3 s at 100,000 courses):
    // a damaged database fails with Damaged and says what is wrong.
    Status verify();

    bool isOpen() const;
    QSqlDatabase connection() const;
    // The file, or for a server its connection string without any password:
    // what messages name.
    QString path() const { return m_path; }
    int schemaVersion() const;

    // The default location: <AppDataLocation>/cairn.sqlite.
    static QString defaultPath();

private:
    Status applyPragmas();

    Status fail(SqliteProblem problem, const QString &message);
    Status refuseForeignFile(const QString &path);

    QString m_connectionName;
    QString m_path;
    SqliteProblem m_problem = SqliteProblem::None;
    bool m_readOnly = false;
    SqlBackend m_backend = SqlBackend::Sqlite;
    QString m_conninfo; // as given, for location()
    QString m_copyOf;   // the server a local copy stands in for
    std::function<void(int from, int to)> m_upgradeNotice;
};

} // namespace Cairn::Core
