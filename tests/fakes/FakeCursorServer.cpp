#include "FakeCursorServer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

namespace agentdesk::fakes {

namespace {
QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
bool terminal(const QString &s)
{
    return s == QLatin1String("FINISHED") || s == QLatin1String("ERROR") || s == QLatin1String("CANCELLED")
           || s == QLatin1String("EXPIRED");
}
} // namespace

FakeCursorServer::FakeCursorServer(QString apiKey, QObject *parent) : QObject(parent), m_key(std::move(apiKey))
{
    m_http.setHandler([this](const FakeRequest &r) { return handle(r); });
    m_http.setErrorBody([](int status) {
        return toJson(
            QJsonObject{{QStringLiteral("error"),
                         QJsonObject{{QStringLiteral("code"), status == 429 ? QStringLiteral("rate_limit_exceeded")
                                                                            : QStringLiteral("internal_error")},
                                     {QStringLiteral("message"), QStringLiteral("Injected failure")}}}});
    });
    connect(&m_auto, &QTimer::timeout, this, [this] {
        const QStringList ids = m_agents.keys();
        for (const QString &id : ids)
            advance(id);
    });
}

bool FakeCursorServer::start(quint16 port)
{
    return m_http.start(port);
}

void FakeCursorServer::setAutoAdvance(int intervalMs)
{
    if (intervalMs > 0)
        m_auto.start(intervalMs);
    else
        m_auto.stop();
}

FakeResponse FakeCursorServer::error(int status, const QString &code, const QString &message)
{
    return FakeResponse::json(
        status, toJson(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                                         {QStringLiteral("message"), message}}}}));
}

QString FakeCursorServer::runStatus(const QString &agentId) const
{
    const Agent a = m_agents.value(agentId);
    return a.runs.isEmpty() ? QString() : a.runs.last().status;
}

int FakeCursorServer::openStreams() const
{
    int n = 0;
    for (const auto &list : m_subscribers)
        for (const auto &s : list)
            n += s && s->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    return n;
}

void FakeCursorServer::dropStreams()
{
    for (auto &list : m_subscribers)
        for (const auto &s : list)
            if (s)
                s->abort();
    m_subscribers.clear();
}

void FakeCursorServer::setStreamsExpired(bool expired)
{
    m_expired = expired;
}

void FakeCursorServer::emitEvent(Run &run, const QString &type, const QJsonObject &data)
{
    QJsonObject payload = data;
    payload.insert(QStringLiteral("timestamp"), now());
    const Event e{QStringLiteral("%1-%2").arg(run.id).arg(run.events.size() + 1), type, payload};
    run.events << e;
    const QByteArray wire =
        "id: " + e.id.toUtf8() + "\nevent: " + e.type.toUtf8() + "\ndata: " + toJson(e.data) + "\n\n";
    auto &subs = m_subscribers[run.id];
    for (const auto &s : std::as_const(subs))
        if (s)
            send(s, wire);
    if (type == QLatin1String("done")) {
        for (const auto &s : std::as_const(subs))
            if (s)
                endStream(s);
        m_subscribers.remove(run.id);
    }
}

namespace {
// Writes a socket's bytes a few at a time, in order, so the client sees every event
// split across reads.
class Dripper : public QObject
{
public:
    explicit Dripper(QTcpSocket *socket) : QObject(socket), m_socket(socket)
    {
        setObjectName(name());
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (m_pending.isEmpty()) {
                m_timer.stop();
                if (m_closeWhenDrained)
                    m_socket->disconnectFromHost();
                return;
            }
            m_socket->write(m_pending.left(5));
            m_pending.remove(0, 5);
        });
    }
    void append(const QByteArray &bytes)
    {
        m_pending += bytes;
        if (!m_timer.isActive())
            m_timer.start(1);
    }
    // Found by name: without Q_OBJECT, findChild<Dripper *> would match any child.
    static QString name() { return QStringLiteral("fake-cursor-dripper"); }
    static Dripper *of(QTcpSocket *socket)
    {
        return static_cast<Dripper *>(socket->findChild<QObject *>(name(), Qt::FindDirectChildrenOnly));
    }
    void closeWhenDrained()
    {
        m_closeWhenDrained = true;
        if (!m_timer.isActive())
            m_timer.start(1);
    }

private:
    QTcpSocket *m_socket;
    QByteArray m_pending;
    QTimer m_timer;
    bool m_closeWhenDrained = false;
};
} // namespace

void FakeCursorServer::send(QTcpSocket *socket, const QByteArray &bytes)
{
    if (!m_splitWrites) {
        socket->write(bytes);
        return;
    }
    Dripper *dripper = Dripper::of(socket);
    if (!dripper)
        dripper = new Dripper(socket);
    dripper->append(bytes);
}

void FakeCursorServer::endStream(QTcpSocket *socket)
{
    if (m_stayOpen) {
        // Open after "done": only heartbeats from now on, until the client leaves.
        auto *beat = new QTimer(socket);
        connect(beat, &QTimer::timeout, socket, [this, socket] { send(socket, "event: heartbeat\ndata: {}\n\n"); });
        beat->start(200);
        return;
    }
    if (Dripper *dripper = Dripper::of(socket))
        dripper->closeWhenDrained();
    else
        socket->disconnectFromHost();
}

void FakeCursorServer::setRunStatus(Run &run, const QString &status)
{
    run.status = status;
    run.updated = now();
    emitEvent(run, QStringLiteral("status"), QJsonObject{{QStringLiteral("status"), status}});
}

void FakeCursorServer::say(Agent &a, const QString &type, const QString &text)
{
    a.conversation.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("msg_%1").arg(m_nextMessage++)},
                                      {QStringLiteral("type"), type},
                                      {QStringLiteral("text"), text}});
}

void FakeCursorServer::advance(const QString &agentId)
{
    auto it = m_agents.find(agentId);
    if (it == m_agents.end() || it->runs.isEmpty())
        return;
    Agent &a = *it;
    Run &run = a.runs.last();
    if (terminal(run.status) || a.stopped)
        return;
    const bool first = a.runs.size() == 1;
    if (run.step == 0) {
        setRunStatus(run, QStringLiteral("RUNNING"));
        const QString text = first ? QStringLiteral("Looking into it.") : QStringLiteral("Applying your answer.");
        emitEvent(run, QStringLiteral("thinking"), QJsonObject{{QStringLiteral("text"), QStringLiteral("…")}});
        emitEvent(run, QStringLiteral("assistant"), QJsonObject{{QStringLiteral("text"), text}});
        emitEvent(run, QStringLiteral("tool_call"),
                  first ? QJsonObject{{QStringLiteral("name"), QStringLiteral("run_terminal_cmd")},
                                      {QStringLiteral("summary"), QStringLiteral("npm test")}}
                        : QJsonObject{{QStringLiteral("name"), QStringLiteral("edit_file")},
                                      {QStringLiteral("summary"), QStringLiteral("parser.ts")},
                                      {QStringLiteral("patch"), QStringLiteral("-return null;\n+return [];")}});
        say(a, QStringLiteral("assistant_message"), text);
        run.step = 1;
        return;
    }
    if (first) {
        const QString question = QStringLiteral("Should empty input return null or an empty list?");
        emitEvent(run, QStringLiteral("assistant"), QJsonObject{{QStringLiteral("text"), question}});
        say(a, QStringLiteral("assistant_message"), question);
        emitEvent(run, QStringLiteral("result"), QJsonObject{{QStringLiteral("summary"), question}});
    } else {
        if (a.autoPr)
            a.prUrl = QStringLiteral("https://github.com/acme/widgets/pull/9");
        emitEvent(run, QStringLiteral("assistant"),
                  QJsonObject{{QStringLiteral("text"), QStringLiteral("Fixed the parser.")}});
        say(a, QStringLiteral("assistant_message"), QStringLiteral("Fixed the parser."));
        QJsonObject result{{QStringLiteral("summary"), QStringLiteral("Fixed the parser")}};
        if (!a.prUrl.isEmpty())
            result.insert(QStringLiteral("prUrl"), a.prUrl);
        emitEvent(run, QStringLiteral("result"), result);
    }
    setRunStatus(run, QStringLiteral("FINISHED"));
    emitEvent(run, QStringLiteral("done"), QJsonObject{});
}

QJsonObject FakeCursorServer::agentV0(const QString &id, const Agent &a) const
{
    QString status = a.runs.isEmpty() ? QStringLiteral("CREATING") : a.runs.last().status;
    if (a.stopped)
        status = QStringLiteral("STOPPED");
    QJsonObject target{{QStringLiteral("branchName"), QStringLiteral("cursor/fix-parser")},
                       {QStringLiteral("url"), QString(QStringLiteral("https://cursor.com/agents?id=") + id)},
                       {QStringLiteral("autoCreatePr"), a.autoPr},
                       {QStringLiteral("openAsCursorGithubApp"), false},
                       {QStringLiteral("skipReviewerRequest"), false}};
    if (!a.prUrl.isEmpty())
        target.insert(QStringLiteral("prUrl"), a.prUrl);
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("status"), status},
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("repository"), a.repo}, {QStringLiteral("ref"), a.ref}}},
        {QStringLiteral("target"), target},
        {QStringLiteral("summary"),
         status == QLatin1String("FINISHED") ? QStringLiteral("Fixed the parser") : QString()},
        {QStringLiteral("createdAt"), a.runs.isEmpty() ? now() : a.runs.first().created},
        {QStringLiteral("newField"), 1}};
}

QJsonObject FakeCursorServer::agentV1(const QString &id, const Agent &a) const
{
    QJsonObject repo{{QStringLiteral("url"), a.repo}, {QStringLiteral("startingRef"), a.ref}};
    if (!a.prUrl.isEmpty())
        repo.insert(QStringLiteral("prUrl"), a.prUrl);
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), a.name},
                       {QStringLiteral("status"), a.archived ? QStringLiteral("ARCHIVED") : QStringLiteral("ACTIVE")},
                       {QStringLiteral("env"), QJsonObject{{QStringLiteral("type"), QStringLiteral("cloud")}}},
                       {QStringLiteral("url"), QString(QStringLiteral("https://cursor.com/agents?id=") + id)},
                       {QStringLiteral("createdAt"), a.runs.first().created},
                       {QStringLiteral("updatedAt"), a.runs.last().updated},
                       {QStringLiteral("latestRunId"), a.runs.last().id},
                       {QStringLiteral("repos"), QJsonArray{repo}},
                       {QStringLiteral("branchName"), QStringLiteral("cursor/fix-parser")},
                       {QStringLiteral("autoCreatePR"), a.autoPr},
                       {QStringLiteral("futureField"), true}};
}

QJsonObject FakeCursorServer::runJson(const QString &agentId, const Run &r) const
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("agentId"), agentId},
                       {QStringLiteral("status"), r.status},
                       {QStringLiteral("createdAt"), r.created},
                       {QStringLiteral("updatedAt"), r.updated}};
}

FakeResponse FakeCursorServer::handle(const FakeRequest &req)
{
    if (req.header("authorization") != "Basic " + QByteArray(m_key.toUtf8() + ':').toBase64())
        return error(401, QStringLiteral("unauthorized"), QStringLiteral("Invalid API key"));
    if ((req.path == QLatin1String("/v0/me") || req.path == QLatin1String("/v1/me")) && req.method == "GET") {
        // ApiKeyInfo, the same in both versions.
        return FakeResponse::json(
            200, toJson(QJsonObject{{QStringLiteral("apiKeyName"), QStringLiteral("AgentDesk tests")},
                                    {QStringLiteral("createdAt"), QStringLiteral("2026-01-05T10:00:00.000Z")},
                                    {QStringLiteral("userEmail"), QStringLiteral("ada@example.com")}}));
    }
    if (req.path.startsWith(QLatin1String("/v0/")))
        return handleV0(req, req.path.mid(3));
    if (req.path.startsWith(QLatin1String("/v1/")))
        return handleV1(req, req.path.mid(3));
    return error(404, QStringLiteral("not_found"), QStringLiteral("Not found"));
}

QString FakeCursorServer::addAgentElsewhere(const QString &prompt, bool v1, int steps)
{
    const QString id = QStringLiteral("bc_%1").arg(m_nextId++);
    Agent a;
    a.v1 = v1;
    a.name = prompt.left(40);
    a.repo = QStringLiteral("https://github.com/acme/widgets");
    a.ref = QStringLiteral("main");
    Run run;
    run.id = QStringLiteral("run-%1").arg(m_nextId++);
    run.prompt = prompt;
    run.created = run.updated = now();
    a.runs << run;
    say(a, QStringLiteral("user_message"), prompt);
    m_agents.insert(id, a);
    for (int i = 0; i < steps; ++i)
        advance(id);
    return id;
}

void FakeCursorServer::archive(const QString &agentId)
{
    if (m_agents.contains(agentId))
        m_agents[agentId].archived = true;
}

void FakeCursorServer::forget(const QString &agentId)
{
    m_agents.remove(agentId);
}

FakeResponse FakeCursorServer::listAgents(const FakeRequest &req, bool v1)
{
    const int limit = req.query.hasQueryItem(QStringLiteral("limit"))
                          ? req.query.queryItemValue(QStringLiteral("limit")).toInt()
                          : 20;
    if (limit < 1 || limit > 100)
        return error(400, QStringLiteral("validation_error"), QStringLiteral("limit must be between 1 and 100"));
    const bool includeArchived = req.query.queryItemValue(QStringLiteral("includeArchived")) != QLatin1String("false");
    QStringList ids;
    for (auto it = m_agents.cbegin(); it != m_agents.cend(); ++it)
        if (it->v1 == v1 && (includeArchived || !it->archived))
            ids << it.key();
    std::sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
        return m_agents.value(a).runs.first().created > m_agents.value(b).runs.first().created
               || (m_agents.value(a).runs.first().created == m_agents.value(b).runs.first().created && a > b);
    });
    // The cursor is the id of the last agent of the previous page.
    const QString cursor = req.query.queryItemValue(QStringLiteral("cursor"));
    int from = 0;
    if (!cursor.isEmpty()) {
        from = int(ids.indexOf(cursor)) + 1;
        if (from == 0)
            return error(400, QStringLiteral("invalid_cursor"), QStringLiteral("Unknown cursor"));
    }
    QJsonArray items;
    for (int i = from; i < ids.size() && items.size() < limit; ++i)
        items.append(v1 ? agentV1(ids.at(i), m_agents.value(ids.at(i)))
                        : agentV0(ids.at(i), m_agents.value(ids.at(i))));
    const int end = from + int(items.size());
    const QJsonValue next = end < ids.size() ? QJsonValue(ids.at(end - 1)) : QJsonValue();
    return FakeResponse::json(200, toJson(QJsonObject{{v1 ? QStringLiteral("items") : QStringLiteral("agents"), items},
                                                      {QStringLiteral("nextCursor"), next}}));
}

FakeResponse FakeCursorServer::handleV0(const FakeRequest &req, const QString &rest)
{
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    if (rest == QLatin1String("/agents") && req.method == "GET")
        return listAgents(req, false);
    if (rest == QLatin1String("/repositories") && req.method == "GET")
        return FakeResponse::json(
            200, toJson(QJsonObject{{QStringLiteral("repositories"),
                                     QJsonArray{QJsonObject{{QStringLiteral("owner"), QStringLiteral("acme")},
                                                            {QStringLiteral("name"), QStringLiteral("widgets")},
                                                            {QStringLiteral("repository"),
                                                             QStringLiteral("https://github.com/acme/widgets")}}}}}));
    if (rest == QLatin1String("/agents") && req.method == "POST") {
        if (body.contains(QLatin1String("autoCreatePr")))
            return error(400, QStringLiteral("validation_error"),
                         QStringLiteral("Unknown field autoCreatePr; it belongs under target."));
        const QString text = body.value(QLatin1String("prompt")).toObject().value(QLatin1String("text")).toString();
        const QString repo =
            body.value(QLatin1String("source")).toObject().value(QLatin1String("repository")).toString();
        if (text.isEmpty() || repo.isEmpty())
            return error(400, QStringLiteral("validation_error"),
                         QStringLiteral("prompt.text and source.repository are required"));
        const QString id = QStringLiteral("bc_%1").arg(m_nextId++);
        Agent a;
        a.v1 = false;
        a.name = text.left(40);
        a.repo = repo;
        a.ref =
            body.value(QLatin1String("source")).toObject().value(QLatin1String("ref")).toString(QStringLiteral("main"));
        a.autoPr = body.value(QLatin1String("target")).toObject().value(QLatin1String("autoCreatePr")).toBool();
        Run run;
        run.id = QStringLiteral("run-%1").arg(m_nextId++);
        run.created = run.updated = now();
        a.runs << run;
        say(a, QStringLiteral("user_message"), text);
        m_agents.insert(id, a);
        return FakeResponse::json(200, toJson(agentV0(id, a)));
    }
    static const QRegularExpression re(QStringLiteral("^/agents/([^/]+)(/conversation|/followup|/stop)?$"));
    const auto m = re.match(rest);
    if (!m.hasMatch() || !m_agents.contains(m.captured(1)))
        return error(404, QStringLiteral("agent_not_found"), QStringLiteral("Agent not found"));
    const QString id = m.captured(1);
    Agent &a = m_agents[id];
    const QString tail = m.captured(2);
    if (tail.isEmpty() && req.method == "GET")
        return FakeResponse::json(200, toJson(agentV0(id, a)));
    if (tail.isEmpty() && req.method == "DELETE") {
        m_agents.remove(id);
        return FakeResponse::json(200, toJson(QJsonObject{{QStringLiteral("id"), id}}));
    }
    if (tail == QLatin1String("/conversation") && req.method == "GET")
        return FakeResponse::json(
            200, toJson(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("messages"), a.conversation}}));
    if (tail == QLatin1String("/followup") && req.method == "POST") {
        const QString text = body.value(QLatin1String("prompt")).toObject().value(QLatin1String("text")).toString();
        if (text.isEmpty())
            return error(400, QStringLiteral("validation_error"), QStringLiteral("prompt.text is required"));
        say(a, QStringLiteral("user_message"), text);
        a.stopped = false;
        Run run;
        run.id = QStringLiteral("run-%1").arg(m_nextId++);
        run.created = run.updated = now();
        a.runs << run;
        return FakeResponse::json(200, toJson(QJsonObject{{QStringLiteral("id"), id}}));
    }
    if (tail == QLatin1String("/stop") && req.method == "POST") {
        a.stopped = true;
        return FakeResponse::json(200, toJson(QJsonObject{{QStringLiteral("id"), id}}));
    }
    return error(404, QStringLiteral("not_found"), QStringLiteral("Not found"));
}

namespace {

QJsonObject usageOf(qint64 events)
{
    const qint64 in = events * 1000, out = events * 250, write = events * 100, read = events * 500;
    return {{QStringLiteral("inputTokens"), double(in)},
            {QStringLiteral("outputTokens"), double(out)},
            {QStringLiteral("cacheWriteTokens"), double(write)},
            {QStringLiteral("cacheReadTokens"), double(read)},
            {QStringLiteral("totalTokens"), double(in + out + write + read)}};
}

} // namespace

qint64 FakeCursorServer::totalTokens(const QString &agentId) const
{
    qint64 events = 0;
    for (const Run &r : m_agents.value(agentId).runs)
        events += r.events.size();
    return events * (1000 + 250 + 100 + 500);
}

// As documented for v1: the agent's total and each run's, in tokens (no dollars); or
// 403 feature_unavailable where the plan has no usage API.
FakeResponse FakeCursorServer::usage(const QString &agentId) const
{
    if (m_usageUnavailable)
        return error(403, QStringLiteral("feature_unavailable"), QStringLiteral("Usage is not available on this plan"));
    if (!m_agents.contains(agentId))
        return error(404, QStringLiteral("agent_not_found"), QStringLiteral("Agent not found"));
    QJsonArray runs;
    qint64 events = 0;
    for (const Run &r : m_agents.value(agentId).runs) {
        events += r.events.size();
        runs.append(QJsonObject{{QStringLiteral("runId"), r.id}, {QStringLiteral("usage"), usageOf(r.events.size())}});
    }
    return FakeResponse::json(200, toJson(QJsonObject{{QStringLiteral("agentId"), agentId},
                                                      {QStringLiteral("totalUsage"), usageOf(events)},
                                                      {QStringLiteral("runs"), runs}}));
}

FakeResponse FakeCursorServer::handleV1(const FakeRequest &req, const QString &rest)
{
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    if (rest == QLatin1String("/agents") && req.method == "GET")
        return listAgents(req, true);
    if (rest == QLatin1String("/repositories") && req.method == "GET")
        return FakeResponse::json(
            200, toJson(QJsonObject{{QStringLiteral("items"),
                                     QJsonArray{QJsonObject{{QStringLiteral("url"),
                                                             QStringLiteral("https://github.com/acme/widgets")}}}}}));
    if (rest == QLatin1String("/agents") && req.method == "POST") {
        const QString text = body.value(QLatin1String("prompt")).toObject().value(QLatin1String("text")).toString();
        const QJsonArray repos = body.value(QLatin1String("repos")).toArray();
        if (text.isEmpty() || repos.size() != 1
            || repos.first().toObject().value(QLatin1String("url")).toString().isEmpty())
            return error(400, QStringLiteral("validation_error"),
                         QStringLiteral("prompt.text and exactly one repos[].url are required"));
        if (body.contains(QLatin1String("autoCreatePr"))) // the v1 field is autoCreatePR
            return error(400, QStringLiteral("validation_error"), QStringLiteral("Unknown field autoCreatePr"));
        const QString id = QStringLiteral("bc-%1").arg(m_nextId++);
        Agent a;
        a.name = text.left(40);
        a.repo = repos.first().toObject().value(QLatin1String("url")).toString();
        a.ref = repos.first().toObject().value(QLatin1String("startingRef")).toString(QStringLiteral("main"));
        a.autoPr = body.value(QLatin1String("autoCreatePR")).toBool();
        Run run;
        run.id = QStringLiteral("run-%1").arg(m_nextId++);
        run.prompt = text;
        run.created = run.updated = now();
        a.runs << run;
        m_agents.insert(id, a);
        return FakeResponse::json(201, toJson(QJsonObject{{QStringLiteral("agent"), agentV1(id, a)},
                                                          {QStringLiteral("run"), runJson(id, a.runs.last())}}));
    }
    static const QRegularExpression usagePath(QStringLiteral("^/agents/([^/]+)/usage$"));
    if (const auto u = usagePath.match(rest); u.hasMatch() && req.method == "GET")
        return usage(u.captured(1));
    static const QRegularExpression re(QStringLiteral("^/agents/([^/]+)(?:/runs(?:/([^/]+)(/stream|/cancel)?)?)?$"));
    const auto m = re.match(rest);
    if (!m.hasMatch() || !m_agents.contains(m.captured(1)))
        return error(404, QStringLiteral("agent_not_found"), QStringLiteral("Agent not found"));
    const QString id = m.captured(1);
    Agent &a = m_agents[id];
    const bool runsPath = rest.contains(QLatin1String("/runs"));
    const QString runId = m.captured(2);
    const QString tail = m.captured(3);
    if (!runsPath) {
        if (req.method == "GET")
            return FakeResponse::json(200, toJson(agentV1(id, a)));
        if (req.method == "DELETE") {
            m_agents.remove(id);
            return FakeResponse::json(200, toJson(QJsonObject{{QStringLiteral("id"), id}}));
        }
        return error(404, QStringLiteral("not_found"), QStringLiteral("Not found"));
    }
    if (runId.isEmpty() && req.method == "POST") {
        if (!terminal(a.runs.last().status))
            return error(409, QStringLiteral("agent_busy"), QStringLiteral("Agent already has an active run"));
        const QString text = body.value(QLatin1String("prompt")).toObject().value(QLatin1String("text")).toString();
        if (text.isEmpty())
            return error(400, QStringLiteral("validation_error"), QStringLiteral("prompt.text is required"));
        Run run;
        run.id = QStringLiteral("run-%1").arg(m_nextId++);
        run.prompt = text;
        run.created = run.updated = now();
        a.runs << run;
        return FakeResponse::json(201, toJson(QJsonObject{{QStringLiteral("run"), runJson(id, a.runs.last())}}));
    }
    auto run = std::find_if(a.runs.begin(), a.runs.end(), [&](const Run &r) { return r.id == runId; });
    if (run == a.runs.end())
        return error(404, QStringLiteral("run_not_found"), QStringLiteral("Run not found"));
    if (tail.isEmpty() && req.method == "GET")
        return FakeResponse::json(200, toJson(runJson(id, *run)));
    if (tail == QLatin1String("/cancel") && req.method == "POST") {
        if (terminal(run->status))
            return error(409, QStringLiteral("run_not_cancellable"), QStringLiteral("Run is not active"));
        setRunStatus(*run, QStringLiteral("CANCELLED"));
        emitEvent(*run, QStringLiteral("done"), QJsonObject{});
        return FakeResponse::json(200, toJson(runJson(id, *run)));
    }
    if (tail == QLatin1String("/stream") && req.method == "GET")
        return stream(req, a, *run);
    return error(404, QStringLiteral("not_found"), QStringLiteral("Not found"));
}

FakeResponse FakeCursorServer::stream(const FakeRequest &req, Agent &, Run &run)
{
    if (m_expired)
        return error(410, QStringLiteral("stream_expired"), QStringLiteral("Stream retention window has passed"));
    const QString last = QString::fromUtf8(req.header("last-event-id"));
    int from = 0;
    if (!last.isEmpty()) {
        const auto it =
            std::find_if(run.events.cbegin(), run.events.cend(), [&](const Event &e) { return e.id == last; });
        if (it == run.events.cend()) {
            ++m_invalidLastEventIds;
            return error(400, QStringLiteral("invalid_last_event_id"),
                         QStringLiteral("Unknown Last-Event-ID for this run"));
        }
        from = int(it - run.events.cbegin()) + 1;
    }
    FakeResponse r;
    r.status = 200;
    r.addHeader("Content-Type", "text/event-stream");
    r.addHeader("X-Cursor-Stream-Retention-Seconds", "3600");
    const QString runId = run.id;
    const bool ended = !run.events.isEmpty() && run.events.last().type == QLatin1String("done");
    QByteArray backlog;
    for (int i = from; i < run.events.size(); ++i) {
        const Event &e = run.events.at(i);
        backlog += "id: " + e.id.toUtf8() + "\nevent: " + e.type.toUtf8() + "\ndata: " + toJson(e.data) + "\n\n";
    }
    r.stream = [this, runId, backlog, ended](QTcpSocket *socket) {
        send(socket, ": stream open\n\n" + backlog);
        if (ended) {
            endStream(socket);
            return;
        }
        m_subscribers[runId].append(QPointer<QTcpSocket>(socket));
    };
    return r;
}

} // namespace agentdesk::fakes
