#pragma once

#include "domain/Outcome.h"
#include "providers/ProviderAdapter.h"

#include "secrets/SecretStore.h"
#include <QHash>

#include <QObject>

namespace agentdesk {

class AccountStore;
class SecretStore;

// Finds the account an operation acts for and the key that goes with it. The key is
// read from the keychain once per process and then kept in memory only (a poller that
// syncs every few seconds must not ask the keychain every time), with the account's key
// version: when any process changes the key (the version in the database moves on), the
// kept key is dropped and read again, and a read that was under way when it changed is
// not kept. A keychain that is locked or missing is reported as such, never as a
// missing key.
class CredentialResolver : public QObject
{
    Q_OBJECT
public:
    CredentialResolver(AccountStore &accounts, SecretStore &secrets, QObject *parent = nullptr);

    // The named account of `provider`, or its only account when the name is empty.
    void resolve(ProviderId provider, const QString &accountName, const QObject *context, Callback<Credentials> done);
    // Drops what is kept for this account (its key changed, or it is gone).
    void forget(const QString &accountName);
    // A locked keyring whose unlock prompt was cancelled is asked once, not once per
    // refresh: until releaseKeychain() (the operator's Retry), every key that is not
    // kept answers that error at once, without a keychain read or a prompt. Only where
    // someone can press Retry (the window turns it on).
    void setHoldWhenLocked(bool on) { m_holdWhenLocked = on; }
    bool isKeychainHeld() const { return m_held.has_value(); }
    QString keychainHeldBecause() const { return m_held ? m_held->message : QString(); }
    void releaseKeychain();
    int keychainReads() const { return m_keychainReads; }

Q_SIGNALS:
    void keychainHeldChanged(bool held);

private:
    struct KeptKey {
        Secret key;
        int version = 0;
    };
    void readKey(const Account &account);
    void deliver(const QString &name, const SecretResult &r);

    AccountStore &m_accounts;
    SecretStore &m_secrets;
    QHash<QString, KeptKey> m_keys;
    // Callers waiting for a keychain read already under way, per account: one read each.
    QHash<QString, QList<std::function<void(const SecretResult &)>>> m_pending;
    int m_keychainReads = 0;
    std::optional<SecretResult> m_held;
    bool m_holdWhenLocked = false;
};

// The error a person reads for a keychain answer about an account's key.
Error keyError(const QString &accountName, const SecretResult &r);

} // namespace agentdesk
