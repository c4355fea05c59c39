#include "clirun.h"
#include "import/importer.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/learnerrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Cairn::Core;

namespace {

using Run = Cairn::Test::CliRun;

Run cli(const QStringList &arguments)
{
    return Cairn::Test::runCli(arguments);
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool ownerOnly(const QString &path)
{
    return !(QFile::permissions(path)
             & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther));
}

const QString demoCatalogue = QStringLiteral(CAIRN_SOURCE_DIR "/resources/demo/catalogue.json");
const QString demoLearner = QStringLiteral(CAIRN_SOURCE_DIR "/resources/demo/learner.json");

} // namespace

class TestBackups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyImportIsPrecededByAPrivateBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cairn.sqlite"));
        Database database;
        QVERIFY(database.open(path).ok());
        Importer importer(database);
        QVERIFY(importer.importFile(demoCatalogue).ok());
        QVERIFY(importer.importFile(demoLearner).ok());
        const QList<BackupFile> backups = Backups(path).list();
        QCOMPARE(backups.size(), 2);
        for (const BackupFile &backup : backups) {
            QCOMPARE(backup.reason, QStringLiteral("import"));
            QVERIFY(ownerOnly(backup.path));
            QVERIFY(backup.size > 0);
        }
        QVERIFY(ownerOnly(Backups(path).folder()));
        // The newest holds the catalogue but not yet the learner.
        Database copy;
        QVERIFY(copy.open(backups.first().path).ok());
        QVERIFY(LearnerRepository(copy).list().isEmpty());
        QSqlQuery count(copy.connection());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM courses")) && count.next());
        QCOMPARE(count.value(0).toInt(), 63);
    }

    void aRejectedFileMakesNoBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cairn.sqlite"));
        Database database;
        QVERIFY(database.open(path).ok());
        QVERIFY(!Importer(database).importBytes("{\"format\": \"cairn-catalogue\"}", QStringLiteral("bad.json")).ok());
        QVERIFY(Backups(path).list().isEmpty());
    }

    void keepsTheNewestTen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cairn.sqlite"));
        Database database;
        QVERIFY(database.open(path).ok());
        const Backups backups(path);
        QStringList made;
        for (int i = 0; i < Backups::keep + 3; ++i) {
            QString one;
            QVERIFY(backups.make(database.connection(), QStringLiteral("manual"), &one).ok());
            made.append(one);
        }
        const QList<BackupFile> kept = backups.list();
        QCOMPARE(kept.size(), Backups::keep);
        QCOMPARE(kept.first().path, made.last());
        QVERIFY(!QFile::exists(made.first()));
        // A backup a day at most.
        QVERIFY(backups.makeDaily(database.connection()).ok());
        QCOMPARE(backups.list().first().path, made.last());
    }

    void aBackupCutShortIsNeverListedAndIsClearedNextTime()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cairn.sqlite"));
        Database database;
        QVERIFY(database.open(path).ok());
        const Backups backups(path);
        // What a backup killed half way leaves: its file under the name it
        // is written to before it is whole.
        QVERIFY(QDir().mkpath(backups.folder()));
        const QString cut = QDir(backups.folder()).filePath(QStringLiteral("cairn-20261101-090000000-daily.sqlite.partial"));
        QFile file(cut);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        QVERIFY(backups.list().isEmpty());
        QVERIFY(!backups.latest());

        QString made;
        QVERIFY(backups.make(database.connection(), QStringLiteral("manual"), &made).ok());
        QCOMPARE(backups.list().size(), 1);
        QVERIFY(!QFile::exists(cut));
        QVERIFY(!QFile::exists(made + QStringLiteral(".partial")));
    }

    void anUpgradeIsPrecededByABackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cairn.sqlite"));
        {
            Database database;
            QVERIFY(database.open(path).ok());
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral("DROP TABLE learner_exchange_rates")));
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE audit_overrides DROP COLUMN advisor")));
            for (const char *column : {"programme_weeks", "programme_cost_amount", "programme_cost_currency"})
                QVERIFY(query.exec(QStringLiteral("ALTER TABLE qualifications DROP COLUMN ") + QLatin1String(column)));
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE learners DROP COLUMN revision"))); // version 7
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 4")));
        }
        Database database;
        QVERIFY(database.open(path).ok());
        const std::optional<BackupFile> backup = Backups(path).latest();
        QVERIFY(backup);
        QCOMPARE(backup->reason, QStringLiteral("upgrade"));
        Database old;
        QVERIFY(old.open(backup->path).ok()); // an old schema: opening it upgrades this copy, not the database
    }

    void theCommandLineBacksUpAndRestoresKeepingTheCurrentFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cairn.sqlite"));
        QCOMPARE(cli({QStringLiteral("import"), demoCatalogue, QStringLiteral("--database"), path}).status, 0);
        const QString saved = dir.filePath(QStringLiteral("before-learner.sqlite"));
        const Run backup = cli({QStringLiteral("backup"), saved, QStringLiteral("--database"), path});
        QCOMPARE(backup.status, 0);
        QVERIFY(backup.out.contains(saved));
        QVERIFY(ownerOnly(saved));
        QCOMPARE(cli({QStringLiteral("backup"), saved, QStringLiteral("--database"), path}).status, 1); // never overwritten
        QCOMPARE(cli({QStringLiteral("import"), demoLearner, QStringLiteral("--database"), path}).status, 0);

        const Run restore = cli({QStringLiteral("restore"), saved, QStringLiteral("--database"), path});
        QCOMPARE(restore.status, 0);
        QVERIFY(restore.out.contains(QStringLiteral("kept as")));
        const QString kept = restore.out.section(QStringLiteral("kept as "), 1).trimmed().chopped(1);
        QVERIFY2(QFile::exists(kept), qPrintable(kept));
        QVERIFY(ownerOnly(path));
        QVERIFY(cli({QStringLiteral("learners"), QStringLiteral("--database"), path}).out.contains(QStringLiteral("No learner")));
        QVERIFY(cli({QStringLiteral("learners"), QStringLiteral("--database"), kept}).out.contains(QStringLiteral("Aroha")));
    }

    void aDamagedBackupIsNotRestored()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cairn.sqlite"));
        QCOMPARE(cli({QStringLiteral("import"), demoCatalogue, QStringLiteral("--database"), path}).status, 0);
        const QString garbage = dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("not a backup\n").repeated(40));
        file.close();
        const QByteArray before = contents(path);
        const Run restore = cli({QStringLiteral("restore"), garbage, QStringLiteral("--database"), path});
        QCOMPARE(restore.status, 1);
        QVERIFY2(restore.err.contains(QStringLiteral("cannot be restored")), qPrintable(restore.err));
        QCOMPARE(contents(path), before);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.before-restore-*")}, QDir::Files).size(), 0);
        QCOMPARE(cli({QStringLiteral("restore"), dir.filePath(QStringLiteral("none.sqlite")), QStringLiteral("--database"), path}).status, 1);
    }

    void aDamagedDatabaseNamesItsLatestBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cairn.sqlite"));
        QCOMPARE(cli({QStringLiteral("import"), demoCatalogue, QStringLiteral("--database"), path}).status, 0);
        {
            Database database;
            QVERIFY(database.open(path).ok());
            QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        for (qint64 page : {3, 5, 8}) {
            file.seek(page * 4096);
            file.write(QByteArray(4096, '\x5a'));
        }
        file.close();
        const Run run = cli({QStringLiteral("learners"), QStringLiteral("--database"), path});
        QCOMPARE(run.status, 1);
        const BackupFile latest = *Backups(path).latest();
        QVERIFY2(run.err.contains(QStringLiteral("cairn-cli restore \"%1\"").arg(latest.path)), qPrintable(run.err));
    }
};

QTEST_MAIN(TestBackups)
#include "tst_backups.moc"
