#include "ProfileSecretStore.h"

#include "base/Async.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcProfileSecrets, "agentdesk.secrets")

namespace agentdesk {

ProfileSecretStore::ProfileSecretStore(SecretStore &keychain, QString profileId, QObject *parent)
    : SecretStore(parent), m_keychain(keychain), m_profileId(std::move(profileId))
{ }

QString ProfileSecretStore::scoped(const QString &key) const
{
    Q_ASSERT_X(!m_profileId.isEmpty(), "ProfileSecretStore", "the profile is known once the database is open");
    return m_profileId + QLatin1Char('/') + key;
}

void ProfileSecretStore::read(const QString &key, const QObject *context, SecretCallback done)
{
    auto answer = bindTo(context, std::move(done));
    m_keychain.read(scoped(key), this, [this, key, answer](const SecretResult &r) mutable {
        if (r.status != SecretResult::NotFound) {
            answer(r);
            return;
        }
        migrateLegacy(key, this, answer);
    });
}

void ProfileSecretStore::migrateLegacy(const QString &key, const QObject *context, SecretCallback done)
{
    m_keychain.read(key, context, [this, key, done, context](const SecretResult &legacy) {
        if (!legacy.ok()) {
            // Nothing from before profiles either: the scoped "not found" stands.
            SecretResult r = legacy;
            if (legacy.status == SecretResult::NotFound)
                r.message = tr("The keychain holds no entry for this profile.");
            done(r);
            return;
        }
        qCInfo(lcProfileSecrets).noquote() << "moving keychain entry" << key << "under profile" << m_profileId;
        m_keychain.write(scoped(key), legacy.secret, context,
                         [this, key, legacy, done, context](const SecretResult &w) {
                             if (!w.ok()) {
                                 // Still usable from where it is; moving it can wait for the next read.
                                 done(legacy);
                                 return;
                             }
                             m_keychain.remove(key, context, [legacy, done](const SecretResult &) { done(legacy); });
                         });
    });
}

void ProfileSecretStore::write(const QString &key, const Secret &secret, const QObject *context, SecretCallback done)
{
    m_keychain.write(scoped(key), secret, context, std::move(done));
}

void ProfileSecretStore::remove(const QString &key, const QObject *context, SecretCallback done)
{
    // An unprefixed entry from before profiles is left alone: another data directory
    // may still be the one that owns it.
    m_keychain.remove(scoped(key), context, std::move(done));
}

} // namespace agentdesk
