#pragma once

#include "WorkerMonitor.h"
#include "config/AppPaths.h"
#include "domain/Error.h"

#include <QPointer>
#include <QTimer>
#include <optional>

class QWebSocket;
class QWebSocketServer;

namespace agentdesk {

// Where a running worker's live feed listens, as written to <data>/worker-feed.json
// (mode 0600: the token is what lets a client in).
struct WorkerFeedInfo {
    quint16 port = 0;
    QString token;
    qint64 pid = 0;

    static QString fileFor(const AppPaths &paths);
    // The feed of a worker still alive on this machine, if there is one.
    static std::optional<WorkerFeedInfo> find(const AppPaths &paths);
    static bool processAlive(qint64 pid);
};

// Publishes a WorkerMonitor on a loopback WebSocket: a "hello" with the status and
// recent events on connect, then "status", "event", "delivery" and "task" messages.
// Clients authenticate with "Authorization: Bearer <token>"; browsers (anything that
// sends an Origin) are refused. A client may send {"type":"stop","handBack":bool}.
class WorkerFeedServer : public QObject
{
    Q_OBJECT
public:
    WorkerFeedServer(WorkerMonitor &monitor, AppPaths paths, QObject *parent = nullptr);
    ~WorkerFeedServer() override;

    // Listens on 127.0.0.1 (an ephemeral port) and writes the feed file.
    Error start();
    // Sends the final status, closes every client and removes the feed file. Also done
    // on destruction.
    void close();
    quint16 port() const;
    int clientCount() const { return int(m_clients.size()); }

    static constexpr int kProtocolVersion = 1;

private:
    void onNewConnection();
    void onMessage(QWebSocket *client, const QString &text);
    void broadcast(const QJsonObject &message);
    void removeFeedFile();

    WorkerMonitor &m_monitor;
    AppPaths m_paths;
    QString m_token;
    QWebSocketServer *m_server = nullptr;
    QList<QWebSocket *> m_clients;
    bool m_closed = false;
    QTimer m_statusCoalesce; // a burst of changes becomes one status message
};

// The other end: attaches to the headless worker on this machine and mirrors it as a
// WorkerMonitor, for the GUI's Worker panel and `agentdeskctl worker status --follow`.
class WorkerFeedClient : public WorkerMonitor
{
    Q_OBJECT
public:
    explicit WorkerFeedClient(AppPaths paths, QObject *parent = nullptr);
    ~WorkerFeedClient() override;

    // Finds the feed file and connects; answers with attached() or detached().
    void attach();
    void detach();
    bool isAttached() const { return m_attached; }
    bool isLocal() const override { return false; }
    void stop(bool handBack) override;

Q_SIGNALS:
    void attached();
    void detached(const QString &reason);
    // Every message as it came, for `--follow --json`.
    void messageReceived(const QJsonObject &message);

private:
    void onMessage(const QString &text);
    void onClosed();

    AppPaths m_paths;
    QWebSocket *m_socket = nullptr;
    bool m_attached = false;
    bool m_closing = false;
};

} // namespace agentdesk
