#include "TaskAdoption.h"

#include "TaskService.h"
#include "accounts/CredentialResolver.h"
#include "base/Async.h"
#include "storage/AccountStore.h"
#include "storage/TaskStore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QSet>

Q_LOGGING_CATEGORY(lcAdoption, "agentdesk.adoption")

namespace agentdesk {

namespace {
constexpr int kOverlapSeconds = 600; // an incremental walk looks a little further back than it must
constexpr const char *kPolicyKey = "adopt";

// Providers whose listings leave archived items out unless asked for them (Cursor v1
// lists them by default, marked ARCHIVED).
bool listsArchivedSeparately(ProviderId id)
{
    return id == ProviderId::Jules || id == ProviderId::Copilot || id == ProviderId::CodexCloud;
}
} // namespace

TaskAdoption::Policy TaskAdoption::Policy::of(const Account &account)
{
    return parse(account.settings.value(QLatin1String(kPolicyKey)).toString()).value_or(Policy{});
}

std::optional<TaskAdoption::Policy> TaskAdoption::Policy::parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return Policy{};
    if (t == QLatin1String("all"))
        return Policy{All, 0};
    if (t == QLatin1String("none"))
        return Policy{None, 0};
    bool ok = false;
    const int days = t.toInt(&ok);
    if (!ok || days < 1 || days > 3650)
        return std::nullopt;
    return Policy{RecentDays, days};
}

QString TaskAdoption::Policy::key() const
{
    switch (mode) {
    case All: return QStringLiteral("all");
    case None: return QStringLiteral("none");
    case RecentDays: break;
    }
    return QString::number(days);
}

QString TaskAdoption::Policy::describe() const
{
    switch (mode) {
    case All: return TaskAdoption::tr("every task started elsewhere");
    case None: return TaskAdoption::tr("no tasks started elsewhere");
    case RecentDays: break;
    }
    return TaskAdoption::tr("tasks started elsewhere in the last %n day(s)", nullptr, days);
}

struct TaskAdoption::Walk {
    Account account;
    Credentials credentials;
    ProviderAdapter *adapter = nullptr;
    Policy policy;
    bool full = false;
    AccountStore::SyncState state;
    QHash<QString, QDateTime> known; // external id -> updated at, as stored
    QSet<QString> seen;
    QDateTime cutoff; // older than this is not adopted
    QDateTime newest;
    QDateTime startedAt;
    ListQuery query;
    bool archivedPass = false;
    bool stoppedEarly = false; // at known tasks, at the cutoff, at the page limit
    int pages = 0;
    Report report;
    Callback<Report> done;
};

TaskAdoption::TaskAdoption(AccountStore &accounts, TaskService &service, const Clock &clock, QObject *parent)
    : QObject(parent), m_accounts(accounts), m_service(service), m_clock(clock)
{
    qRegisterMetaType<Report>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TaskAdoption::runBackground);
    connect(&m_accounts, &AccountStore::accountsChanged, this, &TaskAdoption::onAccountsChanged);
}

void TaskAdoption::syncAccount(const QString &name, bool full, const QObject *context, Callback<Report> done)
{
    auto walk = std::make_shared<Walk>();
    walk->done = bindTo(context, std::move(done));
    walk->report.account = name;
    walk->startedAt = m_clock.now();
    auto fail = [this, walk](const Error &e) {
        walk->report.error = e;
        QTimer::singleShot(0, this, [this, walk] { finishWalk(walk); });
    };
    const Outcome<std::optional<Account>> account = m_accounts.find(name);
    if (!account.ok())
        return fail(account.error);
    if (!account.value)
        return fail(Error::notFound(tr("No account named \"%1\".").arg(name)));
    walk->account = *account.value;
    walk->policy = Policy::of(walk->account);
    walk->adapter = m_service.adapter(walk->account.provider);
    if (walk->policy.mode == Policy::None || !walk->adapter || !walk->adapter->capabilities().listTasks) {
        walk->report.skipped = true;
        return QTimer::singleShot(0, this, [this, walk] { finishWalk(walk); });
    }
    const Outcome<AccountStore::SyncState> state = m_accounts.syncState(name);
    if (!state.ok())
        return fail(state.error);
    walk->state = state.value;
    walk->full = full || !walk->state.listedAt.isValid(); // the first walk of an account sees everything
    const Outcome<QHash<QString, QDateTime>> known = m_service.store().knownExternalIds(walk->account.provider, name);
    if (!known.ok())
        return fail(known.error);
    walk->known = known.value;
    if (walk->policy.mode == Policy::RecentDays)
        walk->cutoff = walk->startedAt.addDays(-walk->policy.days);
    walk->query.pageSize = kPageSize;
    if (!walk->full && walk->state.newestSeenAt.isValid())
        walk->query.updatedSince = walk->state.newestSeenAt.addSecs(-kOverlapSeconds);
    if (walk->cutoff.isValid() && (!walk->query.updatedSince.isValid() || walk->query.updatedSince < walk->cutoff))
        walk->query.updatedSince = walk->cutoff;
    m_service.credentials().resolve(walk->account.provider, name, this, [this, walk](const Outcome<Credentials> &c) {
        if (!c.ok()) {
            walk->report.error = c.error;
            return finishWalk(walk);
        }
        walk->credentials = c.value;
        walk->credentials.priority = priority();
        nextPage(walk);
    });
}

void TaskAdoption::nextPage(std::shared_ptr<Walk> walk)
{
    walk->adapter->listTasks(walk->credentials, walk->query, this, [this, walk](const Outcome<RemotePage> &page) {
        if (!page.ok()) {
            walk->report.error = page.error;
            return finishWalk(walk);
        }
        ++walk->pages;
        int unchanged = 0;
        bool pastCutoff = false;
        QList<RemoteTask> fresh; // new to this data directory
        const ProviderId provider = walk->account.provider;
        for (const RemoteTask &remote : page.value.tasks) {
            if (walk->cutoff.isValid() && remote.updatedAt.isValid() && remote.updatedAt < walk->cutoff) {
                pastCutoff = true; // newest first: the rest of the list is older still
                continue;
            }
            ++walk->report.seen;
            walk->seen.insert(remote.externalId);
            if (remote.updatedAt > walk->newest)
                walk->newest = remote.updatedAt;
            const auto known = walk->known.constFind(remote.externalId);
            if (known != walk->known.cend()) {
                if (remote.updatedAt.isValid() && known->isValid() && remote.updatedAt > *known) {
                    // Changed upstream since we last looked (a follow-up from the provider's
                    // own app): fetched again, even if it had ended here.
                    ++walk->report.changed;
                    const Outcome<std::optional<Task>> task =
                        m_service.store().findByExternalId(provider, remote.externalId);
                    if (task.ok() && task.value)
                        queueSync(task.value->id);
                } else {
                    ++unchanged;
                }
                continue;
            }
            // Known under another account of the same provider (two accounts, one key):
            // it is that account's task, not a new one.
            const Outcome<std::optional<Task>> elsewhere =
                m_service.store().findByExternalId(provider, remote.externalId);
            if (!elsewhere.ok()) {
                walk->report.error = elsewhere.error;
                return finishWalk(walk);
            }
            if (elsewhere.value) {
                walk->known.insert(remote.externalId, elsewhere.value->updatedAt);
                ++unchanged;
                continue;
            }
            fresh << remote;
        }
        const bool allKnown = !page.value.tasks.isEmpty() && unchanged == page.value.tasks.size();
        // The page's new tasks in one write; the walk goes on once they are stored.
        m_service.adoptAll(
            fresh, provider, walk->account.name, TaskOrigin::Elsewhere, this,
            [this, walk, pastCutoff, allKnown, next = page.value.nextPageToken](const Outcome<QList<Task>> &adopted) {
                if (!adopted.ok()) {
                    walk->report.error = adopted.error;
                    return finishWalk(walk);
                }
                for (const Task &t : adopted.value) {
                    walk->known.insert(t.externalId, t.updatedAt);
                    ++walk->report.added;
                    walk->report.addedIds << t.id;
                    queueSync(t.id); // its activities
                }
                afterPage(walk, next, pastCutoff, allKnown);
            });
    });
}

void TaskAdoption::afterPage(std::shared_ptr<Walk> walk, const QString &nextPageToken, bool pastCutoff, bool allKnown)
{
    const ProviderId provider = walk->account.provider;
    if (pastCutoff || (!walk->full && allKnown) || walk->pages >= kMaxPages) {
        walk->stoppedEarly = !pastCutoff; // past the cutoff the walk saw all it should
        return finishWalk(walk);
    }
    if (!nextPageToken.isEmpty()) {
        walk->query.pageToken = nextPageToken;
        return nextPage(walk);
    }
    if (walk->full && !walk->archivedPass && listsArchivedSeparately(provider)) {
        // Archived upstream: adopted too (hidden), and not mistaken for gone.
        walk->archivedPass = true;
        walk->query.archived = true;
        walk->query.pageToken.clear();
        return nextPage(walk);
    }
    finishWalk(walk);
}

void TaskAdoption::finishWalk(std::shared_ptr<Walk> walk)
{
    Report &report = walk->report;
    const QDateTime now = m_clock.now();
    if (!report.skipped && !walk->account.name.isEmpty()) {
        report.complete = walk->full && !walk->stoppedEarly && !report.error;
        if (report.complete) {
            // What we know and the provider no longer lists (within the adopted age) is
            // gone upstream. A task created here while the walk ran may not be listed yet.
            for (auto it = walk->known.cbegin(); it != walk->known.cend(); ++it) {
                if (walk->seen.contains(it.key()))
                    continue;
                if (walk->cutoff.isValid() && it.value().isValid() && it.value() < walk->cutoff)
                    continue;
                const Outcome<std::optional<Task>> task =
                    m_service.store().findByExternalId(walk->account.provider, it.key());
                if (!task.ok() || !task.value || task.value->goneAt.isValid()
                    || task.value->createdAt.secsTo(walk->startedAt) < 60)
                    continue;
                m_service.markGone(
                    task.value->id,
                    Error::notFound(tr("No longer listed by %1.").arg(providerDisplayName(walk->account.provider))));
                ++report.gone;
            }
        }
        AccountStore::SyncState state = walk->state;
        if (!report.error) {
            state.listedAt = now;
            if (walk->newest > state.newestSeenAt)
                state.newestSeenAt = walk->newest;
            if (report.complete)
                state.completeAt = now;
        }
        state.lastError = report.error ? report.error.message : QString();
        m_accounts.saveSyncState(walk->account.name, state, this, [name = walk->account.name](const Outcome<Done> &r) {
            if (!r.ok())
                qCWarning(lcAdoption).noquote() << "cannot record the listing of" << name << ":" << r.error.message;
        });
        if (!m_walked.contains(walk->account.name))
            m_walked << walk->account.name;
        qCInfo(lcAdoption).noquote() << "account" << walk->account.name << (walk->full ? "full" : "incremental")
                                     << "walk:" << report.seen << "listed," << report.added << "adopted,"
                                     << report.changed << "changed," << report.gone << "gone"
                                     << (report.error ? QStringLiteral("- ") + report.error.message : QString());
    }
    Q_EMIT accountSynced(report);
    if (walk->done)
        walk->done({report, {}});
}

void TaskAdoption::syncAll(bool full, const QObject *context, Callback<QList<Report>> done)
{
    auto answer = bindTo(context, std::move(done));
    const Outcome<QList<Account>> accounts = m_accounts.list();
    if (!accounts.ok())
        return QTimer::singleShot(0, this, [answer, e = accounts.error]() mutable { answer({{}, e}); });
    auto names = std::make_shared<QStringList>();
    for (const Account &a : accounts.value)
        *names << a.name;
    auto reports = std::make_shared<QList<Report>>();
    // One account after another: each has its own budget, but the machine and the
    // network are shared. The step holds itself only weakly; the pending walk holds it,
    // so a walk abandoned with its context frees everything.
    auto step = std::make_shared<std::function<void()>>();
    std::weak_ptr<std::function<void()>> self = step;
    *step = [this, names, reports, self, full, answer]() mutable {
        if (names->isEmpty())
            return answer({*reports, {}});
        const QString name = names->takeFirst();
        syncAccount(name, full, this, [reports, next = self.lock()](const Outcome<Report> &r) {
            *reports << r.value;
            (*next)();
        });
    };
    QTimer::singleShot(0, this, [step] { (*step)(); });
}

void TaskAdoption::queueSync(const QString &taskId)
{
    if (!m_syncQueue.contains(taskId))
        m_syncQueue << taskId;
    drainSyncs();
}

void TaskAdoption::drainSyncs()
{
    while (m_syncsRunning < kParallelSyncs && !m_syncQueue.isEmpty()) {
        const QString id = m_syncQueue.takeFirst();
        ++m_syncsRunning;
        m_service.sync(
            id, this,
            [this, id](const Outcome<Task> &r) {
                --m_syncsRunning;
                if (!r.ok())
                    qCInfo(lcAdoption).noquote()
                        << "cannot fetch the activities of adopted task" << id << ":" << r.error.message;
                Q_EMIT activityFetchDone(pendingActivityFetches());
                drainSyncs();
            },
            priority());
    }
    if (m_syncsRunning == 0 && m_syncQueue.isEmpty())
        Q_EMIT activitiesFetched();
}

void TaskAdoption::start(int firstDelayMs, int intervalMs, int fullMs)
{
    m_fullMs = fullMs;
    m_intervalMs = intervalMs;
    m_started = true;
    m_timer.start(firstDelayMs);
}

void TaskAdoption::stop()
{
    m_started = false;
    m_timer.stop();
}

void TaskAdoption::lookSoon(int minGapMs)
{
    if (!m_started || m_busy || (m_lastWalkMs > 0 && m_clock.msecsSinceEpoch() - m_lastWalkMs < minGapMs))
        return;
    m_timer.start(0);
}

RequestPriority TaskAdoption::priority() const
{
    return m_inBackground ? RequestPriority::Background : RequestPriority::Foreground;
}

void TaskAdoption::runBackground()
{
    if (m_busy)
        return;
    m_busy = true;
    // Adopted tasks whose activities never came (a command line that was stopped): now.
    const Outcome<QStringList> bare = m_service.store().adoptedWithoutActivities(500);
    for (const QString &id : bare.value)
        queueSync(id);
    const qint64 now = m_clock.msecsSinceEpoch();
    const bool full = m_lastFullMs == 0 || now - m_lastFullMs >= m_fullMs;
    m_inBackground = true;
    syncAll(full, this, [this, full, now](const Outcome<QList<Report>> &) {
        m_busy = false;
        m_inBackground = false;
        m_lastWalkMs = m_clock.msecsSinceEpoch();
        if (full)
            m_lastFullMs = now;
        if (m_started)
            m_timer.start(m_intervalMs);
    });
}

void TaskAdoption::onAccountsChanged()
{
    // A new account is walked at once (in full: its first listing) while the background
    // walks run; the command line walks it itself (account add, account sync).
    if (!m_started)
        return;
    const Outcome<QList<Account>> accounts = m_accounts.list();
    if (!accounts.ok())
        return;
    for (const Account &a : accounts.value) {
        if (m_walked.contains(a.name))
            continue;
        const Outcome<AccountStore::SyncState> state = m_accounts.syncState(a.name);
        if (state.ok() && !state.value.listedAt.isValid()) {
            m_walked << a.name; // not twice while this one runs
            syncAccount(a.name, true, this, [](const Outcome<Report> &) {});
        }
    }
}

} // namespace agentdesk
