#include "cli/commandline.h"

#include <QGuiApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    // PDF reports lay out text, which needs Qt Gui's fonts; the offscreen
    // platform provides them without a display (batch runs at a study
    // centre, CI), unless the caller chose another.
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
