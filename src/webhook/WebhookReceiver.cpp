#include "WebhookReceiver.h"

#include "storage/WorkerStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWebhook, "agentdesk.webhook")

namespace agentdesk {

namespace {
constexpr int kReportIntervalMs = 250;
constexpr int kLogIntervalMs = 10000;
constexpr int kPruneIntervalMs = 3600 * 1000;

QHash<QByteArray, QByteArray> lowerHeaders(const HttpRequestHead &head)
{
    QHash<QByteArray, QByteArray> out;
    for (const auto &h : head.headers)
        out.insert(h.first, h.second);
    return out;
}
} // namespace

WebhookReceiver::WebhookReceiver(WorkerStore &store, const Clock &clock, QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock)
{
    qRegisterMetaType<WebhookDelivery>();
    qRegisterMetaType<QList<WebhookDelivery>>();
    // A zero timer fires once the event loop has handled what is waiting: every event
    // read in this round goes into one transaction.
    m_commit.setSingleShot(true);
    m_commit.setInterval(0);
    connect(&m_commit, &QTimer::timeout, this, &WebhookReceiver::commit);
    m_report.setSingleShot(true);
    m_report.setInterval(kReportIntervalMs);
    connect(&m_report, &QTimer::timeout, this, &WebhookReceiver::report);
    m_log.setSingleShot(true);
    m_log.setInterval(kLogIntervalMs);
    connect(&m_log, &QTimer::timeout, this, &WebhookReceiver::logTally);
    m_prune.setInterval(kPruneIntervalMs);
    m_acceptedText = tr("Accepted.");
    m_duplicateText = tr("Already received; nothing to do.");
    m_acceptedOutcome = QStringLiteral("accepted");
    m_duplicateOutcome = QStringLiteral("duplicate");
    m_acceptedBody = QJsonDocument(QJsonObject{{QStringLiteral("status"), m_acceptedOutcome},
                                               {QStringLiteral("message"), m_acceptedText}})
                         .toJson(QJsonDocument::Compact);
    m_duplicateBody = QJsonDocument(QJsonObject{{QStringLiteral("status"), m_duplicateOutcome},
                                                {QStringLiteral("message"), m_duplicateText}})
                          .toJson(QJsonDocument::Compact);
    connect(&m_prune, &QTimer::timeout, this, &WebhookReceiver::prune);
}

WebhookReceiver::~WebhookReceiver()
{
    // Events read but not yet recorded are not acknowledged: the platform retries them.
    logTally();
}

Error WebhookReceiver::listen(const QHostAddress &address, quint16 port, const std::optional<QSslConfiguration> &tls)
{
    delete m_http;
    m_http = new HttpListener(
        m_limits,
        [this](const HttpServerRequest &request, HttpListener::Respond respond) {
            handle(request, std::move(respond));
        },
        this);
    if (!m_http->listen(address, port, tls)) {
        const QString why = m_http->errorString();
        delete m_http;
        m_http = nullptr;
        return Error::usage(tr("Cannot listen for webhooks on %1:%2: %3").arg(address.toString()).arg(port).arg(why));
    }
    if (m_key.isEmpty()) {
        // Without a key, a web page in the operator's browser could post here by pointing
        // a name of its own at this address (DNS rebinding): only the address itself.
        const QByteArray p = ':' + QByteArray::number(m_http->port());
        QList<QByteArray> hosts{address.toString().toLatin1() + p, "localhost" + p};
        if (address.protocol() == QAbstractSocket::IPv6Protocol)
            hosts << '[' + address.toString().toLatin1() + ']' + p;
        m_http->setAllowedHosts(hosts);
        qCWarning(lcWebhook).noquote() << "listening WITHOUT a webhook key: any program on this machine can wake the "
                                          "worker. Set one with `agentdeskctl worker webhook-key set`.";
    }
    connect(m_http, &HttpListener::rejected, this, [this](int status, const QString &why) {
        remember({m_clock.now(), {}, {}, {}, QStringLiteral("rejected"), status, why});
    });
    prune();
    m_prune.start();
    qCInfo(lcWebhook).noquote() << "listening for webhooks on" << (tls ? "https" : "http") << address.toString()
                                << m_http->port();
    return {};
}

quint16 WebhookReceiver::port() const
{
    return m_http ? m_http->port() : 0;
}

QHostAddress WebhookReceiver::address() const
{
    return m_http ? m_http->address() : QHostAddress();
}

bool WebhookReceiver::isListening() const
{
    return m_http && m_http->isListening();
}

void WebhookReceiver::handle(const HttpServerRequest &request, HttpListener::Respond respond)
{
    const HttpRequestHead &head = request.head;
    if (head.url.path() != QLatin1String("/webhook"))
        return answer(respond, 404, tr("Webhooks are served at /webhook."), {}, QStringLiteral("rejected"));
    if (!m_key.isEmpty() && !constantTimeEquals(head.header("x-one-webhook-key"), m_key.reveal().toUtf8()))
        return answer(respond, 401, tr("Missing or wrong X-One-Webhook-Key."), {}, QStringLiteral("rejected"));
    if (head.method == "HEAD" || head.method == "GET")
        return answer(respond, 204, tr("Endpoint verification."), {}, QStringLiteral("verified"));
    if (head.method != "POST")
        return answer(respond, 405, tr("Webhooks are POSTed."), {}, QStringLiteral("rejected"));
    const CloudEvent::Parsed parsed = CloudEvent::fromHttp(lowerHeaders(head), request.body);
    if (parsed.status != 0)
        return answer(respond, parsed.status, parsed.error, {}, QStringLiteral("rejected"));
    m_pending.append({parsed.event, std::move(respond)});
    if (m_pending.size() >= kMaxBatch)
        commit();
    else if (!m_commit.isActive())
        m_commit.start();
}

void WebhookReceiver::commit()
{
    m_commit.stop();
    if (m_pending.isEmpty())
        return;
    QList<Pending> batch;
    batch.swap(m_pending);
    QList<WorkerStore::WebhookEvent> events;
    events.reserve(batch.size());
    for (const Pending &p : std::as_const(batch))
        events.append({p.event.id, p.event.type, p.event.sessionId()});
    // The event ids are the idempotency keys, recorded (one commit for the batch) before
    // any of them is acknowledged.
    const Outcome<QList<bool>> recorded = m_store.recordWebhookEvents(events);
    QStringList queued, changed;
    for (int i = 0; i < batch.size(); ++i) {
        const Pending &p = batch.at(i);
        if (!recorded.ok()) {
            answer(p.respond, 503, tr("Cannot record the event: %1").arg(recorded.error.message), p.event,
                   QStringLiteral("rejected"));
            continue;
        }
        if (!recorded.value.value(i)) {
            answer(p.respond, 200, m_duplicateText, p.event, m_duplicateOutcome);
            continue;
        }
        answer(p.respond, 202, m_acceptedText, p.event, m_acceptedOutcome);
        const QString sessionId = p.event.sessionId();
        if (p.event.type == QLatin1String("agent.session_queued"))
            queued << sessionId;
        else if (p.event.type == QLatin1String("agent.session_cancelled")
                 || p.event.type == QLatin1String("agent.session_input_received"))
            changed << sessionId;
    }
    if (!recorded.ok())
        qCWarning(lcWebhook).noquote() << "cannot record webhook events:" << recorded.error.message;
    // Acted on after the answers are on their way; a session named twice wakes once.
    queued.removeDuplicates();
    changed.removeDuplicates();
    for (const QString &id : std::as_const(queued))
        Q_EMIT sessionQueued(id);
    for (const QString &id : std::as_const(changed))
        Q_EMIT sessionChanged(id);
}

void WebhookReceiver::answer(const HttpListener::Respond &respond, int status, const QString &reason,
                             const CloudEvent &event, const QString &outcome)
{
    remember({m_clock.now(), event.id, event.type, event.sessionId(), outcome, status, reason});
    if (status == 204) {
        HttpServerResponse r;
        r.status = 204;
        respond(r);
        return;
    }
    // The two answers of a busy intake are made once.
    if (status == 202 && !m_acceptedBody.isEmpty())
        return respond(HttpServerResponse::json(202, m_acceptedBody));
    if (status == 200 && outcome == QLatin1String("duplicate") && !m_duplicateBody.isEmpty())
        return respond(HttpServerResponse::json(200, m_duplicateBody));
    const QJsonObject body{{QStringLiteral("status"), outcome}, {QStringLiteral("message"), reason}};
    respond(HttpServerResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

void WebhookReceiver::remember(const WebhookDelivery &d)
{
    m_recent.prepend(d);
    if (m_recent.size() > kRecentDeliveries)
        m_recent.removeLast();
    if (m_unreported.size() < kRecentDeliveries)
        m_unreported.prepend(d);
    else
        ++m_unreportedMore;
    if (m_tally.isEmpty()) {
        m_tallySince = d.at;
        m_log.start();
    }
    ++m_tally[d.outcome];
    if (!m_report.isActive())
        m_report.start();
}

void WebhookReceiver::report()
{
    if (m_unreported.isEmpty() && m_unreportedMore == 0)
        return;
    Q_EMIT delivered(m_unreported, m_unreportedMore);
    m_unreported.clear();
    m_unreportedMore = 0;
}

// One log line per interval at most, however many deliveries there were.
void WebhookReceiver::logTally()
{
    if (m_tally.isEmpty())
        return;
    const QDateTime now = m_clock.now();
    QStringList parts;
    for (auto it = m_tally.cbegin(); it != m_tally.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    parts.sort();
    qCInfo(lcWebhook).noquote() << "webhook deliveries in the last" << std::max<qint64>(1, m_tallySince.secsTo(now))
                                << "s:" << parts.join(QStringLiteral(", "));
    m_tally.clear();
}

void WebhookReceiver::prune()
{
    const Outcome<int> pruned = m_store.pruneWebhookEvents(m_clock.now().addDays(-m_retentionDays));
    if (!pruned.ok())
        qCWarning(lcWebhook).noquote() << "cannot prune old webhook events:" << pruned.error.message;
    else if (pruned.value > 0)
        qCInfo(lcWebhook) << "forgot" << pruned.value << "webhook event ids older than" << m_retentionDays << "days";
}

} // namespace agentdesk
