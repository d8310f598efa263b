#include "WebhookReceiver.h"

#include "storage/WorkerStore.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcWebhook, "agentdesk.webhook")

namespace agentdesk {

namespace {
constexpr int kRecentDeliveries = 50;

QHash<QByteArray, QByteArray> lowerHeaders(const QHttpServerRequest &request)
{
    QHash<QByteArray, QByteArray> out;
    const auto headers = request.headers();
    for (const auto &h : headers)
        out.insert(h.first.toLower(), h.second);
    return out;
}
} // namespace

WebhookReceiver::WebhookReceiver(WorkerStore &store, QObject *parent) : QObject(parent), m_store(store)
{
    qRegisterMetaType<WebhookDelivery>();
}

WebhookReceiver::~WebhookReceiver() = default;

Error WebhookReceiver::listen(const QHostAddress &address, quint16 port, const std::optional<QSslConfiguration> &tls)
{
    m_http = std::make_unique<QHttpServer>();
    m_http->route(QStringLiteral("/webhook"), QHttpServerRequest::Method::AnyKnown,
                  [this](const QHttpServerRequest &request) { return handle(request); });
    if (tls)
        m_tcp = new GuardedSslServer(*tls, m_limits, m_http.get());
    else
        m_tcp = new GuardedTcpServer(m_limits, m_http.get());
    if (!m_tcp->listen(address, port)) {
        const QString why = m_tcp->errorString();
        m_http.reset();
        m_tcp = nullptr;
        return Error::usage(tr("Cannot listen for webhooks on %1:%2: %3").arg(address.toString()).arg(port).arg(why));
    }
    m_address = address;
    m_http->bind(m_tcp);
    auto note = [this](int status, const QString &why) {
        remember({QDateTime::currentDateTimeUtc(), {}, {}, {}, QStringLiteral("rejected"), status, why});
    };
    if (auto *plain = qobject_cast<GuardedTcpServer *>(m_tcp))
        connect(&plain->guard(), &ConnectionGuard::rejected, this, note);
    else if (auto *secure = qobject_cast<GuardedSslServer *>(m_tcp))
        connect(&secure->guard(), &ConnectionGuard::rejected, this, note);
    qCInfo(lcWebhook).noquote() << "listening for webhooks on" << (tls ? "https" : "http") << address.toString() << m_tcp->serverPort();
    return {};
}

quint16 WebhookReceiver::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

bool WebhookReceiver::isListening() const
{
    return m_tcp && m_tcp->isListening();
}

void WebhookReceiver::remember(const WebhookDelivery &d)
{
    m_recent.prepend(d);
    if (m_recent.size() > kRecentDeliveries)
        m_recent.removeLast();
    Q_EMIT delivered(d);
}

QHttpServerResponse WebhookReceiver::answer(int status, const QString &reason, const CloudEvent &event, const QString &outcome)
{
    remember({QDateTime::currentDateTimeUtc(), event.id, event.type, event.sessionId(), outcome, status, reason});
    if (status == 204)
        return QHttpServerResponse(QHttpServerResponder::StatusCode::NoContent);
    const QJsonObject body{{QStringLiteral("status"), outcome}, {QStringLiteral("message"), reason}};
    return QHttpServerResponse(body, static_cast<QHttpServerResponder::StatusCode>(status));
}

QHttpServerResponse WebhookReceiver::handle(const QHttpServerRequest &request)
{
    const QHash<QByteArray, QByteArray> headers = lowerHeaders(request);
    if (!m_key.isEmpty()
        && !constantTimeEquals(headers.value("x-one-webhook-key"), m_key.reveal().toUtf8()))
        return answer(401, tr("Missing or wrong X-One-Webhook-Key."), {}, QStringLiteral("rejected"));
    const auto method = request.method();
    if (method == QHttpServerRequest::Method::Head || method == QHttpServerRequest::Method::Get)
        return answer(204, tr("Endpoint verification."), {}, QStringLiteral("verified"));
    if (method != QHttpServerRequest::Method::Post)
        return answer(405, tr("Webhooks are POSTed."), {}, QStringLiteral("rejected"));
    if (request.body().size() > m_limits.maxBodyBytes)
        return answer(413, tr("The body is too large."), {}, QStringLiteral("rejected"));
    const CloudEvent::Parsed parsed = CloudEvent::fromHttp(headers, request.body());
    if (parsed.status != 0)
        return answer(parsed.status, parsed.error, {}, QStringLiteral("rejected"));
    const CloudEvent &event = parsed.event;

    // The event id is the idempotency key, recorded before anything happens.
    const Outcome<QList<bool>> recorded = m_store.recordWebhookEvents({{event.id, event.type, event.sessionId()}});
    if (!recorded.ok())
        return answer(503, tr("Cannot record the event: %1").arg(recorded.error.message), event, QStringLiteral("rejected"));
    if (!recorded.value.value(0))
        return answer(200, tr("Already received; nothing to do."), event, QStringLiteral("duplicate"));

    // Answer first; act from the event loop.
    const QString sessionId = event.sessionId();
    const QString type = event.type;
    QTimer::singleShot(0, this, [this, type, sessionId] {
        if (type == QLatin1String("agent.session_queued"))
            Q_EMIT sessionQueued(sessionId);
        else if (type == QLatin1String("agent.session_cancelled") || type == QLatin1String("agent.session_input_received"))
            Q_EMIT sessionChanged(sessionId);
    });
    return answer(202, tr("Accepted."), event, QStringLiteral("accepted"));
}

} // namespace agentdesk
