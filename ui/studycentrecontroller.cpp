#include "studycentrecontroller.h"

#include "audit/auditor.h"
#include "audit/auditservice.h"
#include "dialogs/connectdialog.h"
#include "serverlogin.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/learnerrepository.h"
#include "workspace.h"

#include <QAction>

namespace Cairn::Ui {

StudyCentreController::StudyCentreController(Workspace &workspace, AuditService &audits, QSettings &settings,
                                             QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_audits(audits)
    , m_settings(settings)
    , m_window(window)
    , m_secrets(std::make_unique<KeyringStore>())
    , m_connect(new QAction(tr("Connect to &Study Centre…"), this))
{
    m_connect->setObjectName(QStringLiteral("connectToStudyCentre"));
    m_connect->setStatusTip(tr("Use a study centre's shared catalogue and profiles on its server"));
    connect(m_connect, &QAction::triggered, this, &StudyCentreController::connectToStudyCentre);
    if (m_workspace.database().isServer()) {
        m_reconnect = new QAction(tr("Re&connect to Study Centre"), this);
        m_reconnect->setObjectName(QStringLiteral("reconnectToStudyCentre"));
        m_reconnect->setStatusTip(tr("Try the study centre's server again after it could not be reached"));
        m_reconnect->setEnabled(false);
        connect(m_reconnect, &QAction::triggered, this, &StudyCentreController::reconnect);
        m_useThisComputer = new QAction(tr("Use This Computer's &Database"), this);
        m_useThisComputer->setObjectName(QStringLiteral("useLocalDatabase"));
        m_useThisComputer->setStatusTip(tr("Leave the study centre's server and use the database on this computer"));
        connect(m_useThisComputer, &QAction::triggered, this, [this] {
            Q_EMIT restartRequested({QStringLiteral("--database"), Core::Database::defaultPath()});
        });
    }
    connect(&m_workspace, &Workspace::connectionLost, this, &StudyCentreController::useLocalCopy);
}

StudyCentreController::~StudyCentreController() = default;

void StudyCentreController::connectToStudyCentre()
{
    ConnectDialog dialog(m_settings, *m_secrets, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Cairn starts again on the server. The password reaches the new process
    // in its environment (readable by this user only), never its arguments.
    if (!dialog.password().isEmpty())
        qputenv("PGPASSWORD", dialog.password().toUtf8());
    Q_EMIT restartRequested({QStringLiteral("--server"), dialog.conninfo()});
}

void StudyCentreController::useLocalCopy(const QString &why)
{
    Core::Database &database = m_workspace.database();
    if (database.isLocalCopy())
        return;
    const std::shared_ptr<const Core::Auditor> auditor = m_audits.auditor();
    const Core::LearnerProfile profile = m_workspace.profile();
    const bool hadProfile = m_workspace.hasProfile();
    Core::Status copied = database.openLocalCopy();
    if (copied && auditor)
        copied = Core::CatalogueRepository(database).save(auditor->catalogue());
    if (copied && hadProfile)
        copied = Core::LearnerRepository(database).create(profile);
    const QString readOnly =
        copied ? tr("The study centre's server cannot be reached: this is a read-only copy of what was last read. "
                    "File ▸ Reconnect to Study Centre tries again.")
               : tr("The study centre's server cannot be reached, and no copy could be kept (%1). "
                    "File ▸ Reconnect to Study Centre tries again.")
                     .arg(copied.message());
    // Reopens the profile, which redraws the title and the status bar.
    m_workspace.storeReplaced(readOnly);
    if (m_reconnect)
        m_reconnect->setEnabled(true);
    Q_EMIT message(why + u' ' + readOnly, 0);
}

void StudyCentreController::reconnect()
{
    if (Core::Status reached = m_workspace.database().reconnect(); !reached) {
        Q_EMIT message(reached.message(), 0);
        return;
    }
    m_workspace.storeReplaced(QString());
    if (m_reconnect)
        m_reconnect->setEnabled(false);
    Q_EMIT message(tr("Connected to the study centre's server again."), 10'000);
}

} // namespace Cairn::Ui
