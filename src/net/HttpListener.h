#pragma once

#include "HttpRequestHead.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <functional>
#include <optional>

class QTcpServer;
class QTcpSocket;

namespace agentdesk {

class HttpConnection;

// A request that passed the listener's checks, with its whole body.
struct HttpServerRequest {
    HttpRequestHead head;
    QByteArray body;
    QHostAddress peer;
    QByteArray header(const QByteArray &lowerName) const { return head.header(lowerName); }
};

struct HttpServerResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool close = false; // close the connection after this answer
    // A streamed answer (server-sent events): the head goes out without a length, then
    // the socket is handed to `stream`, which writes and closes it when done. The
    // connection ends with it.
    std::function<void(QTcpSocket *)> stream;

    static HttpServerResponse json(int status, const QByteArray &body);
    static HttpServerResponse text(int status, const QString &text);
    static HttpServerResponse html(int status, const QByteArray &html);
    void setHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
};

struct HttpListenerLimits {
    HeadLimits head;
    qint64 maxBodyBytes = 256 * 1024;
    // The whole request (head and body) must arrive within this, however slowly its
    // bytes drip: a slowloris client cannot hold a connection by sending one byte at a time.
    int requestDeadlineMs = 10000;
    // A kept-alive connection with no request in progress is closed after this.
    int idleTimeoutMs = 10000;
    // Connections beyond this wait in the kernel's accept queue (back-pressure); no client
    // is turned away while the listener is merely busy.
    int maxConnections = 1024;
};

// The small HTTP/1.1 server AgentDesk embeds (qBittorrent keeps one of its own for its
// Web UI, for the same reasons): the webhook listener and the sign-in loopback listener
// run on it. It parses each request once, with limits, and answers what is malformed,
// too large or too slow itself (400/413/431/501/505, 100 Continue); keep-alive and
// pipelined requests are answered in order, HTTP/1.0 and "Connection: close" are closed
// after their answer. Only whole requests reach the handler, which answers through
// `respond` now or later (exactly once); an answer for a connection that has gone is
// dropped.
class HttpListener : public QObject
{
    Q_OBJECT
public:
    using Respond = std::function<void(const HttpServerResponse &)>;
    using Handler = std::function<void(const HttpServerRequest &, Respond)>;

    HttpListener(HttpListenerLimits limits, Handler handler, QObject *parent = nullptr);
    ~HttpListener() override;

    // HTTP, or HTTPS with the given configuration. Binds only the address asked for.
    bool listen(const QHostAddress &address, quint16 port, const std::optional<QSslConfiguration> &tls = std::nullopt);
    void close();
    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;
    QString errorString() const { return m_error; }
    const HttpListenerLimits &limits() const { return m_limits; }
    int openConnections() const { return m_open; }

    // When set, a request whose Host is not one of these is answered 421 (a page in a
    // browser that a DNS-rebinding attack points at this port names another host).
    void setAllowedHosts(const QList<QByteArray> &hosts) { m_allowedHosts = hosts; }

Q_SIGNALS:
    // A request answered by the listener itself (malformed, too large, too slow).
    void rejected(int status, const QString &why);

private:
    friend class HttpConnection;
    void accept();
    void connectionClosed();
    void dispatch(HttpConnection *connection, HttpServerRequest request);
    bool hostAllowed(const QByteArray &host) const;

    HttpListenerLimits m_limits;
    Handler m_handler;
    QTcpServer *m_server = nullptr;
    QString m_error;
    QList<QByteArray> m_allowedHosts;
    int m_open = 0;
};

} // namespace agentdesk
