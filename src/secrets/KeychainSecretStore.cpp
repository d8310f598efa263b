#include "KeychainSecretStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>
#include <memory>

namespace agentdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("KeychainSecretStore", text);
}

SecretResult resultFromJob(const QKeychain::Job *job)
{
    SecretResult r;
    switch (job->error()) {
    case QKeychain::NoError:
        r.status = SecretResult::Ok;
        return r;
    case QKeychain::EntryNotFound:
        r.status = SecretResult::NotFound;
        r.message = tr("No key is stored in the keychain for this entry.");
        return r;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.status = SecretResult::Unavailable;
        r.message = tr("The OS keychain is locked or refused access (%1). Unlock it and try again.")
                        .arg(job->errorString());
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.status = SecretResult::Unavailable;
        r.message = tr("No OS keychain is available (%1). AgentDesk keeps keys only in the keychain: "
                       "start a Secret Service such as gnome-keyring and try again.")
                        .arg(job->errorString());
        return r;
    case QKeychain::OtherError:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    // libsecret reports a missing session bus or a missing/locked collection as OtherError.
    r.status = SecretResult::Unavailable;
    r.message = tr("The OS keychain could not be used (%1). Make sure a Secret Service is running "
                   "and unlocked, then try again.")
                    .arg(job->errorString());
    return r;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent), m_service(std::move(service))
{
}

void KeychainSecretStore::read(const QString &key, SecretCallback done)
{
    run(Op::Read, key, {}, std::move(done));
}

void KeychainSecretStore::write(const QString &key, const Secret &secret, SecretCallback done)
{
    run(Op::Write, key, secret, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, SecretCallback done)
{
    run(Op::Remove, key, {}, std::move(done));
}

void KeychainSecretStore::run(Op op, const QString &key, const Secret &secret, SecretCallback done)
{
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Op::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setTextData(secret.reveal());
        job = write;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);

    // Exactly one answer per call: whichever of "job finished" and "timed out" comes first.
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [answered, done, timer] {
        timer->deleteLater();
        if (*answered)
            return;
        *answered = true;
        SecretResult r;
        r.status = SecretResult::Unavailable;
        r.message = tr("The OS keychain did not answer in time. It may be locked and waiting for "
                       "a password prompt; unlock it and try again.");
        done(r);
    });
    connect(job, &QKeychain::Job::finished, this, [answered, done, timer, op](QKeychain::Job *finished) {
        timer->stop();
        timer->deleteLater();
        if (*answered)
            return;
        *answered = true;
        SecretResult r = resultFromJob(finished);
        if (r.ok() && op == Op::Read)
            r.secret = Secret(static_cast<QKeychain::ReadPasswordJob *>(finished)->textData());
        done(r);
    });
    timer->start(m_timeoutMs);
    job->start();
}

} // namespace agentdesk
