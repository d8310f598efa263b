#pragma once

#include "HttpTypes.h"
#include "base/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <deque>
#include <functional>
#include <mutex>

namespace agentdesk {

// How one provider account's requests go out, shared by everything in this process
// that calls it (the refresher, the in-process worker, adoption, the operator's own
// actions). Two limits per key:
//
// - A window of requests in flight, learnt from the provider (additive increase per
//   answer, halved on 429, on a 503 with Retry-After, on a spent rate limit and on
//   repeated 5xx). Foreground requests are held only by it: as fast as the provider
//   allows, never a self-imposed wait.
// - A token bucket for background requests (`perMinute` on average, bursts of `burst`),
//   which also use at most half the window: a quiet refresher stays gentle and leaves
//   room for the operator, and for another process (the CLI next to the window).
//
// Answers that say "slow down" close the key until the provider allows again:
// Retry-After on 429/503, rate-limit headers that report nothing left
// (x-ratelimit-remaining: 0 with x-ratelimit-reset, as GitHub and Cursor send).
// Foreground waiters go before background ones; each kind goes oldest first.
//
// One budget serves every thread of a process (the window and its worker thread): its
// state is under a mutex, and a request admitted on another thread than its client's is
// handed to the client's thread as a queued call. Clients register (attach) and leave
// (detach) under the same mutex, so a hand-over never reaches a client that is gone.
class RequestBudget : public QObject
{
    Q_OBJECT
public:
    struct Limit {
        double perMinute = 120; // background requests
        int burst = 20;         // background requests at once after a quiet time
        int initialWindow = 4;  // requests in flight before anything is learnt
        int maxWindow = 16;
    };

    explicit RequestBudget(const Clock &clock = Clock::system(), QObject *parent = nullptr);

    void setDefaultLimit(const Limit &limit);
    // For every key that starts with `prefix` ("copilot/"), unless a longer prefix says
    // otherwise.
    void setLimit(const QString &prefix, const Limit &limit);

    // Runs `go` on `client`'s thread when the key allows a request of this priority: at
    // once when it does now, else later. Each `go` that runs holds a place in the window
    // until `finished()` or `abandoned()` is called for it. Returns a ticket for cancel().
    quint64 whenAllowed(const QString &key, RequestPriority priority, QObject *client, std::function<void()> go);
    // A waiting request whose caller left: it is forgotten and costs nothing.
    void cancel(const QString &key, quint64 ticket);
    // Clients that may be handed requests (HttpClient does this in setBudget and its
    // destructor); a detached client's waiting requests are dropped.
    void attach(QObject *client);
    void detach(QObject *client);
    // A request that went ends with an answer: its place is freed, and the budget learns
    // from it (Retry-After, rate-limit headers, server errors, success).
    void finished(const QString &key, const HttpResponse &response);
    // A request that went ends with no answer to learn from (its caller left).
    void abandoned(const QString &key);

    // When the key may send again (invalid: now). For the UI and tests.
    QDateTime blockedUntil(const QString &key) const;
    int waitingCount(const QString &key) const;
    qint64 sentCount(const QString &key) const;
    int inFlight(const QString &key) const;
    double window(const QString &key) const;

Q_SIGNALS:
    void blocked(const QString &key, const QDateTime &until);

private:
    struct Waiter {
        quint64 ticket = 0;
        QObject *client = nullptr; // attached, so alive while the mutex is held
        std::function<void()> go;
    };
    struct Bucket {
        Limit limit;
        double tokens = 0;
        qint64 refilledAtMs = 0;
        qint64 blockedUntilMs = 0;
        qint64 sent = 0;
        int inFlight = 0;
        double window = 1;
        int serverErrorsInARow = 0;
        std::deque<Waiter> foreground;
        std::deque<Waiter> background;
    };
    Bucket &bucket(const QString &key);
    Limit limitFor(const QString &key) const;
    void refill(Bucket &b, qint64 nowMs) const;
    void learn(Bucket &b, const QString &key, const HttpResponse &response, qint64 nowMs);
    void shrink(Bucket &b, const QString &key, const char *why);
    void close(Bucket &b, const QString &key, qint64 untilMs, qint64 nowMs);
    // Takes the waiters the key lets go now into `ready`. Under the mutex.
    void admit(Bucket &b, qint64 nowMs, QList<Waiter> &ready);
    // Runs the ready waiters of this thread's clients, hands the others over. Called
    // with the mutex held; `lock` is released before anything runs here.
    void dispatch(QList<Waiter> ready, std::unique_lock<std::mutex> &lock);
    void release();
    void arm(); // under the mutex
    void armOnOwnThread(qint64 delayMs);

    mutable std::mutex m_mutex;
    const Clock &m_clock;
    quint64 m_nextTicket = 1;
    QSet<QObject *> m_clients;
    Limit m_default;
    QHash<QString, Limit> m_limits; // by key prefix
    QHash<QString, Bucket> m_buckets;
    QTimer m_timer;
};

} // namespace agentdesk
