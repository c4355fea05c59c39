#pragma once

#include "import/importer.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace Cairn::Ui {

class Workspace;

// Imports and exports behind the File menu: a progress dialog that can be
// cancelled (a cancelled import leaves the database exactly as it was), and
// on failure a dialog listing every problem with its file and JSON path.
class FileTransfer final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Ui::FileTransfer)

public:
    // The progress dialog shows after `progressDelayMs` (a short import never
    // shows it, and its Cancel button works from then on).
    FileTransfer(Workspace &workspace, QWidget *parent, int progressDelayMs = 300)
        : m_workspace(workspace), m_parent(parent), m_progressDelayMs(progressDelayMs)
    {
    }

    // The summary of a file that was imported; nothing when it was refused
    // (the problems were shown) or cancelled.
    std::optional<Core::ImportSummary> importFile(const QString &fileName);
    bool exportCatalogue(const QString &fileName);
    bool exportProfile(const QString &fileName);
    bool loadDemo();

private:
    void showFailure(const QString &title, const Core::Status &status, const Core::Problems &problems,
                     const QString &fileName);

    Workspace &m_workspace;
    QWidget *m_parent;
    int m_progressDelayMs;
};

} // namespace Cairn::Ui
