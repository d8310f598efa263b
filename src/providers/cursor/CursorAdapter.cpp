#include "CursorAdapter.h"

#include "CursorMapper.h"
#include "net/HttpClient.h"
#include "net/SseStream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcCursor, "agentdesk.cursor")

namespace agentdesk {

namespace {
constexpr int kRepositoriesCacheSeconds = 90; // upstream allows 1 request per minute
constexpr int kMaxReconnects = 5;
constexpr int kMaxHeldEvents = 5000;
constexpr int kNotifyCoalesceMs = 1500;
constexpr int kLingerMs = 10 * 60 * 1000;
} // namespace

// One v1 run's event stream and what it has delivered. A child of the adapter: it is
// deleted (later, never while its own callbacks run) once the run has ended and every
// fetch waiting on it has been answered.
class CursorRunStream : public QObject
{
public:
    struct Held {
        QString eventId;
        Activity activity;
    };
    struct Waiter {
        QPointer<const QObject> context;
        bool wantsEnd = false; // the run is over: wait for the stream's end
        std::function<void()> answer;
    };

    CursorRunStream(QString agent, QString run, QObject *parent)
        : QObject(parent), agentId(std::move(agent)), runId(std::move(run))
    {
        quiet.setSingleShot(true);
        cap.setSingleShot(true);
        notify.setSingleShot(true);
        linger.setSingleShot(true);
    }

    QString agentId;
    QString runId;
    SseStream *sse = nullptr;
    QList<Held> held;            // content events not yet known to be stored, oldest first
    RemoteTask effects;          // result / error / PR carried by events
    bool done = false;           // "done" (or a final "result"/"error") arrived
    bool unavailable = false;    // expired, refused or repeatedly broken: polling only
    bool backlogSettled = false; // the replay after (re)connecting has stopped arriving
    int reconnects = 0;          // in a row, without a new event between them
    QSet<QString> seen;          // event ids delivered, to tell a replay from progress
    QList<Waiter> waiters;
    QTimer quiet;  // no content for a moment: the backlog has been replayed
    QTimer cap;    // the longest any fetch waits
    QTimer notify; // coalesces "something changed" pushes
    QTimer linger; // an ended run's uncollected events wait this long

    bool ended() const { return done || unavailable; }

    // Drops what a fetch has confirmed as stored (its cursor's last event id).
    void acknowledge(const QString &eventId)
    {
        if (eventId.isEmpty())
            return;
        for (int i = 0; i < held.size(); ++i) {
            if (held.at(i).eventId == eventId) {
                held.erase(held.begin(), held.begin() + i + 1);
                return;
            }
        }
    }

    // Answers the waiters whose condition holds; never deletes anything itself.
    void settle(bool force = false)
    {
        QList<Waiter> ready;
        for (auto it = waiters.begin(); it != waiters.end();) {
            if (!it->context) {
                it = waiters.erase(it);
                continue;
            }
            if (force || ended() || (!it->wantsEnd && backlogSettled)) {
                ready << *it;
                it = waiters.erase(it);
            } else {
                ++it;
            }
        }
        if (waiters.isEmpty())
            cap.stop();
        for (const Waiter &w : std::as_const(ready))
            if (w.context)
                w.answer();
    }
};

CursorAdapter::CursorAdapter(HttpClient &http, QObject *parent) : ProviderAdapter(http, parent) { }

CursorAdapter::~CursorAdapter() = default; // the streams are children

void CursorAdapter::setStreamWaits(int quietMs, int capMs)
{
    m_quietMs = quietMs;
    m_capMs = capMs;
}

QUrl CursorAdapter::defaultBaseUrl(const Credentials &) const
{
    return QUrl(QStringLiteral("https://api.cursor.com"));
}

QString CursorAdapter::apiPrefix(const Credentials &c) const
{
    return cursor::versionFor(c) == cursor::ApiVersion::V1 ? QStringLiteral("/v1") : QStringLiteral("/v0");
}

void CursorAdapter::authorize(HttpRequest &request, const Credentials &c) const
{
    // Documented as HTTP Basic with the key as user name and an empty password.
    request.setHeader("Authorization", "Basic " + QByteArray(c.key.reveal().toUtf8() + ':').toBase64());
}

Capabilities CursorAdapter::capabilities() const
{
    Capabilities caps;
    caps.followUp = true;
    caps.upstreamCancel = true;
    caps.upstreamDelete = true;
    caps.listSources = true;
    caps.pushUpdates = true;
    caps.listTasks = true;
    return caps;
}

QString CursorAdapter::unsupportedReason(Operation op) const
{
    if (op == Operation::ApprovePlan)
        return tr("Cursor has no plan approval step; continue with a follow-up message instead.");
    return ProviderAdapter::unsupportedReason(op);
}

QStringList CursorAdapter::supportedProviderOptions(const Credentials &) const
{
    return {QStringLiteral("model")};
}

bool CursorAdapter::supportsEnvironment(const Credentials &c) const
{
    return cursor::versionFor(c) == cursor::ApiVersion::V1; // envVars exist only in v1
}

int CursorAdapter::openStreamCount() const
{
    int n = 0;
    for (const CursorRunStream *s : m_streams)
        n += s->sse && s->sse->isOpen() ? 1 : 0;
    return n;
}

Error CursorAdapter::explainConflict(const Error &e)
{
    if (e.code == QLatin1String("agent_busy")) {
        Error busy = Error::usage(tr("Cursor is still working on the previous message (only one run per agent may be "
                                     "active). Wait for it to finish or cancel it, then send the message again."));
        busy.httpStatus = e.httpStatus;
        busy.code = e.code;
        return busy;
    }
    if (e.code == QLatin1String("run_not_cancellable"))
        return Error::usage(tr("The Cursor run has already ended; there is nothing to cancel."));
    return e;
}

void CursorAdapter::create(const Credentials &c, const NewTask &input, const QObject *context,
                           Callback<RemoteTask> done)
{
    const bool v1 = cursor::versionFor(c) == cursor::ApiVersion::V1;
    HttpRequest r = makeRequest(c, "POST", v1 ? QStringLiteral("/v1/agents") : QStringLiteral("/v0/agents"),
                                tr("Cursor: launch agent"));
    r.setJsonBody(v1 ? cursor::createBodyV1(input) : cursor::createBodyV0(input));
    call<RemoteTask>(r, context, done, [done, v1](const HttpResponse &resp) {
        const QJsonObject o = resp.json();
        RemoteTask t;
        if (v1) {
            t = cursor::mapAgentV1(o.value(QLatin1String("agent")).toObject());
            cursor::applyRunV1(t, o.value(QLatin1String("run")).toObject());
        } else {
            t = cursor::mapAgentV0(o);
        }
        if (t.externalId.isEmpty()) {
            done({{}, Error::provider(tr("Cursor: launch agent answered without an agent id."))});
            return;
        }
        if (!t.status)
            t.status = TaskStatus::Queued;
        done({t, {}});
    });
}

void CursorAdapter::fetch(const Credentials &c, const SyncCursor &cursor, const QObject *context,
                          Callback<RemoteTask> done)
{
    if (cursor::versionFor(c) == cursor::ApiVersion::V1)
        fetchV1(c, cursor, context, std::move(done));
    else
        fetchV0(c, cursor, context, std::move(done));
}

void CursorAdapter::fetchV0(const Credentials &c, const SyncCursor &cursor, const QObject *context,
                            Callback<RemoteTask> done)
{
    const HttpRequest r =
        makeRequest(c, "GET", QStringLiteral("/v0/agents/") + cursor.externalId, tr("Cursor: get agent"));
    call<RemoteTask>(r, context, done, [this, c, cursor, context, done](const HttpResponse &resp) {
        RemoteTask task = cursor::mapAgentV0(resp.json());
        if (task.externalId.isEmpty()) {
            done({{}, Error::provider(tr("Cursor: get agent answered without an agent id; nothing was applied."))});
            return;
        }
        // The agent object has no messages: they live in /conversation.
        const HttpRequest conv =
            makeRequest(c, "GET", QStringLiteral("/v0/agents/%1/conversation").arg(cursor.externalId),
                        tr("Cursor: get conversation"));
        call<RemoteTask>(conv, context, done, [task, done](const HttpResponse &convResp) mutable {
            task.activities = cursor::mapConversationV0(convResp.json());
            done({task, {}});
        });
    });
}

// The agent's tokens (GET /v1/agents/{id}/usage: totalUsage), exact. A plan without the
// usage API answers 403 feature_unavailable: then the task has no cost ("not reported"),
// and the sync itself is not failed for it.
void CursorAdapter::withUsage(const Credentials &c, const QString &agentId, const QObject *context,
                              Callback<RemoteTask> done, const Outcome<RemoteTask> &fetched)
{
    if (!fetched.ok())
        return done(fetched);
    const HttpRequest r =
        makeRequest(c, "GET", QStringLiteral("/v1/agents/%1/usage").arg(agentId), tr("Cursor: get usage"));
    RemoteTask task = fetched.value;
    sendChecked(
        r, context,
        [task, done](const Error &) {
            done({task, {}}); // no figure: nothing is guessed
        },
        [task, done](const HttpResponse &resp) mutable {
            const QJsonValue total =
                resp.json().value(QLatin1String("totalUsage")).toObject().value(QLatin1String("totalTokens"));
            if (total.isDouble())
                task.result.cost = TaskCost{total.toDouble(), costunit::tokens, true};
            done({task, {}});
        });
}

void CursorAdapter::fetchV1(const Credentials &c, const SyncCursor &cursor, const QObject *context,
                            Callback<RemoteTask> fetched)
{
    Callback<RemoteTask> done = [this, c, id = cursor.externalId, context, fetched](const Outcome<RemoteTask> &r) {
        withUsage(c, id, context, fetched, r);
    };
    const HttpRequest r =
        makeRequest(c, "GET", QStringLiteral("/v1/agents/") + cursor.externalId, tr("Cursor: get agent"));
    call<RemoteTask>(r, context, done, [this, c, cursor, context, done](const HttpResponse &resp) {
        RemoteTask task = cursor::mapAgentV1(resp.json());
        if (task.externalId.isEmpty()) {
            done({{}, Error::provider(tr("Cursor: get agent answered without an agent id; nothing was applied."))});
            return;
        }
        // The newest run wins: after a follow-up the agent names the new one.
        QString runId = task.providerState.value(QLatin1String("runId")).toString();
        if (runId.isEmpty())
            runId = cursor.providerState.value(QLatin1String("runId")).toString();
        if (runId.isEmpty()) {
            done({task, {}});
            return;
        }
        const HttpRequest runReq = makeRequest(
            c, "GET", QStringLiteral("/v1/agents/%1/runs/%2").arg(cursor.externalId, runId), tr("Cursor: get run"));
        call<RemoteTask>(
            runReq, context, done, [this, c, cursor, runId, task, context, done](const HttpResponse &runResp) mutable {
                cursor::applyRunV1(task, runResp.json());
                const bool runEnded = task.status && isTerminal(*task.status);
                // A run whose stream we read to its end (or that has none any more) is not
                // streamed again: its events are already in the timeline.
                if (cursor.providerState.value(QLatin1String("streamClosedRunId")).toString() == runId) {
                    done({task, {}});
                    return;
                }
                // Resume where the stored timeline ends, unless this run is new to us.
                const bool sameRun = cursor.providerState.value(QLatin1String("streamRunId")).toString() == runId;
                const QString stored =
                    sameRun ? cursor.providerState.value(QLatin1String("lastEventId")).toString() : QString();
                CursorRunStream *s = ensureStream(c, cursor.externalId, runId, stored);
                s->acknowledge(stored);
                // Answer with what the stream delivered, once it says so: the run's end for a
                // finished run; the replayed backlog for a running one.
                auto answer = [this, s = QPointer<CursorRunStream>(s), task, runEnded, runId, stored, done]() mutable {
                    if (s) {
                        for (const CursorRunStream::Held &h : std::as_const(s->held))
                            task.activities << h.activity;
                        const RemoteTask &fx = s->effects;
                        if (!fx.result.prUrl.isEmpty()) {
                            task.result.prUrl = fx.result.prUrl;
                            task.result.prNumber = fx.result.prNumber;
                        }
                        if (!fx.result.summary.isEmpty())
                            task.result.summary = fx.result.summary;
                        if (!fx.error.isEmpty())
                            task.error = fx.error;
                        // The position always goes with its run: a new run with no events yet
                        // resumes from its start, not from the previous run's last event.
                        task.providerState.insert(QStringLiteral("streamRunId"), runId);
                        task.providerState.insert(QStringLiteral("lastEventId"),
                                                  s->held.isEmpty() ? stored : s->held.constLast().eventId);
                        if (s->done || (runEnded && s->unavailable))
                            task.providerState.insert(QStringLiteral("streamClosedRunId"), runId);
                        if (s->ended() && s->linger.isActive())
                            dropStream(s); // its events are collected now
                    }
                    done({task, {}});
                };
                s->waiters.append({QPointer<const QObject>(context), runEnded, std::move(answer)});
                if (!s->cap.isActive())
                    s->cap.start(m_capMs);
                s->settle();
            });
    });
}

// The run is over (or its stream is): the connection closes, waiting fetches get their
// answer. Events no fetch has collected yet stay until one does, for a while, so the
// timeline gets them without opening the stream again.
void CursorAdapter::retireStream(CursorRunStream *s)
{
    if (s->sse)
        s->sse->close();
    const bool answered = !s->waiters.isEmpty();
    s->settle();
    if (answered || s->held.isEmpty())
        dropStream(s);
    else if (!s->linger.isActive())
        s->linger.start(kLingerMs);
}

// Deleted from the event loop, never while its own callbacks run.
void CursorAdapter::dropStream(CursorRunStream *s)
{
    s->linger.stop();
    if (m_streams.value(s->runId) == s)
        m_streams.remove(s->runId);
    s->deleteLater();
}

void CursorAdapter::onStreamEvent(CursorRunStream *s, const QString &id, const QString &type, const QByteArray &data)
{
    if (type == QLatin1String("heartbeat"))
        return;
    if (!id.isEmpty() && !s->seen.contains(id)) {
        // Something new: the stream is alive, whatever happened to the connection before.
        s->reconnects = 0;
        if (s->seen.size() > kMaxHeldEvents)
            s->seen.clear();
        s->seen.insert(id);
    }
    if (type == QLatin1String("done")) {
        s->done = true;
        Q_EMIT remoteChanged(s->agentId);
        retireStream(s);
        return;
    }
    const QJsonObject payload = QJsonDocument::fromJson(data).object();
    if (auto a = cursor::mapStreamEvent(id, type, payload, s->effects)) {
        a->content = boundedText(a->content);
        s->held.append({id, *a});
        if (s->held.size() > kMaxHeldEvents)
            s->held.removeFirst();
    }
    if (type == QLatin1String("result") || type == QLatin1String("error")) {
        // The run's outcome: nothing a waiting fetch needs comes after it.
        s->done = true;
        Q_EMIT remoteChanged(s->agentId);
        retireStream(s);
        return;
    }
    if (!s->backlogSettled)
        s->quiet.start();
    if (!s->notify.isActive())
        s->notify.start(kNotifyCoalesceMs);
}

void CursorAdapter::onStreamEnded(CursorRunStream *s, int status, const HttpError &error)
{
    if (s->done)
        return;
    if (status == 410 || status == 404 || status == 401 || status == 403 || error.kind == HttpErrorKind::Timeout
        || error.kind == HttpErrorKind::BadResponse || s->reconnects >= kMaxReconnects) {
        // Expired, refused, silent or broken: polling carries on without live events.
        qCInfo(lcCursor).noquote() << "run stream" << s->runId << "unavailable:"
                                   << (error.message.isEmpty() ? QString::number(status) : error.message);
        s->unavailable = true;
        retireStream(s);
        return;
    }
    // The connection dropped, or the server (or a proxy) closed it without "done": resume
    // after the last event we saw. A stream that keeps closing without sending anything
    // new runs out of reconnects above.
    const int delay = 250 << std::min(s->reconnects, 5);
    ++s->reconnects;
    s->backlogSettled = false;
    QTimer::singleShot(delay, s, [s] {
        if (s->sse)
            s->sse->open();
    });
}

CursorRunStream *CursorAdapter::ensureStream(const Credentials &c, const QString &agentId, const QString &runId,
                                             const QString &lastEventId)
{
    if (CursorRunStream *existing = m_streams.value(runId))
        return existing;
    auto *s = new CursorRunStream(agentId, runId, this);
    m_streams.insert(runId, s);
    connect(s, &QObject::destroyed, this, [this, runId, s] {
        if (m_streams.value(runId) == s)
            m_streams.remove(runId);
    });
    const HttpRequest r = makeRequest(c, "GET", QStringLiteral("/v1/agents/%1/runs/%2/stream").arg(agentId, runId),
                                      tr("Cursor: run stream"));
    s->sse = new SseStream(http().networkAccessManager(), r, s);
    s->sse->setIdleTimeout(m_streamIdleMs);
    s->quiet.setInterval(m_quietMs);
    connect(&s->quiet, &QTimer::timeout, s, [s] {
        s->backlogSettled = true;
        s->settle();
    });
    connect(&s->notify, &QTimer::timeout, this, [this, s] { Q_EMIT remoteChanged(s->agentId); });
    auto retire = [this, s] { retireStream(s); };
    connect(&s->linger, &QTimer::timeout, this, [this, s] { dropStream(s); });
    connect(&s->cap, &QTimer::timeout, s, [s, retire] {
        // A finished run's stream that never says "done" (a server may keep it open with
        // heartbeats) is given up on: what it delivered is kept, and it is not reopened.
        bool finishedRun = false;
        for (const CursorRunStream::Waiter &w : std::as_const(s->waiters))
            finishedRun |= w.wantsEnd;
        if (finishedRun)
            s->unavailable = true;
        s->settle(true);
        if (finishedRun)
            retire();
    });
    connect(s->sse, &SseStream::eventReceived, s,
            [this, s](const QString &id, const QString &type, const QByteArray &data) {
                onStreamEvent(s, id, type, data);
            });
    connect(s->sse, &SseStream::ended, s,
            [this, s](int status, const HttpError &error) { onStreamEnded(s, status, error); });
    s->sse->open(lastEventId);
    s->quiet.start(); // a stream with no backlog at all settles after the quiet window too
    return s;
}

void CursorAdapter::sendMessage(const Credentials &c, const Task &task, const QString &text, const QObject *context,
                                Callback<RemoteTask> done)
{
    const bool v1 = cursor::versionFor(c) == cursor::ApiVersion::V1;
    HttpRequest r = makeRequest(c, "POST",
                                v1 ? QStringLiteral("/v1/agents/%1/runs").arg(task.externalId)
                                   : QStringLiteral("/v0/agents/%1/followup").arg(task.externalId),
                                tr("Cursor: send follow-up"));
    r.setJsonBody(QJsonObject{{QStringLiteral("prompt"), QJsonObject{{QStringLiteral("text"), text}}}});
    const QDateTime now = http().clock().now();
    sendChecked(
        r, context,
        [done](const Error &e) {
            done({{}, explainConflict(e)});
        },
        [done, v1, text, now](const HttpResponse &resp) {
            RemoteTask echo;
            if (v1) {
                // A follow-up is a new run; the run stream never repeats the prompt, so
                // the timeline records it here, keyed by the run.
                const QJsonObject run = resp.json().value(QLatin1String("run")).toObject();
                const QString runId = run.value(QLatin1String("id")).toString();
                if (runId.isEmpty()) {
                    done({{}, Error::provider(tr("Cursor: the follow-up was accepted, but the answer named no run."))});
                    return;
                }
                echo.providerState.insert(QStringLiteral("runId"), runId);
                Activity a;
                a.id = QStringLiteral("run:%1:prompt").arg(runId);
                a.type = ActivityType::Message;
                a.content = text;
                a.timestamp = now;
                a.metadata = QJsonObject{{QStringLiteral("author"), QStringLiteral("user")}};
                echo.activities << a;
            }
            done({echo, {}});
        });
}

void CursorAdapter::cancel(const Credentials &c, const Task &task, const QObject *context, Callback<Done> done)
{
    HttpRequest r;
    if (cursor::versionFor(c) == cursor::ApiVersion::V1) {
        const QString runId = task.providerState.value(QLatin1String("runId")).toString();
        if (runId.isEmpty()) {
            deliverLater(context, [done] {
                done({{}, Error::usage(tr("No Cursor run is known for this task yet; refresh it first."))});
            });
            return;
        }
        r = makeRequest(c, "POST", QStringLiteral("/v1/agents/%1/runs/%2/cancel").arg(task.externalId, runId),
                        tr("Cursor: cancel run"));
    } else {
        r = makeRequest(c, "POST", QStringLiteral("/v0/agents/%1/stop").arg(task.externalId), tr("Cursor: stop agent"));
    }
    r.setJsonBody(QJsonObject{});
    r.allowEmptyBody = true;
    sendChecked(
        r, context,
        [done](const Error &e) {
            done({{}, explainConflict(e)});
        },
        [done](const HttpResponse &) { done({}); });
}

void CursorAdapter::remove(const Credentials &c, const Task &task, const QObject *context, Callback<Done> done)
{
    const bool v1 = cursor::versionFor(c) == cursor::ApiVersion::V1;
    HttpRequest r =
        makeRequest(c, "DELETE", (v1 ? QStringLiteral("/v1/agents/") : QStringLiteral("/v0/agents/")) + task.externalId,
                    tr("Cursor: delete agent"));
    r.allowEmptyBody = true;
    http().send(r, context, [done](const HttpResponse &resp) {
        if (!resp.ok() && resp.error.kind != HttpErrorKind::NotFound) {
            done({{}, errorFromHttp(resp.error)});
            return;
        }
        done({});
    });
}

void CursorAdapter::listSources(const Credentials &c, const QObject *context, Callback<QList<SourceInfo>> done)
{
    cachedSources(
        c, kRepositoriesCacheSeconds, context,
        [this, c, context](Callback<QList<SourceInfo>> fetched) {
            const bool v1 = cursor::versionFor(c) == cursor::ApiVersion::V1;
            HttpRequest r =
                makeRequest(c, "GET", v1 ? QStringLiteral("/v1/repositories") : QStringLiteral("/v0/repositories"),
                            tr("Cursor: list repositories"));
            r.timeoutMs = 90000; // documented to take tens of seconds
            call<QList<SourceInfo>>(r, context, fetched, [fetched, v1](const HttpResponse &resp) {
                fetched({v1 ? cursor::mapRepositoriesV1(resp.json()) : cursor::mapRepositoriesV0(resp.json()), {}});
            });
        },
        std::move(done));
}

void CursorAdapter::listTasks(const Credentials &c, const ListQuery &query, const QObject *context,
                              Callback<RemotePage> done)
{
    const bool v1 = cursor::versionFor(c) == cursor::ApiVersion::V1;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(query.pageSize, 1, 100)));
    if (!query.pageToken.isEmpty())
        q.addQueryItem(QStringLiteral("cursor"), query.pageToken);
    if (v1)
        q.addQueryItem(QStringLiteral("includeArchived"), QStringLiteral("true")); // marked, and adopted hidden
    HttpRequest r = makeRequest(c, "GET", v1 ? QStringLiteral("/v1/agents") : QStringLiteral("/v0/agents"),
                                tr("Cursor: list agents"));
    r.url.setQuery(q);
    call<RemotePage>(r, context, done, [done, v1](const HttpResponse &resp) {
        const QJsonObject o = resp.json();
        RemotePage page;
        const QJsonArray items = o.value(v1 ? QLatin1String("items") : QLatin1String("agents")).toArray();
        for (const QJsonValue &v : items) {
            RemoteTask t = v1 ? cursor::mapAgentV1(v.toObject()) : cursor::mapAgentV0(v.toObject());
            if (!t.externalId.isEmpty())
                page.tasks << t;
        }
        page.nextPageToken = o.value(QLatin1String("nextCursor")).toString();
        page.complete = page.nextPageToken.isEmpty();
        done({page, {}});
    });
}

void CursorAdapter::checkKey(const Credentials &c, const QObject *context, Callback<KeyCheck> done)
{
    const bool v1 = cursor::versionFor(c) == cursor::ApiVersion::V1;
    const HttpRequest r =
        makeRequest(c, "GET", v1 ? QStringLiteral("/v1/me") : QStringLiteral("/v0/me"), tr("Cursor: check the key"));
    call<KeyCheck>(r, context, done, [done](const HttpResponse &resp) {
        const QJsonObject o = resp.json();
        KeyCheck k;
        k.identity = o.value(QLatin1String("userEmail")).toString();
        const QString keyName = o.value(QLatin1String("apiKeyName")).toString();
        k.detail = keyName.isEmpty() ? tr("The key works.") : tr("The key \"%1\" works.").arg(keyName);
        done({k, {}});
    });
}

} // namespace agentdesk
