#pragma once

#include "domain/Error.h"
#include "domain/ProviderId.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

namespace agentdesk {

class AccountStore;
class CredentialResolver;
class HttpClient;
class Clock;
class TaskAdoption;
class TaskRefresher;
class TaskStore;

// Which provider accounts AgentDesk cannot reach, or that reject their key, and since
// when — from what background sync and adoption already learn, never from probes of
// its own. One success clears an account. The window shows it as a lasting banner
// instead of a dialog per failed refresh; a task of such an account may be out of date.
class AccountHealth : public QObject
{
    Q_OBJECT
public:
    enum class Problem { Unreachable, Rejected };
    struct Trouble {
        QString account;
        ProviderId provider = ProviderId::Jules;
        Problem problem = Problem::Unreachable;
        QDateTime since;
        QString detail; // the last error, as the provider layer worded it
    };

    AccountHealth(TaskStore &tasks, AccountStore &accounts, const Clock &clock, QObject *parent = nullptr);

    // Wires it to what already runs in the background.
    void watch(TaskRefresher &refresher, TaskAdoption &adoption);
    // Any answer for an account (an action, a check, a PR read) clears its trouble.
    void watch(HttpClient &http);
    // A locked keyring that AgentDesk stopped asking (see CredentialResolver).
    void watch(CredentialResolver &credentials);
    bool isKeychainHeld() const { return !m_keychainHeld.isEmpty(); }
    QString keychainHeldBecause() const { return m_keychainHeld; }

    // Called with the outcome of any call made for an account.
    void noteFailure(const QString &account, const Error &error);
    void noteSuccess(const QString &account);

    QList<Trouble> troubles() const; // oldest first
    bool isTroubled(const QString &account) const { return m_troubles.contains(account); }

    // Whether an error says the account, not the task, is the problem: the network or
    // the provider is down (no answer, 5xx, rate limited) or the key is refused.
    static std::optional<Problem> classify(const Error &error);

Q_SIGNALS:
    void changed();

private:
    QString accountOfTask(const QString &taskId) const;

    TaskStore &m_tasks;
    AccountStore &m_accounts;
    const Clock &m_clock;
    QHash<QString, Trouble> m_troubles;
    QString m_keychainHeld; // why, while the keychain is held
};

} // namespace agentdesk
