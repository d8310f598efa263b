#include "Notifier.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNotify, "agentdesk.notify")

namespace agentdesk {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
} // namespace

QString Notifier::actionText(const QString &action)
{
    if (action == QLatin1String("approve"))
        return tr("Approve plan");
    if (action == QLatin1String("open") || action == QLatin1String("default"))
        return tr("Open");
    return action;
}

FreedesktopNotifier::FreedesktopNotifier(QObject *parent) : Notifier(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCInfo(lcNotify) << "no session bus: notifications go to the tray";
        return;
    }
    bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this, SLOT(onClosed(uint, uint)));
    auto *watcher = new QDBusServiceWatcher(kService, bus, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(watcher, &QDBusServiceWatcher::serviceOwnerChanged, this, &FreedesktopNotifier::onOwnerChanged);
    // Asked without waiting; until the bus answers, notifications go to the fallback.
    QDBusMessage ask =
        QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                                       QStringLiteral("org.freedesktop.DBus"), QStringLiteral("NameHasOwner"));
    ask << kService;
    auto *call = new QDBusPendingCallWatcher(bus.asyncCall(ask), this);
    connect(call, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<bool> reply = *w;
        setAvailable(!reply.isError() && reply.value());
        w->deleteLater();
    });
}

void FreedesktopNotifier::setAvailable(bool available)
{
    if (available == m_available)
        return;
    m_available = available;
    qCInfo(lcNotify) << "notification service" << (available ? "available" : "missing");
    Q_EMIT availabilityChanged(available);
}

void FreedesktopNotifier::onOwnerChanged(const QString &, const QString &, const QString &newOwner)
{
    m_ids.clear(); // ids belong to the daemon that handed them out
    m_inFlight.clear();
    setAvailable(!newOwner.isEmpty());
}

void FreedesktopNotifier::show(const Notification &n)
{
    if (m_inFlight.contains(n.key)) {
        m_inFlight[n.key] = n; // the newest wins; sent once the first one's id is known
        return;
    }
    send(n);
}

void FreedesktopNotifier::send(const Notification &n)
{
    m_inFlight.insert(n.key, std::nullopt);
    QStringList actions;
    for (const QString &a : n.actions)
        actions << (a == QLatin1String("open") ? QStringLiteral("default") : a) << actionText(a);
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(n.urgent ? 2 : 1)));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("io.github.agentdesk.AgentDesk"));
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    call << QCoreApplication::applicationName() << m_ids.value(n.key, 0u)
         << QStringLiteral("io.github.agentdesk.AgentDesk") << n.title << n.body << actions << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, key = n.key](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError())
            qCWarning(lcNotify) << "notification not shown:" << reply.error().message();
        else
            m_ids.insert(key, reply.value());
        w->deleteLater();
        const std::optional<Notification> next = m_inFlight.take(key);
        if (next)
            send(*next);
    });
}

void FreedesktopNotifier::withdraw(const QString &key)
{
    if (auto waiting = m_inFlight.find(key); waiting != m_inFlight.end())
        waiting->reset(); // a newer show of it that has not gone out: it need not
    const uint id = m_ids.take(key);
    if (!id)
        return;
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("CloseNotification"));
    call << id;
    QDBusConnection::sessionBus().asyncCall(call);
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const QString key = m_ids.key(id);
    if (key.isEmpty())
        return; // another program's notification
    Q_EMIT actionInvoked(key, action == QLatin1String("default") ? QStringLiteral("open") : action);
}

void FreedesktopNotifier::onClosed(uint id, uint)
{
    const QString key = m_ids.key(id);
    if (!key.isEmpty())
        m_ids.remove(key);
}

} // namespace agentdesk
