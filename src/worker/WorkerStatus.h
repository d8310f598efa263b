#pragma once

#include "Worker.h"
#include "webhook/WebhookReceiver.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace agentdesk {

// One claimed session as the Worker panel and the live feed show it.
struct ClaimView {
    QString sessionId;
    QString claimId;
    QString phase; // ClaimRecord::phaseKey
    QDateTime leaseExpiresAt;
    QString taskId;
    QString provider; // provider key, once dispatched
    QString taskTitle;
    QString taskStatus;
    QString lastActivity;
    QString detail;

    bool isOpen() const;
    QJsonObject toJson() const;
    static ClaimView fromJson(const QJsonObject &o);
};

// One line of the worker's log: what happened to which session.
struct WorkerEvent {
    QDateTime at;
    QString kind;
    QString sessionId;
    QString text;

    QJsonObject toJson() const;
    static WorkerEvent fromJson(const QJsonObject &o);
};

QJsonObject deliveryToJson(const WebhookDelivery &d);
WebhookDelivery deliveryFromJson(const QJsonObject &o);

// Everything the Worker panel shows, whether the worker runs in this process or in a
// headless one the panel is attached to. Travels as JSON over the live feed.
struct WorkerStatus {
    Worker::State state = Worker::State::Stopped;
    QString message;
    QString workerId;
    QString agentId;
    QString name;
    qint64 pid = 0;
    QDateTime lastHeartbeat;
    quint16 webhookPort = 0;
    QList<ClaimView> claims;           // open claims first, then the most recent ended ones
    QList<WebhookDelivery> deliveries; // newest first

    int openClaimCount() const;
    QJsonObject toJson() const;
    static WorkerStatus fromJson(const QJsonObject &o);
    static Worker::State stateFromKey(const QString &key);
};

} // namespace agentdesk

Q_DECLARE_METATYPE(agentdesk::WorkerEvent)
Q_DECLARE_METATYPE(agentdesk::WorkerStatus)
