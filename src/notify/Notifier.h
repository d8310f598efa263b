#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>
#include <optional>

namespace agentdesk {

struct Notification {
    QString key; // one notification per key: a newer one replaces it
    QString title;
    QString body;
    QStringList actions; // action ids: "open", "approve"
    bool urgent = false;
};

// Somewhere a desktop notification can be shown: the freedesktop notification
// service, or the tray's balloon where that service is missing.
class Notifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual bool isAvailable() const = 0;
    virtual void show(const Notification &notification) = 0;
    virtual void withdraw(const QString &key) = 0;

    static QString actionText(const QString &action);

Q_SIGNALS:
    void actionInvoked(const QString &key, const QString &action);
    void availabilityChanged(bool available);
};

// org.freedesktop.Notifications over the session bus (Qt D-Bus), asynchronously:
// availability is learnt from the bus, answers and clicks arrive as signals.
class FreedesktopNotifier : public Notifier
{
    Q_OBJECT
public:
    explicit FreedesktopNotifier(QObject *parent = nullptr);
    bool isAvailable() const override { return m_available; }
    void show(const Notification &notification) override;
    void withdraw(const QString &key) override;

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);
    void onOwnerChanged(const QString &name, const QString &oldOwner, const QString &newOwner);

private:
    void setAvailable(bool available);
    void send(const Notification &n);

    QHash<QString, uint> m_ids; // key → notification id, to replace in place
    // A key whose Notify has not answered yet (its id is not known): the next show of it
    // waits for that id, so it replaces the first instead of stacking a second.
    QHash<QString, std::optional<Notification>> m_inFlight;
    bool m_available = false;
};

} // namespace agentdesk
