#pragma once

#include "Store.h"
#include "base/Clock.h"
#include "domain/Outcome.h"

#include <QDateTime>
#include <optional>

namespace agentdesk {

// What an operator can do that the audit trail records. The key is stored; the name is shown.
enum class AuditAction {
    CreateTask,
    ApprovePlan,
    SendMessage,
    Cancel,
    Delete,
    Hide,
    Unhide,
    AccountAdd,
    AccountEdit,
    AccountRemove,
    AccountSync,
    SignIn,
    SignOut,
    WorkerStart,
    WorkerStop,
    RouteAdd,
    RouteRemove,
    WebhookKeySet,
    BudgetSet,
    BudgetRemove,
    SendCiFailure,
    SendReview,
};
QString auditActionKey(AuditAction action); // "approve_plan"
std::optional<AuditAction> auditActionFromKey(const QString &key);
// "Approved the plan"; a key this version does not know is shown as it is.
QString auditActionName(const QString &key);

// One operator action: what was done, to what, by whom (the GUI or the CLI), and how it went.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString actor;       // "gui", "cli"
    QString action;      // an auditActionKey
    QString target;      // a task id, an account, the platform, the worker
    QString targetTitle; // what the target is called (a task's title), for people
    QString detail;
    QString outcome; // ok, failed: <why>

    bool failed() const { return outcome.startsWith(QLatin1String("failed")); }
};

// The audit trail of operator actions in SQLite. Written by the surfaces where the
// operator acts (window, command line) through OperatorActions, never by background
// sync or the worker.
class AuditLog : public Store
{
    Q_OBJECT
public:
    AuditLog(Database &db, QString actor, const Clock &clock = Clock::system(), QObject *parent = nullptr);

    // Writes one entry (through the write queue where the database has one); `recorded`
    // follows. The answer says whether it was written.
    void record(AuditAction action, const QString &target, const QString &detail, const Error &outcome,
                const QString &targetTitle, const QObject *context, Callback<Done> done);
    // Newest first.
    Outcome<QList<AuditEntry>> entries(int limit = 1000) const;

    static QByteArray toJson(const QList<AuditEntry> &entries);
    static QByteArray toCsv(const QList<AuditEntry> &entries);

Q_SIGNALS:
    void recorded(const agentdesk::AuditEntry &entry);

private:
    static Error insertEntry(QSqlDatabase db, const AuditEntry &entry, qint64 *id);

    QString m_actor;
    const Clock &m_clock;
};

} // namespace agentdesk
