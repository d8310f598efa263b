#include "PlatformClient.h"

#include "auth/AccessTokenSource.h"
#include "base/Durations.h"
#include "domain/Timestamps.h"
#include "net/HttpClient.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace agentdesk {

enum class PlatformClient::Op {
    RegisterWorker,
    CheckWorker,
    Heartbeat,
    PollSessions,
    FetchSession,
    Claim,
    RenewLease,
    PostActivity,
    Complete,
    Fail,
    Release
};

namespace {

struct Route {
    const char *method;
    const char *path; // under {platform}/api/v1/workspaces/{workspace}; {name} is filled from the call
    bool idempotent;  // safe to resend after a lost answer
    const char *what; // for error messages
};

// The one table of the platform's worker endpoints ([doc] operations, [ours] paths).
// A claim is not resent blindly: a lost answer could hold a lease we do not know of;
// the poll finds the session again instead. Activities are idempotent through their
// clientActivityId; complete/fail/release through the claim (a repeat is a 409 the
// worker resolves by reading the session).
Route routeFor(int op)
{
    static const Route routes[] = {
        {"POST", "/agents/{agentId}/workers", true, "register the worker"},
        {"GET", "/workers/{workerId}", true, "check the saved worker"},
        {"POST", "/workers/{workerId}/heartbeat", true, "heartbeat"},
        {"GET", "/workers/{workerId}/sessions", true, "poll for sessions"},
        {"GET", "/agent-sessions/{sessionId}", true, "fetch the session"},
        {"POST", "/agent-sessions/{sessionId}/claim", false, "claim the session"},
        {"POST", "/agent-sessions/{sessionId}/lease", true, "renew the lease"},
        {"POST", "/agent-sessions/{sessionId}/activities", true, "report an activity"},
        {"POST", "/agent-sessions/{sessionId}/complete", true, "complete the session"},
        {"POST", "/agent-sessions/{sessionId}/fail", true, "fail the session"},
        {"POST", "/agent-sessions/{sessionId}/release", true, "release the session"},
    };
    return routes[op];
}

QString fill(QString path, const QHash<QString, QString> &args)
{
    for (auto it = args.cbegin(); it != args.cend(); ++it)
        path.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'),
                     QString::fromLatin1(QUrl::toPercentEncoding(it.value())));
    return path;
}

template <typename T, typename F>
Callback<QJsonObject> mapped(Callback<T> done, F convert)
{
    return [done = std::move(done), convert](const Outcome<QJsonObject> &r) {
        if (!r.ok())
            return done({T{}, r.error});
        done({convert(r.value), {}});
    };
}

} // namespace

PlatformClient::PlatformClient(HttpClient &http, AccessTokenSource &tokens, QUrl platformUrl, QString workspace,
                               QObject *parent)
    : QObject(parent), m_http(http), m_tokens(tokens), m_platformUrl(std::move(platformUrl)),
      m_workspace(workspace.isEmpty() ? QStringLiteral("current") : std::move(workspace))
{ }

QUrl PlatformClient::apiBase() const
{
    QUrl base = m_platformUrl;
    QString path = base.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    base.setPath(path + QStringLiteral("/api/v1/workspaces/") + m_workspace);
    return base;
}

void PlatformClient::call(Op op, const QHash<QString, QString> &args, const QJsonObject &body, const QObject *context,
                          Callback<QJsonObject> done, bool afterRefresh)
{
    const Route route = routeFor(int(op));
    auto withToken = [this, op, args, body, context, done, afterRefresh, route](const Secret &token,
                                                                                const Error &tokenError) {
        if (tokenError)
            return done({{}, tokenError});
        HttpRequest req;
        req.method = route.method;
        QUrl url = apiBase();
        url.setPath(url.path() + fill(QString::fromLatin1(route.path), args));
        if (args.contains(QStringLiteral("?query")))
            url.setQuery(args.value(QStringLiteral("?query")));
        req.url = url;
        req.idempotent = route.idempotent;
        req.what = tr("Platform: %1").arg(QString::fromLatin1(route.what));
        req.setHeader("Authorization", "Bearer " + token.reveal().toUtf8());
        req.setHeader("Accept", "application/json");
        if (req.method != "GET")
            req.setJsonBody(body);
        m_http.send(req, context, [this, op, args, body, context, done, afterRefresh](const HttpResponse &resp) {
            if (resp.status == 401 && !afterRefresh) {
                // Refresh once (single flight across every caller), then retry once.
                m_tokens.refreshAfterUnauthorized(
                    context, [this, op, args, body, context, done](const Secret &, const Error &e) {
                        if (e)
                            return done({{}, e});
                        call(op, args, body, context, done, true);
                    });
                return;
            }
            if (!resp.ok()) {
                Error e = errorFromHttp(resp.error);
                e.httpStatus = resp.status;
                return done({{}, e});
            }
            done({resp.json(), {}});
        });
    };
    m_tokens.accessToken(context, withToken);
}

void PlatformClient::registerWorker(const WorkerSpec &spec, const QObject *context, Callback<WorkerRegistration> done)
{
    QJsonObject body{
        {QStringLiteral("name"), spec.name},
        {QStringLiteral("executionMode"), QStringLiteral("cloud")},
        {QStringLiteral("runtime"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("agentdesk")},
                                                {QStringLiteral("version"), QStringLiteral(AGENTDESK_VERSION)}}},
        {QStringLiteral("capabilities"), QJsonArray::fromStringList(spec.capabilities)},
        {QStringLiteral("concurrency"), spec.concurrency},
        {QStringLiteral("policy"), QJsonArray::fromStringList(spec.policy)},
    };
    call(Op::RegisterWorker, {{QStringLiteral("agentId"), spec.agentId}}, body, context,
         mapped<WorkerRegistration>(std::move(done), [](const QJsonObject &o) {
             WorkerRegistration r;
             r.agentId = o.value(QLatin1String("agentId")).toString();
             r.workerId = o.value(QLatin1String("workerId")).toString();
             r.name = o.value(QLatin1String("name")).toString();
             r.heartbeatIntervalSeconds =
                 int(kHeartbeatSeconds.clamp(o.value(QLatin1String("heartbeatIntervalSeconds")).toDouble(30)));
             return r;
         }));
}

void PlatformClient::checkWorker(const QString &workerId, const QObject *context, Callback<QJsonObject> done)
{
    call(Op::CheckWorker, {{QStringLiteral("workerId"), workerId}}, {}, context, std::move(done));
}

void PlatformClient::heartbeat(const QString &workerId, const QString &status, const QStringList &activeSessionIds,
                               int capacity, const QObject *context, Callback<int> done)
{
    const QJsonObject body{{QStringLiteral("status"), status},
                           {QStringLiteral("activeSessionIds"), QJsonArray::fromStringList(activeSessionIds)},
                           {QStringLiteral("capacity"), capacity}};
    call(Op::Heartbeat, {{QStringLiteral("workerId"), workerId}}, body, context,
         mapped<int>(std::move(done), [](const QJsonObject &o) {
             return int(kHeartbeatSeconds.clamp(o.value(QLatin1String("heartbeatIntervalSeconds")).toDouble(30)));
         }));
}

void PlatformClient::pollSessions(const QString &workerId, int limit, const QObject *context,
                                  Callback<QList<PlatformSessionInfo>> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("state"), QStringLiteral("queued"));
    q.addQueryItem(QStringLiteral("limit"), QString::number(qBound(1, limit, 100)));
    call(Op::PollSessions, {{QStringLiteral("workerId"), workerId}, {QStringLiteral("?query"), q.toString()}}, {},
         context, mapped<QList<PlatformSessionInfo>>(std::move(done), [](const QJsonObject &o) {
             QList<PlatformSessionInfo> out;
             const QJsonArray sessions = o.value(QLatin1String("sessions")).toArray();
             for (const QJsonValue &v : sessions)
                 out.append(PlatformSessionInfo::fromJson(v.toObject()));
             return out;
         }));
}

void PlatformClient::fetchSession(const QString &sessionId, const QObject *context, Callback<PlatformSessionInfo> done)
{
    call(Op::FetchSession, {{QStringLiteral("sessionId"), sessionId}}, {}, context,
         mapped<PlatformSessionInfo>(std::move(done), &PlatformSessionInfo::fromJson));
}

void PlatformClient::claim(const QString &sessionId, const QString &workerId, int leaseSeconds, const QObject *context,
                           Callback<ClaimGrant> done)
{
    const QJsonObject body{{QStringLiteral("workerId"), workerId}, {QStringLiteral("leaseSeconds"), leaseSeconds}};
    call(Op::Claim, {{QStringLiteral("sessionId"), sessionId}}, body, context,
         mapped<ClaimGrant>(std::move(done), [](const QJsonObject &o) {
             ClaimGrant g;
             g.claimId = o.value(QLatin1String("claimId")).toString();
             g.leaseExpiresAt = fromIso(o.value(QLatin1String("leaseExpiresAt")).toString());
             g.leaseSeconds = int(kLeaseSeconds.clamp(o.value(QLatin1String("leaseSeconds")).toDouble(900)));
             g.session = PlatformSessionInfo::fromJson(o.value(QLatin1String("session")).toObject());
             return g;
         }));
}

void PlatformClient::renewLease(const QString &sessionId, const QString &claimId, int leaseSeconds,
                                const QObject *context, Callback<QDateTime> done)
{
    const QJsonObject body{{QStringLiteral("claimId"), claimId}, {QStringLiteral("leaseSeconds"), leaseSeconds}};
    call(Op::RenewLease, {{QStringLiteral("sessionId"), sessionId}}, body, context,
         mapped<QDateTime>(std::move(done), [](const QJsonObject &o) {
             return fromIso(o.value(QLatin1String("leaseExpiresAt")).toString());
         }));
}

void PlatformClient::postActivity(const QString &sessionId, const QString &claimId, const SessionActivity &activity,
                                  const QObject *context, Callback<QString> done)
{
    QJsonObject body{{QStringLiteral("claimId"), claimId},
                     {QStringLiteral("type"), activity.type},
                     {QStringLiteral("message"), activity.message},
                     {QStringLiteral("clientActivityId"), activity.clientActivityId}};
    if (!activity.data.isEmpty())
        body.insert(QStringLiteral("data"), activity.data);
    call(Op::PostActivity, {{QStringLiteral("sessionId"), sessionId}}, body, context,
         mapped<QString>(std::move(done),
                         [](const QJsonObject &o) { return o.value(QLatin1String("activityId")).toString(); }));
}

void PlatformClient::complete(const QString &sessionId, const QString &claimId, const QString &summary,
                              const QString &externalUrl, const QObject *context, Callback<PlatformSessionInfo> done)
{
    QJsonObject body{{QStringLiteral("claimId"), claimId}, {QStringLiteral("summary"), summary}};
    if (!externalUrl.isEmpty())
        body.insert(QStringLiteral("externalUrl"), externalUrl);
    call(Op::Complete, {{QStringLiteral("sessionId"), sessionId}}, body, context,
         mapped<PlatformSessionInfo>(std::move(done), &PlatformSessionInfo::fromJson));
}

void PlatformClient::fail(const QString &sessionId, const QString &claimId, const QString &errorMessage, bool retryable,
                          const QObject *context, Callback<PlatformSessionInfo> done)
{
    const QJsonObject body{{QStringLiteral("claimId"), claimId},
                           {QStringLiteral("errorMessage"), errorMessage},
                           {QStringLiteral("retryable"), retryable}};
    call(Op::Fail, {{QStringLiteral("sessionId"), sessionId}}, body, context,
         mapped<PlatformSessionInfo>(std::move(done), &PlatformSessionInfo::fromJson));
}

void PlatformClient::release(const QString &sessionId, const QString &claimId, const QString &reason,
                             const QObject *context, Callback<PlatformSessionInfo> done)
{
    const QJsonObject body{{QStringLiteral("claimId"), claimId}, {QStringLiteral("reason"), reason}};
    call(Op::Release, {{QStringLiteral("sessionId"), sessionId}}, body, context,
         mapped<PlatformSessionInfo>(std::move(done), &PlatformSessionInfo::fromJson));
}

} // namespace agentdesk
