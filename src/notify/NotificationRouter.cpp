#include "NotificationRouter.h"

#include "Notifier.h"
#include "config/Settings.h"

namespace agentdesk {

NotificationRouter::NotificationRouter(AttentionModel &attention, Settings &settings, QObject *parent)
    : QObject(parent), m_attention(attention), m_settings(settings)
{
    connect(&m_attention, &AttentionModel::raised, this, &NotificationRouter::onRaised);
    connect(&m_attention, &AttentionModel::cleared, this, &NotificationRouter::onCleared);
    m_window.setSingleShot(true);
    m_window.setInterval(kDefaultWindowMs);
    connect(&m_window, &QTimer::timeout, this, &NotificationRouter::flush);
}

void NotificationRouter::setNotifiers(Notifier *primary, Notifier *fallback)
{
    for (Notifier *n : {primary, fallback})
        if (n)
            connect(n, &Notifier::actionInvoked, this, &NotificationRouter::onAction, Qt::UniqueConnection);
    m_primary = primary;
    m_fallback = fallback;
}

Notifier *NotificationRouter::target() const
{
    if (m_primary && m_primary->isAvailable())
        return m_primary;
    if (m_fallback && m_fallback->isAvailable())
        return m_fallback;
    return nullptr;
}

void NotificationRouter::onRaised(const AttentionItem &item)
{
    if (!m_settings.boolValue(Settings::NotificationsEnabled) || m_settings.boolValue(Settings::DoNotDisturb))
        return;
    if (item.level == AttentionItem::Level::Done && !m_settings.boolValue(Settings::NotifyDone))
        return;
    if (!item.taskId.isEmpty() && item.taskId == m_onScreen)
        return; // the operator is looking at it
    const QString fingerprint = QString::number(int(item.level)) + QLatin1Char('|') + item.reason;
    if (m_lastShown.value(item.key) == fingerprint)
        return;
    if (!target())
        return;

    Notification n;
    n.key = item.key;
    switch (item.level) {
    case AttentionItem::Level::NeedsYou: n.title = tr("Needs you: %1").arg(item.title); break;
    case AttentionItem::Level::Failed: n.title = tr("Failed: %1").arg(item.title); break;
    case AttentionItem::Level::Done: n.title = tr("Done: %1").arg(item.title); break;
    case AttentionItem::Level::None: return;
    }
    n.body = item.reason;
    // An alarm only for what went wrong or stopped work; a plan waiting is news.
    n.urgent = item.level == AttentionItem::Level::Failed || item.source == AttentionItem::Source::Budget;
    n.actions << QStringLiteral("open");
    if (item.source == AttentionItem::Source::Task && item.level == AttentionItem::Level::NeedsYou && m_approvable
        && m_approvable(item.taskId))
        n.actions << QStringLiteral("approve");
    m_lastShown.insert(item.key, fingerprint);
    if (m_window.interval() <= 0)
        return show(n, item.taskId);
    // Gathered for a moment: a burst (start-up, 200 adopted tasks, the network back)
    // becomes one summary rather than a stack of notifications.
    m_pending.append({n, item.taskId, item.level});
    // The window follows the burst: each change waits for the next a little longer, up
    // to a limit, so a burst that trickles in over seconds is still one summary.
    if (!m_window.isActive())
        m_burst.start();
    if (m_burst.elapsed() < kMostWindowsPerBurst * m_window.interval())
        m_window.start();
}

void NotificationRouter::show(const Notification &n, const QString &taskId)
{
    Notifier *notifier = target();
    if (!notifier)
        return;
    m_taskOfKey.insert(n.key, taskId);
    ++m_shown;
    notifier->show(n);
}

void NotificationRouter::flush()
{
    QList<Pending> batch;
    batch.swap(m_pending);
    if (batch.size() <= kMostShownAlone) {
        for (const Pending &p : std::as_const(batch))
            show(p.notification, p.taskId);
        return;
    }
    int needing = 0, failed = 0, done = 0;
    QStringList titles;
    for (const Pending &p : std::as_const(batch)) {
        needing += p.level == AttentionItem::Level::NeedsYou ? 1 : 0;
        failed += p.level == AttentionItem::Level::Failed ? 1 : 0;
        done += p.level == AttentionItem::Level::Done ? 1 : 0;
        if (titles.size() < 3)
            titles << p.notification.title;
    }
    Notification summary;
    summary.key = summaryKey();
    // One summary at a time, replaced in place (the same key): it counts everything that
    // needs the operator now, not only this burst's share.
    if (needing > 0)
        summary.title = tr("%n task(s) need you", nullptr, qMax(needing, int(m_attention.needsYou().size())));
    else if (failed > 0)
        summary.title = tr("%n task(s) failed", nullptr, failed);
    else
        summary.title = tr("%n task(s) done", nullptr, done);
    QStringList lines = titles;
    if (batch.size() > titles.size())
        lines << tr("… and %n more", nullptr, int(batch.size() - titles.size()));
    summary.body = lines.join(QLatin1Char('\n'));
    summary.urgent = false; // a summary is news, not an alarm
    summary.actions << QStringLiteral("open");
    show(summary, {});
}

void NotificationRouter::onCleared(const QString &key)
{
    // The next time this item needs attention is news again.
    m_lastShown.remove(key);
    m_pending.removeIf([&key](const Pending &p) { return p.notification.key == key; });
    for (Notifier *n : {m_primary.data(), m_fallback.data()})
        if (n)
            n->withdraw(key);
}

void NotificationRouter::onAction(const QString &key, const QString &action)
{
    const QString taskId = m_taskOfKey.value(key);
    if (action == QLatin1String("approve") && !taskId.isEmpty())
        Q_EMIT approveRequested(taskId);
    else
        Q_EMIT openRequested(taskId, key);
}

} // namespace agentdesk
