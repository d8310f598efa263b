#include "AccountStore.h"

#include "Database.h"
#include "SqlValues.h"
#include "Transaction.h"
#include "base/Translate.h"
#include "domain/Timestamps.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace agentdesk {

namespace {
Outcome<Account> accountFromQuery(const QSqlQuery &q)
{
    Account a;
    a.name = q.value(0).toString();
    const auto provider = providerFromKey(q.value(1).toString());
    if (!provider)
        return {{},
                Error::storage(tr("The account \"%1\" cannot be read: its provider \"%2\" is unknown to this version "
                                  "of AgentDesk.")
                                   .arg(a.name, q.value(1).toString()))};
    a.provider = *provider;
    a.baseUrl = QUrl(q.value(2).toString());
    a.createdAt = fromIso(q.value(3).toString());
    a.settings = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    a.keyVersion = q.value(5).toInt();
    return {a, {}};
}

const QString kAccountColumns = QStringLiteral("name, provider, base_url, created_at, settings, key_version");

} // namespace

namespace {

Error reserveIn(QSqlDatabase db, const Account &account, const QDateTime &now)
{
    Transaction tx(db);
    if (const Error e = tx.begin())
        return e;
    QSqlQuery taken(db);
    taken.prepare(QStringLiteral("SELECT pending_since FROM accounts WHERE name = ?"));
    taken.addBindValue(account.name);
    Error error;
    if (!execPrepared(taken, &error))
        return error;
    if (taken.next()) {
        const QDateTime pendingSince = fromIso(taken.value(0).toString());
        taken.finish();
        if (!pendingSince.isValid())
            return Error::validation(
                tr("An account named \"%1\" already exists; edit it, or pick another name.").arg(account.name));
        if (pendingSince.secsTo(now) < AccountStore::kAbandonedReservationSeconds)
            return Error::validation(
                tr("An account named \"%1\" is being added right now (by another AgentDesk window or "
                   "command); pick another name, or wait and edit it.")
                    .arg(account.name));
        // Abandoned (its process died before the key was written): the name is free again.
        QSqlQuery drop(db);
        drop.prepare(QStringLiteral("DELETE FROM accounts WHERE name = ?"));
        drop.addBindValue(account.name);
        if (!execPrepared(drop, &error))
            return error;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO accounts (name, provider, base_url, created_at, settings, pending_since) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(account.name);
    q.addBindValue(providerKey(account.provider));
    q.addBindValue(nullableUrl(account.baseUrl));
    q.addBindValue(toIso(account.createdAt.isValid() ? account.createdAt : now));
    q.addBindValue(jsonText(account.settings));
    q.addBindValue(toIso(now));
    if (!execPrepared(q, &error))
        return error;
    return tx.commit();
}

Error confirmIn(QSqlDatabase db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE accounts SET pending_since = NULL WHERE name = ? AND pending_since IS NOT NULL"));
    q.addBindValue(name);
    Error error;
    if (!execPrepared(q, &error))
        return error;
    if (q.numRowsAffected() == 0)
        return Error::notFound(tr("The reservation of the account name \"%1\" is gone.").arg(name));
    return {};
}

Error dropReservationIn(QSqlDatabase db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM accounts WHERE name = ? AND pending_since IS NOT NULL"));
    q.addBindValue(name);
    Error error;
    execPrepared(q, &error);
    return error;
}

Error updateIn(QSqlDatabase db, const Account &account, bool keyChanged)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE accounts SET base_url = ?, settings = ?, key_version = key_version + ? "
                             "WHERE name = ? AND pending_since IS NULL"));
    q.addBindValue(nullableUrl(account.baseUrl));
    q.addBindValue(jsonText(account.settings));
    q.addBindValue(keyChanged ? 1 : 0);
    q.addBindValue(account.name);
    Error error;
    if (!execPrepared(q, &error))
        return error;
    if (q.numRowsAffected() == 0)
        return Error::notFound(tr("No account named \"%1\".").arg(account.name));
    return {};
}

Error removeIn(QSqlDatabase db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM accounts WHERE name = ?"));
    q.addBindValue(name);
    Error error;
    if (!execPrepared(q, &error))
        return error;
    if (q.numRowsAffected() == 0)
        return Error::notFound(tr("No account named \"%1\".").arg(name));
    QSqlQuery sync(db);
    sync.prepare(QStringLiteral("DELETE FROM account_sync WHERE account = ?"));
    sync.addBindValue(name);
    if (!execPrepared(sync, &error))
        return error;
    return {};
}

Error saveSyncStateIn(QSqlDatabase db, const QString &name, const AccountStore::SyncState &state)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO account_sync (account, listed_at, newest_seen_at, complete_at, last_error) "
        "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(nullableTime(state.listedAt));
    q.addBindValue(nullableTime(state.newestSeenAt));
    q.addBindValue(nullableTime(state.completeAt));
    q.addBindValue(state.lastError.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(state.lastError));
    Error error;
    execPrepared(q, &error);
    return error;
}

} // namespace

AccountStore::AccountStore(Database &db, const Clock &clock, QObject *parent) : Store(db, parent), m_clock(clock) { }

QSqlDatabase AccountStore::directWriteConnection() const
{
    Q_ASSERT_X(!database().writeQueue(), "AccountStore",
               "this thread writes through its write queue: use the write that takes a context");
    return connection();
}

void AccountStore::writeAccounts(std::function<Error(QSqlDatabase)> job, const QObject *context, Callback<Done> done,
                                 bool announce)
{
    write<Done>(
        [job = std::move(job)](QSqlDatabase db) {
            return Outcome<Done>{{}, job(db)};
        },
        [this, announce](const Outcome<Done> &r) {
            if (r.ok() && announce)
                Q_EMIT accountsChanged();
        },
        context, std::move(done));
}

Error AccountStore::reserve(const Account &account)
{
    return reserveIn(directWriteConnection(), account, m_clock.now());
}

void AccountStore::reserve(const Account &account, const QObject *context, Callback<Done> done)
{
    writeAccounts([account, now = m_clock.now()](QSqlDatabase db) { return reserveIn(db, account, now); }, context,
                  std::move(done), false);
}

Error AccountStore::confirm(const QString &name)
{
    if (const Error e = confirmIn(directWriteConnection(), name))
        return e;
    Q_EMIT accountsChanged();
    return {};
}

void AccountStore::confirm(const QString &name, const QObject *context, Callback<Done> done)
{
    writeAccounts([name](QSqlDatabase db) { return confirmIn(db, name); }, context, std::move(done), true);
}

void AccountStore::dropReservation(const QString &name, const QObject *context, Callback<Done> done)
{
    writeAccounts([name](QSqlDatabase db) { return dropReservationIn(db, name); }, context, std::move(done), false);
}

Error AccountStore::add(const Account &account)
{
    if (const Error e = reserve(account))
        return e;
    return confirm(account.name);
}

Error AccountStore::update(const Account &account, bool keyChanged)
{
    if (const Error e = updateIn(directWriteConnection(), account, keyChanged))
        return e;
    Q_EMIT accountsChanged();
    return {};
}

void AccountStore::update(const Account &account, bool keyChanged, const QObject *context, Callback<Done> done)
{
    writeAccounts([account, keyChanged](QSqlDatabase db) { return updateIn(db, account, keyChanged); }, context,
                  std::move(done), true);
}

Error AccountStore::remove(const QString &name)
{
    if (const Error e = removeIn(directWriteConnection(), name))
        return e;
    Q_EMIT accountsChanged();
    return {};
}

void AccountStore::remove(const QString &name, const QObject *context, Callback<Done> done)
{
    writeAccounts([name](QSqlDatabase db) { return removeIn(db, name); }, context, std::move(done), true);
}

Error AccountStore::saveSyncState(const QString &name, const SyncState &state)
{
    return saveSyncStateIn(directWriteConnection(), name, state);
}

void AccountStore::saveSyncState(const QString &name, const SyncState &state, const QObject *context,
                                 Callback<Done> done)
{
    writeAccounts([name, state](QSqlDatabase db) { return saveSyncStateIn(db, name, state); }, context, std::move(done),
                  false);
}

Outcome<std::optional<Account>> AccountStore::find(const QString &name) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT ") + kAccountColumns
              + QStringLiteral(" FROM accounts WHERE name = ? AND pending_since IS NULL"));
    q.addBindValue(name);
    Error error;
    if (!execPrepared(q, &error))
        return {{}, error};
    if (!q.next())
        return {};
    Outcome<Account> a = accountFromQuery(q);
    if (!a.ok())
        return {{}, a.error};
    return {a.value, {}};
}

Outcome<QList<Account>> AccountStore::list() const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT ") + kAccountColumns
              + QStringLiteral(" FROM accounts WHERE pending_since IS NULL ORDER BY provider, name"));
    Error error;
    if (!execPrepared(q, &error))
        return {{}, error};
    QList<Account> out;
    while (q.next()) {
        const Outcome<Account> a = accountFromQuery(q);
        if (!a.ok())
            return {{}, a.error};
        out << a.value;
    }
    return {out, {}};
}

QList<Account> AccountStore::accounts() const
{
    const Outcome<QList<Account>> all = list();
    if (!all.ok())
        reportFailure(all.error);
    return all.value;
}

Outcome<AccountStore::SyncState> AccountStore::syncState(const QString &name) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral(
        "SELECT listed_at, newest_seen_at, complete_at, last_error FROM account_sync WHERE account = ?"));
    q.addBindValue(name);
    Error error;
    if (!execPrepared(q, &error))
        return {{}, error};
    SyncState s;
    if (q.next()) {
        s.listedAt = fromIso(q.value(0).toString());
        s.newestSeenAt = fromIso(q.value(1).toString());
        s.completeAt = fromIso(q.value(2).toString());
        s.lastError = q.value(3).toString();
    }
    return {s, {}};
}

} // namespace agentdesk
