#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QAction;
class QSettings;
class QWidget;

namespace Cairn::Ui {

class AuditService;
class SecretStore;
class Workspace;

// The study centre's server, behind the File menu (docs/STUDY_CENTRE.md):
// connecting to one (the dialog, the keyring), going back to this computer's
// database, and — when the server goes away mid-session — a read-only copy of
// what the window last read until Reconnect reaches it again.
class StudyCentreController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudyCentreController)

public:
    StudyCentreController(Workspace &workspace, AuditService &audits, QSettings &settings, QWidget *window);
    ~StudyCentreController() override;

    QAction *connectAction() const { return m_connect; }
    // Only on a server (nullptr otherwise).
    QAction *reconnectAction() const { return m_reconnect; }
    QAction *useThisComputerAction() const { return m_useThisComputer; }

Q_SIGNALS:
    // Cairn starts again with these arguments (MainWindow::restartRequested).
    void restartRequested(const QStringList &arguments);
    // For the status bar; `timeoutMs` 0 keeps it until the next one.
    void message(const QString &text, int timeoutMs);

private:
    void connectToStudyCentre();
    void useLocalCopy(const QString &why);
    void reconnect();

    Workspace &m_workspace;
    AuditService &m_audits;
    QSettings &m_settings;
    QWidget *m_window;
    std::unique_ptr<SecretStore> m_secrets; // the keyring, for a study centre's password
    QAction *m_connect;
    QAction *m_reconnect = nullptr;
    QAction *m_useThisComputer = nullptr;
};

} // namespace Cairn::Ui
