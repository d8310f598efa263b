#include "RequestBudget.h"

#include "base/Durations.h"

#include <QLoggingCategory>
#include <cmath>

Q_LOGGING_CATEGORY(lcBudget, "agentdesk.budget")

namespace agentdesk {

namespace { }

RequestBudget::RequestBudget(const Clock &clock, QObject *parent) : QObject(parent), m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RequestBudget::release);
}

void RequestBudget::setLimit(const QString &key, const Limit &limit)
{
    m_limits.insert(key, limit);
    if (auto it = m_buckets.find(key); it != m_buckets.end())
        it->limit = limit;
}

RequestBudget::Bucket &RequestBudget::bucket(const QString &key)
{
    Bucket &b = m_buckets[key];
    if (!b.initialised) {
        b.initialised = true;
        b.limit = m_limits.value(key, m_default);
        b.tokens = b.limit.burst;
        b.refilledAtMs = m_clock.msecsSinceEpoch();
    }
    return b;
}

void RequestBudget::refill(Bucket &b, qint64 nowMs) const
{
    if (nowMs <= b.refilledAtMs)
        return;
    b.tokens = std::min<double>(b.limit.burst, b.tokens + (nowMs - b.refilledAtMs) * b.limit.perMinute / 60000.0);
    b.refilledAtMs = nowMs;
}

void RequestBudget::whenAllowed(const QString &key, const QObject *context, std::function<void()> go)
{
    Bucket &b = bucket(key);
    const qint64 now = m_clock.msecsSinceEpoch();
    refill(b, now);
    if (b.waiting.empty() && now >= b.blockedUntilMs && b.tokens >= 1) {
        b.tokens -= 1;
        ++b.sent;
        go();
        return;
    }
    b.waiting.push_back({QPointer<const QObject>(context), std::move(go)});
    arm();
}

void RequestBudget::record(const QString &key, const HttpResponse &response)
{
    if (key.isEmpty())
        return;
    Bucket &b = bucket(key);
    const qint64 now = m_clock.msecsSinceEpoch();
    qint64 until = 0;
    if (response.status == 429 || response.status == 503 || response.status == 403) {
        const qint64 wait = retryAfterMs(response.header("retry-after"), {}, now);
        if (wait >= 0)
            until = now + std::min(wait, kServerWaitSeconds.max * 1000);
    }
    const QByteArray remaining = response.header("x-ratelimit-remaining");
    const bool spent = !remaining.isEmpty() && remaining.trimmed().toLongLong() <= 0;
    const bool limited = isRateLimitAnswer(response.status, remaining, response.body);
    if (spent || (until == 0 && limited)) {
        if (const qint64 reset = rateLimitResetMs(response.header("x-ratelimit-reset"), now); reset >= 0) {
            until = std::max(until, now + reset);
        } else if (response.status == 429 || response.status == 403) {
            until = std::max(until, now + 60000); // spent, with no word on when it comes back
        }
    }
    if (until == 0 && limited)
        until = now + (response.status == 429 ? 1000 : 60000); // at least a pause, even without a hint
    if (until > b.blockedUntilMs) {
        b.blockedUntilMs = until;
        qCInfo(lcBudget).noquote() << "budget" << key << "closed for" << (until - now) << "ms";
        Q_EMIT blocked(key, QDateTime::fromMSecsSinceEpoch(until, Qt::UTC));
        arm();
    }
}

QDateTime RequestBudget::blockedUntil(const QString &key) const
{
    const auto it = m_buckets.constFind(key);
    if (it == m_buckets.cend() || it->blockedUntilMs <= m_clock.msecsSinceEpoch())
        return {};
    return QDateTime::fromMSecsSinceEpoch(it->blockedUntilMs, Qt::UTC);
}

int RequestBudget::waitingCount(const QString &key) const
{
    const auto it = m_buckets.constFind(key);
    return it == m_buckets.cend() ? 0 : int(it->waiting.size());
}

qint64 RequestBudget::sentCount(const QString &key) const
{
    const auto it = m_buckets.constFind(key);
    return it == m_buckets.cend() ? 0 : it->sent;
}

void RequestBudget::release()
{
    const qint64 now = m_clock.msecsSinceEpoch();
    // Taken out first and run after: a request that goes may ask for another budget,
    // which would change m_buckets under this loop.
    QList<Waiter> ready;
    for (auto it = m_buckets.begin(); it != m_buckets.end(); ++it) {
        Bucket &b = *it;
        refill(b, now);
        while (!b.waiting.empty() && now >= b.blockedUntilMs) {
            if (!b.waiting.front().context) {
                b.waiting.pop_front(); // its requester is gone: it costs nothing
                continue;
            }
            if (b.tokens < 1)
                break;
            ready.append(std::move(b.waiting.front()));
            b.waiting.pop_front();
            b.tokens -= 1;
            ++b.sent;
        }
    }
    arm();
    for (const Waiter &w : std::as_const(ready))
        if (w.context)
            w.go();
}

void RequestBudget::arm()
{
    const qint64 now = m_clock.msecsSinceEpoch();
    qint64 next = -1;
    for (const Bucket &b : std::as_const(m_buckets)) {
        if (b.waiting.empty())
            continue;
        qint64 at = std::max(now, b.blockedUntilMs);
        if (b.tokens < 1)
            at = std::max(at, now + qint64(std::ceil((1 - b.tokens) * 60000.0 / std::max(0.001, b.limit.perMinute))));
        if (next < 0 || at < next)
            next = at;
    }
    if (next < 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(std::clamp<qint64>(next - now, 0, 24LL * 3600 * 1000)));
}

} // namespace agentdesk
