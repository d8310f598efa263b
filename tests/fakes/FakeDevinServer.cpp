#include "FakeDevinServer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

namespace agentdesk::fakes {

namespace {
FakeResponse detail(int status, const QString &text)
{
    return FakeResponse::json(status, toJson(QJsonObject{{QStringLiteral("detail"), text}}));
}
} // namespace

FakeDevinServer::FakeDevinServer(QString v1Key, QString v3Key, QObject *parent)
    : QObject(parent), m_v1Key(std::move(v1Key)), m_v3Key(std::move(v3Key))
{
    m_http.setHandler([this](const FakeRequest &r) { return handle(r); });
    m_http.setErrorBody([](int status) {
        return toJson(QJsonObject{{QStringLiteral("detail"), status == 429 ? QStringLiteral("Too many requests")
                                                                           : QStringLiteral("Internal server error")}});
    });
    connect(&m_auto, &QTimer::timeout, this, [this] {
        const QStringList ids = m_sessions.keys();
        for (const QString &id : ids)
            advance(id);
    });
}

bool FakeDevinServer::start(quint16 port)
{
    return m_http.start(port);
}

void FakeDevinServer::setAutoAdvance(int intervalMs)
{
    if (intervalMs > 0)
        m_auto.start(intervalMs);
    else
        m_auto.stop();
}

void FakeDevinServer::say(Session &s, const QString &type, const QString &text)
{
    s.updated = std::max(QDateTime::currentSecsSinceEpoch(), s.updated + 1);
    s.messages.append(QJsonObject{
        {QStringLiteral("type"), type},
        {QStringLiteral("event_id"), QStringLiteral("evt_%1").arg(m_nextEvent++)},
        {QStringLiteral("message"), text},
        {QStringLiteral("timestamp"), QDateTime::fromSecsSinceEpoch(s.updated, Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("origin"), QStringLiteral("web")}});
}

void FakeDevinServer::advance(const QString &id)
{
    auto it = m_sessions.find(id);
    if (it == m_sessions.end() || it->terminated)
        return;
    Session &s = *it;
    switch (s.step) {
    case 0:
        say(s, QStringLiteral("devin_message"), QStringLiteral("On it. Looking at the repository."));
        s.step = 1;
        break;
    case 1:
        say(s, QStringLiteral("devin_message"), QStringLiteral("Should empty input return null or an empty list?"));
        s.step = 2; // blocked until a message arrives
        break;
    case 2: break;
    case 3:
        s.prUrl = QStringLiteral("https://github.com/acme/widgets/pull/8");
        say(s, QStringLiteral("devin_message"), QStringLiteral("PR is open."));
        s.step = 4;
        break;
    case 4:
        say(s, QStringLiteral("devin_message"), QStringLiteral("All done."));
        s.step = 5;
        break;
    default: break;
    }
}

void FakeDevinServer::addMessages(const QString &id, int count)
{
    auto it = m_sessions.find(id);
    for (int i = 0; it != m_sessions.end() && i < count; ++i)
        say(*it, QStringLiteral("devin_message"), QStringLiteral("Progress note %1").arg(i + 1));
}

QString FakeDevinServer::v1Status(const Session &s) const
{
    if (s.terminated)
        return QStringLiteral("expired");
    switch (s.step) {
    case 0: return QStringLiteral("working");
    case 1: return QStringLiteral("working");
    case 2: return QStringLiteral("blocked");
    case 5: return QStringLiteral("finished");
    default: return QStringLiteral("working");
    }
}

QPair<QString, QString> FakeDevinServer::v3Status(const Session &s) const
{
    if (s.terminated)
        return {QStringLiteral("exit"), {}};
    switch (s.step) {
    case 0: return {QStringLiteral("new"), {}};
    case 2: return {QStringLiteral("running"), QStringLiteral("waiting_for_user")};
    case 5: return {QStringLiteral("running"), QStringLiteral("finished")};
    default: return {QStringLiteral("running"), QStringLiteral("working")};
    }
}

QJsonObject FakeDevinServer::v1Session(const QString &id, const Session &s) const
{
    const QString status = v1Status(s);
    return QJsonObject{
        {QStringLiteral("session_id"), id},
        {QStringLiteral("status"), QString(QStringLiteral("Devin is ") + status)},
        {QStringLiteral("status_enum"), status},
        {QStringLiteral("title"), s.title},
        {QStringLiteral("created_at"), QDateTime::fromSecsSinceEpoch(s.created, Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("updated_at"), QDateTime::fromSecsSinceEpoch(s.updated, Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("messages"), s.messages},
        {QStringLiteral("pull_request"),
         s.prUrl.isEmpty() ? QJsonValue() : QJsonValue(QJsonObject{{QStringLiteral("url"), s.prUrl}})},
        {QStringLiteral("structured_output"), QJsonValue()},
        {QStringLiteral("playbook_id"), QJsonValue()},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("agentdesk")}},
        {QStringLiteral("snapshot_id"), QJsonValue()},
        {QStringLiteral("new_server_field"), QJsonObject{{QStringLiteral("x"), 1}}},
    };
}

QJsonObject FakeDevinServer::v3Session(const QString &id, const Session &s) const
{
    const auto [status, detail] = v3Status(s);
    QJsonArray prs;
    if (!s.prUrl.isEmpty())
        prs.append(
            QJsonObject{{QStringLiteral("pr_url"), s.prUrl}, {QStringLiteral("pr_state"), QStringLiteral("open")}});
    QJsonObject o{
        {QStringLiteral("session_id"), id},
        {QStringLiteral("org_id"), orgId()},
        {QStringLiteral("status"), status},
        {QStringLiteral("url"), QString(QStringLiteral("https://app.devin.ai/sessions/") + id)},
        {QStringLiteral("title"), s.title},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("agentdesk")}},
        {QStringLiteral("pull_requests"), prs},
        {QStringLiteral("acus_consumed"), 1.5 * s.step},
        {QStringLiteral("created_at"), s.created},
        {QStringLiteral("updated_at"), s.updated},
        {QStringLiteral("is_archived"), false},
        {QStringLiteral("child_session_ids"), QJsonArray{}},
        {QStringLiteral("new_server_field"), true},
    };
    if (!detail.isEmpty())
        o.insert(QStringLiteral("status_detail"), detail);
    return o;
}

QString FakeDevinServer::addSessionElsewhere(const QString &prompt, int steps)
{
    const QString id = QStringLiteral("devin-%1").arg(m_nextId++);
    Session s;
    s.title = prompt.left(40);
    s.prompt = prompt;
    s.created = s.updated = std::max(QDateTime::currentSecsSinceEpoch(), m_lastCreated + 1);
    m_lastCreated = s.created;
    say(s, QStringLiteral("initial_user_message"), prompt);
    m_sessions.insert(id, s);
    for (int i = 0; i < steps; ++i)
        advance(id);
    return id;
}

void FakeDevinServer::forget(const QString &sessionId)
{
    m_sessions.remove(sessionId);
}

QStringList FakeDevinServer::newestFirst() const
{
    QStringList ids = m_sessions.keys();
    std::sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
        const qint64 ca = m_sessions.value(a).created, cb = m_sessions.value(b).created;
        return ca != cb ? ca > cb : a > b;
    });
    return ids;
}

FakeResponse FakeDevinServer::handle(const FakeRequest &req)
{
    const QByteArray auth = req.header("authorization");
    const bool v1 = req.path.startsWith(QLatin1String("/v1/"));
    const QString expected = v1 ? m_v1Key : m_v3Key;
    if (auth != "Bearer " + expected.toUtf8())
        return detail(401, QStringLiteral("Invalid API key"));
    if ((req.method == "POST") && req.header("content-type").left(16) != "application/json")
        return detail(415, QStringLiteral("Unsupported media type"));
    if (v1)
        return handleV1(req, req.path.mid(3));
    if (req.path == QLatin1String("/v3/self"))
        return FakeResponse::json(200,
                                  toJson(QJsonObject{{QStringLiteral("principal_type"), QStringLiteral("service_user")},
                                                     {QStringLiteral("org_id"), orgId()},
                                                     {QStringLiteral("service_user_id"), QStringLiteral("su-1")}}));
    const QString prefix = QStringLiteral("/v3/organizations/") + orgId();
    if (req.path.startsWith(prefix))
        return handleV3(req, req.path.mid(prefix.size()));
    return detail(404, QStringLiteral("Not Found"));
}

FakeResponse FakeDevinServer::handleV1(const FakeRequest &req, const QString &rest)
{
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    if (rest == QLatin1String("/sessions") && req.method == "GET") {
        // limit (default 100) and offset; summaries, newest first.
        const int limit = std::clamp(req.query.hasQueryItem(QStringLiteral("limit"))
                                         ? req.query.queryItemValue(QStringLiteral("limit")).toInt()
                                         : 100,
                                     1, 1000);
        const int offset = std::max(0, req.query.queryItemValue(QStringLiteral("offset")).toInt());
        const QStringList ids = newestFirst();
        QJsonArray sessions;
        for (int i = offset; i < ids.size() && sessions.size() < limit; ++i) {
            QJsonObject summary = v1Session(ids.at(i), m_sessions.value(ids.at(i)));
            summary.remove(QStringLiteral("messages"));
            summary.insert(QStringLiteral("requesting_user_email"), QStringLiteral("ada@example.com"));
            sessions.append(summary);
        }
        return FakeResponse::json(200, toJson(QJsonObject{{QStringLiteral("sessions"), sessions}}));
    }
    if (rest == QLatin1String("/sessions") && req.method == "POST") {
        if (body.value(QLatin1String("prompt")).toString().isEmpty())
            return FakeResponse::json(
                422, R"({"detail":[{"loc":["body","prompt"],"msg":"field required","type":"value_error.missing"}]})");
        const QString id = QStringLiteral("devin-%1").arg(m_nextId++);
        Session s;
        s.title = body.value(QLatin1String("title")).toString();
        s.prompt = body.value(QLatin1String("prompt")).toString();
        s.created = s.updated = QDateTime::currentSecsSinceEpoch();
        say(s, QStringLiteral("initial_user_message"), s.prompt);
        m_sessions.insert(id, s);
        return FakeResponse::json(
            200,
            toJson(QJsonObject{{QStringLiteral("session_id"), id},
                               {QStringLiteral("url"), QString(QStringLiteral("https://app.devin.ai/sessions/") + id)},
                               {QStringLiteral("is_new_session"), true}}));
    }
    static const QRegularExpression re(QStringLiteral("^/sessions/([^/]+)(/message)?$"));
    const auto m = re.match(rest);
    if (!m.hasMatch() || !m_sessions.contains(m.captured(1)))
        return detail(404, QStringLiteral("Session not found"));
    Session &s = m_sessions[m.captured(1)];
    if (m.captured(2).isEmpty() && req.method == "GET")
        return FakeResponse::json(200, toJson(v1Session(m.captured(1), s)));
    if (m.captured(2).isEmpty() && req.method == "DELETE") {
        if (s.terminated || s.step == 5)
            return detail(400, QStringLiteral("Session is already exited"));
        s.terminated = true;
        return detail(200, QStringLiteral("Session terminated"));
    }
    if (!m.captured(2).isEmpty() && req.method == "POST") {
        if (!body.contains(QLatin1String("message")))
            return FakeResponse::json(
                422, R"({"detail":[{"loc":["body","message"],"msg":"field required","type":"value_error.missing"}]})");
        say(s, QStringLiteral("user_message"), body.value(QLatin1String("message")).toString());
        if (s.step == 2)
            s.step = 3;
        return FakeResponse::json(200, "null");
    }
    return detail(405, QStringLiteral("Method Not Allowed"));
}

FakeResponse FakeDevinServer::handleV3(const FakeRequest &req, const QString &rest)
{
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    if (rest == QLatin1String("/sessions") && req.method == "GET") {
        // first (1..200, default 100) and an opaque `after` cursor; newest first.
        const int first = std::clamp(req.query.hasQueryItem(QStringLiteral("first"))
                                         ? req.query.queryItemValue(QStringLiteral("first")).toInt()
                                         : 100,
                                     1, 200);
        const QString after = req.query.queryItemValue(QStringLiteral("after"));
        const int offset = after.isEmpty() ? 0 : QByteArray::fromBase64(after.toLatin1()).toInt();
        const QStringList ids = newestFirst();
        QJsonArray items;
        for (int i = offset; i < ids.size() && items.size() < first; ++i)
            items.append(v3Session(ids.at(i), m_sessions.value(ids.at(i))));
        const int end = offset + int(items.size());
        return FakeResponse::json(
            200,
            toJson(QJsonObject{
                {QStringLiteral("items"), items},
                {QStringLiteral("end_cursor"),
                 items.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(QByteArray::number(end).toBase64()))},
                {QStringLiteral("has_next_page"), end < ids.size()},
                {QStringLiteral("total"), int(ids.size())}}));
    }
    if (rest == QLatin1String("/sessions") && req.method == "POST") {
        if (body.value(QLatin1String("prompt")).toString().isEmpty())
            return FakeResponse::json(
                422, R"({"detail":[{"loc":["body","prompt"],"msg":"Field required","type":"missing"}]})");
        const QString id = QStringLiteral("devin-%1").arg(m_nextId++);
        Session s;
        s.v3 = true;
        s.title = body.value(QLatin1String("title")).toString();
        s.prompt = body.value(QLatin1String("prompt")).toString();
        s.repos = body.value(QLatin1String("repos")).toArray();
        s.created = s.updated = QDateTime::currentSecsSinceEpoch();
        say(s, QStringLiteral("initial_user_message"), s.prompt);
        m_sessions.insert(id, s);
        return FakeResponse::json(200, toJson(v3Session(id, s)));
    }
    static const QRegularExpression re(QStringLiteral("^/sessions/([^/]+)(/messages)?$"));
    const auto m = re.match(rest);
    if (!m.hasMatch() || !m_sessions.contains(m.captured(1)))
        return detail(404, QStringLiteral("Session not found"));
    const QString id = m.captured(1);
    Session &s = m_sessions[id];
    if (m.captured(2).isEmpty() && req.method == "GET")
        return FakeResponse::json(200, toJson(v3Session(id, s)));
    if (m.captured(2).isEmpty() && req.method == "DELETE") {
        s.terminated = true;
        return FakeResponse::json(200, toJson(v3Session(id, s)));
    }
    if (!m.captured(2).isEmpty() && req.method == "GET") {
        const int first = std::clamp(req.query.queryItemValue(QStringLiteral("first")).toInt(), 1, 200);
        const int offset =
            req.query.queryItemValue(QStringLiteral("after")).isEmpty()
                ? 0
                : QByteArray::fromBase64(req.query.queryItemValue(QStringLiteral("after")).toLatin1()).toInt();
        QJsonArray items;
        for (int i = offset; i < s.messages.size() && items.size() < first; ++i) {
            const QJsonObject v1 = s.messages.at(i).toObject();
            items.append(QJsonObject{
                {QStringLiteral("event_id"), v1.value(QLatin1String("event_id"))},
                {QStringLiteral("message"), v1.value(QLatin1String("message"))},
                {QStringLiteral("source"), v1.value(QLatin1String("type")).toString() == QLatin1String("devin_message")
                                               ? QStringLiteral("devin")
                                               : QStringLiteral("user")},
                {QStringLiteral("created_at"),
                 QDateTime::fromString(v1.value(QLatin1String("timestamp")).toString(), Qt::ISODate)
                     .toSecsSinceEpoch()},
            });
        }
        const int end = offset + int(items.size());
        return FakeResponse::json(200, toJson(QJsonObject{
                                           {QStringLiteral("items"), items},
                                           {QStringLiteral("end_cursor"),
                                            items.isEmpty() && offset == 0
                                                ? QJsonValue()
                                                : QJsonValue(QString::fromLatin1(QByteArray::number(end).toBase64()))},
                                           {QStringLiteral("has_next_page"), end < s.messages.size()},
                                       }));
    }
    if (!m.captured(2).isEmpty() && req.method == "POST") {
        if (!body.contains(QLatin1String("message")))
            return FakeResponse::json(
                422, R"({"detail":[{"loc":["body","message"],"msg":"Field required","type":"missing"}]})");
        say(s, QStringLiteral("user_message"), body.value(QLatin1String("message")).toString());
        if (s.step == 2)
            s.step = 3;
        return FakeResponse::json(200, "{}");
    }
    return detail(405, QStringLiteral("Method Not Allowed"));
}

} // namespace agentdesk::fakes
