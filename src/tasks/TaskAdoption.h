#pragma once

#include "base/Clock.h"
#include "domain/Account.h"
#include "domain/Outcome.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <optional>

namespace agentdesk {

class AccountStore;
class TaskService;

// One inbox: the tasks an account has upstream, wherever they were started (the
// provider's web app, its CLI, an IDE, a GitHub issue), are adopted as tasks marked
// "started elsewhere", with their activities. Per account the operator chooses how far
// back (all, the last N days, none). A walk lists the account newest first and stops
// at what it already knows (or past the chosen age), honouring the provider's "updated
// since" filter; the shared request budget paces it, so a 5,000-task account never
// floods the provider. A full walk that saw every task also finds the ones the provider
// no longer has: they are marked gone upstream. Walks run when an account is added,
// after start, on Refresh All, and slowly in the background.
class TaskAdoption : public QObject
{
    Q_OBJECT
public:
    // How far back an account's tasks are adopted; kept in the account's settings
    // ("adopt": "all", "none" or a number of days).
    struct Policy {
        enum Mode { All, RecentDays, None } mode = RecentDays;
        int days = 30;
        static Policy of(const Account &account);
        // "all", "none" or a number of days (1..3650); nullopt otherwise.
        static std::optional<Policy> parse(const QString &text);
        QString key() const;
        QString describe() const; // for people: "tasks of the last 30 days"
    };

    struct Report {
        QString account;
        int seen = 0;    // listed upstream in this walk
        int added = 0;   // adopted
        int changed = 0; // known, changed upstream since
        int gone = 0;    // known here, no longer upstream
        bool complete = false;
        bool skipped = false; // policy "none", or the provider cannot list its tasks
        QStringList addedIds;
        Error error;
    };

    TaskAdoption(AccountStore &accounts, TaskService &service, const Clock &clock = Clock::system(),
                 QObject *parent = nullptr);

    // One walk over one account. `full`: every page, archived ones too, and gone
    // detection; else only what changed since the last walk.
    void syncAccount(const QString &name, bool full, const QObject *context, Callback<Report> done);
    // Every account, one after another.
    void syncAll(bool full, const QObject *context, Callback<QList<Report>> done);
    // In the background: a walk of every account soon after start (full for an account
    // never walked), then incremental ones every `intervalMs`, a full one every `fullMs`.
    // New accounts are walked when they appear.
    void start(int firstDelayMs = 5000, int intervalMs = 15 * 60 * 1000, int fullMs = 6 * 3600 * 1000);
    void stop();
    // A look now, between the timer's (the window gained focus): an incremental walk
    // unless one ran in the last `minGapMs` or one is under way.
    void lookSoon(int minGapMs = 30000);
    bool isStarted() const { return m_started; }
    bool isWalking() const { return m_busy; }

    static constexpr int kMaxPages = 200;
    static constexpr int kPageSize = 50;
    static constexpr int kParallelSyncs = 2;

    // Adopted tasks whose activities are still being fetched.
    int pendingActivityFetches() const { return int(m_syncQueue.size()) + m_syncsRunning; }

Q_SIGNALS:
    void accountSynced(const agentdesk::TaskAdoption::Report &report);
    // One adopted task's activities have been fetched (or tried); `left` are still to go.
    void activityFetchDone(int left);
    // Every adopted task's activities have been fetched (or tried).
    void activitiesFetched();

private:
    struct Walk;
    void nextPage(std::shared_ptr<Walk> walk);
    void afterPage(std::shared_ptr<Walk> walk, const QString &nextPageToken, bool pastCutoff, bool allKnown);
    void finishWalk(std::shared_ptr<Walk> walk);
    void queueSync(const QString &taskId);
    void drainSyncs();
    void runBackground();
    RequestPriority priority() const;
    void onAccountsChanged();

    AccountStore &m_accounts;
    TaskService &m_service;
    const Clock &m_clock;
    QTimer m_timer;
    qint64 m_lastFullMs = 0;
    qint64 m_lastWalkMs = 0;
    int m_fullMs = 0;
    int m_intervalMs = 0;
    bool m_busy = false;
    // While the periodic walk runs nobody waits for it: its requests are background ones.
    bool m_inBackground = false;
    bool m_started = false;
    QStringList m_walked;    // accounts walked by this process
    QStringList m_syncQueue; // adopted tasks whose activities are still to fetch
    int m_syncsRunning = 0;
};

} // namespace agentdesk

Q_DECLARE_METATYPE(agentdesk::TaskAdoption::Report)
