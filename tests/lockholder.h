#pragma once

// Another program (Python's sqlite3) in the middle of a write to a Cairn
// database: it holds the write lock until release(), as a second Cairn or a
// sync tool would. Header-only, like testsupport.h.

#include <QProcess>
#include <QString>

namespace Cairn::Test {

class LockHolder final
{
public:
    explicit LockHolder(const QString &databasePath)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("python3"),
                        {QStringLiteral("-c"),
                         QStringLiteral("import sqlite3, sys\n"
                                        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                                        "c.execute('BEGIN IMMEDIATE')\n"
                                        "c.execute(\"INSERT INTO learners(name, hours_per_week) VALUES('x', 1)\")\n"
                                        "print('locked', flush=True)\n"
                                        "sys.stdin.readline()\n"
                                        "c.execute('ROLLBACK')\n"
                                        "c.close()\n"),
                         databasePath});
        if (!m_process.waitForStarted() || !m_process.waitForReadyRead(10000)
            || m_process.readAll().trimmed() != "locked")
            qFatal("the lock holder did not start: %s", m_process.readAll().constData());
    }
    ~LockHolder() { release(); }
    LockHolder(const LockHolder &) = delete;
    LockHolder &operator=(const LockHolder &) = delete;

    // Rolls its write back and closes; the lock is free on return.
    void release()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.write("\n");
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }

private:
    QProcess m_process;
};

} // namespace Cairn::Test
