#include "RequestBudget.h"

#include "base/Durations.h"

#include <QLoggingCategory>
#include <QThread>
#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcBudget, "agentdesk.budget")

namespace agentdesk {

namespace {

// Two server errors in a row halve the window: one may be chance, two are a pattern.
constexpr int kServerErrorsBeforeShrinking = 2;

template <typename Queue>
void dropTicket(Queue &queue, quint64 ticket)
{
    for (auto it = queue.begin(); it != queue.end(); ++it) {
        if (it->ticket == ticket) {
            queue.erase(it);
            return;
        }
    }
}

template <typename Queue, typename Pred>
void dropIf(Queue &queue, Pred pred)
{
    queue.erase(std::remove_if(queue.begin(), queue.end(), pred), queue.end());
}

} // namespace

RequestBudget::RequestBudget(const Clock &clock, QObject *parent) : QObject(parent), m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RequestBudget::release);
}

void RequestBudget::setDefaultLimit(const Limit &limit)
{
    std::lock_guard lock(m_mutex);
    m_default = limit;
    for (auto it = m_buckets.begin(); it != m_buckets.end(); ++it)
        it->limit = limitFor(it.key());
}

void RequestBudget::setLimit(const QString &prefix, const Limit &limit)
{
    std::lock_guard lock(m_mutex);
    m_limits.insert(prefix, limit);
    for (auto it = m_buckets.begin(); it != m_buckets.end(); ++it)
        it->limit = limitFor(it.key());
}

RequestBudget::Limit RequestBudget::limitFor(const QString &key) const
{
    Limit found = m_default;
    qsizetype longest = -1;
    for (auto it = m_limits.cbegin(); it != m_limits.cend(); ++it) {
        if (key.startsWith(it.key()) && it.key().size() > longest) {
            longest = it.key().size();
            found = it.value();
        }
    }
    return found;
}

RequestBudget::Bucket &RequestBudget::bucket(const QString &key)
{
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        Bucket b;
        b.limit = limitFor(key);
        b.tokens = b.limit.burst;
        b.refilledAtMs = m_clock.msecsSinceEpoch();
        b.window = std::max(1, b.limit.initialWindow);
        it = m_buckets.insert(key, std::move(b));
    }
    return *it;
}

void RequestBudget::refill(Bucket &b, qint64 nowMs) const
{
    if (nowMs <= b.refilledAtMs)
        return;
    b.tokens = std::min<double>(b.limit.burst, b.tokens + (nowMs - b.refilledAtMs) * b.limit.perMinute / 60000.0);
    b.refilledAtMs = nowMs;
}

quint64 RequestBudget::whenAllowed(const QString &key, RequestPriority priority, QObject *client,
                                   std::function<void()> go)
{
    std::unique_lock lock(m_mutex);
    Bucket &b = bucket(key);
    const quint64 ticket = m_nextTicket++;
    auto &queue = priority == RequestPriority::Foreground ? b.foreground : b.background;
    queue.push_back({ticket, client, std::move(go)});
    QList<Waiter> ready;
    admit(b, m_clock.msecsSinceEpoch(), ready);
    arm();
    dispatch(std::move(ready), lock);
    return ticket;
}

void RequestBudget::cancel(const QString &key, quint64 ticket)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        return;
    dropTicket(it->foreground, ticket);
    dropTicket(it->background, ticket);
}

void RequestBudget::attach(QObject *client)
{
    std::lock_guard lock(m_mutex);
    m_clients.insert(client);
}

void RequestBudget::detach(QObject *client)
{
    std::lock_guard lock(m_mutex);
    m_clients.remove(client);
    for (Bucket &b : m_buckets) {
        dropIf(b.foreground, [client](const Waiter &w) { return w.client == client; });
        dropIf(b.background, [client](const Waiter &w) { return w.client == client; });
    }
}

void RequestBudget::dispatch(QList<Waiter> ready, std::unique_lock<std::mutex> &lock)
{
    QList<Waiter> here;
    for (Waiter &w : ready) {
        if (w.client && w.client->thread() == QThread::currentThread()) {
            here.append(std::move(w));
        } else if (w.client && m_clients.contains(w.client)) {
            // Still attached, so alive: the call is queued to its thread before the
            // mutex (which its detach needs) is let go.
            QMetaObject::invokeMethod(w.client, std::move(w.go), Qt::QueuedConnection);
        }
    }
    lock.unlock();
    for (const Waiter &w : std::as_const(here))
        w.go();
}

void RequestBudget::admit(Bucket &b, qint64 nowMs, QList<Waiter> &ready)
{
    if (nowMs < b.blockedUntilMs)
        return;
    refill(b, nowMs);
    const int window = std::max(1, int(b.window));
    while (b.inFlight < window) {
        std::deque<Waiter> *from = nullptr;
        if (!b.foreground.empty())
            from = &b.foreground;
        else if (!b.background.empty() && b.tokens >= 1 && b.inFlight < std::max(1, window / 2))
            from = &b.background;
        if (!from)
            break;
        if (from == &b.background)
            b.tokens -= 1;
        ready.append(std::move(from->front()));
        from->pop_front();
        ++b.inFlight;
        ++b.sent;
    }
}

void RequestBudget::finished(const QString &key, const HttpResponse &response)
{
    if (key.isEmpty())
        return;
    {
        std::lock_guard lock(m_mutex);
        Bucket &b = bucket(key);
        b.inFlight = std::max(0, b.inFlight - 1);
        learn(b, key, response, m_clock.msecsSinceEpoch());
    }
    release();
}

void RequestBudget::abandoned(const QString &key)
{
    if (key.isEmpty())
        return;
    {
        std::lock_guard lock(m_mutex);
        Bucket &b = bucket(key);
        b.inFlight = std::max(0, b.inFlight - 1);
    }
    release();
}

void RequestBudget::learn(Bucket &b, const QString &key, const HttpResponse &response, qint64 nowMs)
{
    qint64 until = 0;
    if (response.status == 429 || response.status == 503 || response.status == 403) {
        const qint64 wait = retryAfterMs(response.header("retry-after"), {}, nowMs);
        if (wait >= 0)
            until = nowMs + std::min(wait, kServerWaitSeconds.max * 1000);
    }
    const QByteArray remaining = response.header("x-ratelimit-remaining");
    const bool spent = !remaining.isEmpty() && remaining.trimmed().toLongLong() <= 0;
    const bool limited = isRateLimitAnswer(response.status, remaining, response.body);
    if (spent || (until == 0 && limited)) {
        if (const qint64 reset = rateLimitResetMs(response.header("x-ratelimit-reset"), nowMs); reset >= 0) {
            until = std::max(until, nowMs + reset);
        } else if (response.status == 429 || response.status == 403) {
            until = std::max(until, nowMs + 60000); // spent, with no word on when it comes back
        }
    }
    if (until == 0 && limited)
        until = nowMs + (response.status == 429 ? 1000 : 60000); // at least a pause, even without a hint

    if (until > 0 || limited) {
        shrink(b, key, "the provider asked to slow down");
        close(b, key, until, nowMs);
        b.serverErrorsInARow = 0;
    } else if (response.status >= 500 || response.status == 0) {
        if (++b.serverErrorsInARow >= kServerErrorsBeforeShrinking) {
            shrink(b, key, "server errors in a row");
            b.serverErrorsInARow = 0;
        }
    } else {
        // Additive increase: about one more request in flight per window of answers.
        b.serverErrorsInARow = 0;
        b.window = std::min<double>(b.limit.maxWindow, b.window + 1.0 / b.window);
    }
}

void RequestBudget::shrink(Bucket &b, const QString &key, const char *why)
{
    b.window = std::max(1.0, b.window / 2);
    qCInfo(lcBudget).noquote() << "budget" << key << "window" << b.window << "-" << why;
}

void RequestBudget::close(Bucket &b, const QString &key, qint64 untilMs, qint64 nowMs)
{
    if (untilMs <= b.blockedUntilMs)
        return;
    b.blockedUntilMs = untilMs;
    qCInfo(lcBudget).noquote() << "budget" << key << "closed for" << (untilMs - nowMs) << "ms";
    // Queued: this runs under the mutex, and a receiver may ask the budget something.
    const QDateTime until = QDateTime::fromMSecsSinceEpoch(untilMs, Qt::UTC);
    QMetaObject::invokeMethod(
        this, [this, key, until] { Q_EMIT blocked(key, until); }, Qt::QueuedConnection);
}

QDateTime RequestBudget::blockedUntil(const QString &key) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_buckets.constFind(key);
    if (it == m_buckets.cend() || it->blockedUntilMs <= m_clock.msecsSinceEpoch())
        return {};
    return QDateTime::fromMSecsSinceEpoch(it->blockedUntilMs, Qt::UTC);
}

int RequestBudget::waitingCount(const QString &key) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_buckets.constFind(key);
    return it == m_buckets.cend() ? 0 : int(it->foreground.size() + it->background.size());
}

qint64 RequestBudget::sentCount(const QString &key) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_buckets.constFind(key);
    return it == m_buckets.cend() ? 0 : it->sent;
}

int RequestBudget::inFlight(const QString &key) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_buckets.constFind(key);
    return it == m_buckets.cend() ? 0 : it->inFlight;
}

double RequestBudget::window(const QString &key) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_buckets.constFind(key);
    return it == m_buckets.cend() ? limitFor(key).initialWindow : it->window;
}

void RequestBudget::release()
{
    std::unique_lock lock(m_mutex);
    const qint64 now = m_clock.msecsSinceEpoch();
    // Taken out first and run after: a request that goes may ask for another budget,
    // which would change m_buckets under this loop.
    QList<Waiter> ready;
    for (auto it = m_buckets.begin(); it != m_buckets.end(); ++it)
        admit(*it, now, ready);
    arm();
    dispatch(std::move(ready), lock);
}

void RequestBudget::arm()
{
    // Only time can open a closed key or bring back a background token; a full window
    // opens when an answer arrives (finished()).
    const qint64 now = m_clock.msecsSinceEpoch();
    qint64 next = -1;
    for (const Bucket &b : std::as_const(m_buckets)) {
        qint64 at = -1;
        if (now < b.blockedUntilMs && (!b.foreground.empty() || !b.background.empty()))
            at = b.blockedUntilMs;
        else if (b.foreground.empty() && !b.background.empty() && b.tokens < 1
                 && b.inFlight < std::max(1, int(b.window) / 2))
            at = now + qint64(std::ceil((1 - b.tokens) * 60000.0 / std::max(0.001, b.limit.perMinute)));
        if (at >= 0 && (next < 0 || at < next))
            next = at;
    }
    armOnOwnThread(next < 0 ? -1 : next - now);
}

void RequestBudget::armOnOwnThread(qint64 delayMs)
{
    // The timer belongs to the budget's thread; from another one it is set through a
    // queued call.
    auto set = [this, delayMs] {
        if (delayMs < 0)
            m_timer.stop();
        else
            m_timer.start(int(std::clamp<qint64>(delayMs, 0, 24LL * 3600 * 1000)));
    };
    if (thread() == QThread::currentThread())
        set();
    else
        QMetaObject::invokeMethod(this, set, Qt::QueuedConnection);
}

} // namespace agentdesk
