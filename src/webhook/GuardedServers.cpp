#include "GuardedServers.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace agentdesk {

namespace {
const char *reason(int status)
{
    switch (status) {
    case 400: return "Bad Request";
    case 413: return "Payload Too Large";
    case 431: return "Request Header Fields Too Large";
    case 503: return "Service Unavailable";
    }
    return "Error";
}
const char *kAdmitted = "agentdeskAdmitted";
const char *kContinued = "agentdeskContinued";
} // namespace

ConnectionGuard::ConnectionGuard(ConnectionLimits limits, Admit admit, QObject *parent)
    : QObject(parent), m_limits(limits), m_admit(std::move(admit))
{
}

void ConnectionGuard::watch(QTcpSocket *socket)
{
    if (m_open >= m_limits.maxConnections) {
        refuse(socket, 503, tr("Too many open connections."));
        return;
    }
    ++m_open;
    // Bounds memory: the server keeps a whole request in the socket's buffer.
    socket->setReadBufferSize(m_limits.maxHeaderBytes + m_limits.maxBodyBytes + 1024);
    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->setInterval(m_limits.idleTimeoutMs);
    connect(idle, &QTimer::timeout, socket, &QTcpSocket::abort);
    idle->start();
    // Connected before the HTTP server sees the socket, so this runs first on every read.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, idle] {
        idle->start();
        inspect(socket);
    });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        --m_open;
        socket->deleteLater();
    });
    if (socket->bytesAvailable() > 0)
        inspect(socket);
}

void ConnectionGuard::inspect(QTcpSocket *socket)
{
    if (socket->isTransactionStarted())
        return;   // the server is reading a request that already passed
    const QByteArray head = socket->peek(m_limits.maxHeaderBytes + 1);
    if (head.isEmpty())
        return;
    const int end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > m_limits.maxHeaderBytes)
            refuse(socket, 431, tr("The request headers are too large."));
        return;
    }
    const QList<QByteArray> lines = head.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    bool methodOk = requestLine.size() == 3 && !requestLine.at(0).isEmpty();
    for (const char c : requestLine.value(0))
        methodOk = methodOk && c >= 'A' && c <= 'Z';
    if (!methodOk || !requestLine.at(2).startsWith("HTTP/1.")) {
        refuse(socket, 400, tr("That is not an HTTP/1.1 request."));
        return;
    }
    bool expectContinue = false;
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const int colon = line.indexOf(':');
        if (colon <= 0) {
            refuse(socket, 400, tr("A header line has no name."));
            return;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0) {
                refuse(socket, 400, tr("The Content-Length is not a number."));
                return;
            }
            if (length > m_limits.maxBodyBytes) {
                refuse(socket, 413, tr("The body is larger than %1 KiB.").arg(m_limits.maxBodyBytes / 1024));
                return;
            }
        } else if (name == "expect" && value.toLower() == "100-continue") {
            expectContinue = true;
        }
    }
    if (expectContinue && !socket->property(kContinued).toBool()) {
        socket->setProperty(kContinued, true);
        socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
    if (!socket->property(kAdmitted).toBool()) {
        socket->setProperty(kAdmitted, true);
        m_admit(socket);
        // The server connects to readyRead only now: let it read what is waiting.
        QMetaObject::invokeMethod(socket, [socket] { Q_EMIT socket->readyRead(); }, Qt::QueuedConnection);
    }
}

void ConnectionGuard::refuse(QTcpSocket *socket, int status, const QString &why)
{
    Q_EMIT rejected(status, why);
    socket->skip(socket->bytesAvailable());
    const QByteArray body = why.toUtf8();
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status)
                  + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " + QByteArray::number(body.size())
                  + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
    if (!socket->property(kAdmitted).toBool() && socket->state() == QAbstractSocket::UnconnectedState)
        socket->deleteLater();
}

GuardedTcpServer::GuardedTcpServer(ConnectionLimits limits, QObject *parent)
    : QTcpServer(parent), m_guard(limits, [this](QTcpSocket *s) { addPendingConnection(s); Q_EMIT newConnection(); }, this)
{
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    m_guard.watch(socket);
}

GuardedSslServer::GuardedSslServer(const QSslConfiguration &tls, ConnectionLimits limits, QObject *parent)
    : QSslServer(parent), m_tls(tls),
      m_guard(limits, [this](QTcpSocket *s) { addPendingConnection(s); Q_EMIT newConnection(); }, this)
{
    setSslConfiguration(tls);
}

void GuardedSslServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setSslConfiguration(m_tls);
    socket->startServerEncryption();
    m_guard.watch(socket);
}

} // namespace agentdesk
