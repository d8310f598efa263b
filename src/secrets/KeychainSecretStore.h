#pragma once

#include "SecretStore.h"

namespace agentdesk {

// SecretStore over the OS keychain (qtkeychain: Secret Service on Linux). No insecure
// fallback: when the keychain cannot be used the caller is told so.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service, QObject *parent = nullptr);

    void read(const QString &key, const QObject *context, SecretCallback done) override;
    void write(const QString &key, const Secret &secret, const QObject *context, SecretCallback done) override;
    void remove(const QString &key, const QObject *context, SecretCallback done) override;

    // A locked keyring under a display can block forever on an unlock prompt.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    const QString &service() const { return m_service; }

private:
    enum class Op { Read, Write, Remove };
    void run(Op op, const QString &key, const Secret &secret, SecretCallback done);
    void askWhetherLocked(const SecretResult &notFound, SecretCallback done);

    QString m_service;
    int m_timeoutMs = 15000;
};

} // namespace agentdesk
