#include "databaseguard.h"

#include "dialogs/restoredialog.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "views/databaseproblempage.h"
#include "workspace.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStackedWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace Cairn::Ui {

DatabaseGuard::DatabaseGuard(Workspace &workspace, QStackedWidget &central, QWidget &window)
    : QObject(&window)
    , m_workspace(workspace)
    , m_central(central)
    , m_window(window)
{
    // Disabled for unattended runs, which must never wait for a click.
    m_workspace.setRetryPrompt([this](const QString &message) { return m_enabled && askToRetry(message); });
}

DatabaseGuard::~DatabaseGuard()
{
    m_workspace.setRetryPrompt({});
}

bool DatabaseGuard::askToRetry(const QString &message)
{
    // A short headline and what to do; SQLite's own sentence, which names
    // what was being saved, for whoever wants it.
    QMessageBox ask(QMessageBox::Warning, tr("The database is in use"),
                    tr("This change could not be saved yet: another program is using the database."),
                    QMessageBox::Retry | QMessageBox::Cancel, &m_window);
    ask.setInformativeText(tr("Nothing was changed. Close the other program (or the other Cairn window), then choose Retry."));
    ask.setDetailedText(message);
    ask.setDefaultButton(QMessageBox::Retry);
    return ask.exec() == QMessageBox::Retry;
}

bool DatabaseGuard::isProblemShown() const
{
    return m_problemPage && m_central.currentWidget() == m_problemPage;
}

void DatabaseGuard::check()
{
    // SQLite's quick check reads the whole file (0.3 s at 100,000 courses):
    // on a worker with its own connection, after the first paint. The daily
    // backup follows a clean check.
    const QString path = m_workspace.database().path();
    // A study centre's server keeps its own files whole and is backed up by
    // the centre (docs/STUDY_CENTRE.md).
    if (!m_enabled || path.isEmpty() || path == u":memory:" || m_workspace.database().isServer())
        return;
    connect(&m_check, &QFutureWatcher<Check>::finished, this, [this] {
        const Check check = m_check.result();
        if (check.problem == Core::SqliteProblem::Damaged)
            showProblem(check.status.message());
        else if (!check.status)
            Q_EMIT message(check.status.message());
    }, Qt::SingleShotConnection);
    m_check.setFuture(QtConcurrent::run([path] {
        Core::Database database;
        Check check;
        check.status = database.open(path);
        if (check.status)
            check.status = database.verify();
        check.problem = database.problem();
        if (check.status && !database.isReadOnly()) {
            if (Core::Status backedUp = Core::Backups(path).makeDaily(database.connection()); !backedUp)
                check.status = backedUp; // said in the status bar; the database itself is fine
        }
        return check;
    }));
}

void DatabaseGuard::showProblem(const QString &message)
{
    const QString path = m_workspace.database().path();
    m_workspace.setReadOnly(tr("%1 is damaged; Cairn does not write to it.").arg(path));
    if (!m_problemPage) {
        m_problemPage = new DatabaseProblemPage(&m_central);
        connect(m_problemPage, &DatabaseProblemPage::restoreRequested, this, &DatabaseGuard::restoreBackup);
        connect(m_problemPage, &DatabaseProblemPage::openAnotherRequested, this, [this] { openAnother(false); });
        connect(m_problemPage, &DatabaseProblemPage::startNewRequested, this, [this] { openAnother(true); });
        m_central.addWidget(m_problemPage);
    }
    m_problemPage->setProblem(path, message, Core::Backups(path).latest());
    m_central.setCurrentWidget(m_problemPage);
    Q_EMIT problemShown();
}

void DatabaseGuard::restoreBackup(const QString &backup)
{
    const QString path = m_workspace.database().path();
    QString kept;
    // The current file is set aside under another name (this window's
    // connection follows it) and the backup copied in its place; Cairn then
    // starts again on it.
    if (Core::Status restored = Core::Backups(path).restore(backup, &kept); !restored) {
        QMessageBox::warning(&m_window, tr("The backup could not be restored"), restored.message());
        return;
    }
    Q_EMIT message(tr("Restored %1; the database as it was is kept as %2.").arg(path, kept));
    Q_EMIT restartRequested({QStringLiteral("--database"), path});
}

void DatabaseGuard::restoreFromDialog()
{
    const QString path = m_workspace.database().path();
    const QList<Core::BackupFile> backups = path == u":memory:" ? QList<Core::BackupFile>() : Core::Backups(path).list();
    if (backups.isEmpty()) {
        QMessageBox::information(&m_window, tr("Restore from Backup"),
                                 tr("There is no backup of this database yet. Cairn makes one before every import "
                                    "and once a day."));
        return;
    }
    if (const std::optional<Core::BackupFile> chosen = RestoreDialog::choose(&m_window, backups))
        restoreBackup(chosen->path);
}

QString DatabaseGuard::chooseDatabase(QWidget *parent, bool startNew, const QString &near)
{
    const QString folder = QFileInfo(near).absolutePath();
    return startNew ? QFileDialog::getSaveFileName(parent, tr("Start a New Database"),
                                                   folder + QStringLiteral("/cairn-new.sqlite"),
                                                   tr("Cairn database (*.sqlite)"))
                    : QFileDialog::getOpenFileName(parent, tr("Open Another Database"), folder,
                                                   tr("Cairn database (*.sqlite);;All files (*)"));
}

void DatabaseGuard::openAnother(bool startNew)
{
    const QString fileName = chooseDatabase(&m_window, startNew, m_workspace.database().path());
    if (!fileName.isEmpty())
        Q_EMIT restartRequested({QStringLiteral("--database"), fileName});
}

} // namespace Cairn::Ui
