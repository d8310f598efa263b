#include "HttpListener.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace agentdesk {

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 413: return "Content Too Large";
    case 415: return "Unsupported Media Type";
    case 421: return "Misdirected Request";
    case 431: return "Request Header Fields Too Large";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    }
    return status < 300 ? "OK" : "Error";
}
} // namespace

HttpServerResponse HttpServerResponse::json(int status, const QByteArray &body)
{
    HttpServerResponse r;
    r.status = status;
    r.body = body;
    r.setHeader("Content-Type", "application/json");
    return r;
}

HttpServerResponse HttpServerResponse::text(int status, const QString &text)
{
    HttpServerResponse r;
    r.status = status;
    r.body = text.toUtf8();
    r.setHeader("Content-Type", "text/plain; charset=utf-8");
    return r;
}

HttpServerResponse HttpServerResponse::html(int status, const QByteArray &html)
{
    HttpServerResponse r;
    r.status = status;
    r.body = html;
    r.setHeader("Content-Type", "text/html; charset=utf-8");
    r.setHeader("Cache-Control", "no-store");
    return r;
}

// One client connection: reads requests one after another, hands each whole one to the
// listener, writes the answers in order. A child of the listener; deletes itself
// (later) when the socket closes.
class HttpConnection : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(agentdesk::HttpConnection)
    friend class HttpListener;

public:
    HttpConnection(HttpListener &listener, QTcpSocket *socket)
        : QObject(&listener), m_listener(listener), m_socket(socket)
    {
        socket->setParent(this);
        // While a request is with the handler nothing more is read: a client that keeps
        // sending fills this buffer, then TCP holds it back.
        const HttpListenerLimits &limits = m_listener.limits();
        socket->setReadBufferSize(limits.head.maxBytes + limits.maxBodyBytes + 64 * 1024);
        m_deadline.setSingleShot(true);
        m_idle.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this,
                [this] { refuse(408, tr("The request did not arrive in time.")); });
        connect(&m_idle, &QTimer::timeout, this, [this] { m_socket->abort(); });
        connect(socket, &QTcpSocket::readyRead, this, [this] { read(); });
        connect(socket, &QTcpSocket::disconnected, this, [this] { closed(); });
        connect(socket, &QTcpSocket::errorOccurred, this, [this] {
            if (m_socket->state() == QAbstractSocket::UnconnectedState)
                closed();
        });
        m_idle.start(m_listener.limits().idleTimeoutMs);
        // A connection that waited in the server's queue may have sent its request (or
        // gone) already: no signal will say so again.
        QMetaObject::invokeMethod(
            this,
            [this] {
                read();
                if (m_socket->state() != QAbstractSocket::ConnectedState && !m_handling)
                    closed();
            },
            Qt::QueuedConnection);
    }

    // The handler's answer for request number `serial`.
    void answer(quint64 serial, const HttpServerResponse &response)
    {
        if (m_gone || serial != m_serial || !m_handling)
            return;
        m_handling = false;
        write(response, m_closeAfter || response.close);
        if (!m_closing)
            read(); // a pipelined request may be waiting
    }

private:
    void read()
    {
        if (m_gone || m_handling || m_closing)
            return;
        if (m_buffer.isEmpty())
            m_buffer = m_socket->readAll(); // the usual case: no copy
        else
            m_buffer += m_socket->readAll();
        const HttpListenerLimits &limits = m_listener.limits();
        for (;;) {
            if (m_buffer.isEmpty())
                return;
            if (!m_inRequest) {
                m_inRequest = true;
                m_idle.stop();
                m_deadline.start(limits.requestDeadlineMs);
            }
            if (!m_haveHead) {
                HeadParse parsed = parseRequestHead(m_buffer, limits.head);
                if (parsed.status == HeadParse::Incomplete)
                    return;
                if (parsed.status != HeadParse::Complete)
                    return refuse(parsed.httpStatus, parsed.why);
                m_buffer.remove(0, parsed.consumed);
                m_request = {};
                m_request.head = std::move(parsed.head);
                m_request.peer = m_socket->peerAddress();
                m_haveHead = true;
                m_closeAfter = !m_request.head.keepAlive();
                if (!m_listener.hostAllowed(m_request.head.header("host")))
                    return refuse(421, tr("This listener does not serve that host."));
                m_framing = bodyFraming(m_request.head, limits.maxBodyBytes);
                if (m_framing.httpStatus)
                    return refuse(m_framing.httpStatus, m_framing.why);
                if (m_framing.kind == BodyFraming::Chunked)
                    m_chunks.emplace(limits.maxBodyBytes);
                if (m_framing.kind != BodyFraming::None && m_request.head.header("expect").toLower() == "100-continue"
                    && m_request.head.minorVersion == 1)
                    m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            if (m_framing.kind == BodyFraming::Length) {
                const qint64 missing = m_framing.length - m_request.body.size();
                const qint64 take = std::min<qint64>(missing, m_buffer.size());
                if (m_request.body.isEmpty() && take == m_buffer.size()) {
                    m_request.body = std::exchange(m_buffer, {}); // the whole rest is the body
                } else {
                    m_request.body.append(m_buffer.constData(), take);
                    m_buffer.remove(0, take);
                }
                if (m_request.body.size() < m_framing.length)
                    return;
            } else if (m_framing.kind == BodyFraming::Chunked) {
                const ChunkedDecoder::Status s = m_chunks->feed(m_buffer, m_request.body);
                if (s == ChunkedDecoder::NeedMore)
                    return;
                if (s == ChunkedDecoder::TooLarge)
                    return refuse(413, tr("The body is larger than %1 KiB.").arg(limits.maxBodyBytes / 1024));
                if (s == ChunkedDecoder::Invalid)
                    return refuse(400, tr("The chunked body is malformed."));
            }
            // A whole request: to the handler; nothing more is read until it is answered.
            m_deadline.stop();
            m_inRequest = false;
            m_haveHead = false;
            m_chunks.reset();
            m_handling = true;
            ++m_serial;
            m_listener.dispatch(this, std::move(m_request));
            return;
        }
    }

    void write(const HttpServerResponse &r, bool close)
    {
        if (r.stream) {
            QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
            for (const auto &h : r.headers)
                head += h.first + ": " + h.second + "\r\n";
            m_socket->write(head + "Cache-Control: no-cache\r\nConnection: close\r\n\r\n");
            m_closing = true; // nothing more is read; the stream owns the socket now
            m_deadline.stop();
            m_idle.stop();
            disconnect(m_socket, &QTcpSocket::readyRead, this, nullptr);
            r.stream(m_socket);
            return;
        }
        QByteArray out;
        out.reserve(160 + r.body.size());
        out += "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
        for (const auto &h : r.headers) {
            const QByteArray name = h.first.toLower();
            if (name != "content-length" && name != "connection") // the framing is ours
                out += h.first + ": " + h.second + "\r\n";
        }
        if (r.status != 204 && r.status >= 200)
            out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
        out += close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
        if (r.status != 204)
            out += r.body;
        m_socket->write(out);
        if (m_socket->state() != QAbstractSocket::ConnectedState) {
            closed(); // the client left while its request was handled
            return;
        }
        if (close) {
            m_closing = true;
            m_deadline.stop();
            m_idle.stop();
            m_socket->disconnectFromHost();
            // A client that never reads its answer does not keep the connection.
            QTimer::singleShot(5000, this, [this] {
                if (!m_gone)
                    m_socket->abort();
            });
            return;
        }
        if (!m_inRequest)
            m_idle.start(m_listener.limits().idleTimeoutMs);
    }

    void refuse(int status, const QString &why)
    {
        if (m_closing || m_gone)
            return;
        Q_EMIT m_listener.rejected(status, why);
        m_buffer.clear();
        m_handling = false;
        write(HttpServerResponse::text(status, why), true);
    }

    void closed()
    {
        if (m_gone)
            return;
        m_gone = true;
        m_deadline.stop();
        m_idle.stop();
        m_listener.connectionClosed();
        deleteLater();
    }

    HttpListener &m_listener;
    QTcpSocket *m_socket;
    QByteArray m_buffer;
    HttpServerRequest m_request;
    BodyFraming m_framing;
    std::optional<ChunkedDecoder> m_chunks;
    QTimer m_deadline;
    QTimer m_idle;
    quint64 m_serial = 0;
    bool m_inRequest = false;
    bool m_haveHead = false;
    bool m_handling = false;
    bool m_closeAfter = false;
    bool m_closing = false;
    bool m_gone = false;
};

HttpListener::HttpListener(HttpListenerLimits limits, Handler handler, QObject *parent)
    : QObject(parent), m_limits(limits), m_handler(std::move(handler))
{ }

HttpListener::~HttpListener()
{
    // Connections first: their sockets must not outlive the server that accepted them.
    // (dynamic_cast, not findChildren: HttpConnection has no meta-object of its own, so
    // qobject_cast would take the server for one.)
    const QObjectList kids = children();
    for (QObject *child : kids)
        if (auto *c = dynamic_cast<HttpConnection *>(child))
            delete c;
}

bool HttpListener::listen(const QHostAddress &address, quint16 port, const std::optional<QSslConfiguration> &tls)
{
    close();
    if (tls) {
        auto *secure = new QSslServer(this);
        secure->setSslConfiguration(*tls);
        m_server = secure;
    } else {
        m_server = new QTcpServer(this);
    }
    // Enough room in the accept queue for bursts while connections wait their turn.
    m_server->setListenBacklogSize(std::max(128, m_limits.maxConnections));
    m_server->setMaxPendingConnections(std::max(128, m_limits.maxConnections));
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpListener::accept);
    if (!m_server->listen(address, port)) {
        m_error = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    return true;
}

void HttpListener::close()
{
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

bool HttpListener::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 HttpListener::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QHostAddress HttpListener::address() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

void HttpListener::accept()
{
    while (m_server && m_open < m_limits.maxConnections) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (!socket)
            return;
        ++m_open;
        new HttpConnection(*this, socket);
    }
    // Full: the rest wait in the queue until a connection closes.
    if (m_server && m_open >= m_limits.maxConnections)
        m_server->pauseAccepting();
}

void HttpListener::connectionClosed()
{
    --m_open;
    if (m_server && m_open < m_limits.maxConnections) {
        m_server->resumeAccepting();
        if (m_server->hasPendingConnections())
            QMetaObject::invokeMethod(this, &HttpListener::accept, Qt::QueuedConnection);
    }
}

bool HttpListener::hostAllowed(const QByteArray &host) const
{
    if (m_allowedHosts.isEmpty())
        return true;
    return m_allowedHosts.contains(host.toLower());
}

void HttpListener::dispatch(HttpConnection *connection, HttpServerRequest request)
{
    QPointer<HttpConnection> target(connection);
    const quint64 serial = connection->m_serial;
    m_handler(request, [target, serial](const HttpServerResponse &response) {
        if (target)
            target->answer(serial, response);
    });
}

} // namespace agentdesk
