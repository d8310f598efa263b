#pragma once

#include "CloudEvent.h"
#include "GuardedServers.h"
#include "domain/Error.h"
#include "secrets/Secret.h"

#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace agentdesk {

class WorkerStore;

struct WebhookDelivery {
    QDateTime at;
    QString eventId;
    QString type;
    QString sessionId;
    QString outcome;     // accepted, duplicate, rejected
    int status = 0;
    QString reason;
};

// The embedded webhook listener (platform.md § Webhooks): POST /webhook takes
// CloudEvents 1.0 in structured or binary mode, checks X-One-Webhook-Key in constant
// time, records the event id durably before acting (a repeat answers 200 and does
// nothing), answers at once, then tells the worker. HEAD/GET /webhook answer 204.
class WebhookReceiver : public QObject
{
    Q_OBJECT
public:
    WebhookReceiver(WorkerStore &store, QObject *parent = nullptr);
    ~WebhookReceiver() override;

    void setKey(const Secret &key) { m_key = key; }
    void setLimits(const ConnectionLimits &limits) { m_limits = limits; }
    // HTTP, or HTTPS when tls is given. Binds only the address asked for.
    Error listen(const QHostAddress &address, quint16 port, const std::optional<QSslConfiguration> &tls = std::nullopt);
    quint16 port() const;
    QHostAddress address() const { return m_address; }
    bool isListening() const;
    QList<WebhookDelivery> recentDeliveries() const { return m_recent; }

Q_SIGNALS:
    void sessionQueued(const QString &sessionId);
    void sessionChanged(const QString &sessionId);     // cancelled or input received
    void delivered(const agentdesk::WebhookDelivery &delivery);

private:
    QHttpServerResponse handle(const QHttpServerRequest &request);
    QHttpServerResponse answer(int status, const QString &reason, const CloudEvent &event, const QString &outcome);
    void remember(const WebhookDelivery &d);

    WorkerStore &m_store;
    Secret m_key;
    ConnectionLimits m_limits;
    QHostAddress m_address;
    std::unique_ptr<QHttpServer> m_http;
    QTcpServer *m_tcp = nullptr;
    QList<WebhookDelivery> m_recent;
};

} // namespace agentdesk

Q_DECLARE_METATYPE(agentdesk::WebhookDelivery)
