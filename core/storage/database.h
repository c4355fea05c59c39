#pragma once

#include "model/status.h"

#include <QSqlDatabase>
#include <QString>
#include <QtGlobal>

namespace Cairn::Core {

// One SQLite connection, named uniquely for this object and used from the
// thread that opened it (Qt SQL connections must not cross threads). Opening
// applies the pragmas of DESIGN.md and brings the schema up to date.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    Database();
    ~Database();

    // `path` may be ":memory:". A new file is created with mode 0600 because it
    // holds a learner's records.
    Status open(const QString &path);
    void close();

    bool isOpen() const;
    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    // The default location: <AppDataLocation>/cairn.sqlite.
    static QString defaultPath();

private:
    Status applyPragmas();

    QString m_connectionName;
    QString m_path;
};

} // namespace Cairn::Core
