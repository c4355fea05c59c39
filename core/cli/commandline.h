#pragma once

#include <QStringList>
#include <QTextStream>

namespace Cairn::Core {

// cairn-cli: every command of DESIGN.md "Command line" that this build has.
// `arguments` excludes the program name. Output goes to `out`, errors to
// `err`; the return value is the process exit status (0 success, 1 failure,
// 2 usage error). Kept out of main() so that tests can run it in-process.
int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Cairn::Core
