#pragma once

#include "model/status.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace Cairn::Core {

struct BackupFile
{
    QString path;
    QDateTime made;
    qint64 size = 0;
    QString reason; // "import", "upgrade", "daily", "manual"
};

// The automatic backups of one database file: consistent copies (SQLite's
// VACUUM INTO, safe while the database is in use) in a `backups` folder
// beside it, private to the user like the database, the newest `keep` kept.
class Backups final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::Backups)

public:
    static constexpr int keep = 10;

    explicit Backups(const QString &databasePath);

    QString folder() const;
    // Newest first.
    QList<BackupFile> list() const;
    std::optional<BackupFile> latest() const;

    // Copies the database `connection` has open into the folder (or to
    // `target` when given), then drops the oldest beyond `keep`.
    Status make(const QSqlDatabase &connection, const QString &reason, QString *madePath = nullptr,
                const QString &target = {}) const;
    // A backup when the newest is more than a day old (or there is none).
    Status makeDaily(const QSqlDatabase &connection) const;

    // Puts `backup` in the database's place after checking that it is a whole
    // Cairn database; the database as it was is kept beside it (its name
    // says when and why) and never deleted. The database must be closed.
    Status restore(const QString &backup, QString *keptAs = nullptr) const;

private:
    // Backups a crash cut short (never listed; see make()).
    void removeLeftovers() const;

    QString m_databasePath;
};

} // namespace Cairn::Core
