#include "AttentionModel.h"

#include <QSet>

#include "auth/PlatformSession.h"
#include "domain/Task.h"
#include "storage/TaskStore.h"
#include "worker/WorkerMonitor.h"

namespace agentdesk {

namespace {

using Level = AttentionItem::Level;

Level levelOf(TaskStatus status, const Attention &attention)
{
    if (attention.needsYou())
        return Level::NeedsYou;
    if (status == TaskStatus::AwaitingApproval)
        return Level::NeedsYou;
    if (status == TaskStatus::Failed)
        return Level::Failed;
    if (status == TaskStatus::Completed)
        return Level::Done;
    return Level::None;
}

QString reasonOf(TaskStatus status, const Attention &attention, const QString &prUrl, const QString &error)
{
    switch (attention.kind) {
    case AttentionKind::PlanApproval: return AttentionModel::tr("The plan is waiting for your approval.");
    case AttentionKind::NeedsInput:
        return attention.reason.isEmpty() ? AttentionModel::tr("The agent is waiting for your answer.")
                                          : attention.text();
    case AttentionKind::None: break;
    }
    switch (status) {
    case TaskStatus::AwaitingApproval: return AttentionModel::tr("The plan is waiting for your approval.");
    case TaskStatus::Failed: return error.isEmpty() ? AttentionModel::tr("The task failed.") : error;
    case TaskStatus::Completed:
        return prUrl.isEmpty() ? AttentionModel::tr("The task is done.")
                               : AttentionModel::tr("The task is done: %1").arg(prUrl);
    default: return {};
    }
}
// Why the task's pull request needs the operator; empty when it does not.
QString pullRequestReason(const PullRequestStatus &pr)
{
    if (!pr.needsYou())
        return {};
    if (pr.checks == ChecksState::Failure)
        return AttentionModel::tr("Checks failed on the pull request: %1.")
            .arg(pr.failingNames().join(QStringLiteral(", ")));
    QStringList who;
    for (const ReviewNote &n : pr.changeRequests)
        if (n.path.isEmpty() && !who.contains(n.author))
            who << n.author;
    return AttentionModel::tr("A reviewer asked for changes on the pull request (%1).")
        .arg(who.join(QStringLiteral(", ")));
}
QString reasonOf(const Task &t)
{
    return reasonOf(t.status, t.attention, t.result.prUrl, t.error);
}
// What "the same state" means for announcing once.
QString fingerprint(Level level, const QString &reason)
{
    return QString::number(int(level)) + QLatin1Char('|') + reason;
}

} // namespace

AttentionModel::AttentionModel(TaskStore &store, const Clock &clock, QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock)
{
    connect(&m_store, &TaskStore::taskAdded, this, [this](const QString &id) {
        // New: whatever it is now is news; except a task adopted from elsewhere that had
        // ended already (history, found by a listing), which only waits in the list.
        const Outcome<std::optional<TaskSummary>> s = m_store.summary(id);
        if (s.ok() && s.value && s.value->origin == TaskOrigin::Elsewhere && isTerminal(s.value->status)) {
            m_known.insert(id,
                           fingerprint(levelOf(s.value->status, s.value->attention),
                                       reasonOf(s.value->status, s.value->attention, s.value->prUrl, s.value->error)));
            return;
        }
        m_known.insert(id, fingerprint(Level::None, {}));
        onTaskChanged(id);
    });
    connect(&m_store, &TaskStore::taskChanged, this, &AttentionModel::onTaskChanged);
    connect(&m_store, &TaskStore::activitiesChanged, this, [this](const QString &id) {
        // New activity: whatever the watchdog thought, the task is moving.
        if (m_items.contains(stuckKey(id)))
            clear(stuckKey(id));
    });
    connect(&m_store, &TaskStore::taskRemoved, this, &AttentionModel::onTaskRemoved);
    m_watchdog.setInterval(60 * 1000);
    connect(&m_watchdog, &QTimer::timeout, this, &AttentionModel::checkStuck);
}

void AttentionModel::setStuckAfterMinutes(int minutes)
{
    m_stuckMinutes = qMax(0, minutes);
    if (m_stuckMinutes == 0) {
        m_watchdog.stop();
        const QStringList keys = m_items.keys();
        for (const QString &key : keys)
            if (m_items.value(key).source == AttentionItem::Source::Stuck)
                clear(key);
    } else if (!m_watchdog.isActive()) {
        m_watchdog.start();
    }
}

void AttentionModel::load()
{
    // Only tasks that have not ended can change in ways that matter, and they are few:
    // reading just them keeps start-up fast with a large history. A task seen for the
    // first time later had ended before we started (see onTaskChanged).
    m_known.clear();
    // The lean state of every unfinished task; the whole summary only of the few that
    // wait for the operator.
    const Outcome<QList<TaskStore::PollState>> unfinished = m_store.unfinishedPollStates();
    const QString quiet = fingerprint(Level::None, {});
    QStringList waiting;
    m_known.reserve(unfinished.value.size());
    for (const TaskStore::PollState &s : unfinished.value) {
        if (s.needsYou || s.status == TaskStatus::AwaitingApproval)
            waiting << s.id;
        else
            m_known.insert(s.id, quiet); // running or queued: nothing to say yet
    }
    const Outcome<QList<TaskSummary>> needing = m_store.summariesOf(waiting);
    for (const TaskSummary &s : needing.value) {
        const Level level = levelOf(s.status, s.attention);
        const QString reason = reasonOf(s.status, s.attention, s.prUrl, s.error);
        m_known.insert(s.id, fingerprint(level, reason));
        // What waits for the operator is counted from the start, but not announced.
        if (level == Level::NeedsYou)
            m_items.insert(taskKey(s.id),
                           {taskKey(s.id), level, AttentionItem::Source::Task, s.id, s.title, reason, s.updatedAt});
    }
    // Pull requests that need the operator, of tasks that may have ended long ago.
    const Outcome<QStringList> prs = m_store.withPullRequestsNeedingYou();
    for (const QString &id : prs.value)
        if (const std::optional<Task> t = m_store.task(id); t && !pullRequestReason(t->pr).isEmpty())
            m_items.insert(pullRequestKey(id), {pullRequestKey(id), Level::NeedsYou, AttentionItem::Source::PullRequest,
                                                id, t->displayTitle(), pullRequestReason(t->pr), t->updatedAt});
    recount();
    if (m_stuckMinutes > 0 && !m_watchdog.isActive())
        m_watchdog.start();
    checkStuck();
}

void AttentionModel::onTaskChanged(const QString &taskId)
{
    const std::optional<Task> t = m_store.task(taskId);
    if (!t)
        return onTaskRemoved(taskId);
    updatePullRequest(*t);
    const Level level = t->goneAt.isValid() ? Level::None : levelOf(t->status, t->attention);
    const QString reason = reasonOf(*t);
    const QString now = fingerprint(level, reason);
    const auto known = m_known.constFind(taskId);
    // First sight of a task that had ended before we started (a re-sync): not news,
    // unless it waits for the operator now.
    const QString before = known != m_known.cend() ? *known : (level == Level::NeedsYou ? QString() : now);
    m_known.insert(taskId, now);
    if (t->status != TaskStatus::Running)
        clear(stuckKey(taskId));
    if (level == Level::None) {
        clear(taskKey(taskId));
        return;
    }
    if (now == before)
        return; // a poll that found the same state is not news
    AttentionItem item{taskKey(taskId), level,        AttentionItem::Source::Task, taskId, t->displayTitle(),
                       reason,          m_clock.now()};
    if (level != Level::NeedsYou) {
        // Done and failed are news once; they do not wait in the needs-you list.
        clear(item.key);
        Q_EMIT raised(item);
        return;
    }
    set(item);
}

void AttentionModel::updatePullRequest(const Task &t)
{
    const QString reason = t.goneAt.isValid() ? QString() : pullRequestReason(t.pr);
    if (reason.isEmpty())
        return clear(pullRequestKey(t.id));
    // Announced once per state (set() ignores the same item again).
    set({pullRequestKey(t.id), Level::NeedsYou, AttentionItem::Source::PullRequest, t.id, t.displayTitle(), reason,
         m_clock.now()});
}

void AttentionModel::onTaskRemoved(const QString &taskId)
{
    m_known.remove(taskId);
    clear(pullRequestKey(taskId));
    clear(taskKey(taskId));
    clear(stuckKey(taskId));
}

void AttentionModel::checkStuck()
{
    if (m_stuckMinutes <= 0)
        return;
    const QDateTime now = m_clock.now();
    // Only the running tasks quiet for longer than the limit come back: a check costs
    // what is stuck, not what runs. One silent for over a week is not "maybe stuck" any
    // more (an old task that never ended, often one adopted from elsewhere): the list
    // shows it; it is not news.
    const Outcome<QList<TaskStore::RunningTask>> quiet =
        m_store.runningTasks(now.addSecs(-qint64(m_stuckMinutes) * 60), now.addDays(-kStuckHorizonDays));
    if (!quiet.ok())
        return;
    QSet<QString> stuckNow;
    for (const TaskStore::RunningTask &r : quiet.value) {
        const TaskSummary &t = r.summary;
        if (t.attention.needsYou() || !r.lastActivity.isValid())
            continue; // waiting for the operator is not being stuck
        const QString key = stuckKey(t.id);
        stuckNow.insert(key);
        if (m_items.contains(key))
            continue; // already flagged; the count of minutes is the view's business
        const qint64 quietMinutes = r.lastActivity.secsTo(now) / 60;
        set({key, Level::NeedsYou, AttentionItem::Source::Stuck, t.id, t.title,
             tr("Maybe stuck: no new activity for %n minute(s).", nullptr, int(quietMinutes)), r.lastActivity});
    }
    // Flags of tasks that moved on (new activity, no longer running).
    const QStringList keys = m_items.keys();
    for (const QString &key : keys)
        if (m_items.value(key).source == AttentionItem::Source::Stuck && !stuckNow.contains(key))
            clear(key);
}

void AttentionModel::watchPlatform(PlatformSession &session)
{
    m_platform = &session;
    connect(&session, &PlatformSession::stateChanged, this, &AttentionModel::onPlatformState);
    onPlatformState();
}

void AttentionModel::onPlatformState()
{
    const QString key = QStringLiteral("platform");
    switch (m_platform->state()) {
    case PlatformSession::State::NeedsSignIn:
        set({key,
             Level::NeedsYou,
             AttentionItem::Source::Platform,
             {},
             tr("Agent platform"),
             tr("Sign-in expired: sign in again so the worker can keep taking sessions."),
             m_clock.now()});
        break;
    case PlatformSession::State::KeychainUnavailable:
        set({key,
             Level::NeedsYou,
             AttentionItem::Source::Platform,
             {},
             tr("Keychain"),
             tr("The keychain is locked or unavailable: unlock it, then retry."),
             m_clock.now()});
        break;
    case PlatformSession::State::SigningIn: break; // on its way somewhere; keep what was shown
    default: clear(key);
    }
}

void AttentionModel::budgetReached(const QString &scope, int percent, const QString &description)
{
    set({QStringLiteral("budget:") + scope,
         Level::NeedsYou,
         AttentionItem::Source::Budget,
         {},
         percent >= 100 ? tr("Budget spent") : tr("Budget %1 % spent").arg(percent),
         description,
         m_clock.now()});
}

void AttentionModel::watchWorker(WorkerMonitor *monitor)
{
    if (monitor)
        connect(monitor, &WorkerMonitor::eventLogged, this, &AttentionModel::onWorkerEvent);
}

void AttentionModel::onWorkerEvent(const WorkerEvent &event)
{
    if (event.kind == QLatin1String("claim_lost")) {
        set({QStringLiteral("worker:") + event.sessionId,
             Level::NeedsYou,
             AttentionItem::Source::Worker,
             {},
             tr("Worker session %1").arg(event.sessionId),
             tr("The worker lost its claim on this session: %1").arg(event.text),
             event.at.isValid() ? event.at : m_clock.now()});
    } else if (event.kind == QLatin1String("claimed") || event.kind == QLatin1String("resume")) {
        clear(QStringLiteral("worker:") + event.sessionId);
    }
}

void AttentionModel::acknowledge(const QString &key)
{
    if (m_items.value(key).source != AttentionItem::Source::Task)
        clear(key);
}

void AttentionModel::set(const AttentionItem &item)
{
    const auto it = m_items.constFind(item.key);
    if (it != m_items.cend() && *it == item)
        return;
    m_items.insert(item.key, item);
    Q_EMIT raised(item);
    recount();
}

void AttentionModel::clear(const QString &key)
{
    if (m_items.remove(key) == 0)
        return;
    Q_EMIT cleared(key);
    recount();
}

QList<AttentionItem> AttentionModel::needsYou() const
{
    QList<AttentionItem> out;
    for (const AttentionItem &i : m_items)
        if (i.level == Level::NeedsYou)
            out << i;
    std::sort(out.begin(), out.end(), [](const AttentionItem &a, const AttentionItem &b) {
        return a.since < b.since || (a.since == b.since && a.key < b.key);
    });
    return out;
}

int AttentionModel::needsYouCount() const
{
    return m_count;
}

void AttentionModel::recount()
{
    // Only "needs you" items are kept (done and failed are news, not a state).
    const int count = int(m_items.size());
    if (count == m_count)
        return;
    m_count = count;
    Q_EMIT needsYouCountChanged(count);
}

} // namespace agentdesk
