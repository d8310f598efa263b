#include "ChangeWatcher.h"

#include "TaskStore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcChanges, "agentdesk.storage.changes")

namespace agentdesk {

namespace {
constexpr int kPruneEvery = 600; // checks: about every ten minutes at the default pace
constexpr int kJournalKept = 20000;
} // namespace

ChangeWatcher::ChangeWatcher(TaskStore &store, QObject *parent) : QObject(parent), m_store(store)
{
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::check);
}

void ChangeWatcher::start(int intervalMs)
{
    const Outcome<qint64> latest = m_store.latestChange();
    m_seen = latest.ok() ? latest.value : 0;
    const Outcome<qint64> version = m_store.dataVersion();
    m_dataVersion = version.ok() ? version.value : -1;
    m_timer.start(intervalMs);
}

void ChangeWatcher::stop()
{
    m_timer.stop();
}

void ChangeWatcher::check()
{
    if (m_seen < 0)
        return;
    const Outcome<qint64> version = m_store.dataVersion();
    if (!version.ok() || version.value == m_dataVersion)
        return; // nobody else committed
    const Outcome<TaskStore::Changes> changes = m_store.changesSince(m_seen);
    if (!changes.ok()) {
        // The version stays unseen: the next check reads the journal again, whether or
        // not anybody commits in between.
        qCWarning(lcChanges).noquote() << changes.error.message;
        return;
    }
    m_dataVersion = version.value;
    m_seen = changes.value.latest;
    if (changes.value.truncated) {
        Q_EMIT reloadNeeded();
        return;
    }
    for (const QString &id : changes.value.taskIds)
        m_store.announceWrittenElsewhere(id);
    m_announced += int(changes.value.taskIds.size());
    if (++m_checks % kPruneEvery == 0)
        m_store.pruneChanges(kJournalKept, this, [](const Outcome<Done> &r) {
            if (!r.ok())
                qCWarning(lcChanges).noquote() << r.error.message;
        });
}

} // namespace agentdesk
