#pragma once

#include "HttpTypes.h"
#include "base/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <deque>
#include <functional>

namespace agentdesk {

// How many requests one provider account may make, shared by everything that calls it
// (the refresher, the worker, adoption, the operator's own actions). A token bucket per
// key: `perMinute` requests a minute on average, bursts of up to `burst`. Answers that
// say "slow down" close the account's budget until the provider allows again:
// 429 and 503 with Retry-After, and rate-limit headers that report nothing left
// (x-ratelimit-remaining: 0 with x-ratelimit-reset, as GitHub and Cursor send).
// Waiting requests go out oldest first.
class RequestBudget : public QObject
{
    Q_OBJECT
public:
    struct Limit {
        double perMinute = 120;
        int burst = 20;
    };

    explicit RequestBudget(const Clock &clock = Clock::system(), QObject *parent = nullptr);

    void setDefaultLimit(const Limit &limit) { m_default = limit; }
    void setLimit(const QString &key, const Limit &limit);

    // Runs `go` now when the key's budget allows, else as soon as it does. Nothing runs
    // after `context` is gone.
    void whenAllowed(const QString &key, const QObject *context, std::function<void()> go);
    // Learns from an answer: Retry-After, rate-limit headers.
    void record(const QString &key, const HttpResponse &response);

    // When the key may send again (invalid: now). For the UI and tests.
    QDateTime blockedUntil(const QString &key) const;
    int waitingCount(const QString &key) const;
    qint64 sentCount(const QString &key) const;

Q_SIGNALS:
    void blocked(const QString &key, const QDateTime &until);

private:
    struct Waiter {
        QPointer<const QObject> context;
        std::function<void()> go;
    };
    struct Bucket {
        Limit limit;
        double tokens = 0;
        qint64 refilledAtMs = 0;
        qint64 blockedUntilMs = 0;
        qint64 sent = 0;
        std::deque<Waiter> waiting;
        bool initialised = false;
    };
    Bucket &bucket(const QString &key);
    void refill(Bucket &b, qint64 nowMs) const;
    void release();
    void arm();

    const Clock &m_clock;
    Limit m_default;
    QHash<QString, Limit> m_limits;
    QHash<QString, Bucket> m_buckets;
    QTimer m_timer;
};

} // namespace agentdesk
