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

struct WindowSession
{
    explicit WindowSession(const QSize &size = QSize(1100, 700))
        : settings(dir.filePath(QStringLiteral("cairn.ini")), QSettings::IniFormat)
    {
        if (!database.open(QStringLiteral(":memory:")).ok() || !Core::importDemoData(database).ok())
            qFatal("cannot open the test database");
        workspace = std::make_unique<Ui::Workspace>(database);
        window = std::make_unique<Ui::MainWindow>(*workspace, settings);
        window->resize(size);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("the window was not shown");
        window->loadNow();
    }

    QTemporaryDir dir; // the window's settings file, away from the user's
    Core::Database database;
    QSettings settings;
    std::unique_ptr<Ui::Workspace> workspace;
    std::unique_ptr<Ui::MainWindow> window;
};

} // namespace Cairn::Test
