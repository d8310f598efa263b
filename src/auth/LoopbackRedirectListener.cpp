#include "LoopbackRedirectListener.h"

#include <QFile>
#include <QTcpSocket>
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

QString reasonPhrase(int status)
{
    switch (status) {
    case 200: return QStringLiteral("OK");
    case 400: return QStringLiteral("Bad Request");
    case 404: return QStringLiteral("Not Found");
    case 405: return QStringLiteral("Method Not Allowed");
    case 431: return QStringLiteral("Request Header Fields Too Large");
    case 503: return QStringLiteral("Service Unavailable");
    }
    return QStringLiteral("Error");
}

// OAuth servers send form-style encoding in the query: '+' means a space.
QString queryValue(const QUrlQuery &q, const QString &key)
{
    QString raw = q.queryItemValue(key, QUrl::PrettyDecoded);
    raw.replace(QLatin1Char('+'), QLatin1Char(' '));
    return QUrl::fromPercentEncoding(raw.toUtf8());
}
} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackRedirectListener::onNewConnection);
}

LoopbackRedirectListener::~LoopbackRedirectListener() = default;

bool LoopbackRedirectListener::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void LoopbackRedirectListener::close()
{
    m_server.close();
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(m_server.serverPort()));
}

void LoopbackRedirectListener::expectState(const QString &state)
{
    m_state = state;
    m_consumed = false;
}

void LoopbackRedirectListener::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_open >= kMaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_open;
        socket->setReadBufferSize(kMaxHeaderBytes + 1);
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        connect(idle, &QTimer::timeout, socket, &QTcpSocket::abort);
        idle->start(kIdleTimeoutMs);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            --m_open;
            socket->deleteLater();
        });
    }
}

void LoopbackRedirectListener::answer(QTcpSocket *socket, int status, const QByteArray &html)
{
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    const QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status).toLatin1()
        + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + QByteArray::number(html.size())
        + "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n";
    socket->write(head + html);
    socket->disconnectFromHost();
}

void LoopbackRedirectListener::reject(QTcpSocket *socket, int status, const QString &why)
{
    Q_EMIT requestRejected(status, why);
    answer(socket, status, page(QStringLiteral(":/auth/error.html"), why));
}

void LoopbackRedirectListener::onReadyRead(QTcpSocket *socket)
{
    const QByteArray buffered = socket->peek(kMaxHeaderBytes + 1);
    // A method is upper-case letters followed by a space: anything else (a TLS hello, binary
    // noise) is refused now instead of waiting for the idle timeout.
    for (const char c : buffered) {
        if (c == ' ')
            break;
        if (c < 'A' || c > 'Z') {
            reject(socket, 400, tr("That was not a sign-in callback."));
            return;
        }
    }
    const int end = buffered.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffered.size() > kMaxHeaderBytes)
            reject(socket, 431, tr("The request was too large."));
        return;   // wait for the rest of the head (the idle timer bounds the wait)
    }
    const QList<QByteArray> requestLine = buffered.left(buffered.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        reject(socket, 400, tr("That was not a sign-in callback."));
        return;
    }
    if (requestLine.at(0) != "GET") {
        reject(socket, 405, tr("The sign-in callback must be a GET request."));
        return;
    }
    const QUrl target(QString::fromLatin1(requestLine.at(1)), QUrl::StrictMode);
    if (!target.isValid() || target.path() != QLatin1String("/callback")) {
        reject(socket, 404, tr("Nothing is served here except the sign-in callback."));
        return;
    }
    const QUrlQuery query(target);
    const QString state = queryValue(query, QStringLiteral("state"));
    if (m_state.isEmpty() || state != m_state) {
        reject(socket, 400, tr("This sign-in answer does not belong to the sign-in AgentDesk is waiting for."));
        return;
    }
    if (m_consumed) {
        reject(socket, 400, tr("This sign-in answer was already used."));
        return;
    }
    m_consumed = true;
    const QString error = queryValue(query, QStringLiteral("error"));
    if (!error.isEmpty()) {
        const OAuthError e{error, queryValue(query, QStringLiteral("error_description")), 0};
        answer(socket, 200, page(QStringLiteral(":/auth/error.html"), e.message()));
        Q_EMIT authorizationFailed(e);
        return;
    }
    const QString code = queryValue(query, QStringLiteral("code"));
    if (code.isEmpty()) {
        m_consumed = false;
        reject(socket, 400, tr("The sign-in answer carried no authorization code."));
        return;
    }
    answer(socket, 200, page(QStringLiteral(":/auth/success.html")));
    Q_EMIT codeReceived(code);
}

} // namespace agentdesk
