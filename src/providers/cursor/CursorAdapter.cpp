#include "CursorAdapter.h"

#include "CursorMapper.h"
#include "net/HttpClient.h"
#include "net/SseStream.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcCursor, "agentdesk.cursor")

namespace agentdesk {

using cursor::ApiVersion;

namespace {
constexpr int kRepositoriesCacheSeconds = 90;   // upstream allows 1 request per minute
constexpr int kMaxReconnects = 5;
} // namespace

struct CursorAdapter::RunStream {
    SseStream *sse = nullptr;
    QString agentId;
    QString runId;
    QList<Activity> pending;
    RemoteTask effects;        // result / error carried by events, merged on drain
    bool done = false;         // the server sent "done"
    bool unavailable = false;  // expired or repeatedly broken: polling only
    int reconnects = 0;
    QList<std::function<void()>> waiters;   // fetches waiting for a finished run's stream
};

CursorAdapter::CursorAdapter(HttpClient &http, QObject *parent) : ProviderAdapter(http, parent) {}

CursorAdapter::~CursorAdapter()
{
    qDeleteAll(m_streams);   // SseStream children go with this object; the records here
}

QUrl CursorAdapter::defaultBaseUrl(const Credentials &) const
{
    return QUrl(QStringLiteral("https://api.cursor.com"));
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
    return cursor::versionFor(c) == ApiVersion::V1;   // envVars exist only in v1
}

int CursorAdapter::openStreamCount() const
{
    int n = 0;
    for (const RunStream *s : m_streams)
        n += s->sse->isOpen() ? 1 : 0;
    return n;
}

Error CursorAdapter::explainConflict(const Error &e)
{
    if (e.code == QLatin1String("agent_busy"))
        return Error::usage(tr("Cursor is still working on the previous message (only one run per agent may be "
                               "active). Wait for it to finish or cancel it, then send the message again."));
    if (e.code == QLatin1String("run_not_cancellable"))
        return Error::usage(tr("The Cursor run has already ended; there is nothing to cancel."));
    return e;
}

void CursorAdapter::create(const Credentials &c, const NewTask &input, Callback<RemoteTask> done)
{
    const bool v1 = cursor::versionFor(c) == ApiVersion::V1;
    HttpRequest r = makeRequest(c, "POST", v1 ? QStringLiteral("/v1/agents") : QStringLiteral("/v0/agents"),
                                tr("Cursor: launch agent"));
    r.setJsonBody(v1 ? cursor::createBodyV1(input) : cursor::createBodyV0(input));
    call<RemoteTask>(r, done, [done, v1](const HttpResponse &resp) {
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

void CursorAdapter::fetch(const Credentials &c, const SyncCursor &cursor, Callback<RemoteTask> done)
{
    if (cursor::versionFor(c) == ApiVersion::V1)
        fetchV1(c, cursor, std::move(done));
    else
        fetchV0(c, cursor, std::move(done));
}

void CursorAdapter::fetchV0(const Credentials &c, const SyncCursor &cursor, Callback<RemoteTask> done)
{
    const HttpRequest r = makeRequest(c, "GET", QStringLiteral("/v0/agents/") + cursor.externalId,
                                      tr("Cursor: get agent"));
    call<RemoteTask>(r, done, [this, c, cursor, done](const HttpResponse &resp) {
        RemoteTask task = cursor::mapAgentV0(resp.json());
        // The agent object has no messages: they live in /conversation.
        const HttpRequest conv = makeRequest(c, "GET", QStringLiteral("/v0/agents/%1/conversation").arg(cursor.externalId),
                                             tr("Cursor: get conversation"));
        call<RemoteTask>(conv, done, [task, done](const HttpResponse &convResp) mutable {
            task.activities = cursor::mapConversationV0(convResp.json());
            done({task, {}});
        });
    });
}

void CursorAdapter::fetchV1(const Credentials &c, const SyncCursor &cursor, Callback<RemoteTask> done)
{
    const HttpRequest r = makeRequest(c, "GET", QStringLiteral("/v1/agents/") + cursor.externalId,
                                      tr("Cursor: get agent"));
    call<RemoteTask>(r, done, [this, c, cursor, done](const HttpResponse &resp) {
        RemoteTask task = cursor::mapAgentV1(resp.json());
        const QString runId = task.providerState.value(QLatin1String("runId")).toString().isEmpty()
            ? cursor.providerState.value(QLatin1String("runId")).toString()
            : task.providerState.value(QLatin1String("runId")).toString();
        if (runId.isEmpty()) {
            done({task, {}});
            return;
        }
        const HttpRequest runReq = makeRequest(c, "GET", QStringLiteral("/v1/agents/%1/runs/%2").arg(cursor.externalId, runId),
                                               tr("Cursor: get run"));
        call<RemoteTask>(runReq, done, [this, c, cursor, runId, task, done](const HttpResponse &runResp) mutable {
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
            const QString lastEventId = sameRun ? cursor.providerState.value(QLatin1String("lastEventId")).toString() : QString();
            RunStream *s = ensureStream(c, cursor.externalId, runId, lastEventId);
            if (runEnded && !s->done && !s->unavailable) {
                // The run is over: its stream replays to "done" and closes. Wait for it.
                s->waiters.append([this, s, task, done]() mutable {
                    drain(s, task, true);
                    done({task, {}});
                });
                return;
            }
            drain(s, task, runEnded);
            done({task, {}});
        });
    });
}

CursorAdapter::RunStream *CursorAdapter::ensureStream(const Credentials &c, const QString &agentId,
                                                      const QString &runId, const QString &lastEventId)
{
    if (RunStream *existing = m_streams.value(runId))
        return existing;
    auto *s = new RunStream;
    s->agentId = agentId;
    s->runId = runId;
    HttpRequest r = makeRequest(c, "GET", QStringLiteral("/v1/agents/%1/runs/%2/stream").arg(agentId, runId),
                                tr("Cursor: run stream"));
    s->sse = new SseStream(http().networkAccessManager(), r, this);
    connect(s->sse, &SseStream::event, this, [this, s](const QString &id, const QString &type, const QByteArray &data) {
        s->reconnects = 0;
        if (type == QLatin1String("done")) {
            s->done = true;
            return;
        }
        const QJsonObject payload = QJsonDocument::fromJson(data).object();
        if (const auto a = cursor::mapStreamEvent(id, type, payload, s->effects))
            s->pending.append(*a);
        if (type != QLatin1String("heartbeat"))
            Q_EMIT remoteChanged(s->agentId);
    });
    connect(s->sse, &SseStream::ended, this, [this, s](int status, const HttpError &e) { onStreamEnded(s, status, e); });
    m_streams.insert(runId, s);
    s->sse->open(lastEventId);
    return s;
}

void CursorAdapter::onStreamEnded(RunStream *s, int status, const HttpError &error)
{
    auto release = [s] {
        const auto waiters = std::move(s->waiters);
        s->waiters.clear();
        for (const auto &w : waiters)
            w();
    };
    if (s->done) {
        release();
        Q_EMIT remoteChanged(s->agentId);
        return;
    }
    if (status == 410 || status == 404 || status == 401 || status == 403 || s->reconnects >= kMaxReconnects) {
        // Expired or refused: polling carries on without live events.
        qCInfo(lcCursor).noquote() << "run stream" << s->runId << "unavailable:" << (error.message.isEmpty() ? QString::number(status) : error.message);
        s->unavailable = true;
        release();
        return;
    }
    // The connection dropped mid-run: resume after the last event we saw.
    const int delay = 250 << std::min(s->reconnects, 5);
    ++s->reconnects;
    QTimer::singleShot(delay, s->sse, [s] { s->sse->open(); });
}

void CursorAdapter::drain(RunStream *s, RemoteTask &task, bool runEnded)
{
    task.activities += s->pending;
    s->pending.clear();
    if (!s->effects.result.prUrl.isEmpty()) {
        task.result.prUrl = s->effects.result.prUrl;
        task.result.prNumber = s->effects.result.prNumber;
    }
    if (!s->effects.result.summary.isEmpty())
        task.result.summary = s->effects.result.summary;
    if (!s->effects.error.isEmpty())
        task.error = s->effects.error;
    task.providerState.insert(QStringLiteral("streamRunId"), s->runId);
    if (!s->sse->lastEventId().isEmpty())
        task.providerState.insert(QStringLiteral("lastEventId"), s->sse->lastEventId());
    if (s->done || (runEnded && s->unavailable))
        task.providerState.insert(QStringLiteral("streamClosedRunId"), s->runId);
    if (runEnded && (s->done || s->unavailable) && s->waiters.isEmpty()) {
        m_streams.remove(s->runId);
        s->sse->close();
        s->sse->deleteLater();
        delete s;
    }
}

void CursorAdapter::sendMessage(const Credentials &c, const Task &task, const QString &text, Callback<RemoteTask> done)
{
    const bool v1 = cursor::versionFor(c) == ApiVersion::V1;
    HttpRequest r = makeRequest(c, "POST",
                                v1 ? QStringLiteral("/v1/agents/%1/runs").arg(task.externalId)
                                   : QStringLiteral("/v0/agents/%1/followup").arg(task.externalId),
                                tr("Cursor: send follow-up"));
    r.setJsonBody(QJsonObject{{QStringLiteral("prompt"), QJsonObject{{QStringLiteral("text"), text}}}});
    sendChecked(r, [done](const Error &e) { done({{}, explainConflict(e)}); }, [done, v1, text](const HttpResponse &resp) {
        RemoteTask echo;
        if (v1) {
            // A follow-up is a new run; the run stream never repeats the prompt, so the
            // timeline records it here, keyed by the run.
            const QJsonObject run = resp.json().value(QLatin1String("run")).toObject();
            const QString runId = run.value(QLatin1String("id")).toString();
            echo.providerState.insert(QStringLiteral("runId"), runId);
            Activity a;
            a.id = QStringLiteral("run:%1:prompt").arg(runId);
            a.type = ActivityType::Message;
            a.content = text;
            a.timestamp = QDateTime::currentDateTimeUtc();
            a.metadata = QJsonObject{{QStringLiteral("author"), QStringLiteral("user")}};
            echo.activities << a;
        }
        done({echo, {}});
    });
}

void CursorAdapter::cancel(const Credentials &c, const Task &task, Callback<Done> done)
{
    HttpRequest r;
    if (cursor::versionFor(c) == ApiVersion::V1) {
        const QString runId = task.providerState.value(QLatin1String("runId")).toString();
        if (runId.isEmpty()) {
            deliverLater([done] { done({{}, Error::usage(tr("No Cursor run is known for this task yet; refresh it first."))}); });
            return;
        }
        r = makeRequest(c, "POST", QStringLiteral("/v1/agents/%1/runs/%2/cancel").arg(task.externalId, runId),
                        tr("Cursor: cancel run"));
    } else {
        r = makeRequest(c, "POST", QStringLiteral("/v0/agents/%1/stop").arg(task.externalId), tr("Cursor: stop agent"));
    }
    r.setJsonBody(QJsonObject{});
    sendChecked(r, [done](const Error &e) { done({{}, explainConflict(e)}); }, [done](const HttpResponse &) { done({}); });
}

void CursorAdapter::remove(const Credentials &c, const Task &task, Callback<Done> done)
{
    const bool v1 = cursor::versionFor(c) == ApiVersion::V1;
    const HttpRequest r = makeRequest(c, "DELETE",
                                      (v1 ? QStringLiteral("/v1/agents/") : QStringLiteral("/v0/agents/")) + task.externalId,
                                      tr("Cursor: delete agent"));
    http().send(r, [done](const HttpResponse &resp) {
        if (!resp.ok() && resp.error.kind != HttpErrorKind::NotFound) {
            done({{}, errorFromHttp(resp.error)});
            return;
        }
        done({});
    });
}

void CursorAdapter::listSources(const Credentials &c, Callback<QList<SourceInfo>> done)
{
    cachedSources(c, kRepositoriesCacheSeconds, [this, c](Callback<QList<SourceInfo>> fetched) {
        const bool v1 = cursor::versionFor(c) == ApiVersion::V1;
        HttpRequest r = makeRequest(c, "GET", v1 ? QStringLiteral("/v1/repositories") : QStringLiteral("/v0/repositories"),
                                    tr("Cursor: list repositories"));
        r.timeoutMs = 90000;   // documented to take tens of seconds
        call<QList<SourceInfo>>(r, fetched, [fetched, v1](const HttpResponse &resp) {
            fetched({v1 ? cursor::mapRepositoriesV1(resp.json()) : cursor::mapRepositoriesV0(resp.json()), {}});
        });
    }, std::move(done));
}

} // namespace agentdesk
