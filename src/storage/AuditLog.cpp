#include "AuditLog.h"

#include "Database.h"
#include "domain/CsvWriter.h"
#include "domain/Timestamps.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace agentdesk {

namespace {
struct ActionName {
    AuditAction action;
    const char *key;
    const char *name;
};
constexpr ActionName kActions[] = {
    {AuditAction::CreateTask, "create_task", QT_TRANSLATE_NOOP("AuditAction", "Created a task")},
    {AuditAction::ApprovePlan, "approve_plan", QT_TRANSLATE_NOOP("AuditAction", "Approved the plan")},
    {AuditAction::SendMessage, "send_message", QT_TRANSLATE_NOOP("AuditAction", "Sent a message")},
    {AuditAction::Cancel, "cancel", QT_TRANSLATE_NOOP("AuditAction", "Cancelled upstream")},
    {AuditAction::Delete, "delete", QT_TRANSLATE_NOOP("AuditAction", "Deleted")},
    {AuditAction::Hide, "hide", QT_TRANSLATE_NOOP("AuditAction", "Hid from the list")},
    {AuditAction::Unhide, "unhide", QT_TRANSLATE_NOOP("AuditAction", "Showed in the list again")},
    {AuditAction::AccountAdd, "account_add", QT_TRANSLATE_NOOP("AuditAction", "Added an account")},
    {AuditAction::AccountEdit, "account_edit", QT_TRANSLATE_NOOP("AuditAction", "Edited an account")},
    {AuditAction::AccountRemove, "account_remove", QT_TRANSLATE_NOOP("AuditAction", "Removed an account")},
    {AuditAction::AccountSync, "account_sync", QT_TRANSLATE_NOOP("AuditAction", "Synced an account's tasks")},
    {AuditAction::SignIn, "sign_in", QT_TRANSLATE_NOOP("AuditAction", "Signed in to the platform")},
    {AuditAction::SignOut, "sign_out", QT_TRANSLATE_NOOP("AuditAction", "Signed out of the platform")},
    {AuditAction::WorkerStart, "worker_start", QT_TRANSLATE_NOOP("AuditAction", "Started the worker")},
    {AuditAction::WorkerStop, "worker_stop", QT_TRANSLATE_NOOP("AuditAction", "Stopped the worker")},
    {AuditAction::RouteAdd, "route_add", QT_TRANSLATE_NOOP("AuditAction", "Added a worker route")},
    {AuditAction::RouteRemove, "route_remove", QT_TRANSLATE_NOOP("AuditAction", "Removed a worker route")},
    {AuditAction::WebhookKeySet, "webhook_key_set", QT_TRANSLATE_NOOP("AuditAction", "Set the webhook key")},
    {AuditAction::BudgetSet, "budget_set", QT_TRANSLATE_NOOP("AuditAction", "Set a budget")},
    {AuditAction::BudgetRemove, "budget_remove", QT_TRANSLATE_NOOP("AuditAction", "Removed a budget")},
    {AuditAction::SendCiFailure, "send_ci_failure",
     QT_TRANSLATE_NOOP("AuditAction", "Sent failing checks to the agent")},
    {AuditAction::SendReview, "send_review", QT_TRANSLATE_NOOP("AuditAction", "Sent a review to the agent")},
};
} // namespace

QString auditActionKey(AuditAction action)
{
    for (const auto &a : kActions)
        if (a.action == action)
            return QString::fromLatin1(a.key);
    return {};
}

std::optional<AuditAction> auditActionFromKey(const QString &key)
{
    for (const auto &a : kActions)
        if (key == QLatin1String(a.key))
            return a.action;
    return std::nullopt;
}

QString auditActionName(const QString &key)
{
    for (const auto &a : kActions)
        if (key == QLatin1String(a.key))
            return QCoreApplication::translate("AuditAction", a.name);
    return key;
}

AuditLog::AuditLog(Database &db, QString actor, const Clock &clock, QObject *parent)
    : Store(db, parent), m_actor(std::move(actor)), m_clock(clock)
{ }

void AuditLog::record(AuditAction action, const QString &target, const QString &detail, const Error &outcome,
                      const QString &targetTitle, const QObject *context, Callback<Done> done)
{
    const AuditEntry entry{
        0,      m_clock.now(), m_actor, auditActionKey(action),
        target, targetTitle,   detail,  outcome ? QStringLiteral("failed: ") + outcome.message : QStringLiteral("ok")};
    auto inserted = std::make_shared<qint64>(0);
    write<Done>(
        [entry, inserted](QSqlDatabase db) {
            return Outcome<Done>{{}, insertEntry(db, entry, inserted.get())};
        },
        [this, entry, inserted](const Outcome<Done> &r) {
            if (!r.ok())
                return;
            AuditEntry e = entry;
            e.id = *inserted;
            Q_EMIT recorded(e);
        },
        context, std::move(done));
}

Error AuditLog::insertEntry(QSqlDatabase db, const AuditEntry &e, qint64 *id)
{
    const QString &targetTitle = e.targetTitle;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO audit_log (at, actor, action, target, detail, outcome) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(toIso(e.at));
    q.addBindValue(e.actor);
    q.addBindValue(e.action);
    q.addBindValue(e.target);
    // The target's title travels in the detail column as its first line (no schema change).
    q.addBindValue(targetTitle.isEmpty()
                       ? e.detail
                       : QStringLiteral("title: ") + targetTitle.left(200) + QLatin1Char('\n') + e.detail);
    q.addBindValue(e.outcome);
    Error error;
    if (!execPrepared(q, &error))
        return error;
    *id = q.lastInsertId().toLongLong();
    return {};
}

Outcome<QList<AuditEntry>> AuditLog::entries(int limit) const
{
    QList<AuditEntry> out;
    QSqlQuery q(connection());
    q.prepare(QStringLiteral(
        "SELECT id, at, actor, action, target, detail, outcome FROM audit_log ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    Error error;
    if (!execPrepared(q, &error))
        return {{}, error};
    while (q.next()) {
        AuditEntry e{q.value(0).toLongLong(), fromIso(q.value(1).toString()), q.value(2).toString(),
                     q.value(3).toString(),   q.value(4).toString(),          {},
                     q.value(5).toString(),   q.value(6).toString()};
        if (e.detail.startsWith(QLatin1String("title: "))) {
            e.targetTitle = e.detail.section(QLatin1Char('\n'), 0, 0).mid(7);
            e.detail = e.detail.section(QLatin1Char('\n'), 1);
        }
        out.append(e);
    }
    return {out, {}};
}

QByteArray AuditLog::toJson(const QList<AuditEntry> &entries)
{
    QJsonArray a;
    for (const AuditEntry &e : entries) {
        QJsonObject o{{QStringLiteral("at"), toIso(e.at)},  {QStringLiteral("actor"), e.actor},
                      {QStringLiteral("action"), e.action}, {QStringLiteral("target"), e.target},
                      {QStringLiteral("detail"), e.detail}, {QStringLiteral("outcome"), e.outcome}};
        if (!e.targetTitle.isEmpty())
            o.insert(QStringLiteral("targetTitle"), e.targetTitle);
        a.append(o);
    }
    return QJsonDocument(a).toJson(QJsonDocument::Indented);
}

QByteArray AuditLog::toCsv(const QList<AuditEntry> &entries)
{
    CsvWriter csv({QStringLiteral("at"), QStringLiteral("actor"), QStringLiteral("action"), QStringLiteral("target"),
                   QStringLiteral("target_title"), QStringLiteral("detail"), QStringLiteral("outcome")});
    for (const AuditEntry &e : entries)
        csv.addRow({toIso(e.at), e.actor, e.action, e.target, e.targetTitle, e.detail, e.outcome});
    return csv.data();
}

} // namespace agentdesk
