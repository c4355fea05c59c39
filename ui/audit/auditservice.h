#pragma once

#include "model/status.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace Cairn::Core {
class Auditor;
struct Catalogue;
class CatalogueIndex;
}

namespace Cairn::Ui {

class Workspace;

// What every audit in the window starts from: a snapshot of the whole
// catalogue and an auditor for the open profile over it. The catalogue is
// read once per change of it, on a worker thread with its own connection, so
// that a catalogue of 100,000 courses never holds up the window; the auditor
// is remade (cheaply) when the profile changes. Both are immutable and
// shared, so audits can run on other threads while the user goes on editing.
class AuditService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditService)

public:
    explicit AuditService(Workspace &workspace, QObject *parent = nullptr);
    ~AuditService() override;

    // Starts reading the catalogue if nobody has asked before;
    // auditorChanged() follows when it is read.
    void request();
    // Null until the catalogue has been read.
    std::shared_ptr<const Core::Auditor> auditor() const { return m_auditor; }
    // Nobody has asked for the catalogue, or it has been read.
    bool isSettled() const { return !m_requested || m_auditor; }
    // Why the catalogue could not be read; empty when it could.
    QString error() const { return m_error; }

Q_SIGNALS:
    // A new auditor (after an edit of the profile or the catalogue): what was
    // audited before is stale.
    void auditorChanged();

private:
    struct Snapshot
    {
        Core::Status status = Core::Status::success();
        std::shared_ptr<const Core::Catalogue> catalogue;
        std::shared_ptr<const Core::CatalogueIndex> index; // of `catalogue`, made with it
    };

    void readCatalogue();
    void catalogueRead();
    void remakeAuditor();

    Workspace &m_workspace;
    QFutureWatcher<Snapshot> m_loading;
    std::shared_ptr<const Core::Catalogue> m_catalogue;
    // Made once per catalogue read, not once per auditor (per edit).
    std::shared_ptr<const Core::CatalogueIndex> m_index;
    std::shared_ptr<const Core::Auditor> m_auditor;
    QString m_error;
    bool m_requested = false;
    bool m_stale = false; // the catalogue changed while it was being read
};

} // namespace Cairn::Ui
