#pragma once

// cairn-cli run in-process, for the suites that test its commands.

#include "cli/commandline.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Cairn::Test {

struct CliRun
{
    int status = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &arguments)
{
    CliRun result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.status = Core::runCommandLine(arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

} // namespace Cairn::Test
