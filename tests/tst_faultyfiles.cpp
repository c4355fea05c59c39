// Damaged, foreign and not-a-database files, as a new user would meet them:
// the command line and the window (unattended) refuse them with a sentence
// that names the file, write nothing, print no Qt warnings and never wait.

#include "cli/commandline.h"
#include "import/demodata.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <unistd.h>

using namespace Cairn::Core;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// A Cairn database with a few of its pages overwritten.
QString damagedDatabase(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        Database database;
        if (!database.open(path).ok())
            qFatal("cannot make the database");
        QSqlQuery query(database.connection());
        query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        for (int i = 0; i < 300; ++i)
            query.exec(QStringLiteral("INSERT INTO learners(name, hours_per_week) VALUES('Learner %1', 8)").arg(i));
        query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        qFatal("cannot damage the database");
    for (qint64 page : {3, 5, 8}) {
        file.seek(page * 4096);
        file.write(QByteArray(4096, '\x5a'));
    }
    return path;
}

struct Run
{
    int status = 0;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    Run run;
    run.status = runCommandLine(arguments, outStream, errStream);
    errStream.flush();
    run.err = err;
    return run;
}

} // namespace

class TestFaultyFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theCommandLineRefusesAndWritesNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text file") << "text" << "is not a Cairn database";
        QTest::newRow("another program's SQLite") << "foreign" << "another program's SQLite database";
        QTest::newRow("damaged Cairn database") << "damaged" << "is damaged";
    }

    void theCommandLineRefusesAndWritesNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("file.db"));
        if (kind == u"text") {
            write(path, QByteArray("not a database\n").repeated(100));
        } else if (kind == u"foreign") {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE photos(id INTEGER PRIMARY KEY)"));
            other.close();
            other = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
        } else {
            path = damagedDatabase(dir);
        }
        const QByteArray before = contents(path);
        for (const QStringList &command :
             {QStringList{QStringLiteral("learners")},
              QStringList{QStringLiteral("import"), QStringLiteral(CAIRN_SOURCE_DIR "/resources/demo/catalogue.json")}}) {
            const Run run = cli(command + QStringList{QStringLiteral("--database"), path});
            QCOMPARE(run.status, 1);
            QVERIFY2(run.err.contains(expected), qPrintable(run.err));
            QVERIFY(run.err.contains(path));
            QVERIFY2(!run.err.contains(QStringLiteral("Unable to")), qPrintable(run.err));
            QCOMPARE(run.err.count(u'\n'), 1); // one sentence, one line
        }
        QCOMPARE(contents(path), before);
    }

    void aDatabaseLockedByAnotherProgramIsReportedPlainly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cairn.sqlite"));
        {
            Database database;
            QVERIFY(database.open(path).ok());
        }
        // Another program (Python's sqlite3) holds an exclusive lock for
        // longer than Cairn's busy timeout.
        QProcess holder;
        holder.setProcessChannelMode(QProcess::MergedChannels);
        holder.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import sqlite3, sys, time\n"
                                     "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                                     "c.execute('PRAGMA locking_mode=EXCLUSIVE')\n"
                                     "c.execute('BEGIN EXCLUSIVE')\n"
                                     "c.execute(\"INSERT INTO learners(name, hours_per_week) VALUES('x', 1)\")\n"
                                     "print('locked', flush=True)\n"
                                     "time.sleep(30)\n"),
                      path});
        QVERIFY(holder.waitForStarted());
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(holder.readAll().trimmed(), QByteArray("locked"));
        const Run run = cli({QStringLiteral("learners"), QStringLiteral("--database"), path});
        holder.kill();
        holder.waitForFinished();
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QStringLiteral("another program is using the database")), qPrintable(run.err));
        QVERIFY(run.err.contains(path));
        QVERIFY2(!run.err.contains(QStringLiteral("Unable to")), qPrintable(run.err));
    }

    // The file's modes decide, as for a user opening a colleague's database:
    // as root (who may write anything) the command runs as nobody.
    void aFileThisUserCannotWriteIsReadButNeverWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cairn.sqlite"));
        {
            Database database;
            QVERIFY(database.open(path).ok());
            QVERIFY(importDemoData(database).ok());
        }
        QVERIFY(QDir(dir.filePath(QStringLiteral("backups"))).removeRecursively());
        // Copies where nobody can reach them, wherever the build lives.
        const QString program = dir.filePath(QStringLiteral("cairn-cli"));
        const QString learner = dir.filePath(QStringLiteral("learner.json"));
        QVERIFY(QFile::copy(QStringLiteral(CAIRN_CLI), program));
        QVERIFY(QFile::copy(QStringLiteral(CAIRN_SOURCE_DIR "/resources/demo/learner.json"), learner));
        QVERIFY(QFile::setPermissions(learner, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const bool root = ::geteuid() == 0;
        const QFileDevice::Permissions readable =
            QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        const QFileDevice::Permissions enterable =
            readable | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(path, root ? readable | QFileDevice::WriteOwner : readable));
        QVERIFY(QFile::setPermissions(dir.path(), root ? enterable | QFileDevice::WriteOwner : enterable));
        const QByteArray before = contents(path);

        const auto run = [&](const QStringList &arguments) {
            QProcess cli;
            if (root)
                cli.start(QStringLiteral("setpriv"), QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                                                 QStringLiteral("--clear-groups"), program}
                                                         + arguments);
            else
                cli.start(program, arguments);
            if (!cli.waitForFinished(20000))
                qFatal("cairn-cli did not finish");
            return std::make_pair(cli.exitCode(), QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError()));
        };
        const auto [listed, listing] = run({QStringLiteral("learners"), QStringLiteral("--database"), path});
        QVERIFY2(listed == 0 && listing.contains(QStringLiteral("Aroha Ngata")), qPrintable(listing));
        const auto [imported, refusal] = run({QStringLiteral("import"), learner, QStringLiteral("--database"), path});
        QCOMPARE(imported, 1);
        QVERIFY2(refusal.contains(path + QStringLiteral(" is read-only here")), qPrintable(refusal));
        QVERIFY2(!refusal.contains(QStringLiteral("Unable to")), qPrintable(refusal));

        QFile::setPermissions(dir.path(), enterable | QFileDevice::WriteOwner);
        QCOMPARE(contents(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("backups"))));
    }

    void helpAndVersionNeedNoDisplay()
    {
        // A desktop platform with no screen to connect to: the window could
        // not start, but asking what it does must still work.
        for (const QString &option : {QStringLiteral("--help"), QStringLiteral("--version")}) {
            QProcess cairn;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
            environment.remove(QStringLiteral("DISPLAY"));
            environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
            cairn.setProcessEnvironment(environment);
            cairn.start(QStringLiteral(CAIRN_APP), {option});
            QVERIFY(cairn.waitForFinished(20000));
            QCOMPARE(cairn.exitStatus(), QProcess::NormalExit);
            QCOMPARE(cairn.exitCode(), 0);
            const QString out = QString::fromUtf8(cairn.readAllStandardOutput());
            QVERIFY2(out.contains(option == u"--help" ? QStringLiteral("--database") : QStringLiteral("Cairn ")),
                     qPrintable(out + QString::fromUtf8(cairn.readAllStandardError())));
        }
    }

    void theWindowNeverWaitsWhenNobodyIsThere()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("text.db"));
        write(text, QByteArray("not a database\n").repeated(100));
        for (const QString &path : {text, damagedDatabase(dir)}) {
            QProcess cairn;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            cairn.setProcessEnvironment(environment);
            cairn.start(QStringLiteral(CAIRN_APP),
                        {QStringLiteral("--database"), path, QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png"))});
            QVERIFY(cairn.waitForFinished(20000)); // never a dialog waiting for a click
            QCOMPARE(cairn.exitStatus(), QProcess::NormalExit);
            QCOMPARE(cairn.exitCode(), 1);
            const QString err = QString::fromUtf8(cairn.readAllStandardError());
            QVERIFY2(err.contains(path), qPrintable(err));
            QVERIFY2(!err.contains(QStringLiteral("QSqlDatabasePrivate")), qPrintable(err));
            QVERIFY2(!err.contains(QStringLiteral("Unable to")), qPrintable(err));
            QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
        }
    }
};

QTEST_MAIN(TestFaultyFiles)
#include "tst_faultyfiles.moc"
