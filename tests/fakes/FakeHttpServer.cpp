#include "FakeHttpServer.h"

#include <QTcpSocket>
#include <QTimer>

namespace agentdesk::fakes {

FakeResponse FakeResponse::json(int status, const QByteArray &body)
{
    FakeResponse r;
    r.status = status;
    r.body = body;
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=UTF-8")));
    return r;
}

FakeHttpServer::FakeHttpServer(QObject *parent) : QTcpServer(parent) {}

bool FakeHttpServer::start(quint16 port)
{
    return listen(QHostAddress::LocalHost, port);
}

QUrl FakeHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort()));
}

int FakeHttpServer::countRequests(const QByteArray &method, const QString &pathPart) const
{
    int n = 0;
    for (const FakeRequest &r : m_requests)
        n += (method.isEmpty() || r.method == method) && r.path.contains(pathPart) ? 1 : 0;
    return n;
}

void FakeHttpServer::failNext(int count, int status, const QString &pathPart, int retryAfterSeconds)
{
    m_faults.append({count, status, pathPart, retryAfterSeconds});
}

std::optional<FakeResponse> FakeHttpServer::takeFault(const FakeRequest &req)
{
    for (int i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (!f.pathPart.isEmpty() && !req.path.contains(f.pathPart))
            continue;
        const Fault hit = f;
        if (--f.count <= 0)
            m_faults.removeAt(i);
        FakeResponse r = FakeResponse::json(hit.status, m_errorBody ? m_errorBody(hit.status) : QByteArray("{}"));
        if (hit.retryAfter >= 0)
            r.addHeader("Retry-After", QByteArray::number(hit.retryAfter));
        return r;
    }
    return std::nullopt;
}

void FakeHttpServer::delayNext(int count, int ms, const QByteArray &method, const QString &pathPart)
{
    m_delays.append({count, ms, method, pathPart});
}

int FakeHttpServer::takeDelay(const FakeRequest &req)
{
    for (int i = 0; i < m_delays.size(); ++i) {
        Delay &d = m_delays[i];
        if ((!d.method.isEmpty() && d.method != req.method) || !req.path.contains(d.pathPart))
            continue;
        const int ms = d.ms;
        if (--d.count <= 0)
            m_delays.removeAt(i);
        return ms;
    }
    return 0;
}

void FakeHttpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    socket->setSocketDescriptor(socketDescriptor);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

void FakeHttpServer::serve(QTcpSocket *socket)
{
    for (;;) {
        const QByteArray buffered = socket->peek(socket->bytesAvailable());
        const int headerEnd = buffered.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffered.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        FakeRequest req;
        req.method = requestLine.value(0);
        const QUrl target(QString::fromLatin1(requestLine.value(1)));
        req.path = target.path(QUrl::FullyDecoded);
        req.query = QUrlQuery(target);
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = lines.at(i).indexOf(':');
            if (colon > 0)
                req.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        const int length = req.header("content-length").toInt();
        if (buffered.size() < headerEnd + 4 + length)
            return;
        socket->skip(headerEnd + 4);
        req.body = socket->read(length);
        m_requests.append(req);

        const std::optional<FakeResponse> fault = takeFault(req);
        FakeResponse resp = fault ? *fault : m_handler ? m_handler(req) : FakeResponse::json(404, "{}");
        if (m_filter)
            m_filter(req, resp);
        if (const int delay = takeDelay(req); delay > 0) {
            // Nothing more is read from this connection until the slow answer is out.
            disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
            QTimer::singleShot(delay, socket, [this, socket, req, resp] {
                const bool open = !resp.stream && req.header("connection").toLower() != "close";
                write(socket, req, resp);
                if (open) {
                    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                    serve(socket);
                }
            });
            return;
        }
        write(socket, req, resp);
        if (resp.stream || req.header("connection").toLower() == "close")
            return;
    }
}

void FakeHttpServer::write(QTcpSocket *socket, const FakeRequest &req, FakeResponse resp)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(resp.status) + " Fake\r\n";
    for (const auto &h : std::as_const(resp.headers))
        out += h.first + ": " + h.second + "\r\n";
    if (resp.stream) {
        // Streamed body: no length, the stream ends when the holder closes the socket.
        socket->write(out + "Cache-Control: no-cache\r\nConnection: close\r\n\r\n");
        disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
        resp.stream(socket);
        return;
    }
    bool hasLength = false;
    for (const auto &h : std::as_const(resp.headers))
        hasLength |= h.first.toLower() == "content-length";
    if (!hasLength)
        out += "Content-Length: " + QByteArray::number(resp.body.size()) + "\r\n";
    const bool close = req.header("connection").toLower() == "close";
    out += close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    out += resp.body;
    socket->write(out);
    if (close)
        socket->disconnectFromHost();
}

} // namespace agentdesk::fakes
