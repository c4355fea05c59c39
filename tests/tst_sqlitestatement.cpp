// SqliteStatement binds and writes as Qt SQL would, on the same connection
// and in its transaction, and says its failures as Qt SQL's are said.

#include "storage/sqlitestatement.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Cairn::Core;

class TestSqliteStatement : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_connections = 0;

    QSqlDatabase open(const QString &file, const QString &options = {})
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("statement-%1").arg(++m_connections));
        db.setDatabaseName(m_dir.filePath(file));
        db.setConnectOptions(options);
        if (!db.open())
            qFatal("cannot open the test database");
        return db;
    }

    // A new database with one table, t(`columns`).
    QSqlDatabase openWithTable(const QString &file, const QString &columns, const QString &options = {})
    {
        QSqlDatabase db = open(file, options);
        if (!QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t(%1)").arg(columns)))
            qFatal("cannot make the test table");
        return db;
    }

private Q_SLOTS:
    void bindsEachKindOfValueAsQtSqlWould()
    {
        QSqlDatabase db = openWithTable(QStringLiteral("values.sqlite"),
                                        QStringLiteral("a TEXT, b TEXT, c TEXT, d REAL, e INTEGER, f"));
        QVERIFY(SqliteStatement::isAvailable(db));
        SqliteStatement insert(db);
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO t VALUES(?, ?, ?, ?, ?, ?)"), QStringLiteral("testing")));
        for (int row = 0; row < 2; ++row) { // the second row checks the reset between rows
            insert.bindText(QStringLiteral("Māori ") + QString::number(row));
            insert.bindText(QStringLiteral(""));
            insert.bindText(QString());
            insert.bindNumber(7.5 + row);
            insert.bindInteger(Q_INT64_C(5000000000) + row);
            insert.bindNull();
            QVERIFY(insert.run([] { return QStringLiteral("writing a row"); }));
        }
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT a, b, b IS NULL, c IS NULL, d, e, f IS NULL, typeof(e) FROM t "
                                          "ORDER BY rowid")));
        for (int row = 0; row < 2; ++row) {
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("Māori ") + QString::number(row));
            QCOMPARE(query.value(1).toString(), QString());
            QCOMPARE(query.value(2).toInt(), 0); // "" stays text
            QCOMPARE(query.value(3).toInt(), 1); // a null QString is NULL
            QCOMPARE(query.value(4).toDouble(), 7.5 + row);
            QCOMPARE(query.value(5).toLongLong(), Q_INT64_C(5000000000) + row);
            QCOMPARE(query.value(6).toInt(), 1);
            QCOMPARE(query.value(7).toString(), QStringLiteral("integer"));
        }
    }

    void writesInTheConnectionsTransaction()
    {
        QSqlDatabase db = openWithTable(QStringLiteral("transaction.sqlite"), QStringLiteral("a TEXT"));
        SqliteStatement insert(db);
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO t VALUES(?)"), QStringLiteral("testing")));
        QVERIFY(db.transaction());
        insert.bindText(QStringLiteral("rolled back"));
        QVERIFY(insert.run([] { return QString(); }));
        QVERIFY(db.rollback());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM t")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void aRefusedRowSaysWhatWasBeingDoneAndWhy()
    {
        QSqlDatabase db = openWithTable(QStringLiteral("refused.sqlite"), QStringLiteral("a TEXT PRIMARY KEY"));
        SqliteStatement insert(db);
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO t VALUES(?)"), QStringLiteral("testing")));
        int sentences = 0;
        const auto doing = [&sentences] {
            ++sentences;
            return QStringLiteral("saving course X1");
        };
        insert.bindText(QStringLiteral("X1"));
        QVERIFY(insert.run(doing));
        QCOMPARE(sentences, 0); // made only on failure
        insert.bindText(QStringLiteral("X1"));
        const Status refused = insert.run(doing);
        QVERIFY(!refused);
        QVERIFY(!refused.retryable());
        QCOMPARE(sentences, 1);
        QCOMPARE(refused.message(),
                 QStringLiteral("database error while saving course X1: UNIQUE constraint failed: t.a"));
        // The statement is ready for the next row after a failure.
        insert.bindText(QStringLiteral("X2"));
        QVERIFY(insert.run(doing));
    }

    void aStatementThatCannotBePreparedSaysSo()
    {
        QSqlDatabase db = open(QStringLiteral("prepare.sqlite"));
        SqliteStatement insert(db);
        const Status prepared = insert.prepare(QStringLiteral("INSERT INTO missing VALUES(?)"),
                                               QStringLiteral("saving the catalogue"));
        QVERIFY(!prepared);
        QCOMPARE(prepared.message(), QStringLiteral("database error while saving the catalogue: no such table: missing"));
    }

    void anotherProgramsLockIsAFailureToTryAgain()
    {
        QSqlDatabase db = openWithTable(QStringLiteral("locked.sqlite"), QStringLiteral("a TEXT"),
                                        QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        QSqlDatabase other = open(QStringLiteral("locked.sqlite"));
        QSqlQuery holder(other);
        QVERIFY(holder.exec(QStringLiteral("BEGIN IMMEDIATE")));
        SqliteStatement insert(db);
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO t VALUES(?)"), QStringLiteral("testing")));
        insert.bindText(QStringLiteral("late"));
        const Status locked = insert.run([] { return QStringLiteral("saving course X1"); });
        QVERIFY(!locked);
        QVERIFY(locked.retryable());
        QVERIFY2(locked.message().contains(QStringLiteral("another program is using the database")),
                 qPrintable(locked.message()));
        QVERIFY(holder.exec(QStringLiteral("ROLLBACK")));
    }

    void isNotAvailableOnAnotherDriver()
    {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            QSKIP("Qt's PostgreSQL driver is not installed");
        const QSqlDatabase server = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("server"));
        QVERIFY(!SqliteStatement::isAvailable(server));
        SqliteStatement statement(server);
        QVERIFY(!statement.prepare(QStringLiteral("SELECT 1"), QStringLiteral("testing")));
    }
};

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"
