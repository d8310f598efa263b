#include "WorkerFeed.h"

#include "webhook/CloudEvent.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QWebSocket>
#include <QWebSocketServer>

#include <csignal>
#include <sys/types.h>

Q_LOGGING_CATEGORY(lcFeed, "agentdesk.worker.feed")

namespace agentdesk {

namespace {

QString newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toHex());
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString bearer(const QNetworkRequest &request)
{
    const QByteArray header = request.rawHeader("Authorization");
    if (header.startsWith("Bearer "))
        return QString::fromLatin1(header.mid(7).trimmed());
    return {};
}

} // namespace

QString WorkerFeedInfo::fileFor(const AppPaths &paths)
{
    return QDir(paths.dataDir).filePath(QStringLiteral("worker-feed.json"));
}

bool WorkerFeedInfo::processAlive(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

std::optional<WorkerFeedInfo> WorkerFeedInfo::find(const AppPaths &paths)
{
    QFile file(fileFor(paths));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.read(4096)).object();
    WorkerFeedInfo info;
    info.port = quint16(o.value(QLatin1String("port")).toInt());
    info.token = o.value(QLatin1String("token")).toString();
    info.pid = o.value(QLatin1String("pid")).toInteger();
    if (info.port == 0 || info.token.isEmpty() || !processAlive(info.pid))
        return std::nullopt; // a file left by a worker that died
    return info;
}

// ---- server ----

WorkerFeedServer::WorkerFeedServer(WorkerMonitor &monitor, AppPaths paths, QObject *parent)
    : QObject(parent), m_monitor(monitor), m_paths(std::move(paths)), m_token(newToken())
{
    m_statusCoalesce.setSingleShot(true);
    m_statusCoalesce.setInterval(100);
    connect(&m_statusCoalesce, &QTimer::timeout, this, [this] {
        broadcast({{QStringLiteral("type"), QStringLiteral("status")},
                   {QStringLiteral("status"), m_monitor.status().toJson()}});
    });
    connect(&m_monitor, &WorkerMonitor::statusChanged, this, [this] {
        if (!m_clients.isEmpty() && !m_statusCoalesce.isActive())
            m_statusCoalesce.start();
    });
    connect(&m_monitor, &WorkerMonitor::eventLogged, this, [this](const WorkerEvent &e) {
        broadcast({{QStringLiteral("type"), QStringLiteral("event")}, {QStringLiteral("event"), e.toJson()}});
    });
    connect(&m_monitor, &WorkerMonitor::deliveriesLogged, this, [this](const QList<WebhookDelivery> &list, int more) {
        QJsonArray deliveries;
        for (const WebhookDelivery &d : list)
            deliveries.append(deliveryToJson(d));
        broadcast({{QStringLiteral("type"), QStringLiteral("deliveries")},
                   {QStringLiteral("deliveries"), deliveries},
                   {QStringLiteral("more"), more}});
    });
    connect(&m_monitor, &WorkerMonitor::taskTouched, this, [this](const QString &taskId) {
        broadcast({{QStringLiteral("type"), QStringLiteral("task")}, {QStringLiteral("taskId"), taskId}});
    });
}

WorkerFeedServer::~WorkerFeedServer()
{
    close(); // the clients are children: they go with the feed, event loop or not
}

void WorkerFeedServer::close()
{
    if (m_closed)
        return;
    m_closed = true;
    // The last status first, so a follower sees "stopped" before the close.
    if (m_statusCoalesce.isActive())
        m_statusCoalesce.stop();
    broadcast(
        {{QStringLiteral("type"), QStringLiteral("status")}, {QStringLiteral("status"), m_monitor.status().toJson()}});
    for (QWebSocket *c : std::as_const(m_clients)) {
        c->disconnect(this);
        c->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("worker stopped"));
        c->flush();
    }
    m_clients.clear();
    removeFeedFile();
    if (m_server)
        m_server->close();
}

Error WorkerFeedServer::start()
{
    if (m_server)
        return {};
    m_server = new QWebSocketServer(QStringLiteral("agentdesk-worker"), QWebSocketServer::NonSecureMode, this);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return Error::usage(tr("The worker's live feed cannot listen on 127.0.0.1: %1").arg(m_server->errorString()));
    connect(m_server, &QWebSocketServer::newConnection, this, &WorkerFeedServer::onNewConnection);

    QDir().mkpath(m_paths.dataDir);
    QSaveFile file(WorkerFeedInfo::fileFor(m_paths));
    // Owner-only before the token is written; the rename keeps the mode.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error::storage(tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    file.write(compact({{QStringLiteral("port"), int(m_server->serverPort())},
                        {QStringLiteral("token"), m_token},
                        {QStringLiteral("pid"), QCoreApplication::applicationPid()},
                        {QStringLiteral("version"), kProtocolVersion}}));
    if (!file.commit())
        return Error::storage(tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    qCInfo(lcFeed) << "live feed on 127.0.0.1 port" << m_server->serverPort();
    return {};
}

quint16 WorkerFeedServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void WorkerFeedServer::removeFeedFile()
{
    if (!m_server)
        return;
    // Only our own: a worker started after us may have replaced it.
    QFile file(WorkerFeedInfo::fileFor(m_paths));
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(file.read(4096)).object();
        file.close();
        if (o.value(QLatin1String("token")).toString() == m_token)
            QFile::remove(file.fileName());
    }
}

void WorkerFeedServer::onNewConnection()
{
    while (QWebSocket *client = m_server->nextPendingConnection()) {
        const QNetworkRequest request = client->request();
        const bool fromBrowser = !client->origin().isEmpty();
        const bool tokenOk = constantTimeEquals(bearer(request).toLatin1(), m_token.toLatin1());
        if (fromBrowser || !tokenOk) {
            qCWarning(lcFeed) << "refused a live feed client:" << (fromBrowser ? "browser origin" : "bad token");
            client->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("not authorized"));
            client->setParent(this); // deleted with the feed at the latest
            client->deleteLater();
            continue;
        }
        client->setParent(this);
        m_clients << client;
        connect(client, &QWebSocket::textMessageReceived, this,
                [this, client](const QString &t) { onMessage(client, t); });
        connect(client, &QWebSocket::disconnected, this, [this, client] {
            m_clients.removeAll(client);
            client->deleteLater();
        });
        QJsonArray events;
        for (const WorkerEvent &e : m_monitor.recentEvents())
            events.append(e.toJson());
        client->sendTextMessage(QString::fromUtf8(compact({{QStringLiteral("type"), QStringLiteral("hello")},
                                                           {QStringLiteral("version"), kProtocolVersion},
                                                           {QStringLiteral("status"), m_monitor.status().toJson()},
                                                           {QStringLiteral("events"), events}})));
    }
}

void WorkerFeedServer::onMessage(QWebSocket *client, const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = o.value(QLatin1String("type")).toString();
    if (type == QLatin1String("stop")) {
        const bool handBack = o.value(QLatin1String("handBack")).toBool();
        qCInfo(lcFeed) << "stop requested over the live feed, hand back:" << handBack;
        m_monitor.stop(handBack);
        return;
    }
    client->sendTextMessage(QString::fromUtf8(compact(
        {{QStringLiteral("type"), QStringLiteral("error")}, {QStringLiteral("message"), tr("Unknown request.")}})));
}

void WorkerFeedServer::broadcast(const QJsonObject &message)
{
    if (m_clients.isEmpty())
        return;
    const QString text = QString::fromUtf8(compact(message));
    for (QWebSocket *c : std::as_const(m_clients))
        c->sendTextMessage(text);
}

// ---- client ----

WorkerFeedClient::WorkerFeedClient(AppPaths paths, QObject *parent) : WorkerMonitor(parent), m_paths(std::move(paths))
{ }

WorkerFeedClient::~WorkerFeedClient()
{
    m_closing = true;
    if (m_socket)
        m_socket->disconnect(this);
}

void WorkerFeedClient::attach()
{
    if (m_socket)
        return;
    const std::optional<WorkerFeedInfo> info = WorkerFeedInfo::find(m_paths);
    if (!info) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT detached(tr("No worker is running in %1.").arg(m_paths.dataDir)); },
            Qt::QueuedConnection);
        return;
    }
    m_closing = false;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &WorkerFeedClient::onMessage);
    connect(m_socket, &QWebSocket::disconnected, this, &WorkerFeedClient::onClosed);
    QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(info->port)));
    request.setRawHeader("Authorization", "Bearer " + info->token.toLatin1());
    m_socket->open(request);
}

void WorkerFeedClient::detach()
{
    if (!m_socket)
        return;
    m_closing = true;
    m_socket->close();
}

void WorkerFeedClient::stop(bool handBack)
{
    if (m_socket && m_attached)
        m_socket->sendTextMessage(QString::fromUtf8(
            compact({{QStringLiteral("type"), QStringLiteral("stop")}, {QStringLiteral("handBack"), handBack}})));
}

void WorkerFeedClient::onMessage(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = o.value(QLatin1String("type")).toString();
    Q_EMIT messageReceived(o);
    if (type == QLatin1String("hello")) {
        for (const QJsonValue &v : o.value(QLatin1String("events")).toArray())
            logEvent(WorkerEvent::fromJson(v.toObject()));
        setStatus(WorkerStatus::fromJson(o.value(QLatin1String("status")).toObject()));
        m_attached = true;
        Q_EMIT attached();
    } else if (type == QLatin1String("status")) {
        setStatus(WorkerStatus::fromJson(o.value(QLatin1String("status")).toObject()));
    } else if (type == QLatin1String("event")) {
        logEvent(WorkerEvent::fromJson(o.value(QLatin1String("event")).toObject()));
    } else if (type == QLatin1String("deliveries")) {
        // The next status carries them in its list; this is only the announcement.
        QList<WebhookDelivery> list;
        for (const QJsonValue &v : o.value(QLatin1String("deliveries")).toArray())
            list.append(deliveryFromJson(v.toObject()));
        Q_EMIT deliveriesLogged(list, o.value(QLatin1String("more")).toInt());
    } else if (type == QLatin1String("task")) {
        Q_EMIT taskTouched(o.value(QLatin1String("taskId")).toString());
    }
}

void WorkerFeedClient::onClosed()
{
    QString reason;
    if (m_closing)
        reason = tr("Detached.");
    else if (!m_attached)
        reason = m_socket->closeReason().isEmpty()
                     ? tr("Cannot reach the worker's live feed: %1").arg(m_socket->errorString())
                     : tr("The worker refused the live feed: %1").arg(m_socket->closeReason());
    else
        reason = m_socket->closeReason().isEmpty() ? tr("The worker went away.")
                                                   : tr("The worker closed the feed: %1").arg(m_socket->closeReason());
    m_attached = false;
    m_socket->deleteLater();
    m_socket = nullptr;
    Q_EMIT detached(reason);
}

} // namespace agentdesk
