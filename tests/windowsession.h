#pragma once

// The main window over an in-memory database with the demo data, shown
// offscreen with its first view loaded: what the window tests start from
// (header-only, like testsupport.h).

#include "import/demodata.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "workspace.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Cairn::Test {

struct WindowOptions
{
    QSize size = QSize(1100, 700);
    bool demo = true;          // false: an empty database
    bool fileDatabase = false; // a file in the session's folder (read by workers) instead of memory
};

struct WindowSession
{
    explicit WindowSession(const WindowOptions &options = {})
        : settings(dir.filePath(QStringLiteral("cairn.ini")), QSettings::IniFormat)
    {
        const QString path = options.fileDatabase ? dir.filePath(QStringLiteral("cairn.sqlite")) : QStringLiteral(":memory:");
        if (!database.open(path).ok() || (options.demo && !Core::importDemoData(database).ok()))
            qFatal("cannot open the test database");
        workspace = std::make_unique<Ui::Workspace>(database);
        window = std::make_unique<Ui::MainWindow>(*workspace, settings);
        window->resize(options.size);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("the window was not shown");
        window->loadNow();
    }

    QTemporaryDir dir; // the window's settings file, away from the user's
    mutable Core::Database database; // tests read it back through repositories
    QSettings settings;
    std::unique_ptr<Ui::Workspace> workspace;
    std::unique_ptr<Ui::MainWindow> window;
};

} // namespace Cairn::Test
