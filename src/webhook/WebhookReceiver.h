#pragma once

#include "CloudEvent.h"
#include "base/Clock.h"
#include "domain/Error.h"
#include "net/HttpListener.h"
#include "secrets/Secret.h"

#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

namespace agentdesk {

class WorkerStore;

struct WebhookDelivery {
    QDateTime at;
    QString eventId;
    QString type;
    QString sessionId;
    QString outcome; // accepted, duplicate, rejected, verified
    int status = 0;
    QString reason;
};

// The embedded webhook listener (docs/platform.md, Webhooks): POST /webhook takes
// CloudEvents 1.0 in structured or binary mode, checks X-One-Webhook-Key in constant
// time, records the event id durably before it answers (a repeat answers 200 and does
// nothing), then tells the worker. HEAD/GET /webhook answer 204.
//
// Built for bursts: requests come from HttpListener (one parse, limits, back-pressure
// instead of refusal); the events that arrive together are recorded in one transaction
// (group commit) before any of them is answered; deliveries are reported to the panel
// in batches and logged as a summary, never a line each; recorded ids older than the
// retention are pruned.
class WebhookReceiver : public QObject
{
    Q_OBJECT
public:
    explicit WebhookReceiver(WorkerStore &store, const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~WebhookReceiver() override;

    void setKey(const Secret &key) { m_key = key; }
    bool hasKey() const { return !m_key.isEmpty(); }
    void setLimits(const HttpListenerLimits &limits) { m_limits = limits; }
    // Event ids are remembered this long (a redelivery after that is taken as new).
    void setRetentionDays(int days) { m_retentionDays = days; }
    // HTTP, or HTTPS when tls is given. Binds only the address asked for. Without a key,
    // only requests addressed to the bound address itself are taken (DNS rebinding).
    Error listen(const QHostAddress &address, quint16 port, const std::optional<QSslConfiguration> &tls = std::nullopt);
    quint16 port() const;
    QHostAddress address() const;
    bool isListening() const;
    // Newest first, at most kRecentDeliveries.
    QList<WebhookDelivery> recentDeliveries() const { return m_recent; }
    int pendingEvents() const { return int(m_pending.size()); }
    int openConnections() const { return m_http ? m_http->openConnections() : 0; }

    static constexpr int kRecentDeliveries = 50;
    static constexpr int kMaxBatch = 1024;

Q_SIGNALS:
    void sessionQueued(const QString &sessionId);
    void sessionChanged(const QString &sessionId); // cancelled or input received
    // At most every kReportIntervalMs: the deliveries since the last report, newest
    // first (at most kRecentDeliveries), and how many more there were.
    void delivered(const QList<agentdesk::WebhookDelivery> &deliveries, int more);

private:
    struct Pending {
        CloudEvent event;
        HttpListener::Respond respond;
    };
    void handle(const HttpServerRequest &request, HttpListener::Respond respond);
    void commit();
    void answer(const HttpListener::Respond &respond, int status, const QString &reason, const CloudEvent &event,
                const QString &outcome);
    void remember(const WebhookDelivery &d);
    void report();
    void logTally();
    void prune();

    WorkerStore &m_store;
    const Clock &m_clock;
    Secret m_key;
    HttpListenerLimits m_limits;
    HttpListener *m_http = nullptr;
    QList<Pending> m_pending;
    QTimer m_commit;
    QList<WebhookDelivery> m_recent;
    QList<WebhookDelivery> m_unreported;
    int m_unreportedMore = 0;
    QTimer m_report;
    QHash<QString, int> m_tally; // outcome -> count since the last log line
    QDateTime m_tallySince;
    QTimer m_log;
    QTimer m_prune;
    int m_retentionDays = 7;
    // Made once: thousands of events a second answer with these.
    QString m_acceptedText, m_duplicateText, m_acceptedOutcome, m_duplicateOutcome;
    QByteArray m_acceptedBody, m_duplicateBody;
};

} // namespace agentdesk

Q_DECLARE_METATYPE(agentdesk::WebhookDelivery)
