#include "AuditLog.h"

#include "Database.h"
#include "domain/CsvWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace agentdesk {

AuditLog::AuditLog(Database &db, QString actor, QObject *parent) : QObject(parent), m_db(db), m_actor(std::move(actor)) {}

Error AuditLog::record(const QString &action, const QString &target, const QString &detail, const QString &outcome)
{
    AuditEntry e{0, QDateTime::currentDateTimeUtc(), m_actor, action, target, detail, outcome};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, target, detail, outcome) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.at.toString(Qt::ISODateWithMs));
    q.addBindValue(e.actor);
    q.addBindValue(e.action);
    q.addBindValue(e.target);
    q.addBindValue(e.detail);
    q.addBindValue(e.outcome);
    Error error;
    if (!execPrepared(q, &error))
        return error;
    e.id = q.lastInsertId().toLongLong();
    Q_EMIT recorded(e);
    return {};
}

QList<AuditEntry> AuditLog::entries(int limit) const
{
    QList<AuditEntry> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, at, actor, action, target, detail, outcome FROM audit_log ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!execPrepared(q))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    return out;
}

QByteArray AuditLog::toJson(const QList<AuditEntry> &entries)
{
    QJsonArray a;
    for (const AuditEntry &e : entries)
        a.append(QJsonObject{{QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)}, {QStringLiteral("actor"), e.actor},
                             {QStringLiteral("action"), e.action}, {QStringLiteral("target"), e.target},
                             {QStringLiteral("detail"), e.detail}, {QStringLiteral("outcome"), e.outcome}});
    return QJsonDocument(a).toJson(QJsonDocument::Indented);
}

QByteArray AuditLog::toCsv(const QList<AuditEntry> &entries)
{
    CsvWriter csv({QStringLiteral("at"), QStringLiteral("actor"), QStringLiteral("action"), QStringLiteral("target"),
                   QStringLiteral("detail"), QStringLiteral("outcome")});
    for (const AuditEntry &e : entries)
        csv.addRow({e.at.toString(Qt::ISODateWithMs), e.actor, e.action, e.target, e.detail, e.outcome});
    return csv.data();
}

} // namespace agentdesk
