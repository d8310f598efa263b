#pragma once

#include "WorkerParts.h"
#include "domain/Task.h"
#include "domain/TaskValidation.h"
#include "domain/WorkerRecords.h"
#include "platform/PlatformTypes.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace agentdesk {

class Outbox;

// Runs each claimed session as a provider task and mirrors its progress to the
// platform: the trust policy and the create (dispatch); then syncs of the provider task,
// each turned into session activities by ActivityMirror and queued in the Outbox; and
// looks at the session itself now and then (operator inputs, a cancel).
//
// A quiet task is synced less and less often (x1.5 per unchanged sync, up to a
// ceiling), like the console's refresher; a webhook or an input brings it back at once.
// A create in flight is known here: "running with no task yet" is only a crash after a
// restart, and then the provider is searched for the task before anything else happens.
class SessionMirror : public QObject
{
    Q_OBJECT
public:
    struct Timing {
        int baseMs = 5000;      // a running task's first syncs
        int ceilingMs = 120000; // the slowest a quiet task is synced
        int checkEvery = 3;     // look at the session every N syncs of its task
    };
    // What the Worker panel shows of a claim's provider task (kept here so publishing
    // the claims never reads the tasks again).
    struct TaskView {
        QString provider;
        QString title;
        QString status;
    };

    SessionMirror(WorkerDeps deps, Outbox &outbox, Timing timing, QObject *parent = nullptr);

    // A fresh claim: the policy decides, then the provider task is created (or, when an
    // earlier claim of this session left one that still runs, taken over).
    void dispatch(ClaimRecord claim, const PlatformSessionInfo &session);
    // A claim from before a restart, its lease just renewed: carry on where it was.
    void resume(const ClaimRecord &claim);
    void start();
    void stop();
    // Sync this session's task soon (a webhook, an input).
    void mirrorNow(const QString &sessionId);
    void checkSession(const QString &sessionId);
    void forget(const QString &sessionId);
    bool isDispatching(const QString &sessionId) const { return m_dispatching.contains(sessionId); }
    TaskView taskView(const QString &taskId) const { return m_views.value(taskId); }
    // The delay before this session's next sync; -1 when it is not mirrored. For tests.
    int intervalMs(const QString &sessionId) const;

Q_SIGNALS:
    // Released back to the platform unstarted (a budget or the policy): not ours to take
    // again soon.
    void gaveBack(const QString &sessionId);
    // The provider task was created or changed (not on a sync that brought nothing).
    void taskTouched(const QString &taskId);
    void claimChanged(const QString &sessionId);
    // The platform cancelled the session, or gave it to another claim.
    void cancelled(const agentdesk::ClaimRecord &claim);
    void lost(const QString &sessionId, const QString &why);

private:
    struct Schedule {
        qint64 dueMs = 0;
        int intervalMs = 0;
        int syncsUntilCheck = 0;
        QDateTime lastUpdate;
    };
    void create(ClaimRecord claim, const NewTask &task);
    void recover(const ClaimRecord &claim);
    void adoptExisting(ClaimRecord claim, const Task &task);
    void releaseWithReason(ClaimRecord claim, const QString &why);
    void finishWithError(ClaimRecord claim, const QString &why, bool retryable);
    void schedule(const QString &sessionId, int delayMs);
    void arm();
    void dueNow();
    void mirror(const QString &sessionId);
    void applySession(const ClaimRecord &claim, const PlatformSessionInfo &session);
    bool enqueue(const QList<OutboxItem> &items, const ClaimRecord &advanced);
    void remember(const Task &task);

    WorkerDeps m_deps;
    Outbox &m_outbox;
    Timing m_timing;
    bool m_running = false;
    QSet<QString> m_dispatching; // creates in flight in this process
    QSet<QString> m_syncing;
    QHash<QString, Schedule> m_schedule; // by session
    QHash<QString, TaskView> m_views;    // by task
    QTimer m_timer;
};

} // namespace agentdesk
