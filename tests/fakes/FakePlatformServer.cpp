#include "FakePlatformServer.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace agentdesk::fakes {

namespace {
QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}
QByteArray body(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
FakeResponse ok(const QJsonObject &o, int status = 200)
{
    return FakeResponse::json(status, body(o));
}
bool isTerminal(const QString &state)
{
    return state == QLatin1String("complete") || state == QLatin1String("error") || state == QLatin1String("cancelled");
}
} // namespace

FakePlatformServer::FakePlatformServer(QObject *parent) : QObject(parent)
{
    m_http.setHandler([this](const FakeRequest &r) { return handle(r); });
}

bool FakePlatformServer::start(quint16 port)
{
    return m_http.start(port);
}

FakeResponse FakePlatformServer::error(int status, const QString &message)
{
    return ok(QJsonObject{{QStringLiteral("code"), status}, {QStringLiteral("message"), message}}, status);
}

QString FakePlatformServer::issueToken()
{
    const QString token = QStringLiteral("at_") + QUuid::createUuid().toString(QUuid::Id128);
    m_tokens.insert(token);
    return token;
}

QString FakePlatformServer::addSession(const QString &agentId, const QString &prompt,
                                       const QJsonObject &untrustedContext, const QString &targetRepository,
                                       const QString &trustedInstructions)
{
    const QString id = QStringLiteral("ses_%1").arg(m_next++);
    Session s;
    s.agentId = agentId;
    QJsonObject target{{QStringLiteral("type"), QStringLiteral("task")},
                       {QStringLiteral("id"), QString(QStringLiteral("tsk_") + id)}};
    if (!targetRepository.isEmpty())
        target.insert(QStringLiteral("repository"), targetRepository);
    s.base = QJsonObject{{QStringLiteral("prompt"), prompt},
                         {QStringLiteral("trustedInstructions"), trustedInstructions},
                         {QStringLiteral("untrustedContext"), untrustedContext},
                         {QStringLiteral("target"), target}};
    s.created = s.updated = m_clock->msecsSinceEpoch() + m_next; // strictly increasing: oldest first is well defined
    m_sessions.insert(id, s);
    return id;
}

void FakePlatformServer::cancel(const QString &sessionId)
{
    Session &s = m_sessions[sessionId];
    s.state = QStringLiteral("cancelled");
    s.activeClaimId.clear();
    s.updated = m_clock->msecsSinceEpoch();
}

void FakePlatformServer::addInput(const QString &sessionId, const QString &text)
{
    Session &s = m_sessions[sessionId];
    s.inputs.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("in_%1").arg(m_next++)},
                                {QStringLiteral("text"), text},
                                {QStringLiteral("createdAt"), iso(m_clock->msecsSinceEpoch())}});
    if (s.state == QLatin1String("awaiting_input"))
        s.state = QStringLiteral("active");
}

QJsonObject FakePlatformServer::session(const QString &sessionId) const
{
    return sessionJson(sessionId);
}

QJsonObject FakePlatformServer::sessionJson(const QString &id) const
{
    const Session &s = m_sessions[id];
    QJsonObject o = s.base;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("workspaceId"), QStringLiteral("w_1"));
    o.insert(QStringLiteral("agentId"), s.agentId);
    o.insert(QStringLiteral("executionMode"), QStringLiteral("cloud"));
    o.insert(QStringLiteral("state"), s.state);
    o.insert(QStringLiteral("activeClaimId"), s.activeClaimId.isEmpty() ? QJsonValue() : QJsonValue(s.activeClaimId));
    o.insert(QStringLiteral("plan"), QJsonValue());
    o.insert(QStringLiteral("externalUrl"), s.externalUrl.isEmpty() ? QJsonValue() : QJsonValue(s.externalUrl));
    o.insert(QStringLiteral("errorMessage"), s.errorMessage.isEmpty() ? QJsonValue() : QJsonValue(s.errorMessage));
    o.insert(QStringLiteral("inputs"), s.inputs);
    o.insert(QStringLiteral("createdAt"), iso(s.created));
    o.insert(QStringLiteral("updatedAt"), iso(s.updated));
    return o;
}

void FakePlatformServer::expireLeases()
{
    const qint64 now = m_clock->msecsSinceEpoch();
    for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
        Session &s = it.value();
        if ((s.state == QLatin1String("active") || s.state == QLatin1String("awaiting_input"))
            && s.leaseExpiresMs < now)
            s.state = QStringLiteral("stale"); // the expired claim id stays and answers 409
    }
}

FakeResponse FakePlatformServer::handle(const FakeRequest &req)
{
    if (req.path.startsWith(QLatin1String("/app/auth/")))
        return handleAuth(req, req.path.mid(10));
    if (req.path.startsWith(QLatin1String("/.well-known/")))
        return error(404, QStringLiteral("No discovery document here."));
    static const QRegularExpression api(QStringLiteral("^/api/v1/workspaces/[^/]+(/.*)$"));
    const auto m = api.match(req.path);
    if (!m.hasMatch())
        return error(404, QStringLiteral("Not found."));
    const QByteArray auth = req.header("authorization");
    if (!auth.startsWith("Bearer ") || !m_tokens.contains(QString::fromUtf8(auth.mid(7))))
        return error(401, QStringLiteral("Invalid or expired access token."));
    if (req.method != "GET" && !req.header("content-type").startsWith("application/json"))
        return error(415, QStringLiteral("JSON bodies need Content-Type: application/json."));
    expireLeases();
    return handleApi(req, m.captured(1));
}

FakeResponse FakePlatformServer::handleAuth(const FakeRequest &req, const QString &rest)
{
    if (rest == QLatin1String("authorize")) {
        // Signs the user in at once and sends the browser back with a code.
        if (req.query.queryItemValue(QStringLiteral("code_challenge_method")) != QLatin1String("S256"))
            return error(400, QStringLiteral("code_challenge_method=S256 is required."));
        const QString code = QStringLiteral("code_%1").arg(m_next++);
        const QString redirect = req.query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
        m_codes.insert(code, {req.query.queryItemValue(QStringLiteral("code_challenge")), redirect});
        QUrl target(redirect);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("code"), code);
        q.addQueryItem(QStringLiteral("state"), req.query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded));
        target.setQuery(q);
        FakeResponse r;
        r.status = 302;
        r.addHeader("Location", target.toString(QUrl::FullyEncoded).toUtf8());
        return r;
    }
    if (rest == QLatin1String("token")) {
        const QUrlQuery form(QString::fromUtf8(req.body));
        const QString grant = form.queryItemValue(QStringLiteral("grant_type"));
        QString subject = QStringLiteral("user-1");
        if (grant == QLatin1String("authorization_code")) {
            const QString code = form.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
            if (!m_codes.contains(code))
                return ok({{QStringLiteral("error"), QStringLiteral("invalid_grant")}}, 400);
            const auto [challenge, redirect] = m_codes.take(code);
            const QByteArray verifier =
                form.queryItemValue(QStringLiteral("code_verifier"), QUrl::FullyDecoded).toUtf8();
            const QString computed =
                QString::fromLatin1(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                                        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
            if (computed != challenge
                || form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded) != redirect)
                return ok({{QStringLiteral("error"), QStringLiteral("invalid_grant")}}, 400);
        } else if (grant == QLatin1String("refresh_token")) {
            const QString refresh = form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded);
            if (!m_refreshTokens.contains(refresh))
                return ok({{QStringLiteral("error"), QStringLiteral("invalid_grant")}}, 400);
            subject = m_refreshTokens.take(refresh); // rotates
        } else {
            return ok({{QStringLiteral("error"), QStringLiteral("unsupported_grant_type")}}, 400);
        }
        const QString refresh = QStringLiteral("rt_") + QUuid::createUuid().toString(QUuid::Id128);
        m_refreshTokens.insert(refresh, subject);
        return ok({{QStringLiteral("access_token"), issueToken()},
                   {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                   {QStringLiteral("expires_in"), 3600},
                   {QStringLiteral("refresh_token"), refresh},
                   {QStringLiteral("scope"), QStringLiteral("openid profile email offline_access")}});
    }
    if (rest == QLatin1String("userinfo")) {
        const QByteArray auth = req.header("authorization");
        if (!auth.startsWith("Bearer ") || !m_tokens.contains(QString::fromUtf8(auth.mid(7))))
            return error(401, QStringLiteral("Invalid token."));
        return ok({{QStringLiteral("sub"), QStringLiteral("user-1")},
                   {QStringLiteral("name"), QStringLiteral("Grace Worker")},
                   {QStringLiteral("email"), QStringLiteral("grace@example.com")}});
    }
    if (rest == QLatin1String("revoke")) {
        const QUrlQuery form(QString::fromUtf8(req.body));
        const QString token = form.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
        m_tokens.remove(token);
        m_refreshTokens.remove(token);
        return FakeResponse::json(200, "{}");
    }
    return error(404, QStringLiteral("Not found."));
}

FakeResponse FakePlatformServer::handleApi(const FakeRequest &req, const QString &rest)
{
    const QJsonObject in = QJsonDocument::fromJson(req.body).object();
    static const QRegularExpression registerPath(QStringLiteral("^/agents/([^/]+)/workers$"));
    static const QRegularExpression workerPath(QStringLiteral("^/workers/([^/]+)(/heartbeat|/sessions)?$"));
    static const QRegularExpression sessionPath(
        QStringLiteral("^/agent-sessions/([^/]+)(/claim|/lease|/activities|/complete|/fail|/release)?$"));

    if (auto m = registerPath.match(rest); m.hasMatch() && req.method == "POST") {
        const QString name = in.value(QLatin1String("name")).toString();
        if (name.isEmpty() || in.value(QLatin1String("executionMode")).toString().isEmpty()
            || !in.contains(QLatin1String("concurrency")))
            return error(400, QStringLiteral("name, executionMode and concurrency are required."));
        QString id;
        for (auto it = m_workers.cbegin(); it != m_workers.cend(); ++it)
            if (it->agentId == m.captured(1) && it->name == name)
                id = it.key();
        const bool created = id.isEmpty();
        if (created) {
            id = QStringLiteral("wkr_%1").arg(m_next++);
            m_workers.insert(id, {m.captured(1), name, in.value(QLatin1String("concurrency")).toInt(1)});
        }
        return ok({{QStringLiteral("agentId"), m.captured(1)},
                   {QStringLiteral("workerId"), id},
                   {QStringLiteral("name"), name},
                   {QStringLiteral("executionMode"), QStringLiteral("cloud")},
                   {QStringLiteral("concurrency"), m_workers[id].concurrency},
                   {QStringLiteral("heartbeatIntervalSeconds"), 30}},
                  created ? 201 : 200);
    }
    if (auto m = workerPath.match(rest); m.hasMatch()) {
        const QString id = m.captured(1);
        if (m_rejectedWorkers.contains(id))
            return error(410, QStringLiteral("This worker was rejected."));
        if (!m_workers.contains(id))
            return error(404, QStringLiteral("Unknown worker."));
        const QString what = m.captured(2);
        if (what.isEmpty() && req.method == "GET")
            return ok({{QStringLiteral("workerId"), id},
                       {QStringLiteral("agentId"), m_workers[id].agentId},
                       {QStringLiteral("name"), m_workers[id].name}});
        if (what == QLatin1String("/heartbeat") && req.method == "POST") {
            if (in.value(QLatin1String("status")).toString().isEmpty())
                return error(400, QStringLiteral("status is required."));
            ++m_heartbeats;
            return ok({{QStringLiteral("serverTime"), iso(m_clock->msecsSinceEpoch())},
                       {QStringLiteral("heartbeatIntervalSeconds"), 30}});
        }
        if (what == QLatin1String("/sessions") && req.method == "GET") {
            if (req.query.queryItemValue(QStringLiteral("state")) != QLatin1String("queued"))
                return error(400, QStringLiteral("state=queued only."));
            const int limit = qBound(1,
                                     req.query.hasQueryItem(QStringLiteral("limit"))
                                         ? req.query.queryItemValue(QStringLiteral("limit")).toInt()
                                         : 10,
                                     100);
            QList<QPair<qint64, QString>> queued;
            for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
                if (it->state == QLatin1String("stale")) { // the platform retries stale sessions
                    it->state = QStringLiteral("queued");
                    it->activeClaimId.clear();
                }
                if (it->state == QLatin1String("queued") && it->agentId == m_workers[id].agentId)
                    queued.append({it->created, it.key()});
            }
            std::sort(queued.begin(), queued.end());
            QJsonArray out;
            for (int i = 0; i < queued.size() && i < limit; ++i)
                out.append(sessionJson(queued.at(i).second));
            return ok({{QStringLiteral("sessions"), out}});
        }
        return error(404, QStringLiteral("Not found."));
    }
    if (auto m = sessionPath.match(rest); m.hasMatch()) {
        const QString id = m.captured(1);
        if (!m_sessions.contains(id))
            return error(404, QStringLiteral("Unknown session."));
        if (m.captured(2).isEmpty() && req.method == "GET")
            return ok(sessionJson(id));
        if (req.method == "POST" && !m.captured(2).isEmpty())
            return claimCall(req, id, m.captured(2).mid(1));
    }
    return error(404, QStringLiteral("Not found."));
}

FakeResponse FakePlatformServer::claimCall(const FakeRequest &req, const QString &id, const QString &action)
{
    const QJsonObject in = QJsonDocument::fromJson(req.body).object();
    Session &s = m_sessions[id];
    if (action == QLatin1String("claim")) {
        const QString workerId = in.value(QLatin1String("workerId")).toString();
        if (!m_workers.contains(workerId))
            return error(404, QStringLiteral("Unknown worker."));
        if (s.state == QLatin1String("active") || s.state == QLatin1String("awaiting_input"))
            return error(409, QStringLiteral("Another worker holds this session."));
        if (s.state != QLatin1String("queued"))
            return error(422, QStringLiteral("The session is %1 and cannot be claimed.").arg(s.state));
        const int lease = qBound(1, in.value(QLatin1String("leaseSeconds")).toInt(900), 900);
        s.state = QStringLiteral("active");
        s.activeClaimId = QStringLiteral("clm_%1").arg(m_next++);
        s.claimWorker = workerId;
        s.leaseSeconds = lease;
        s.leaseExpiresMs = m_clock->msecsSinceEpoch() + lease * 1000LL;
        s.updated = m_clock->msecsSinceEpoch();
        ++s.claims;
        return ok({{QStringLiteral("claimId"), s.activeClaimId},
                   {QStringLiteral("leaseExpiresAt"), iso(s.leaseExpiresMs)},
                   {QStringLiteral("leaseSeconds"), lease},
                   {QStringLiteral("session"), sessionJson(id)}});
    }
    const QString claimId = in.value(QLatin1String("claimId")).toString();
    if (claimId.isEmpty() || claimId != s.activeClaimId || s.state == QLatin1String("stale") || isTerminal(s.state)) {
        ++m_staleClaimCalls;
        return error(409, QStringLiteral("The claim %1 is not the session's active claim.").arg(claimId));
    }
    s.updated = m_clock->msecsSinceEpoch();
    if (action == QLatin1String("lease")) {
        const int lease = qBound(1, in.value(QLatin1String("leaseSeconds")).toInt(s.leaseSeconds), 900);
        s.leaseSeconds = lease;
        s.leaseExpiresMs = m_clock->msecsSinceEpoch() + lease * 1000LL;
        return ok({{QStringLiteral("leaseExpiresAt"), iso(s.leaseExpiresMs)}, {QStringLiteral("leaseSeconds"), lease}});
    }
    if (action == QLatin1String("activities")) {
        const QString clientId = in.value(QLatin1String("clientActivityId")).toString();
        const QUuid uuid(clientId);
        if (uuid.isNull() || uuid.toString(QUuid::WithoutBraces) != clientId.toLower())
            return error(400, QStringLiteral("clientActivityId must be a canonical UUID."));
        static const QStringList types{
            QStringLiteral("progress"),       QStringLiteral("plan_updated"), QStringLiteral("external_url_updated"),
            QStringLiteral("awaiting_input"), QStringLiteral("completed"),    QStringLiteral("failed"),
            QStringLiteral("policy_decision")};
        const QString type = in.value(QLatin1String("type")).toString();
        if (!types.contains(type))
            return error(400, QStringLiteral("Unknown activity type %1.").arg(type));
        if (s.byClientId.contains(clientId))
            return ok(
                {{QStringLiteral("activityId"), s.byClientId.value(clientId)}, {QStringLiteral("duplicate"), true}},
                201);
        const QString activityId = QStringLiteral("act_%1").arg(m_next++);
        s.byClientId.insert(clientId, activityId);
        QJsonObject stored = in;
        stored.insert(QStringLiteral("id"), activityId);
        s.activities.append(stored);
        if (type == QLatin1String("awaiting_input"))
            s.state = QStringLiteral("awaiting_input");
        else if (type == QLatin1String("progress") || type == QLatin1String("plan_updated"))
            s.state = QStringLiteral("active");
        if (type == QLatin1String("external_url_updated"))
            s.externalUrl = in.value(QLatin1String("data")).toObject().value(QLatin1String("url")).toString();
        return ok({{QStringLiteral("activityId"), activityId}}, 201);
    }
    if (action == QLatin1String("complete")) {
        if (in.value(QLatin1String("summary")).toString().isEmpty())
            return error(400, QStringLiteral("summary is required."));
        s.state = QStringLiteral("complete");
        s.summary = in.value(QLatin1String("summary")).toString();
        if (in.contains(QLatin1String("externalUrl")))
            s.externalUrl = in.value(QLatin1String("externalUrl")).toString();
    } else if (action == QLatin1String("fail")) {
        if (in.value(QLatin1String("errorMessage")).toString().isEmpty())
            return error(400, QStringLiteral("errorMessage is required."));
        s.state = QStringLiteral("error");
        s.errorMessage = in.value(QLatin1String("errorMessage")).toString();
    } else if (action == QLatin1String("release")) {
        if (in.value(QLatin1String("reason")).toString().isEmpty())
            return error(400, QStringLiteral("reason is required."));
        s.state = QStringLiteral("queued");
    }
    s.activeClaimId.clear();
    return ok(sessionJson(id));
}

} // namespace agentdesk::fakes
