#pragma once

#include "domain/Error.h"

#include <QDateTime>
#include <QObject>

namespace agentdesk {

class Database;

// One operator action: what was done, to what, by whom (the GUI or the CLI), and how it went.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString actor;        // "gui", "cli"
    QString action;       // approve_plan, send_message, cancel, delete, sign_in, sign_out, worker_start, worker_stop, ...
    QString target;       // a task id, the platform, the worker
    QString detail;
    QString outcome;      // ok, failed: <why>, requested
};

// The audit trail of operator actions in SQLite. Written by the surfaces where the
// operator acts (window, command line), never by background sync or the worker.
class AuditLog : public QObject
{
    Q_OBJECT
public:
    explicit AuditLog(Database &db, QString actor, QObject *parent = nullptr);

    Error record(const QString &action, const QString &target, const QString &detail, const QString &outcome);
    // Newest first.
    QList<AuditEntry> entries(int limit = 1000) const;

    static QByteArray toJson(const QList<AuditEntry> &entries);
    static QByteArray toCsv(const QList<AuditEntry> &entries);

Q_SIGNALS:
    void recorded(const agentdesk::AuditEntry &entry);

private:
    Database &m_db;
    QString m_actor;
};

} // namespace agentdesk
