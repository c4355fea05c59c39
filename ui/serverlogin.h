#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace Cairn::Ui {

// Where a study centre's password is kept between sessions: the desktop's
// keyring, never the settings file. An interface so that tests can stand in
// for the keyring (a test machine has none).
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    // `done(ok, secret or why not)` is called once, perhaps later.
    virtual void read(const QString &key, std::function<void(bool, const QString &)> done) = 0;
    virtual void write(const QString &key, const QString &secret, std::function<void(bool, const QString &)> done) = 0;
};

// The desktop's keyring through QtKeychain (Secret Service, KWallet, …).
class KeyringStore final : public SecretStore
{
public:
    void read(const QString &key, std::function<void(bool, const QString &)> done) override;
    void write(const QString &key, const QString &secret, std::function<void(bool, const QString &)> done) override;
};

namespace ServerLogin {

// The keyring entry of a connection string.
QString secretKey(const QString &conninfo);

// `conninfo` with a password added as libpq reads it (quoted, backslashes
// and quotes escaped); unchanged for an empty password.
QString withPassword(const QString &conninfo, const QString &password);

// Waits (up to `timeoutMs`, running the event loop) for the password kept for
// `conninfo`; empty when there is none or the keyring does not answer.
QString readPassword(SecretStore &store, const QString &conninfo, int timeoutMs = 3000);

} // namespace ServerLogin

} // namespace Cairn::Ui
