#pragma once

// The two places Cairn stores data, for suites that run data-driven on both:
// an in-memory SQLite database, and a fresh database on the throwaway
// PostgreSQL server that tests/postgres/testcluster.sh starts for CTest (the
// fixture "postgres"; the file named by CAIRN_TEST_POSTGRES holds its
// connection string, or why there is none). A PostgreSQL row without a server
// is skipped with the reason, never silently.

#include "storage/database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace Cairn::Test {

// The server's connection string; empty with `why` set when there is none.
inline QString testServer(QString *why)
{
    const QString stateFile = qEnvironmentVariable("CAIRN_TEST_POSTGRES");
    if (stateFile.isEmpty()) {
        *why = QStringLiteral("no PostgreSQL test server: run the test through ctest, which starts one "
                              "(tests/postgres/testcluster.sh)");
        return {};
    }
    QFile file(stateFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("no PostgreSQL test server: %1 is missing").arg(stateFile);
        return {};
    }
    const QString state = QString::fromUtf8(file.readAll()).trimmed();
    if (state.startsWith(QStringLiteral("unavailable: "))) {
        *why = QStringLiteral("PostgreSQL test server %1").arg(state);
        return {};
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *why = QStringLiteral("Qt's PostgreSQL driver is not installed (libqt6sql6-psql)");
        return {};
    }
    return state;
}

// A new, empty database on the test server; its connection string, or empty
// with `why` set.
inline QString freshServerDatabase(QString *why)
{
    const QString server = testServer(why);
    if (server.isEmpty())
        return {};
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("cairn_%1_%2_%3")
                             .arg(QCoreApplication::applicationName().toLower())
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1));
    const QString connection = QStringLiteral("cairn-test-admin-") + name;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        admin.setConnectOptions(server);
        if (!admin.open()) {
            *why = QStringLiteral("cannot reach the test server: ") + admin.lastError().text();
        } else {
            QSqlQuery query(admin);
            if (!query.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name)))
                *why = QStringLiteral("cannot create a test database: ") + query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return why->isEmpty() ? server + QStringLiteral(" dbname=") + name : QString();
}

// Rows "sqlite" and "postgres" of the column "backend".
inline void addBackendColumn()
{
    QTest::addColumn<QString>("backend");
}

inline void addBackendRows(const char *prefix = "")
{
    const QByteArray sqlite = QByteArray(prefix) + QByteArray("sqlite");
    const QByteArray postgres = QByteArray(prefix) + QByteArray("postgres");
    QTest::newRow(sqlite.constData()) << QStringLiteral("sqlite");
    QTest::newRow(postgres.constData()) << QStringLiteral("postgres");
}

// Opens `database` on `backend` with Cairn's schema in place. Returns an
// empty string, "skip: <reason>" or the error.
inline QString openBackend(const QString &backend, Core::Database &database)
{
    if (backend == u"sqlite") {
        const Core::Status opened = database.open(QStringLiteral(":memory:"));
        return opened.ok() ? QString() : opened.message();
    }
    QString why;
    const QString conninfo = freshServerDatabase(&why);
    if (conninfo.isEmpty())
        return QStringLiteral("skip: ") + why;
    const Core::Status opened = database.openServer(conninfo, Core::Database::ServerSchema::Init);
    return opened.ok() ? QString() : opened.message();
}

// Opens two connections to one store on `backend` — two desks, or two
// windows on one file: an SQLite file in a temporary folder, or a database on
// the test server. Returns like openBackend().
inline QString openTwoDesks(const QString &backend, Core::Database &first, Core::Database &second)
{
    if (backend == u"sqlite") {
        static QTemporaryDir folder;
        static QAtomicInteger<int> counter;
        const QString path = folder.filePath(QStringLiteral("shared-%1.sqlite").arg(counter.fetchAndAddRelaxed(1)));
        Core::Status opened = first.open(path);
        if (opened)
            opened = second.open(path);
        return opened.ok() ? QString() : opened.message();
    }
    QString why;
    const QString conninfo = freshServerDatabase(&why);
    if (conninfo.isEmpty())
        return QStringLiteral("skip: ") + why;
    Core::Status opened = first.openServer(conninfo, Core::Database::ServerSchema::Init);
    if (opened)
        opened = second.openServer(conninfo);
    return opened.ok() ? QString() : opened.message();
}

} // namespace Cairn::Test

#define CAIRN_OPEN_TWO_DESKS(first, second)                                                                            \
    do {                                                                                                               \
        QFETCH(QString, backend);                                                                                      \
        const QString problem_ = Cairn::Test::openTwoDesks(backend, first, second);                                    \
        if (problem_.startsWith(QStringLiteral("skip: ")))                                                             \
            QSKIP(qPrintable(problem_.mid(6)));                                                                        \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                                            \
    } while (false)

// In a test function with a "backend" column: opens `database` there, skips a
// PostgreSQL row without a server (saying why), fails on any other problem.
#define CAIRN_OPEN_BACKEND(database)                                                                                   \
    do {                                                                                                               \
        QFETCH(QString, backend);                                                                                      \
        const QString problem_ = Cairn::Test::openBackend(backend, database);                                          \
        if (problem_.startsWith(QStringLiteral("skip: ")))                                                             \
            QSKIP(qPrintable(problem_.mid(6)));                                                                        \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                                            \
    } while (false)
