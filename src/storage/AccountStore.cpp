#include "AccountStore.h"

#include "Database.h"
#include "domain/Timestamps.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace agentdesk {

namespace {
Account accountFromQuery(const QSqlQuery &q)
{
    Account a;
    a.name = q.value(0).toString();
    a.provider = providerFromKey(q.value(1).toString()).value_or(ProviderId::Jules);
    a.baseUrl = QUrl(q.value(2).toString());
    a.createdAt = fromIso(q.value(3).toString());
    a.settings = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    return a;
}
} // namespace

AccountStore::AccountStore(Database &db, QObject *parent) : QObject(parent), m_db(db) {}

Error AccountStore::add(const Account &account)
{
    if (this->account(account.name))
        return Error::validation(QCoreApplication::translate("AccountStore", "An account named \"%1\" already exists.")
                                     .arg(account.name));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO accounts (name, provider, base_url, created_at, settings) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(account.name);
    q.addBindValue(providerKey(account.provider));
    q.addBindValue(account.baseUrl.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                             : QVariant(account.baseUrl.toString()));
    q.addBindValue(toIso(account.createdAt.isValid() ? account.createdAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(QString::fromUtf8(QJsonDocument(account.settings).toJson(QJsonDocument::Compact)));
    Error error;
    if (!execPrepared(q, &error))
        return error;
    Q_EMIT accountsChanged();
    return {};
}

Error AccountStore::remove(const QString &name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM accounts WHERE name = ?"));
    q.addBindValue(name);
    Error error;
    if (!execPrepared(q, &error))
        return error;
    if (q.numRowsAffected() == 0)
        return Error::notFound(QCoreApplication::translate("AccountStore", "No account named \"%1\".").arg(name));
    Q_EMIT accountsChanged();
    return {};
}

std::optional<Account> AccountStore::account(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, provider, base_url, created_at, settings FROM accounts WHERE name = ?"));
    q.addBindValue(name);
    if (!execPrepared(q) || !q.next())
        return std::nullopt;
    return accountFromQuery(q);
}

QList<Account> AccountStore::accounts() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, provider, base_url, created_at, settings FROM accounts ORDER BY provider, name"));
    QList<Account> list;
    if (!execPrepared(q))
        return list;
    while (q.next())
        list << accountFromQuery(q);
    return list;
}

QList<Account> AccountStore::accountsFor(ProviderId provider) const
{
    QList<Account> list;
    const QList<Account> all = accounts();
    for (const Account &a : all)
        if (a.provider == provider)
            list << a;
    return list;
}

} // namespace agentdesk
