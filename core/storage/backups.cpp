#include "backups.h"

#include "database.h"
#include "sqliteerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace Cairn::Core {

namespace {

constexpr auto stampFormat = "yyyyMMdd-HHmmsszzz";
constexpr int stampLength = 18;
constexpr QLatin1String partialSuffix(".partial");

bool makePrivate(const QString &path)
{
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace

Backups::Backups(const QString &databasePath)
    : m_databasePath(databasePath)
{
}

QString Backups::folder() const
{
    return QFileInfo(m_databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

// Names: <database's base name>-<yyyyMMdd-HHmmsszzz>-<reason>.sqlite
QList<BackupFile> Backups::list() const
{
    QList<BackupFile> backups;
    const QString base = QFileInfo(m_databasePath).completeBaseName();
    const QFileInfoList files = QDir(folder()).entryInfoList({base + QStringLiteral("-*.sqlite")}, QDir::Files);
    for (const QFileInfo &file : files) {
        const QString rest = file.completeBaseName().mid(base.size() + 1);
        const QDateTime made = QDateTime::fromString(rest.left(stampLength), QString::fromLatin1(stampFormat));
        if (!made.isValid())
            continue;
        backups.append({file.absoluteFilePath(), made, file.size(), rest.mid(stampLength + 1)});
    }
    std::sort(backups.begin(), backups.end(),
              [](const BackupFile &a, const BackupFile &b) { return a.made > b.made; });
    return backups;
}

std::optional<BackupFile> Backups::latest() const
{
    const QList<BackupFile> backups = list();
    return backups.isEmpty() ? std::nullopt : std::optional<BackupFile>(backups.first());
}

Status Backups::make(const QSqlDatabase &connection, const QString &reason, QString *madePath,
                     const QString &target) const
{
    QString path = target;
    if (path.isEmpty()) {
        if (!QDir().mkpath(folder()))
            return Status::failure(tr("cannot create the backup folder %1").arg(folder()));
        QFile::setPermissions(folder(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        // Always later than the newest, so that the order of the names is the
        // order they were made in (two within a millisecond included).
        QDateTime now = QDateTime::currentDateTime();
        if (const std::optional<BackupFile> newest = latest(); newest && newest->made >= now)
            now = newest->made.addMSecs(1);
        path = QDir(folder()).filePath(QStringLiteral("%1-%2-%3.sqlite")
                                           .arg(QFileInfo(m_databasePath).completeBaseName(),
                                                now.toString(QString::fromLatin1(stampFormat)), reason));
    } else if (QFile::exists(path)) {
        return Status::failure(tr("%1 exists already; choose a new file for the backup").arg(path));
    }
    // Written under a name no listing matches and renamed when whole, so
    // that a backup cut short (a crash, a kill, a full disk) is never taken
    // for one; what such a cut left is cleared on the next backup.
    const QString partial = path + partialSuffix;
    if (target.isEmpty())
        removeLeftovers();
    QFile::remove(partial);
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(partial);
    if (!query.exec()) {
        QFile::remove(partial);
        return Status::failure(tr("cannot back up %1 to %2: %3").arg(m_databasePath, path, describeSqlError(query.lastError())));
    }
    makePrivate(partial);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Status::failure(tr("cannot back up %1 to %2: the copy could not be put in place").arg(m_databasePath, path));
    }
    if (madePath)
        *madePath = path;
    if (target.isEmpty()) {
        const QList<BackupFile> backups = list();
        for (qsizetype i = keep; i < backups.size(); ++i)
            QFile::remove(backups[i].path);
    }
    return Status::success();
}

void Backups::removeLeftovers() const
{
    const QFileInfoList leftovers = QDir(folder()).entryInfoList({QStringLiteral("*.sqlite") + partialSuffix}, QDir::Files);
    for (const QFileInfo &file : leftovers)
        QFile::remove(file.absoluteFilePath());
}

Status Backups::makeDaily(const QSqlDatabase &connection) const
{
    const std::optional<BackupFile> newest = latest();
    if (newest && newest->made.secsTo(QDateTime::currentDateTime()) < 24 * 60 * 60)
        return Status::success();
    return make(connection, QStringLiteral("daily"));
}

Status Backups::restore(const QString &backup, QString *keptAs) const
{
    if (!QFile::exists(backup))
        return Status::failure(tr("%1: no such backup").arg(backup));
    {
        // The backup must itself be a whole Cairn database of this or an
        // older schema. It is checked as a copy, so that not even opening
        // it changes it.
        const QString probe = backup + QStringLiteral(".checking");
        QFile::remove(probe);
        if (!QFile::copy(backup, probe))
            return Status::failure(tr("%1: cannot read the backup").arg(backup));
        Database check;
        Status opened = check.open(probe);
        if (opened)
            opened = check.verify();
        check.close();
        QFile::remove(probe);
        QFile::remove(probe + QStringLiteral("-wal"));
        QFile::remove(probe + QStringLiteral("-shm"));
        if (!opened)
            return Status::failure(tr("%1 cannot be restored: %2").arg(backup, opened.message()));
    }
    // The copy is made whole beside the database before anything is moved,
    // so that a restore cut short leaves the database where it was.
    const QString incoming = m_databasePath + partialSuffix;
    QFile::remove(incoming);
    if (!QFile::copy(backup, incoming)) {
        QFile::remove(incoming);
        return Status::failure(tr("cannot copy %1 to %2").arg(backup, incoming));
    }
    makePrivate(incoming);
    const QFileInfo database(m_databasePath);
    QString kept;
    if (database.exists()) {
        kept = database.absoluteDir().filePath(QStringLiteral("%1.before-restore-%2.sqlite")
                                                   .arg(database.completeBaseName(),
                                                        QDateTime::currentDateTime().toString(QString::fromLatin1(stampFormat))));
        if (!QFile::rename(m_databasePath, kept)) {
            QFile::remove(incoming);
            return Status::failure(tr("cannot set %1 aside before restoring").arg(m_databasePath));
        }
        // The write-ahead log belongs to the file it was written for.
        for (const char *suffix : {"-wal", "-shm"}) {
            const QString side = m_databasePath + QLatin1String(suffix);
            if (QFile::exists(side))
                QFile::rename(side, kept + QLatin1String(suffix));
        }
    }
    if (!QFile::rename(incoming, m_databasePath)) {
        QFile::remove(incoming);
        if (!kept.isEmpty())
            QFile::rename(kept, m_databasePath);
        return Status::failure(tr("cannot put %1 in the place of %2").arg(backup, m_databasePath));
    }
    if (keptAs)
        *keptAs = kept;
    return Status::success();
}

} // namespace Cairn::Core
