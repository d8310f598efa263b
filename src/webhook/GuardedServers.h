#pragma once

#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <functional>

class QTcpSocket;

namespace agentdesk {

// Qt 6.4's HTTP server has no limits of its own: it buffers any header block and any
// body before a handler runs. ConnectionGuard sits in front of it on every socket and
// answers 400/413/431 (and 100 Continue) itself, caps open connections and drops idle
// ones; only requests that pass reach the server. See notes/qt64-on-debian.md § 4–5.
struct ConnectionLimits {
    int maxHeaderBytes = 16 * 1024;
    qint64 maxBodyBytes = 256 * 1024;
    int idleTimeoutMs = 10000;
    int maxConnections = 64;
};

class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    using Admit = std::function<void(QTcpSocket *)>;
    ConnectionGuard(ConnectionLimits limits, Admit admit, QObject *parent = nullptr);
    void watch(QTcpSocket *socket);
    const ConnectionLimits &limits() const { return m_limits; }

Q_SIGNALS:
    void rejected(int status, const QString &why);

private:
    void inspect(QTcpSocket *socket);
    void refuse(QTcpSocket *socket, int status, const QString &why);

    ConnectionLimits m_limits;
    Admit m_admit;
    int m_open = 0;
};

// Plain HTTP listener with the guard in front.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(ConnectionLimits limits = {}, QObject *parent = nullptr);
    ConnectionGuard &guard() { return m_guard; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    ConnectionGuard m_guard;
};

// HTTPS listener (the operator's certificate) with the same guard behind TLS.
class GuardedSslServer : public QSslServer
{
    Q_OBJECT
public:
    explicit GuardedSslServer(const QSslConfiguration &tls, ConnectionLimits limits = {}, QObject *parent = nullptr);
    ConnectionGuard &guard() { return m_guard; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QSslConfiguration m_tls;
    ConnectionGuard m_guard;
};

} // namespace agentdesk
