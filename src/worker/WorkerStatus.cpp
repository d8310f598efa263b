#include "WorkerStatus.h"

#include "domain/Timestamps.h"

#include <QJsonArray>

namespace agentdesk {

namespace {
QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
QDateTime fromIso(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

bool ClaimView::isOpen() const
{
    return phase == QLatin1String("claimed") || phase == QLatin1String("running")
           || phase == QLatin1String("finishing");
}

QJsonObject ClaimView::toJson() const
{
    return {{QStringLiteral("sessionId"), sessionId},
            {QStringLiteral("claimId"), claimId},
            {QStringLiteral("phase"), phase},
            {QStringLiteral("leaseExpiresAt"), iso(leaseExpiresAt)},
            {QStringLiteral("taskId"), taskId},
            {QStringLiteral("provider"), provider},
            {QStringLiteral("taskTitle"), taskTitle},
            {QStringLiteral("taskStatus"), taskStatus},
            {QStringLiteral("lastActivity"), lastActivity},
            {QStringLiteral("detail"), detail}};
}

ClaimView ClaimView::fromJson(const QJsonObject &o)
{
    ClaimView c;
    c.sessionId = str(o, "sessionId");
    c.claimId = str(o, "claimId");
    c.phase = str(o, "phase");
    c.leaseExpiresAt = fromIso(o.value(QLatin1String("leaseExpiresAt")));
    c.taskId = str(o, "taskId");
    c.provider = str(o, "provider");
    c.taskTitle = str(o, "taskTitle");
    c.taskStatus = str(o, "taskStatus");
    c.lastActivity = str(o, "lastActivity");
    c.detail = str(o, "detail");
    return c;
}

QJsonObject WorkerEvent::toJson() const
{
    return {{QStringLiteral("at"), iso(at)},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("sessionId"), sessionId},
            {QStringLiteral("text"), text}};
}

WorkerEvent WorkerEvent::fromJson(const QJsonObject &o)
{
    return {fromIso(o.value(QLatin1String("at"))), str(o, "kind"), str(o, "sessionId"), str(o, "text")};
}

QJsonObject deliveryToJson(const WebhookDelivery &d)
{
    return {{QStringLiteral("at"), iso(d.at)},      {QStringLiteral("eventId"), d.eventId},
            {QStringLiteral("type"), d.type},       {QStringLiteral("sessionId"), d.sessionId},
            {QStringLiteral("outcome"), d.outcome}, {QStringLiteral("status"), d.status},
            {QStringLiteral("reason"), d.reason}};
}

WebhookDelivery deliveryFromJson(const QJsonObject &o)
{
    WebhookDelivery d;
    d.at = fromIso(o.value(QLatin1String("at")));
    d.eventId = str(o, "eventId");
    d.type = str(o, "type");
    d.sessionId = str(o, "sessionId");
    d.outcome = str(o, "outcome");
    d.status = o.value(QLatin1String("status")).toInt();
    d.reason = str(o, "reason");
    return d;
}

int WorkerStatus::openClaimCount() const
{
    return int(std::count_if(claims.cbegin(), claims.cend(), [](const ClaimView &c) { return c.isOpen(); }));
}

Worker::State WorkerStatus::stateFromKey(const QString &key)
{
    for (Worker::State s : {Worker::State::Stopped, Worker::State::Starting, Worker::State::Running,
                            Worker::State::Draining, Worker::State::Rejected, Worker::State::Failed})
        if (Worker::stateKey(s) == key)
            return s;
    return Worker::State::Stopped;
}

QJsonObject WorkerStatus::toJson() const
{
    QJsonArray claimArray, deliveryArray;
    for (const ClaimView &c : claims)
        claimArray.append(c.toJson());
    for (const WebhookDelivery &d : deliveries)
        deliveryArray.append(deliveryToJson(d));
    return {{QStringLiteral("state"), Worker::stateKey(state)},
            {QStringLiteral("message"), message},
            {QStringLiteral("workerId"), workerId},
            {QStringLiteral("agentId"), agentId},
            {QStringLiteral("name"), name},
            {QStringLiteral("pid"), pid},
            {QStringLiteral("lastHeartbeat"), iso(lastHeartbeat)},
            {QStringLiteral("webhookPort"), webhookPort},
            {QStringLiteral("claims"), claimArray},
            {QStringLiteral("deliveries"), deliveryArray}};
}

WorkerStatus WorkerStatus::fromJson(const QJsonObject &o)
{
    WorkerStatus s;
    s.state = stateFromKey(str(o, "state"));
    s.message = str(o, "message");
    s.workerId = str(o, "workerId");
    s.agentId = str(o, "agentId");
    s.name = str(o, "name");
    s.pid = o.value(QLatin1String("pid")).toInteger();
    s.lastHeartbeat = fromIso(o.value(QLatin1String("lastHeartbeat")));
    s.webhookPort = quint16(o.value(QLatin1String("webhookPort")).toInt());
    for (const QJsonValue &v : o.value(QLatin1String("claims")).toArray())
        s.claims << ClaimView::fromJson(v.toObject());
    for (const QJsonValue &v : o.value(QLatin1String("deliveries")).toArray())
        s.deliveries << deliveryFromJson(v.toObject());
    return s;
}

} // namespace agentdesk
