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

    // Adding an account is two steps around writing its key, so that two `account add`
    // of one name at once cannot both write a key: reserve() takes the name (refused when
    // it is taken, unless by a reservation abandoned long ago), confirm() makes the
    // account usable once its key is written; dropReservation() gives the name back.
    // Until confirmed, find() and list() do not show it.
    //
    // Every write comes twice, as in TaskStore: at once on this thread's connection, and
    // with a context and an answer through the database's write queue when it has one.
    Error reserve(const Account &account);
    void reserve(const Account &account, const QObject *context, Callback<Done> done);
    Error confirm(const QString &name);
    void confirm(const QString &name, const QObject *context, Callback<Done> done);
    void dropReservation(const QString &name, const QObject *context, Callback<Done> done);
    // reserve() and confirm() at once, for an account whose key is already in place.
    Error add(const Account &account);
    // Changes the base URL and settings of an existing account (never its name or
    // provider); with `keyChanged`, also its key version, so every process drops the
    // key it keeps.
    Error update(const Account &account, bool keyChanged = false);
    void update(const Account &account, bool keyChanged, const QObject *context, Callback<Done> done);
    Error remove(const QString &name);
    void remove(const QString &name, const QObject *context, Callback<Done> done);

    static constexpr int kAbandonedReservationSeconds = 600;

    Outcome<std::optional<Account>> find(const QString &name) const;
    Outcome<QList<Account>> list() const;
    // Convenience for views: empty when unreadable (the failure is reported).
    QList<Account> accounts() const;

    // How far adopting tasks started elsewhere got for an account.
    struct SyncState {
        QDateTime listedAt;     // the last listing that finished
        QDateTime newestSeenAt; // the newest update time it saw
        QDateTime completeAt;   // the last listing that saw every task (for "gone upstream")
        QString lastError;
    };
    Outcome<SyncState> syncState(const QString &name) const;
    Error saveSyncState(const QString &name, const SyncState &state);
    void saveSyncState(const QString &name, const SyncState &state, const QObject *context, Callback<Done> done);

Q_SIGNALS:
    void accountsChanged();

private:
    QSqlDatabase directWriteConnection() const;
    void writeAccounts(std::function<Error(QSqlDatabase)> job, const QObject *context, Callback<Done> done,
                       bool announce);

    const Clock &m_clock;
};

} // namespace agentdesk
