#include "cli/commandline.h"

#include <QGuiApplication>
#include <QTextStream>

namespace {
QtMessageHandler defaultHandler = nullptr;

// Qt warns when XDG_RUNTIME_DIR is not set (a batch job, a container) and
// falls back to a private folder, which is all cairn-cli needs: the warning
// would only be noise on the standard error of every command.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"))
        return;
    defaultHandler(type, context, message);
}
} // namespace

int main(int argc, char *argv[])
{
    // PDF reports lay out text, which needs Qt Gui's fonts; the offscreen
    // platform provides them without a display (batch runs at a study
    // centre, CI), unless the caller chose another.
    defaultHandler = qInstallMessageHandler(quietHandler);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Cairn"));
    QCoreApplication::setApplicationName(QStringLiteral("Cairn"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAIRN_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return Cairn::Core::runCommandLine(arguments, out, err);
}
