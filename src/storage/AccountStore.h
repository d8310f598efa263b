#pragma once

#include "Store.h"
#include "base/Clock.h"
#include "domain/Account.h"
#include "domain/Outcome.h"

#include <QList>
#include <optional>

namespace agentdesk {

// Account metadata (provider, name, base URL, settings). Never a key: keys are in the
// keychain. Reads tell "no such account" apart from "the database failed".
class AccountStore : public Store
{
    Q_OBJECT
public:
    explicit AccountStore(Database &db, const Clock &clock = Clock::system(), QObject *parent = nullptr);

    Error add(const Account &account);
    // Changes the base URL and settings of an existing account (never its name or provider).
    Error update(const Account &account);
    Error remove(const QString &name);
    Outcome<std::optional<Account>> find(const QString &name) const;
    Outcome<QList<Account>> list() const;
    // Convenience for views: empty when unreadable (the failure is reported).
    QList<Account> accounts() const;

    // How far adopting tasks started elsewhere got for an account.
    struct SyncState {
        QDateTime listedAt;       // the last listing that finished
        QDateTime newestSeenAt;   // the newest update time it saw
        QDateTime completeAt;     // the last listing that saw every task (for "gone upstream")
        QString lastError;
    };
    Outcome<SyncState> syncState(const QString &name) const;
    Error saveSyncState(const QString &name, const SyncState &state);

Q_SIGNALS:
    void accountsChanged();

private:
    const Clock &m_clock;
};

} // namespace agentdesk
