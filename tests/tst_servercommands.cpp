// cairn-cli on a study centre's PostgreSQL server (issue "Study centres"):
// the schema commands, the same answers as from an SQLite file, two desks
// (two processes) sharing one catalogue, and every refusal of --server.

#include "storage/database.h"
#include "storage/serverschema.h"
#include "clirun.h"
#include "storagebackends.h"
#include "testsupport.h"

#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Cairn::Core;

namespace {
using Run = Cairn::Test::CliRun;

Run run(const QStringList &arguments)
{
    return Cairn::Test::runCli(arguments);
}

// Another desk: cairn-cli as a process of its own.
Run runProcess(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CAIRN_CLI), arguments);
    Run result;
    if (!process.waitForFinished(60'000))
        return result;
    result.status = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString demo(const char *file)
{
    return QStringLiteral(CAIRN_SOURCE_DIR "/resources/demo/") + QString::fromLatin1(file);
}
} // namespace

#define SERVER_OR_SKIP(conninfo)                                                                                       \
    QString why_;                                                                                                      \
    const QString conninfo = Cairn::Test::freshServerDatabase(&why_);                                                  \
    if (conninfo.isEmpty())                                                                                            \
        QSKIP(qPrintable(why_));

class TestServerCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void initCreatesTheSchemaOnceAndMigrateAcceptsIt()
    {
        SERVER_OR_SKIP(server);
        const Run before = run({QStringLiteral("learners"), QStringLiteral("--server"), server});
        QCOMPARE(before.status, 1);
        QVERIFY2(before.err.contains(QStringLiteral("cairn-cli server init")), qPrintable(before.err));

        const Run init = run({QStringLiteral("server"), QStringLiteral("init"), server});
        QVERIFY2(init.status == 0, qPrintable(init.err));
        QVERIFY2(init.out.contains(QStringLiteral("version %1").arg(currentServerSchemaVersion)), qPrintable(init.out));
        Database database;
        QVERIFY(database.openServer(server).ok());
        QCOMPARE(database.schemaVersion(), currentServerSchemaVersion);
        QVERIFY(database.isServer());

        const Run again = run({QStringLiteral("server"), QStringLiteral("init"), server});
        QCOMPARE(again.status, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already holds")), qPrintable(again.err));
        const Run migrate = run({QStringLiteral("server"), QStringLiteral("migrate"), server});
        QVERIFY2(migrate.status == 0, qPrintable(migrate.err));
    }

    void migrateRefusesADatabaseWithoutTheSchema()
    {
        SERVER_OR_SKIP(server);
        const Run migrate = run({QStringLiteral("server"), QStringLiteral("migrate"), server});
        QCOMPARE(migrate.status, 1);
        QVERIFY2(migrate.err.contains(QStringLiteral("server init")), qPrintable(migrate.err));
    }

    void aSchemaOfAnotherCairnIsRefusedNamingTheWayOut()
    {
        SERVER_OR_SKIP(server);
        QCOMPARE(run({QStringLiteral("server"), QStringLiteral("init"), server}).status, 0);
        Database admin;
        QVERIFY(admin.openServer(server).ok());
        QVERIFY(QSqlQuery(admin.connection()).exec(QStringLiteral("UPDATE cairn_schema SET version = 99")));
        const Run newer = run({QStringLiteral("learners"), QStringLiteral("--server"), server});
        QCOMPARE(newer.status, 1);
        QVERIFY2(newer.err.contains(QStringLiteral("newer Cairn (schema 99)")), qPrintable(newer.err));
        const Run migrate = run({QStringLiteral("server"), QStringLiteral("migrate"), server});
        QCOMPARE(migrate.status, 1);
        QVERIFY2(migrate.err.contains(QStringLiteral("newer Cairn (schema 99)")), qPrintable(migrate.err));

        QVERIFY(QSqlQuery(admin.connection())
                    .exec(QStringLiteral("UPDATE cairn_schema SET version = %1").arg(currentServerSchemaVersion - 1)));
        const Run older = run({QStringLiteral("learners"), QStringLiteral("--server"), server});
        QCOMPARE(older.status, 1);
        QVERIFY2(older.err.contains(QStringLiteral("cairn-cli server migrate")), qPrintable(older.err));
        // No step leads to the first server schema: migrate says so and changes nothing.
        const Run unknown = run({QStringLiteral("server"), QStringLiteral("migrate"), server});
        QCOMPARE(unknown.status, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("older than any Cairn schema")), qPrintable(unknown.err));
    }

    // The backend changes where data lives, never an answer.
    void aServerAnswersExactlyAsAFileDoes()
    {
        SERVER_OR_SKIP(server);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cairn.sqlite"));
        QCOMPARE(run({QStringLiteral("server"), QStringLiteral("init"), server}).status, 0);
        for (const char *bundle : {"catalogue.json", "learner.json"}) {
            const Run onServer = run({QStringLiteral("import"), demo(bundle), QStringLiteral("--server"), server});
            QVERIFY2(onServer.status == 0, qPrintable(onServer.err));
            QCOMPARE(run({QStringLiteral("import"), demo(bundle), QStringLiteral("--database"), file}).status, 0);
        }
        const QList<QStringList> commands{
            {QStringLiteral("learners")},
            {QStringLiteral("audit"), QStringLiteral("--qualification"), QStringLiteral("DIP-DA5"), QStringLiteral("--json"),
             QStringLiteral("--as-of"), QStringLiteral("2026-12-01")},
            {QStringLiteral("whatif"), QStringLiteral("--json"), QStringLiteral("--as-of"), QStringLiteral("2026-12-01")},
            {QStringLiteral("plan"), QStringLiteral("--json"), QStringLiteral("--start"), QStringLiteral("2027-01-04")},
            {QStringLiteral("export"), QStringLiteral("catalogue"), dir.filePath(QStringLiteral("X"))},
        };
        for (const QStringList &command : commands) {
            const QByteArray what = command.join(u' ').toUtf8();
            QStringList fromServer = command;
            QStringList fromFile = command;
            if (command.first() == u"export") {
                fromServer.last() = dir.filePath(QStringLiteral("server.json"));
                fromFile.last() = dir.filePath(QStringLiteral("file.json"));
            }
            const Run a = run(fromServer + QStringList{QStringLiteral("--server"), server});
            const Run b = run(fromFile + QStringList{QStringLiteral("--database"), file});
            QVERIFY2(a.status == 0, QByteArray(what + QByteArray(": ") + a.err.toUtf8()).constData());
            QCOMPARE(b.status, 0);
            if (command.first() == u"export")
                QCOMPARE(Cairn::Test::readAll(fromServer.last()), Cairn::Test::readAll(fromFile.last()));
            else
                QVERIFY2(a.out == b.out, what.constData());
        }
    }

    // Two desks: one imports through its own process, the other reads what
    // it wrote and adds a learner the first then sees.
    void twoDesksShareOneCatalogue()
    {
        SERVER_OR_SKIP(server);
        QCOMPARE(run({QStringLiteral("server"), QStringLiteral("init"), server}).status, 0);
        const QStringList onServer{QStringLiteral("--server"), server};
        const Run imported = runProcess(QStringList{QStringLiteral("import"), demo("catalogue.json")} + onServer);
        QVERIFY2(imported.status == 0, qPrintable(imported.err));
        const Run learner = runProcess(QStringList{QStringLiteral("import"), demo("learner.json")} + onServer);
        QVERIFY2(learner.status == 0, qPrintable(learner.err));
        const Run listed = runProcess(QStringList{QStringLiteral("learners")} + onServer);
        QCOMPARE(listed.status, 0);
        QVERIFY2(listed.out.contains(QStringLiteral("Aroha Ngata (records: 13)")), qPrintable(listed.out));
        const Run audited = run(QStringList{QStringLiteral("audit"), QStringLiteral("--qualification"),
                                            QStringLiteral("DIP-DA5")} + onServer);
        QVERIFY2(audited.status == 0, qPrintable(audited.err));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const QString nowhere = QStringLiteral("host=/nonexistent-cairn-socket user=nobody password=secret");
        QTest::newRow("--server and --database")
            << QStringList{QStringLiteral("learners"), QStringLiteral("--server"), nowhere, QStringLiteral("--database"),
                           QStringLiteral("x.sqlite")}
            << 2 << QStringLiteral("use either --database DB or --server CONNINFO, not both");
        QTest::newRow("an empty --server") << QStringList{QStringLiteral("learners"), QStringLiteral("--server"), QString()}
                                           << 2 << QStringLiteral("--server needs a connection string");
        QTest::newRow("backup of a server")
            << QStringList{QStringLiteral("backup"), QStringLiteral("--server"), nowhere} << 2 << QStringLiteral("pg_dump");
        QTest::newRow("restore into a server")
            << QStringList{QStringLiteral("restore"), QStringLiteral("b.sqlite"), QStringLiteral("--server"), nowhere} << 2
            << QStringLiteral("pg_dump");
        QTest::newRow("--catalogue with --server")
            << QStringList{QStringLiteral("audit"), QStringLiteral("--qualification"), QStringLiteral("X"),
                           QStringLiteral("--catalogue"), demo("catalogue.json"), QStringLiteral("--learner"),
                           demo("learner.json"), QStringLiteral("--server"), nowhere}
            << 2 << QStringLiteral("or --server, not both");
        QTest::newRow("server without an action") << QStringList{QStringLiteral("server")} << 2
                                                   << QStringLiteral("use 'server init CONNINFO'");
        QTest::newRow("server with an unknown action")
            << QStringList{QStringLiteral("server"), QStringLiteral("drop"), nowhere} << 2 << QStringLiteral("use 'server init CONNINFO'");
        QTest::newRow("server init with --server")
            << QStringList{QStringLiteral("server"), QStringLiteral("init"), nowhere, QStringLiteral("--server"), nowhere}
            << 2 << QStringLiteral("without --database or --server");
        QTest::newRow("a server that cannot be reached")
            << QStringList{QStringLiteral("learners"), QStringLiteral("--server"), nowhere} << 1
            << QStringLiteral("cannot reach the study centre's server (host=/nonexistent-cairn-socket");
        QTest::newRow("init on a server that cannot be reached")
            << QStringList{QStringLiteral("server"), QStringLiteral("init"), nowhere} << 1
            << QStringLiteral("cannot reach the study centre's server");
    }

    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        QFETCH(QString, message);
        const Run result = run(arguments);
        QCOMPARE(result.status, status);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY2(!result.err.contains(QStringLiteral("secret")), qPrintable(result.err)); // never the password
        QVERIFY(result.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerCommands)
#include "tst_servercommands.moc"
