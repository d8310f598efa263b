#include "PullRequestWatcher.h"

#include "PullRequestService.h"
#include "storage/TaskStore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPrWatcher, "agentdesk.pr")

namespace agentdesk {

namespace {
constexpr int kDefaultIntervalMs = 3 * 60 * 1000;
}

PullRequestWatcher::PullRequestWatcher(PullRequestService &service, TaskStore &tasks, QObject *parent)
    : QObject(parent), m_service(service), m_tasks(tasks)
{
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &PullRequestWatcher::sweep);
    connect(&m_tasks, &TaskStore::taskChanged, this, &PullRequestWatcher::onTaskChanged);
}

void PullRequestWatcher::start()
{
    m_timer.start();
    sweep();
}

void PullRequestWatcher::stop()
{
    m_timer.stop();
    m_queue.clear();
}

void PullRequestWatcher::setIntervalMs(int ms)
{
    m_timer.setInterval(qMax(1000, ms));
}

void PullRequestWatcher::sweep()
{
    const Outcome<QStringList> watched = m_service.watchedTasks();
    if (!watched.ok()) {
        qCWarning(lcPrWatcher).noquote() << "cannot list the pull requests to watch:" << watched.error.message;
        return;
    }
    m_seenWithPr = watched.value;
    for (const QString &id : watched.value)
        if (!m_queue.contains(id))
            m_queue << id;
    if (!m_reading)
        readNext();
}

void PullRequestWatcher::onTaskChanged(const QString &id)
{
    if (!m_timer.isActive() || m_seenWithPr.contains(id) || m_queue.contains(id))
        return;
    const std::optional<Task> t = m_tasks.task(id);
    if (!t || t->result.prUrl.isEmpty() || t->pr.isKnown())
        return;
    m_seenWithPr << id; // a task that just got its pull request
    m_queue << id;
    if (!m_reading)
        readNext();
}

void PullRequestWatcher::readNext()
{
    if (m_queue.isEmpty()) {
        Q_EMIT sweepFinished();
        return;
    }
    m_reading = true;
    const QString id = m_queue.takeFirst();
    m_service.refresh(id, RequestPriority::Background, true, this, [this, id](const Outcome<Task> &r) {
        m_reading = false;
        if (!r.ok())
            qCInfo(lcPrWatcher).noquote() << "pull request of" << id << "not read:" << r.error.message;
        readNext();
    });
}

} // namespace agentdesk
