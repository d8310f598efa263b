#pragma once

#include "secrets/SecretStore.h"

#include <QHash>
#include <QTimer>

namespace agentdesk::fakes {

// A SecretStore kept in memory, for tests whose subject is not the keychain (the
// keychain itself is tested against a real Secret Service in tst_keychain). It can
// play a locked keychain to exercise that state's handling.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void setLocked(bool locked) { m_locked = locked; }

    void read(const QString &key, SecretCallback done) override
    {
        answer(done, [this, key] {
            SecretResult r;
            if (!m_values.contains(key)) {
                r.status = SecretResult::NotFound;
                r.message = QStringLiteral("not found");
            } else {
                r.secret = Secret(m_values.value(key));
            }
            return r;
        });
    }
    void write(const QString &key, const Secret &secret, SecretCallback done) override
    {
        answer(done, [this, key, secret] {
            m_values.insert(key, secret.reveal());
            return SecretResult{};
        });
    }
    void remove(const QString &key, SecretCallback done) override
    {
        answer(done, [this, key] {
            m_values.remove(key);
            return SecretResult{};
        });
    }

private:
    template <typename F>
    void answer(SecretCallback done, F produce)
    {
        QTimer::singleShot(0, this, [this, done, produce] {
            if (m_locked) {
                SecretResult r;
                r.status = SecretResult::Unavailable;
                r.message = QStringLiteral("The OS keychain is locked.");
                done(r);
                return;
            }
            done(produce());
        });
    }

    QHash<QString, QString> m_values;
    bool m_locked = false;
};

} // namespace agentdesk::fakes
