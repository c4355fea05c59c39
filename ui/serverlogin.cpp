#include "serverlogin.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>

#include <memory>

namespace Cairn::Ui {

namespace {
const QString service = QStringLiteral("Cairn study centre");
}

void KeyringStore::read(const QString &key, std::function<void(bool, const QString &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text copy in a settings file
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *finished) {
        auto *reading = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (reading->error() == QKeychain::NoError)
            done(true, reading->textData());
        else
            done(false, reading->errorString());
    });
    job->start();
}

void KeyringStore::write(const QString &key, const QString &secret, std::function<void(bool, const QString &)> done)
{
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *finished) {
        done(finished->error() == QKeychain::NoError, finished->errorString());
    });
    job->start();
}

namespace ServerLogin {

QString secretKey(const QString &conninfo)
{
    return conninfo.simplified();
}

QString withPassword(const QString &conninfo, const QString &password)
{
    if (password.isEmpty())
        return conninfo;
    QString quoted = password;
    quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return conninfo + QStringLiteral(" password='") + quoted + u'\'';
}

QString readPassword(SecretStore &store, const QString &conninfo, int timeoutMs)
{
    // Shared with the answer, which may come after the wait has given up.
    struct Wait
    {
        QEventLoop *loop = nullptr;
        bool answered = false;
        QString password;
    };
    auto wait = std::make_shared<Wait>();
    store.read(secretKey(conninfo), [wait](bool ok, const QString &secret) {
        wait->answered = true;
        if (ok)
            wait->password = secret;
        if (wait->loop)
            wait->loop->quit();
    });
    if (!wait->answered) {
        QEventLoop loop;
        wait->loop = &loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        wait->loop = nullptr;
    }
    return wait->password;
}

} // namespace ServerLogin

} // namespace Cairn::Ui
