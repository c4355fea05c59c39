#include "filetransfer.h"

#include "io/cataloguewriter.h"
#include "import/demodata.h"
#include "io/learnerfile.h"
#include "io/savefile.h"
#include "problemsdialog.h"
#include "storage/cataloguerepository.h"
#include "workspace.h"

#include <QApplication>
#include <QFileInfo>
#include <QProgressDialog>

namespace Cairn::Ui {

namespace {

// Shows a wait cursor while something that cannot report progress runs.
class WaitCursor final
{
    Q_DISABLE_COPY_MOVE(WaitCursor)

public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
};

// A window-modal progress dialog for work done on this thread, with a wait
// cursor while it lasts. The dialog handles events in setValue(), so that
// its Cancel button works while the work runs.
class ProgressWindow final
{
    Q_DISABLE_COPY_MOVE(ProgressWindow)

public:
    ProgressWindow(const QString &title, const QString &label, int delayMs, QWidget *parent)
        : m_dialog(label, FileTransfer::tr("Cancel"), 0, 0, parent)
    {
        m_dialog.setWindowTitle(title);
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(delayMs);
        m_dialog.setAutoReset(false);
        m_dialog.setAutoClose(false);
    }
    ~ProgressWindow() { m_dialog.close(); }

    // What the core reports to: it shows the figures and answers whether to go on.
    Core::Progress reporter()
    {
        return [this](qint64 done, qint64 total) {
            m_dialog.setMaximum(int(std::min<qint64>(total, INT_MAX)));
            m_dialog.setValue(int(std::min<qint64>(done, INT_MAX)));
            return !m_dialog.wasCanceled();
        };
    }

private:
    const WaitCursor m_wait;
    QProgressDialog m_dialog;
};

} // namespace

std::optional<Core::ImportSummary> FileTransfer::importFile(const QString &fileName)
{
    Core::ImportSummary summary;
    Core::Status status = Core::Status::success();
    // Another program's lock: the user may try again once it lets go.
    status = m_workspace.attempt([&] {
        summary = Core::ImportSummary();
        ProgressWindow progress(tr("Import"), tr("Importing %1…").arg(QFileInfo(fileName).fileName()),
                                m_progressDelayMs, m_parent);
        return Core::Importer(m_workspace.database()).importFile(fileName, &summary, progress.reporter());
    });
    if (status.cancelled()) {
        Q_EMIT m_workspace.notice(tr("Import cancelled; nothing was changed."));
        return std::nullopt;
    }
    if (!status) {
        showFailure(tr("Nothing was imported"), status, summary.problems, fileName);
        return std::nullopt;
    }
    m_workspace.reloadAfterImport();
    if (summary.format == Core::DocumentFormat::Catalogue) {
        Q_EMIT m_workspace.notice(tr("Imported the catalogue “%1”: %2 courses, %3 qualifications")
                                      .arg(summary.name)
                                      .arg(summary.courses)
                                      .arg(summary.qualifications));
    } else {
        Q_EMIT m_workspace.notice(tr("Imported the profile “%1” with %2 records").arg(summary.name).arg(summary.records));
    }
    return summary;
}

bool FileTransfer::loadDemo()
{
    Core::Status status = Core::Status::success();
    {
        const WaitCursor wait;
        status = Core::importDemoData(m_workspace.database());
    }
    if (!status) {
        showFailure(tr("The demo could not be loaded"), status, {}, QString());
        return false;
    }
    m_workspace.reloadAfterImport();
    return true;
}

bool FileTransfer::exportCatalogue(const QString &fileName)
{
    Core::Status status = Core::Status::success();
    {
        ProgressWindow progress(tr("Export"),
                                tr("Exporting the catalogue to %1…").arg(QFileInfo(fileName).fileName()),
                                m_progressDelayMs, m_parent);
        Core::Catalogue catalogue;
        // Reading reports progress and can be cancelled; the file is written
        // (all at once, through QSaveFile) only after the whole catalogue is read.
        status = Core::CatalogueRepository(m_workspace.database()).load(catalogue, progress.reporter());
        if (status)
            status = Core::writeFileAtomically(fileName, Core::catalogueToJsonBytes(catalogue));
    }
    if (status.cancelled()) {
        Q_EMIT m_workspace.notice(tr("Export cancelled; no file was written."));
        return false;
    }
    if (!status) {
        showFailure(tr("The catalogue was not exported"), status, {}, fileName);
        return false;
    }
    Q_EMIT m_workspace.notice(tr("Exported the catalogue to %1").arg(fileName));
    return true;
}

bool FileTransfer::exportProfile(const QString &fileName)
{
    const Core::Status status = Core::writeFileAtomically(fileName, Core::learnerToJsonBytes(m_workspace.profile()));
    if (!status) {
        showFailure(tr("The profile was not exported"), status, {}, fileName);
        return false;
    }
    Q_EMIT m_workspace.notice(tr("Exported %1 to %2").arg(m_workspace.profile().name, fileName));
    return true;
}

void FileTransfer::showFailure(const QString &title, const Core::Status &status, const Core::Problems &problems,
                               const QString &fileName)
{
    QStringList lines;
    for (const Core::Problem &problem : problems.items())
        lines.append(fileName.isEmpty() ? problem.toString() : fileName + QStringLiteral(": ") + problem.toString());
    if (lines.isEmpty())
        lines = status.message().split(u'\n');
    const QString summary = problems.isEmpty()
        ? tr("%1.").arg(title)
        : tr("%1 was not imported. Problems found: %2. Nothing was changed; fix them and import the file "
             "again.")
              .arg(QFileInfo(fileName).fileName())
              .arg(problems.size());
    ProblemsDialog dialog(title, summary, lines, m_parent);
    dialog.exec();
}

} // namespace Cairn::Ui
