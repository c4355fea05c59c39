#pragma once

#include "model/status.h"
#include "storage/sqliteerror.h"

#include <QFutureWatcher>
#include <QObject>

class QStackedWidget;
class QWidget;

namespace Cairn::Ui {

class DatabaseProblemPage;
class Workspace;

// Looks after the window's database file: checks it (SQLite's quick check)
// on a worker after the first paint and makes the day's backup; when it is
// damaged, makes the workspace read-only and shows the page of ways forward;
// restores backups. Restoring or choosing another database asks Cairn to
// start again on it (restartRequested), never reopens under live views.
class DatabaseGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseGuard)

public:
    // The problem page goes into `central`; dialogs open over `window`.
    DatabaseGuard(Workspace &workspace, QStackedWidget &central, QWidget &window);
    ~DatabaseGuard() override;

    void setEnabled(bool enabled) { m_enabled = enabled; }
    void check();
    bool isChecking() const { return m_check.isRunning(); }
    DatabaseProblemPage *problemPage() const { return m_problemPage; }
    bool isProblemShown() const;

    void restoreFromDialog();
    void restoreBackup(const QString &backup);

    // Asks whether to try a write again that met another program's lock
    // (the workspace's retry prompt while the guard is enabled).
    bool askToRetry(const QString &message);

    // A file dialog for another database (or a new one), starting beside `near`.
    static QString chooseDatabase(QWidget *parent, bool startNew, const QString &near);

Q_SIGNALS:
    void restartRequested(const QStringList &arguments);
    void problemShown();
    void message(const QString &text);

private:
    struct Check
    {
        Core::Status status = Core::Status::success();
        Core::SqliteProblem problem = Core::SqliteProblem::None;
    };

    void showProblem(const QString &message);
    void openAnother(bool startNew);

    Workspace &m_workspace;
    QStackedWidget &m_central;
    QWidget &m_window;
    DatabaseProblemPage *m_problemPage = nullptr;
    QFutureWatcher<Check> m_check;
    bool m_enabled = true;
};

} // namespace Cairn::Ui
