#include "i18n/translations.h"
#include "io/demodata.h"
#include "mainwindow.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Cairn"));
    QApplication::setApplicationName(QStringLiteral("Cairn"));
    QApplication::setApplicationDisplayName(QStringLiteral("Cairn"));
    QApplication::setApplicationVersion(QStringLiteral(CAIRN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.example.cairn"));
    Cairn::Core::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Plan stackable study: micro-credentials toward qualifications."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QApplication::translate("main", "Use the SQLite database PATH (default: %1).")
            .arg(Cairn::Core::Database::defaultPath()),
        QStringLiteral("PATH"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QApplication::translate("main", "Load the demo catalogue and learner when the database has no courses."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the main window to the PNG file FILE and exit."),
        QStringLiteral("FILE"));
    parser.addOptions({databaseOption, demoOption, screenshotOption});
    parser.process(app);

    Cairn::Core::Database database;
    const QString path =
        parser.isSet(databaseOption) ? parser.value(databaseOption) : Cairn::Core::Database::defaultPath();
    if (Cairn::Core::Status opened = database.open(path); !opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cairn cannot start"), opened.message());
        return 1;
    }
    if (parser.isSet(demoOption) && Cairn::Core::CatalogueRepository(database).courseCount() == 0) {
        if (Cairn::Core::Status demo = Cairn::Core::importDemoData(database); !demo) {
            QTextStream(stderr) << demo.message() << '\n';
            return 1;
        }
    }

    Cairn::Ui::MainWindow window(database);
    window.resize(1200, 760);
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString fileName = parser.value(screenshotOption);
        QTimer::singleShot(0, &window, [&window, fileName] {
            QDir().mkpath(QFileInfo(fileName).absolutePath());
            const bool saved = window.grab().save(fileName, "PNG");
            if (!saved)
                QTextStream(stderr) << "cairn: cannot write " << fileName << '\n';
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
