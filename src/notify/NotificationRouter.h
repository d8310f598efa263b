#pragma once

#include "Notifier.h"
#include "attention/AttentionModel.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

namespace agentdesk {

class Settings;

// Decides which attention changes become desktop notifications, and where they go:
// one per change (a repeat of what was last shown for the same item is dropped; a burst
// within a second is one summary),
// none for the task already on screen in the active window, none while notifications
// are off or do-not-disturb is on, "done" only when the operator wants those. Goes to
// the primary notifier (freedesktop) when it is available, else to the fallback (tray).
class NotificationRouter : public QObject
{
    Q_OBJECT
public:
    NotificationRouter(AttentionModel &attention, Settings &settings, QObject *parent = nullptr);

    void setNotifiers(Notifier *primary, Notifier *fallback);
    // Whether the plan of this task can be approved from a notification.
    void setApprovable(std::function<bool(const QString &taskId)> approvable) { m_approvable = std::move(approvable); }
    // The task the operator is looking at right now (empty when the window is hidden or inactive).
    void setOnScreenTask(const QString &taskId) { m_onScreen = taskId; }

    int shownCount() const { return m_shown; }
    // Changes that come within this window of each other are shown together: one or two
    // as their own notifications, more as one summary ("12 tasks need you"). 0: each at once.
    void setCoalesceWindow(int ms) { m_window.setInterval(ms); }
    static constexpr int kDefaultWindowMs = 1000;
    static constexpr int kMostShownAlone = 2;
    static constexpr int kMostWindowsPerBurst = 5; // a burst is gathered for at most this many windows
    static QString summaryKey() { return QStringLiteral("summary"); }

Q_SIGNALS:
    void openRequested(const QString &taskId, const QString &key);
    void approveRequested(const QString &taskId);

private:
    void onRaised(const AttentionItem &item);
    void flush();
    void show(const Notification &n, const QString &taskId);
    void onCleared(const QString &key);
    void onAction(const QString &key, const QString &action);
    Notifier *target() const;

    AttentionModel &m_attention;
    Settings &m_settings;
    QPointer<Notifier> m_primary;
    QPointer<Notifier> m_fallback;
    std::function<bool(const QString &)> m_approvable;
    QString m_onScreen;
    QHash<QString, QString> m_lastShown; // key → what was shown (level + reason)
    QHash<QString, QString> m_taskOfKey;
    struct Pending {
        Notification notification;
        QString taskId;
        AttentionItem::Level level;
    };
    QList<Pending> m_pending;
    QTimer m_window;
    QElapsedTimer m_burst;
    int m_shown = 0;
};

} // namespace agentdesk
