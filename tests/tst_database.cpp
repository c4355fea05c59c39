#include "storage/database.h"
#include "sqlscalar.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Cairn::Core;
using Cairn::Test::scalar;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void appliesThePragmasOnEveryConnection()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cairn.sqlite"));
        for (int round = 0; round < 2; ++round) { // a new file, then an existing one
            Database database;
            QVERIFY(database.open(path).ok());
            QCOMPARE(scalar(database, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
            QCOMPARE(scalar(database, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
            QCOMPARE(scalar(database, QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
            QVERIFY(scalar(database, QStringLiteral("PRAGMA busy_timeout")).toInt() > 0);
        }
    }

    void refusesAFileThatIsNotADatabaseAndLeavesItAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.db"));
        const QByteArray text = QByteArray("shopping list: bread, milk\n").repeated(50);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        Database database;
        const Status opened = database.open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(database.problem(), SqliteProblem::NotADatabase);
        QVERIFY(opened.message().contains(path));
        QVERIFY(opened.message().contains(QStringLiteral("not a Cairn database")));
        QVERIFY(!database.isOpen());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), text);
    }

    void refusesAnotherProgramsSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE invoices(id INTEGER PRIMARY KEY, total REAL)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        Database database;
        const Status opened = database.open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(database.problem(), SqliteProblem::NotADatabase);
        QVERIFY(opened.message().contains(QStringLiteral("another program")));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
    }

    void aDamagedDatabaseFailsItsCheckAndIsNotUpgraded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cairn.sqlite"));
        {
            Database database;
            QVERIFY(database.open(path).ok());
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE"))); // everything in the main file
            for (int i = 0; i < 200; ++i)
                QVERIFY(query.exec(QStringLiteral("INSERT INTO learners(name, hours_per_week) VALUES('L%1', 8)").arg(i)));
            QVERIFY(database.verify().ok());
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE learners DROP COLUMN revision"))); // version 7
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 4"))); // so that opening would upgrade it
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        QVERIFY(file.size() > 6 * pageSize);
        for (qint64 page : {2, 3, 5}) { // overwrite a few whole pages (not the file's header)
            file.seek(page * pageSize);
            file.write(QByteArray(pageSize, '\x5a'));
        }
        file.close();
        const QByteArray damaged = [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }();

        Database database;
        const Status opened = database.open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(database.problem(), SqliteProblem::Damaged);
        QVERIFY2(opened.message().contains(QStringLiteral("is damaged")), qPrintable(opened.message()));
        QVERIFY(!opened.message().contains(u'\n'));
        QVERIFY(!database.isOpen());
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), damaged); // not upgraded, not written
    }

    void aReadOnlyDatabaseIsReadAndNeverWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cairn.sqlite"));
        {
            Database database;
            QVERIFY(database.open(path).ok());
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO learners(name, hours_per_week) VALUES('Kept', 8)")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        const QByteArray before = [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        // Root may write anything, so the test asks for read-only rather
        // than taking the file's permissions away.
        Database database;
        const Status opened = database.open(path, Database::Mode::ReadOnly);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QVERIFY(database.isReadOnly());
        QCOMPARE(scalar(database, QStringLiteral("SELECT name FROM learners")).toString(), QStringLiteral("Kept"));
        QSqlQuery write(database.connection());
        QVERIFY(!write.exec(QStringLiteral("INSERT INTO learners(name, hours_per_week) VALUES('New', 8)")));
        QCOMPARE(sqliteProblemOf(write.lastError()), SqliteProblem::ReadOnly);
        write = QSqlQuery();
        database.close();
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))); // nothing made beside it either
    }

    void describesSqliteErrorsInWordsWithoutTheDriversTail()
    {
        const auto error = [](const char *code, const char *text) {
            return QSqlError(QStringLiteral("Unable to fetch row"), QString::fromLatin1(text),
                             QSqlError::StatementError, QString::fromLatin1(code));
        };
        QCOMPARE(sqliteProblemOf(error("5", "database is locked")), SqliteProblem::Busy);
        QCOMPARE(sqliteProblemOf(error("517", "database is locked")), SqliteProblem::Busy); // extended code
        QCOMPARE(sqliteProblemOf(error("13", "database or disk is full")), SqliteProblem::Full);
        QCOMPARE(sqliteProblemOf(error("11", "database disk image is malformed")), SqliteProblem::Damaged);
        QCOMPARE(sqliteProblemOf(error("8", "attempt to write a readonly database")), SqliteProblem::ReadOnly);
        QCOMPARE(sqliteProblemOf(error("26", "file is not a database")), SqliteProblem::NotADatabase);
        for (const char *code : {"5", "8", "11", "13", "14", "26", "10"}) {
            const QString message = describeSqlError(error(code, "x"));
            QVERIFY(!message.isEmpty());
            QVERIFY2(!message.contains(QStringLiteral("Unable")), qPrintable(message));
        }
        // Other errors keep SQLite's words and lose the driver's.
        QCOMPARE(describeSqlError(error("19", "UNIQUE constraint failed: skills.id")),
                 QStringLiteral("UNIQUE constraint failed: skills.id"));
    }

    void createsTheFileReadableByItsOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/folder/cairn.sqlite"));
        Database database;
        QVERIFY(database.open(path).ok());
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                                             | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY(QFile::permissions(path) & QFileDevice::WriteOwner);
    }

    void reportsAnUnopenableFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("not-a-database.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        Database database;
        const Status opened = database.open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.message().startsWith(path), qPrintable(opened.message()));
    }

    void twoDatabasesUseSeparateConnections()
    {
        Database first;
        Database second;
        QVERIFY(first.open(QStringLiteral(":memory:")).ok());
        QVERIFY(second.open(QStringLiteral(":memory:")).ok());
        QSqlQuery query(first.connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('only', 'first')")));
        QVERIFY(scalar(second, QStringLiteral("SELECT value FROM meta WHERE key = 'only'")).isNull());
        QVERIFY(first.connection().connectionName() != second.connection().connectionName());
    }

    void defaultPathIsInAppData()
    {
        QVERIFY(Database::defaultPath().endsWith(QStringLiteral("/cairn.sqlite")));
        QVERIFY(Database::defaultPath().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
