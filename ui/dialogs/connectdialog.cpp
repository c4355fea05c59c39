#include "connectdialog.h"

#include "serverlogin.h"
#include "settings/settingkeys.h"
#include "storage/database.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace Cairn::Ui {

ConnectDialog::ConnectDialog(QSettings &settings, SecretStore &secrets, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_connection(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Keep the password in this desktop's keyring"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Connect to Study Centre"));
    auto *intro = new QLabel(tr("Cairn will use the study centre's server instead of the database on this computer. "
                                "Ask the centre for the connection, for example <i>service=centre</i> or "
                                "<i>host=centre.example dbname=cairn user=you</i>."),
                             this);
    intro->setWordWrap(true);
    m_connection->setText(SettingKeys::lastServer.get(m_settings));
    m_connection->setPlaceholderText(QStringLiteral("service=centre"));
    m_connection->setMinimumWidth(360);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("if the server asks for one"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    m_problem->setAccessibleName(tr("Problem"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Connection:"), m_connection);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *connect = buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    connect->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

QString ConnectDialog::conninfo() const
{
    return m_connection->text().trimmed();
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

void ConnectDialog::accept()
{
    if (conninfo().isEmpty()) {
        m_problem->setText(tr("Give the connection the study centre gave you, such as service=centre."));
        m_problem->setVisible(true);
        m_connection->setFocus();
        return;
    }
    // Tried here, so that a mistake is said while the dialog is open.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Core::Database trial;
    const Core::Status reached = trial.openServer(ServerLogin::withPassword(conninfo(), password()));
    trial.close();
    QApplication::restoreOverrideCursor();
    if (!reached) {
        QString problem = reached.message();
        if (!problem.isEmpty())
            problem[0] = problem[0].toUpper(); // a sentence of its own here
        m_problem->setText(problem);
        m_problem->setVisible(true);
        return;
    }
    SettingKeys::lastServer.set(m_settings, conninfo());
    if (m_remember->isChecked() && !password().isEmpty()) {
        // The answer may come after this dialog is gone.
        const QPointer<QWidget> window = parentWidget();
        m_secrets.write(ServerLogin::secretKey(conninfo()), password(), [window](bool ok, const QString &why) {
            if (!ok && window) {
                QMessageBox::warning(window, tr("The password was not kept"),
                                     tr("The desktop's keyring did not take the password (%1). Cairn connects now; "
                                        "next time it will ask again, or use ~/.pgpass.")
                                         .arg(why));
            }
        });
    }
    QDialog::accept();
}

} // namespace Cairn::Ui
