#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSettings;

namespace Cairn::Ui {

class SecretStore;

// File ▸ Connect to Study Centre…: a connection string (or service name)
// and, when the server asks for one, a password. The connection is tried
// before the dialog closes, so that a mistake is said here; the string is
// remembered for next time, a password only in the desktop's keyring, and
// only when asked to.
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    ConnectDialog(QSettings &settings, SecretStore &secrets, QWidget *parent = nullptr);

    // After accept(): what to connect with, and the password given (which
    // the caller hands on without writing it anywhere).
    QString conninfo() const;
    QString password() const;

    void accept() override;

    QLineEdit *connectionField() const { return m_connection; }
    QLineEdit *passwordField() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    QLabel *problemLabel() const { return m_problem; }

private:
    QSettings &m_settings;
    SecretStore &m_secrets;
    QLineEdit *m_connection;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_problem;
};

} // namespace Cairn::Ui
