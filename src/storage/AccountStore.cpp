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
        return {{}, Error::storage(tr("The account \"%1\" cannot be read: its provider \"%2\" is unknown to this version "
                                      "of AgentDesk.").arg(a.name, q.value(1).toString()))};
    a.provider = *provider;
    a.baseUrl = QUrl(q.value(2).toString());
    a.createdAt = fromIso(q.value(3).toString());
    a.settings = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    a.keyVersion = q.value(5).toInt();
    return {a, {}};
}

const QString kAccountColumns = QStringLiteral("name, provider, base_url, created_at, settings, key_version");

} // namespace

AccountStore::AccountStore(Database &db, const Clock &clock, QObject *parent) : Store(db, parent), m_clock(clock) {}

Error AccountStore::reserve(const Account &account)
{
    Transaction tx(connection());
    if (const Error e = tx.begin())
        return e;
    QSqlQuery taken(connection());
    taken.prepare(QStringLiteral("SELECT pending_since FROM accounts WHERE name = ?"));
    taken.addBindValue(account.name);
    Error error;
    if (!execPrepared(taken, &error))
        return error;
    if (taken.next()) {
        const QDateTime pendingSince = fromIso(taken.value(0).toString());
        taken.finish();
        if (!pendingSince.isValid())
            return Error::validation(tr("An account named \"%1\" already exists; edit it, or pick another name.").arg(account.name));
        if (pendingSince.secsTo(m_clock.now()) < kAbandonedReservationSeconds)
            return Error::validation(tr("An account named \"%1\" is being added right now (by another AgentDesk window or "
                                        "command); pick another name, or wait and edit it.").arg(account.name));
        // Abandoned (its process died before the key was written): the name is free again.
        QSqlQuery drop(connection());
        drop.prepare(QStringLiteral("DELETE FROM accounts WHERE name = ?"));
        drop.addBindValue(account.name);
        if (!execPrepared(drop, &error))
            return error;
    }
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT INTO accounts (name, provider, base_url, created_at, settings, pending_since) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(account.name);
    q.addBindValue(providerKey(account.provider));
    q.addBindValue(nullableUrl(account.baseUrl));
    q.addBindValue(toIso(account.createdAt.isValid() ? account.createdAt : m_clock.now()));
    q.addBindValue(jsonText(account.settings));
    q.addBindValue(toIso(m_clock.now()));
    if (!execPrepared(q, &error))
        return error;
    return tx.commit();
}

Error AccountStore::confirm(const QString &name)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("UPDATE accounts SET pending_since = NULL WHERE name = ? AND pending_since IS NOT NULL"));
    q.addBindValue(name);
    Error error;
    if (!execPrepared(q, &error))
        return error;
    if (q.numRowsAffected() == 0)
        return Error::notFound(tr("The reservation of the account name \"%1\" is gone.").arg(name));
    Q_EMIT accountsChanged();
    return {};
}

Error AccountStore::dropReservation(const QString &name)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("DELETE FROM accounts WHERE name = ? AND pending_since IS NOT NULL"));
    q.addBindValue(name);
    Error error;
    execPrepared(q, &error);
    return error;
}

Error AccountStore::add(const Account &account)
{
    if (const Error e = reserve(account))
        return e;
    return confirm(account.name);
}

Error AccountStore::update(const Account &account, bool keyChanged)
{
    QSqlQuery q(connection());
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
    Q_EMIT accountsChanged();
    return {};
}

Error AccountStore::remove(const QString &name)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("DELETE FROM accounts WHERE name = ?"));
    q.addBindValue(name);
    Error error;
    if (!execPrepared(q, &error))
        return error;
    if (q.numRowsAffected() == 0)
        return Error::notFound(tr("No account named \"%1\".").arg(name));
    QSqlQuery sync(connection());
    sync.prepare(QStringLiteral("DELETE FROM account_sync WHERE account = ?"));
    sync.addBindValue(name);
    if (!execPrepared(sync, &error))
        return error;
    Q_EMIT accountsChanged();
    return {};
}

Outcome<std::optional<Account>> AccountStore::find(const QString &name) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT ") + kAccountColumns + QStringLiteral(" FROM accounts WHERE name = ? AND pending_since IS NULL"));
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
    q.prepare(QStringLiteral("SELECT listed_at, newest_seen_at, complete_at, last_error FROM account_sync WHERE account = ?"));
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

Error AccountStore::saveSyncState(const QString &name, const SyncState &state)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO account_sync (account, listed_at, newest_seen_at, complete_at, last_error) "
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

} // namespace agentdesk
