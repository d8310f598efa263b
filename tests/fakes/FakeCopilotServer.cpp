#include "FakeCopilotServer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace agentdesk::fakes {

namespace {
QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
const QStringList kStates{QStringLiteral("queued"),    QStringLiteral("in_progress"),
                          QStringLiteral("completed"), QStringLiteral("failed"),
                          QStringLiteral("idle"),      QStringLiteral("waiting_for_user"),
                          QStringLiteral("timed_out"), QStringLiteral("cancelled")};
} // namespace

FakeCopilotServer::FakeCopilotServer(QString token, QObject *parent) : QObject(parent), m_token(std::move(token))
{
    m_http.setHandler([this](const FakeRequest &r) {
        const bool primarySpent = m_limitLeft > 0 && !m_limitSecondary; // before handle() counts this one
        FakeResponse resp = handle(r);
        // Every answer carries GitHub's rate-limit headers.
        resp.addHeader("x-ratelimit-limit", "5000");
        resp.addHeader("x-ratelimit-remaining", primarySpent ? "0" : "4990");
        resp.addHeader("x-ratelimit-used", "10");
        resp.addHeader("x-ratelimit-reset", QByteArray::number(QDateTime::currentSecsSinceEpoch() + m_retryAfter));
        resp.addHeader("x-ratelimit-resource", "core");
        return resp;
    });
    connect(&m_auto, &QTimer::timeout, this, [this] {
        const QStringList ids = m_tasks.keys();
        for (const QString &id : ids)
            advance(id);
    });
    m_clock = QDateTime::currentSecsSinceEpoch() - 3600;
}

bool FakeCopilotServer::start(quint16 port)
{
    return m_http.start(port);
}

void FakeCopilotServer::addRepository(const QString &fullName)
{
    if (!m_repositories.contains(fullName))
        m_repositories << fullName;
}

qint64 FakeCopilotServer::repositoryId(const QString &repo) const
{
    return 1296000 + m_repositories.indexOf(repo);
}

void FakeCopilotServer::setAutoAdvance(int intervalMs)
{
    if (intervalMs > 0)
        m_auto.start(intervalMs);
    else
        m_auto.stop();
}

void FakeCopilotServer::spendRateLimit(int count, bool secondary, int retryAfterSeconds)
{
    m_limitLeft = count;
    m_limitSecondary = secondary;
    m_retryAfter = retryAfterSeconds;
}

void FakeCopilotServer::touch(Task &t)
{
    m_clock = std::max(QDateTime::currentSecsSinceEpoch(), m_clock + 1);
    t.updatedAt = QDateTime::fromSecsSinceEpoch(m_clock, Qt::UTC).toString(Qt::ISODate);
    if (!t.sessions.isEmpty()) {
        t.sessions.last().state = t.state;
        t.sessions.last().updatedAt = t.updatedAt;
    }
}

QString FakeCopilotServer::addTaskElsewhere(const QString &repo, const QString &prompt, const QString &state)
{
    addRepository(repo);
    Task t;
    t.id = uuid();
    t.repo = repo;
    t.name = prompt.left(60);
    t.state = state;
    t.baseRef = QStringLiteral("main");
    t.createPr = true;
    m_clock = std::max(QDateTime::currentSecsSinceEpoch() - 600, m_clock + 1);
    t.createdAt = QDateTime::fromSecsSinceEpoch(m_clock, Qt::UTC).toString(Qt::ISODate);
    t.sessions << Session{uuid(), state, prompt, t.createdAt, t.createdAt, {}, QStringLiteral("claude-sonnet-4.6")};
    if (state != QLatin1String("queued"))
        t.headRef = QStringLiteral("copilot/task-%1").arg(m_next++);
    t.step = state == QLatin1String("queued") ? 0 : 1;
    touch(t);
    m_tasks.insert(t.id, t);
    return t.id;
}

void FakeCopilotServer::archive(const QString &taskId)
{
    if (m_tasks.contains(taskId))
        m_tasks[taskId].archivedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

void FakeCopilotServer::forget(const QString &taskId)
{
    m_tasks.remove(taskId);
}

void FakeCopilotServer::advance(const QString &taskId)
{
    auto it = m_tasks.find(taskId);
    if (it == m_tasks.end())
        return;
    Task &t = *it;
    switch (t.step) {
    case 0:
        t.state = QStringLiteral("in_progress");
        t.headRef = QStringLiteral("copilot/task-%1").arg(m_next++);
        t.step = 1;
        break;
    case 1:
        if (m_askForInput) {
            t.state = QStringLiteral("waiting_for_user");
            t.step = 2;
            break;
        }
        [[fallthrough]];
    case 2:
        if (t.createPr) {
            t.pullId = 2148000000 + m_next;
            t.pullNumber = 40 + m_next++;
            t.state = QStringLiteral("completed");
        } else {
            t.state = QStringLiteral("idle");
        }
        if (!t.sessions.isEmpty())
            t.sessions.last().completedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        t.step = 3;
        break;
    default: return;
    }
    touch(t);
}

FakeResponse FakeCopilotServer::error(int status, const QString &message) const
{
    return FakeResponse::json(
        status, toJson(QJsonObject{{QStringLiteral("message"), message},
                                   {QStringLiteral("documentation_url"),
                                    QStringLiteral("https://docs.github.com/rest/agent-tasks/agent-tasks")},
                                   {QStringLiteral("status"), QString::number(status)}}));
}

QJsonObject FakeCopilotServer::taskJson(const Task &t, bool withSessions) const
{
    QJsonArray artifacts;
    if (!t.headRef.isEmpty())
        artifacts.append(QJsonObject{{QStringLiteral("provider"), QStringLiteral("github")},
                                     {QStringLiteral("type"), QStringLiteral("branch")},
                                     {QStringLiteral("data"), QJsonObject{{QStringLiteral("head_ref"), t.headRef},
                                                                          {QStringLiteral("base_ref"), t.baseRef}}}});
    if (t.pullId)
        artifacts.append(
            QJsonObject{{QStringLiteral("provider"), QStringLiteral("github")},
                        {QStringLiteral("type"), QStringLiteral("pull")},
                        {QStringLiteral("data"),
                         QJsonObject{{QStringLiteral("id"), t.pullId},
                                     {QStringLiteral("global_id"), QStringLiteral("PR_kwDO%1").arg(t.pullId)}}}});
    QJsonObject o{{QStringLiteral("id"), t.id},
                  {QStringLiteral("url"), QString(m_http.baseUrl().toString()
                                                  + QStringLiteral("/agents/repos/%1/tasks/%2").arg(t.repo, t.id))},
                  {QStringLiteral("html_url"), QString(QStringLiteral("https://github.com/copilot/tasks/") + t.id)},
                  {QStringLiteral("name"), t.name},
                  {QStringLiteral("creator"), QJsonObject{{QStringLiteral("id"), 583231}}},
                  {QStringLiteral("creator_type"), QStringLiteral("user")},
                  {QStringLiteral("user_collaborators"), QJsonArray{}},
                  {QStringLiteral("owner"), QJsonObject{{QStringLiteral("id"), 9919}}},
                  {QStringLiteral("repository"), QJsonObject{{QStringLiteral("id"), repositoryId(t.repo)}}},
                  {QStringLiteral("state"), t.state},
                  {QStringLiteral("session_count"), int(t.sessions.size())},
                  {QStringLiteral("artifacts"), artifacts},
                  {QStringLiteral("archived_at"), t.archivedAt.isEmpty() ? QJsonValue() : QJsonValue(t.archivedAt)},
                  {QStringLiteral("created_at"), t.createdAt},
                  {QStringLiteral("updated_at"), t.updatedAt}};
    if (withSessions) {
        QJsonArray sessions;
        for (const Session &s : t.sessions) {
            QJsonObject j{{QStringLiteral("id"), s.id},
                          {QStringLiteral("name"), t.name},
                          {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), 583231}}},
                          {QStringLiteral("task_id"), t.id},
                          {QStringLiteral("state"), s.state},
                          {QStringLiteral("prompt"), s.prompt},
                          {QStringLiteral("head_ref"), t.headRef},
                          {QStringLiteral("base_ref"), t.baseRef},
                          {QStringLiteral("model"), s.model},
                          {QStringLiteral("created_at"), s.createdAt},
                          {QStringLiteral("updated_at"), s.updatedAt}};
            if (!s.completedAt.isEmpty()) {
                j.insert(QStringLiteral("completed_at"), s.completedAt);
                j.insert(QStringLiteral("usage"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("premium_requests")},
                                     {QStringLiteral("amount"), 1}});
            }
            sessions.append(j);
        }
        o.insert(QStringLiteral("sessions"), sessions);
    }
    return o;
}

FakeResponse FakeCopilotServer::listTasks(const FakeRequest &req, const QString &repo)
{
    const int perPage = req.query.hasQueryItem(QStringLiteral("per_page"))
                            ? req.query.queryItemValue(QStringLiteral("per_page")).toInt()
                            : 30;
    const int page =
        req.query.hasQueryItem(QStringLiteral("page")) ? req.query.queryItemValue(QStringLiteral("page")).toInt() : 1;
    if (perPage < 1 || perPage > 100 || page < 1)
        return error(422, QStringLiteral("Validation Failed"));
    const bool archived = req.query.queryItemValue(QStringLiteral("is_archived")) == QLatin1String("true");
    const QString since = req.query.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded);
    const QString sort = req.query.queryItemValue(QStringLiteral("sort"));
    const bool ascending = req.query.queryItemValue(QStringLiteral("direction")) == QLatin1String("asc");
    const QStringList states =
        req.query.queryItemValue(QStringLiteral("state")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QList<Task> matching;
    int active = 0, archivedCount = 0;
    for (const Task &t : std::as_const(m_tasks)) {
        if (!repo.isEmpty() && t.repo != repo)
            continue;
        (t.archivedAt.isEmpty() ? active : archivedCount)++;
        if (archived == t.archivedAt.isEmpty())
            continue;
        if (!since.isEmpty() && t.updatedAt < QDateTime::fromString(since, Qt::ISODate).toUTC().toString(Qt::ISODate))
            continue;
        if (!states.isEmpty() && !states.contains(t.state))
            continue;
        matching << t;
    }
    const bool byCreated = sort == QLatin1String("created_at");
    std::sort(matching.begin(), matching.end(), [&](const Task &a, const Task &b) {
        const QString &ka = byCreated ? a.createdAt : a.updatedAt, &kb = byCreated ? b.createdAt : b.updatedAt;
        return ascending ? ka < kb : ka > kb;
    });
    QJsonArray out;
    for (int i = (page - 1) * perPage; i < matching.size() && out.size() < perPage; ++i)
        out.append(taskJson(matching.at(i), false));
    return FakeResponse::json(200, toJson(QJsonObject{{QStringLiteral("tasks"), out},
                                                      {QStringLiteral("total_active_count"), active},
                                                      {QStringLiteral("total_archived_count"), archivedCount}}));
}

FakeResponse FakeCopilotServer::handle(const FakeRequest &req)
{
    if (req.header("user-agent").isEmpty()) {
        ++m_noUserAgent;
        return error(
            403,
            QStringLiteral(
                "Request forbidden by administrative rules. Please make sure your request has a User-Agent header"));
    }
    if (req.header("authorization") != "Bearer " + m_token.toUtf8())
        return error(401, QStringLiteral("Bad credentials"));
    const QByteArray version = req.header("x-github-api-version");
    if (!version.isEmpty() && version != "2026-03-10" && version != "2022-11-28")
        return error(
            400, QStringLiteral("The requested API version '%1' is not supported.").arg(QString::fromLatin1(version)));
    if (m_limitLeft > 0) {
        --m_limitLeft;
        FakeResponse r =
            m_limitSecondary ? error(
                403, QStringLiteral(
                         "You have exceeded a secondary rate limit. Please wait a few minutes before you try again."))
                             : error(403, QStringLiteral("API rate limit exceeded for user ID 583231."));
        if (m_limitSecondary)
            r.addHeader("retry-after", QByteArray::number(m_retryAfter));
        return r;
    }
    const QString path = req.path;
    if (path == QLatin1String("/user") && req.method == "GET")
        return FakeResponse::json(200, toJson(QJsonObject{{QStringLiteral("login"), QStringLiteral("ada-operator")},
                                                          {QStringLiteral("id"), 583231}}));
    if (path == QLatin1String("/user/repos") && req.method == "GET") {
        QJsonArray repos;
        for (const QString &r : std::as_const(m_repositories))
            repos.append(QJsonObject{{QStringLiteral("id"), repositoryId(r)},
                                     {QStringLiteral("full_name"), r},
                                     {QStringLiteral("html_url"), QString(QStringLiteral("https://github.com/") + r)},
                                     {QStringLiteral("default_branch"), QStringLiteral("main")}});
        return FakeResponse::json(200, toJson(repos));
    }
    static const QRegularExpression repoById(QStringLiteral("^/repositories/(\\d+)$"));
    if (const auto m = repoById.match(path); m.hasMatch()) {
        for (const QString &r : std::as_const(m_repositories))
            if (repositoryId(r) == m.captured(1).toLongLong())
                return FakeResponse::json(200, toJson(QJsonObject{{QStringLiteral("id"), repositoryId(r)},
                                                                  {QStringLiteral("full_name"), r}}));
        return error(404, QStringLiteral("Not Found"));
    }
    static const QRegularExpression pulls(QStringLiteral("^/repos/([^/]+/[^/]+)/pulls$"));
    if (const auto m = pulls.match(path); m.hasMatch() && req.method == "GET") {
        const QString head = req.query.queryItemValue(QStringLiteral("head"), QUrl::FullyDecoded);
        QJsonArray out;
        for (const Task &t : std::as_const(m_tasks))
            if (t.repo == m.captured(1) && t.pullId
                && head == t.repo.section(QLatin1Char('/'), 0, 0) + QLatin1Char(':') + t.headRef)
                out.append(QJsonObject{{QStringLiteral("id"), t.pullId},
                                       {QStringLiteral("number"), t.pullNumber},
                                       {QStringLiteral("title"), t.name},
                                       {QStringLiteral("html_url"),
                                        QStringLiteral("https://github.com/%1/pull/%2").arg(t.repo).arg(t.pullNumber)},
                                       {QStringLiteral("created_at"), t.updatedAt},
                                       {QStringLiteral("state"), QStringLiteral("open")}});
        return FakeResponse::json(200, toJson(out));
    }
    if (path == QLatin1String("/agents/tasks") && req.method == "GET")
        return listTasks(req, {});
    static const QRegularExpression repoTasks(QStringLiteral("^/agents/repos/([^/]+/[^/]+)/tasks(?:/([^/]+))?$"));
    static const QRegularExpression anyTask(QStringLiteral("^/agents/tasks/([^/]+)$"));
    QString repo, taskId;
    if (const auto m = repoTasks.match(path); m.hasMatch()) {
        repo = m.captured(1);
        taskId = m.captured(2);
        if (!m_repositories.contains(repo))
            return error(404, QStringLiteral("Not Found")); // GitHub hides what the token cannot see
    } else if (const auto m2 = anyTask.match(path); m2.hasMatch()) {
        taskId = m2.captured(1);
    } else {
        return error(404, QStringLiteral("Not Found"));
    }
    if (taskId.isEmpty() && req.method == "GET")
        return listTasks(req, repo);
    if (taskId.isEmpty() && req.method == "POST" && !repo.isEmpty()) {
        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        if (body.value(QLatin1String("prompt")).toString().isEmpty())
            return FakeResponse::json(
                422,
                toJson(QJsonObject{{QStringLiteral("message"), QStringLiteral("Validation Failed")},
                                   {QStringLiteral("errors"),
                                    QJsonArray{QJsonObject{{QStringLiteral("resource"), QStringLiteral("Task")},
                                                           {QStringLiteral("field"), QStringLiteral("prompt")},
                                                           {QStringLiteral("code"), QStringLiteral("missing_field")}}}},
                                   {QStringLiteral("documentation_url"),
                                    QStringLiteral("https://docs.github.com/rest/agent-tasks/agent-tasks")},
                                   {QStringLiteral("status"), QStringLiteral("422")}}));
        const QStringList known{QStringLiteral("prompt"),       QStringLiteral("model"),
                                QStringLiteral("custom_agent"), QStringLiteral("create_pull_request"),
                                QStringLiteral("base_ref"),     QStringLiteral("head_ref")};
        for (auto it = body.begin(); it != body.end(); ++it)
            if (!known.contains(it.key()))
                return error(422, QStringLiteral("Unknown field: %1").arg(it.key()));
        Task t;
        t.id = uuid();
        t.repo = repo;
        t.name = body.value(QLatin1String("prompt")).toString().left(60);
        t.state = QStringLiteral("queued");
        t.baseRef = body.value(QLatin1String("base_ref")).toString(QStringLiteral("main"));
        t.createPr = body.value(QLatin1String("create_pull_request")).toBool(false);
        m_clock = std::max(QDateTime::currentSecsSinceEpoch(), m_clock + 1);
        t.createdAt = QDateTime::fromSecsSinceEpoch(m_clock, Qt::UTC).toString(Qt::ISODate);
        t.sessions << Session{uuid(),      t.state, body.value(QLatin1String("prompt")).toString(), t.createdAt,
                              t.createdAt, {},      body.value(QLatin1String("model")).toString()};
        touch(t);
        m_tasks.insert(t.id, t);
        return FakeResponse::json(201, toJson(taskJson(t, false)));
    }
    if (!taskId.isEmpty() && req.method == "GET") {
        const auto it = m_tasks.constFind(taskId);
        if (it == m_tasks.cend() || (!repo.isEmpty() && it->repo != repo))
            return error(404, QStringLiteral("Not Found"));
        return FakeResponse::json(200, toJson(taskJson(*it, true)));
    }
    return error(404, QStringLiteral("Not Found")); // no follow-up, cancel, archive or delete here
}

} // namespace agentdesk::fakes
