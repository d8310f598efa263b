#include "LoopbackRedirectListener.h"

#include "net/HttpListener.h"

#include <QFile>
#include <QTimer>
#include <QUrlQuery>

namespace agentdesk {

namespace {
QByteArray page(const QString &resource, const QString &message = {})
{
    QFile f(resource);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray("<html><body>") + message.toHtmlEscaped().toUtf8() + "</body></html>";
    QString html = QString::fromUtf8(f.readAll());
    html.replace(QStringLiteral("%1"), message.toHtmlEscaped());
    return html.toUtf8();
}

// OAuth servers send form-style encoding in the query: '+' means a space.
QString queryValue(const QUrlQuery &q, const QString &key)
{
    QString raw = q.queryItemValue(key, QUrl::PrettyDecoded);
    raw.replace(QLatin1Char('+'), QLatin1Char(' '));
    return QUrl::fromPercentEncoding(raw.toUtf8());
}

HttpListenerLimits limits()
{
    HttpListenerLimits l;
    l.head.maxBytes = LoopbackRedirectListener::kMaxHeaderBytes;
    l.maxBodyBytes = 0; // a callback is a GET
    l.requestDeadlineMs = LoopbackRedirectListener::kTimeoutMs;
    l.idleTimeoutMs = LoopbackRedirectListener::kTimeoutMs;
    l.maxConnections = LoopbackRedirectListener::kMaxConnections;
    return l;
}
} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject *parent)
    : QObject(parent),
      m_http(new HttpListener(
          limits(),
          [this](const HttpServerRequest &request, HttpListener::Respond respond) { respond(handle(request)); }, this))
{
    connect(m_http, &HttpListener::rejected, this, &LoopbackRedirectListener::requestRejected);
}

LoopbackRedirectListener::~LoopbackRedirectListener() = default;

bool LoopbackRedirectListener::listen()
{
    if (!m_http->listen(QHostAddress::LocalHost, 0))
        return false;
    // Only the address the browser was sent to; a page that points another name at
    // this port (DNS rebinding) gets 421.
    const QByteArray port = QByteArray::number(m_http->port());
    m_http->setAllowedHosts({"127.0.0.1:" + port});
    return true;
}

void LoopbackRedirectListener::close()
{
    m_http->close();
}

bool LoopbackRedirectListener::isListening() const
{
    return m_http->isListening();
}

QHostAddress LoopbackRedirectListener::address() const
{
    return m_http->address();
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(m_http->port()));
}

void LoopbackRedirectListener::expectState(const QString &state)
{
    m_state = state;
    m_consumed = false;
}

HttpServerResponse LoopbackRedirectListener::reject(int status, const QString &why)
{
    Q_EMIT requestRejected(status, why);
    HttpServerResponse r = HttpServerResponse::html(status, page(QStringLiteral(":/auth/error.html"), why));
    r.close = true;
    return r;
}

HttpServerResponse LoopbackRedirectListener::handle(const HttpServerRequest &request)
{
    const QUrl &target = request.head.url;
    if (target.path() != QLatin1String("/callback"))
        return reject(404, tr("Nothing is served here except the sign-in callback."));
    if (request.head.method != "GET")
        return reject(405, tr("The sign-in callback must be a GET request."));
    const QUrlQuery query(target);
    const QString state = queryValue(query, QStringLiteral("state"));
    if (m_state.isEmpty() || state != m_state)
        return reject(400, tr("This sign-in answer does not belong to the sign-in AgentDesk is waiting for."));
    if (m_consumed)
        return reject(400, tr("This sign-in answer was already used."));
    m_consumed = true;
    const QString error = queryValue(query, QStringLiteral("error"));
    HttpServerResponse r;
    if (!error.isEmpty()) {
        const OAuthError e{error, queryValue(query, QStringLiteral("error_description")), 0};
        r = HttpServerResponse::html(200, page(QStringLiteral(":/auth/error.html"), e.message()));
        QTimer::singleShot(0, this, [this, e] { Q_EMIT authorizationFailed(e); });
    } else {
        const QString code = queryValue(query, QStringLiteral("code"));
        if (code.isEmpty()) {
            m_consumed = false;
            return reject(400, tr("The sign-in answer carried no authorization code."));
        }
        r = HttpServerResponse::html(200, page(QStringLiteral(":/auth/success.html")));
        // After the answer is on its way: whoever listens may close this listener.
        QTimer::singleShot(0, this, [this, code] { Q_EMIT codeReceived(code); });
    }
    r.close = true;
    return r;
}

} // namespace agentdesk
