#pragma once

#include "base/Async.h"
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
    // Reads answer this much later with what the entry held when they were asked: a
    // keychain that is slow (a D-Bus round trip, an unlock prompt) while another
    // process changes the entry.
    void setReadDelay(int ms) { m_readDelayMs = ms; }
    bool contains(const QString &key) const { return m_values.contains(key); }
    QStringList keys() const { return m_values.keys(); }

    void read(const QString &key, const QObject *context, SecretCallback done) override
    {
        SecretResult asked;
        if (!m_values.contains(key)) {
            asked.status = SecretResult::NotFound;
            asked.message = QStringLiteral("not found");
        } else {
            asked.secret = Secret(m_values.value(key));
        }
        answer(
            context, done, [asked] { return asked; }, m_readDelayMs);
    }
    void write(const QString &key, const Secret &secret, const QObject *context, SecretCallback done) override
    {
        answer(context, done, [this, key, secret] {
            m_values.insert(key, secret.reveal());
            return SecretResult{};
        });
    }
    void remove(const QString &key, const QObject *context, SecretCallback done) override
    {
        answer(context, done, [this, key] {
            m_values.remove(key);
            return SecretResult{};
        });
    }

private:
    template <typename F>
    void answer(const QObject *context, SecretCallback done, F produce, int delayMs = 0)
    {
        QTimer::singleShot(delayMs, this, [this, done = bindTo(context, std::move(done)), produce]() mutable {
            if (m_locked) {
                SecretResult r;
                r.status = SecretResult::Locked;
                r.message = QStringLiteral("The keyring is locked. Unlock your keyring, then retry.");
                done(r);
                return;
            }
            done(produce());
        });
    }

    QHash<QString, QString> m_values;
    bool m_locked = false;
    int m_readDelayMs = 0;
};

} // namespace agentdesk::fakes
