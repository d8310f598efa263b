#include "AccountStore.h"

#include "Database.h"
#include "SqlValues.h"
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
    return {a, {}};
}

} // namespace

AccountStore::AccountStore(Database &db, const Clock &clock, QObject *parent) : Store(db, parent), m_clock(clock) {}

Error AccountStore::add(const Account &account)
{
    const Outcome<std::optional<Account>> existing = find(account.name);
    if (!existing.ok())
        return existing.error;
    if (existing.value)
        return Error::validation(tr("An account named \"%1\" already exists.").arg(account.name));
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT INTO accounts (name, provider, base_url, created_at, settings) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(account.name);
    q.addBindValue(providerKey(account.provider));
    q.addBindValue(nullableUrl(account.baseUrl));
    q.addBindValue(toIso(account.createdAt.isValid() ? account.createdAt : m_clock.now()));
    q.addBindValue(jsonText(account.settings));
    Error error;
    if (!execPrepared(q, &error))
        return error;
    Q_EMIT accountsChanged();
    return {};
}

Error AccountStore::update(const Account &account)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("UPDATE accounts SET base_url = ?, settings = ? WHERE name = ?"));
    q.addBindValue(nullableUrl(account.baseUrl));
    q.addBindValue(jsonText(account.settings));
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
    q.prepare(QStringLiteral("SELECT name, provider, base_url, created_at, settings FROM accounts WHERE name = ?"));
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
    q.prepare(QStringLiteral("SELECT name, provider, base_url, created_at, settings FROM accounts ORDER BY provider, name"));
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
