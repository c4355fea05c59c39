// File ▸ Connect to Study Centre…: the connection tried before the dialog
// closes, the last server remembered, a password kept only in the keyring
// (a stand-in here: a test machine has no keyring) and never in settings.

#include "dialogs/connectdialog.h"
#include "serverlogin.h"
#include "settings/settingkeys.h"
#include "storagebackends.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Cairn;

namespace {
// The keyring, in memory; `broken` answers every write with an error.
class FakeKeyring final : public Ui::SecretStore
{
public:
    QHash<QString, QString> secrets;
    bool broken = false;

    void read(const QString &key, std::function<void(bool, const QString &)> done) override
    {
        done(secrets.contains(key), secrets.value(key, QStringLiteral("no such entry")));
    }
    void write(const QString &key, const QString &secret, std::function<void(bool, const QString &)> done) override
    {
        if (broken) {
            done(false, QStringLiteral("no keyring here"));
            return;
        }
        secrets.insert(key, secret);
        done(true, {});
    }
};
} // namespace

class TestConnectDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPasswordIsQuotedAsLibpqReadsIt()
    {
        QCOMPARE(Ui::ServerLogin::withPassword(QStringLiteral("service=centre"), QString()), QStringLiteral("service=centre"));
        QCOMPARE(Ui::ServerLogin::withPassword(QStringLiteral("service=centre"), QStringLiteral("it's a \\ test")),
                 QStringLiteral("service=centre password='it\\'s a \\\\ test'"));
        FakeKeyring keyring;
        keyring.secrets.insert(Ui::ServerLogin::secretKey(QStringLiteral("service=centre")), QStringLiteral("s3cret"));
        QCOMPARE(Ui::ServerLogin::readPassword(keyring, QStringLiteral("service=centre")), QStringLiteral("s3cret"));
        QCOMPARE(Ui::ServerLogin::readPassword(keyring, QStringLiteral("service=other"), 10), QString());
    }

    void aServerThatCannotBeReachedIsSaidAndTheDialogStays()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("cairn.ini")), QSettings::IniFormat);
        FakeKeyring keyring;
        Ui::ConnectDialog dialog(settings, keyring);
        dialog.accept(); // nothing given
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("service=centre")));
        dialog.connectionField()->setText(QStringLiteral("host=/nonexistent-cairn-socket user=nobody"));
        dialog.passwordField()->setText(QStringLiteral("secret"));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        // As a sentence of its own: capitalised, libpq's lines joined.
        QVERIFY2(dialog.problemLabel()->text().startsWith(QStringLiteral("Cannot reach the study centre's server")),
                 qPrintable(dialog.problemLabel()->text()));
        QVERIFY(!dialog.problemLabel()->text().contains(u'\n'));
        QVERIFY(!dialog.problemLabel()->text().contains(QStringLiteral("secret")));
        QVERIFY(Ui::SettingKeys::lastServer.get(settings).isEmpty()); // only a server that answered is remembered
    }

    void aServerThatAnswersIsRememberedWithoutItsPassword()
    {
        QString why;
        const QString server = Test::freshServerDatabase(&why);
        if (server.isEmpty())
            QSKIP(qPrintable(why));
        {
            Core::Database admin;
            QVERIFY(admin.openServer(server, Core::Database::ServerSchema::Init).ok());
        }
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("cairn.ini"));
        FakeKeyring keyring;
        {
            QSettings settings(ini, QSettings::IniFormat);
            Ui::ConnectDialog dialog(settings, keyring);
            dialog.connectionField()->setText(server);
            // The test server trusts its users: the password is kept, not needed.
            dialog.passwordField()->setText(QStringLiteral("kept-in-the-keyring"));
            dialog.rememberBox()->setChecked(true);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.conninfo(), server);
        }
        QCOMPARE(keyring.secrets.value(Ui::ServerLogin::secretKey(server)), QStringLiteral("kept-in-the-keyring"));
        QVERIFY(!Test::readAll(ini).contains("kept-in-the-keyring"));
        QSettings settings(ini, QSettings::IniFormat);
        QCOMPARE(Ui::SettingKeys::lastServer.get(settings), server);
        Ui::ConnectDialog again(settings, keyring);
        QCOMPARE(again.connectionField()->text(), server); // offered next time
        QVERIFY(again.passwordField()->text().isEmpty());

        // A keyring that refuses: the connection still goes ahead.
        keyring.broken = true;
        again.passwordField()->setText(QStringLiteral("another"));
        again.rememberBox()->setChecked(true);
        again.accept();
        QCOMPARE(again.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
