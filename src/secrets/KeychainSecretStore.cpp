#include "KeychainSecretStore.h"

#include "base/Async.h"
#include "base/Translate.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace agentdesk {

namespace {

SecretResult resultFromJob(const QKeychain::Job *job)
{
    SecretResult r;
    switch (job->error()) {
    case QKeychain::NoError: r.status = SecretResult::Ok; return r;
    case QKeychain::EntryNotFound:
        r.status = SecretResult::NotFound;
        r.message = tr("No key is stored in the keychain for this entry.");
        return r;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.status = SecretResult::Locked;
        r.message = tr("The keyring is locked (%1). Unlock your keyring (log in to your desktop session, or "
                       "open your keyring app and unlock it), then retry. Your keys are still there.")
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
    case QKeychain::CouldNotDeleteEntry: break;
    }
    // libsecret reports a locked collection, a missing session bus and a missing
    // collection all as OtherError: tell them apart by what it says.
    const QString why = job->errorString();
    if (why.contains(QLatin1String("locked"), Qt::CaseInsensitive)
        || why.contains(QLatin1String("prompt"), Qt::CaseInsensitive)) {
        r.status = SecretResult::Locked;
        r.message =
            tr("The keyring is locked (%1). Unlock your keyring, then retry. Your keys are still there.").arg(why);
        return r;
    }
    r.status = SecretResult::Unavailable;
    r.message = tr("The OS keychain could not be used (%1). AgentDesk keeps keys only in the keychain: make sure a "
                   "Secret Service such as gnome-keyring is running, then retry.")
                    .arg(why);
    return r;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent), m_service(std::move(service))
{ }

void KeychainSecretStore::read(const QString &key, const QObject *context, SecretCallback done)
{
    run(Op::Read, key, {}, bindTo(context, std::move(done)));
}

void KeychainSecretStore::write(const QString &key, const Secret &secret, const QObject *context, SecretCallback done)
{
    run(Op::Write, key, secret, bindTo(context, std::move(done)));
}

void KeychainSecretStore::remove(const QString &key, const QObject *context, SecretCallback done)
{
    run(Op::Remove, key, {}, bindTo(context, std::move(done)));
}

void KeychainSecretStore::run(Op op, const QString &key, const Secret &secret, SecretCallback done)
{
    // Jobs have no parent: one that is talking to the Secret Service must finish (and
    // delete itself) even when this store is gone. Deleting it mid-call leaves libsecret
    // answering into a freed job (found by the sanitizer pass). Its answer then reaches
    // nobody: the connection below ends with this store.
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Read: job = new QKeychain::ReadPasswordJob(m_service); break;
    case Op::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(secret.reveal());
        job = write;
        break;
    }
    case Op::Remove: job = new QKeychain::DeletePasswordJob(m_service); break;
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
        r.status = SecretResult::Locked;
        r.message = tr("The keychain did not answer in time. It is probably locked and waiting for an unlock "
                       "prompt: unlock your keyring, then retry. Your keys are still there.");
        done(r);
    });
    connect(job, &QKeychain::Job::finished, this, [this, answered, done, timer, op](QKeychain::Job *finished) {
        timer->stop();
        timer->deleteLater();
        if (*answered)
            return;
        *answered = true;
        SecretResult r = resultFromJob(finished);
        if (r.ok() && op == Op::Read)
            r.secret = Secret(static_cast<QKeychain::ReadPasswordJob *>(finished)->textData());
        if (r.status == SecretResult::NotFound && op == Op::Read) {
            // libsecret answers a read from a locked keyring whose unlock prompt cannot be
            // shown (no display, prompt dismissed) exactly like a missing entry. Ask the
            // Secret Service whether the keyring is locked before saying "not found".
            askWhetherLocked(r, done);
            return;
        }
        done(r);
    });
    timer->start(m_timeoutMs);
    job->start();
}

void KeychainSecretStore::askWhetherLocked(const SecretResult &notFound, SecretCallback done)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    call << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [notFound, done](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *w;
        // No Secret Service on the bus, or no default keyring: the entry is simply not there.
        if (reply.isError() || !reply.value().variant().toBool()) {
            done(notFound);
            return;
        }
        SecretResult locked;
        locked.status = SecretResult::Locked;
        locked.message = tr("The keyring is locked. Unlock it (log in to your desktop session, or open your keyring "
                            "app and unlock it), then retry. Your keys are still there.");
        done(locked);
    });
}

} // namespace agentdesk
