#pragma once

#include "SecretStore.h"

namespace agentdesk {

// One data directory's view of the keychain. Every key is prefixed with the profile's
// id ("<profile>/account/work"), so two data directories with an account of the same
// name never overwrite or delete each other's keys (Nextcloud scopes its entries by
// account and server the same way). Entries written by versions before profiles
// (unprefixed) are moved under the profile the first time they are read.
class ProfileSecretStore : public SecretStore
{
    Q_OBJECT
public:
    ProfileSecretStore(SecretStore &keychain, QString profileId, QObject *parent = nullptr);

    void read(const QString &key, const QObject *context, SecretCallback done) override;
    void write(const QString &key, const Secret &secret, const QObject *context, SecretCallback done) override;
    void remove(const QString &key, const QObject *context, SecretCallback done) override;

    QString scoped(const QString &key) const;
    const QString &profileId() const { return m_profileId; }
    // Set once the data directory's database is open (CoreContext::open).
    void setProfileId(const QString &profileId) { m_profileId = profileId; }

private:
    void migrateLegacy(const QString &key, const QObject *context, SecretCallback done);

    SecretStore &m_keychain;
    QString m_profileId;
};

} // namespace agentdesk
