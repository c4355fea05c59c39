#pragma once

// What a process has used so far, for the startup measurement that
// `cairn --measure-startup` and the benchmarks' bare window print alike.
// Header-only, so that the bare window links nothing of Cairn's.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <ctime>

namespace Cairn::ProcessStats {

// The CPU time used since the process started, in milliseconds (what another
// load on the machine changes least).
inline double cpuMilliseconds()
{
    timespec used{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &used);
    return used.tv_sec * 1e3 + used.tv_nsec / 1e6;
}

// The high-water mark of resident memory (VmHWM), in megabytes; 0 where
// /proc is not there.
inline double peakMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

} // namespace Cairn::ProcessStats
