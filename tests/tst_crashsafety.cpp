// Crash safety at the process level, after SQLite's own crash tests:
// cairn-cli is killed with SIGKILL at random moments while it imports a
// catalogue and while it saves a learner, 20 times each. After every kill
// the database must pass PRAGMA integrity_check and hold exactly the state
// before or exactly the state after — never a mixture — and every backup
// it lists must be whole.

#include "cli/commandline.h"
#include "io/cataloguewriter.h"
#include "io/learnerfile.h"
#include "storage/backups.h"
#include "databasecheck.h"
#include "support/cataloguegenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <limits>

using namespace Cairn::Core;
using Cairn::Test::fingerprint;
using Cairn::Test::integrity;

namespace {

constexpr int kills = 20;

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

void importInProcess(const QString &file, const QString &database)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    if (runCommandLine({QStringLiteral("import"), file, QStringLiteral("--database"), database}, outStream, errStream) != 0) {
        errStream.flush();
        qFatal("cannot prepare %s: %s", qPrintable(database), qPrintable(err));
    }
}

// A fresh copy of `base` in a folder of its own (no backups yet, as on the
// first run of the day).
QString copyOf(const QString &base, const QString &folder)
{
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("cairn.sqlite"));
    if (!QFile::copy(base, path))
        qFatal("cannot copy %s", qPrintable(base));
    return path;
}

qint64 runWhole(const QString &file, const QString &database)
{
    QProcess cli;
    QElapsedTimer timer;
    timer.start();
    cli.start(QStringLiteral(CAIRN_CLI), {QStringLiteral("import"), file, QStringLiteral("--database"), database});
    if (!cli.waitForFinished(60000) || cli.exitCode() != 0)
        qFatal("the uninterrupted run failed: %s", cli.readAllStandardError().constData());
    return timer.elapsed();
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_base;

    // Kills `cairn-cli import FILE` on copies of m_base at moments spread
    // over the length of a whole run (one in each twentieth of it, at random
    // within), then checks each copy.
    void killRepeatedly(const QString &label, const QString &file)
    {
        const QByteArray before = fingerprint(m_base);
        // The shortest of three whole runs, and shorter still if a run ends
        // before its kill: a run slowed by a busy machine would spread the
        // kills past the end of the runs that follow (in one run of the suite
        // fewer than half landed while the program ran).
        qint64 whole = std::numeric_limits<qint64>::max();
        QByteArray after;
        for (int run = 0; run < 3; ++run) {
            const QString reference = copyOf(m_base, m_dir.filePath(label + QStringLiteral("-reference-%1").arg(run)));
            whole = std::min(whole, runWhole(file, reference));
            const QByteArray state = fingerprint(reference);
            QVERIFY(run == 0 || state == after); // the same state every time
            after = state;
        }
        QVERIFY(before != after);

        const quint32 seed = QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        int killed = 0;
        int keptBefore = 0;
        for (int i = 0; i < kills; ++i) {
            const QString path = copyOf(m_base, m_dir.filePath(label + QStringLiteral("-kill-%1").arg(i)));
            const qint64 delay = qint64((i + random.generateDouble()) * whole * 1.1 / kills);
            QProcess cli;
            QElapsedTimer running;
            running.start();
            cli.start(QStringLiteral(CAIRN_CLI), {QStringLiteral("import"), file, QStringLiteral("--database"), path});
            QVERIFY(cli.waitForStarted());
            QThread::msleep(static_cast<unsigned long>(delay));
            if (cli.waitForFinished(0)) {
                // Done already: runs are shorter now than the whole run
                // measured, so the kills that follow come sooner.
                whole = std::min(whole, running.elapsed());
            } else {
                cli.kill();
                QVERIFY(cli.waitForFinished(60000));
                if (cli.exitStatus() == QProcess::CrashExit)
                    ++killed;
            }

            const QString context = QStringLiteral("kill %1 after %2 ms (seed %3)").arg(i).arg(delay).arg(seed);
            QVERIFY2(integrity(path) == u"ok", qPrintable(context));
            const QByteArray now = fingerprint(path);
            QVERIFY2(now == before || now == after, qPrintable(context + QStringLiteral(": a mixture of old and new")));
            keptBefore += now == before;
            for (const BackupFile &backup : Backups(path).list())
                QVERIFY2(integrity(backup.path, true) == u"ok", qPrintable(context + QStringLiteral(": ") + backup.path));
        }
        qInfo("%s: %d kills over a %lld ms run (%d while it ran): %d left the old state, %d the new", qPrintable(label), kills, whole, killed,
              keptBefore, kills - keptBefore);
        // Most kills must land while the program runs, or the test proves nothing.
        QVERIFY2(killed >= kills / 2, qPrintable(QStringLiteral("only %1 kills landed while it ran").arg(killed)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The state before: a small catalogue and a learner with a few records.
        const Catalogue small = Cairn::Test::generateCatalogue(300, 1);
        const QString smallFile = m_dir.filePath(QStringLiteral("small.json"));
        writeFile(smallFile, catalogueToJsonBytes(small));
        LearnerProfile learner;
        learner.name = QStringLiteral("Crash Test");
        for (int i = 0; i < 3; ++i)
            learner.records.append({small.courses.at(i).code, RecordStatus::Completed, QDate(2026, 1, 10 + i), {}, QStringLiteral("A"),
                                    {}, {}, {}, {}, {}});
        const QString learnerFile = m_dir.filePath(QStringLiteral("learner.json"));
        writeFile(learnerFile, learnerToJsonBytes(learner));
        m_base = m_dir.filePath(QStringLiteral("base.sqlite"));
        importInProcess(smallFile, m_base);
        importInProcess(learnerFile, m_base);
        QCOMPARE(integrity(m_base), QStringLiteral("ok"));
    }

    void aKilledCatalogueImportLeavesTheOldOrTheNewState()
    {
        const QString bundle = m_dir.filePath(QStringLiteral("large.json"));
        writeFile(bundle, catalogueToJsonBytes(Cairn::Test::generateCatalogue(3000, 2)));
        killRepeatedly(QStringLiteral("import"), bundle);
    }

    void aKilledLearnerSaveLeavesTheOldOrTheNewState()
    {
        // The same learner with thousands of records and notes replaces the
        // few it had.
        const Catalogue small = Cairn::Test::generateCatalogue(300, 1);
        LearnerProfile learner;
        learner.name = QStringLiteral("Crash Test");
        learner.goals = {small.qualifications.first().code};
        for (int i = 0; i < 6000; ++i)
            learner.records.append({QStringLiteral("EXT-%1").arg(i), RecordStatus::Recognised, QDate(2025, 1, 1).addDays(i % 300), {},
                                    {}, QStringLiteral("Prior learning %1").arg(i), 5.0, 4, small.frameworks.first().id,
                                    QStringLiteral("Evidence checked by the centre, item %1").arg(i)});
        const QString file = m_dir.filePath(QStringLiteral("larger-learner.json"));
        writeFile(file, learnerToJsonBytes(learner));
        killRepeatedly(QStringLiteral("save"), file);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
