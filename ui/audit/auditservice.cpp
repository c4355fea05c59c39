#include "auditservice.h"

#include "audit/auditor.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "workspace.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Cairn::Ui {

AuditService::AuditService(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    connect(&m_loading, &QFutureWatcher<Snapshot>::finished, this, &AuditService::catalogueRead);
    connect(&workspace, &Workspace::catalogueChanged, this, [this] {
        if (!m_requested)
            return;
        if (m_loading.isRunning())
            m_stale = true;
        else
            readCatalogue();
    });
    for (auto signal : {&Workspace::profileChanged, &Workspace::profileSwitched}) {
        connect(&workspace, signal, this, [this] {
            if (m_catalogue)
                remakeAuditor();
        });
    }
}

AuditService::~AuditService()
{
    m_loading.waitForFinished();
}

void AuditService::request()
{
    if (m_requested)
        return;
    m_requested = true;
    readCatalogue();
}

void AuditService::readCatalogue()
{
    const Core::Database::Location location = m_workspace.database().location();
    const auto read = [](Core::Database &database) {
        auto catalogue = std::make_shared<Core::Catalogue>();
        Snapshot snapshot;
        snapshot.status = Core::CatalogueRepository(database).load(*catalogue);
        snapshot.index = std::make_shared<const Core::CatalogueIndex>(*catalogue); // on the worker too
        snapshot.catalogue = std::move(catalogue);
        return snapshot;
    };
    if (!location.server && (location.target.isEmpty() || location.target == u":memory:")) {
        // Another connection would see another, empty database: read this one
        // here (an in-memory catalogue is a small one, made by a test).
        m_loading.setFuture(QtFuture::makeReadyFuture(read(m_workspace.database())));
        return;
    }
    m_loading.setFuture(QtConcurrent::run([location, read] {
        Core::Database database; // this thread's own connection
        if (Core::Status opened = database.openAt(location); !opened)
            return Snapshot{opened, nullptr, nullptr};
        return read(database);
    }));
}

void AuditService::catalogueRead()
{
    if (m_stale) {
        m_stale = false;
        readCatalogue();
        return;
    }
    const Snapshot snapshot = m_loading.result();
    m_error = snapshot.status ? QString() : snapshot.status.message();
    m_catalogue = snapshot.status ? snapshot.catalogue : std::make_shared<const Core::Catalogue>();
    m_index = snapshot.status ? snapshot.index : std::make_shared<const Core::CatalogueIndex>(*m_catalogue);
    remakeAuditor();
}

void AuditService::remakeAuditor()
{
    m_auditor = std::make_shared<const Core::Auditor>(m_catalogue, m_index, m_workspace.profile());
    Q_EMIT auditorChanged();
}

} // namespace Cairn::Ui
