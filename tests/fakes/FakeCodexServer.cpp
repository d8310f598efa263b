#include "FakeCodexServer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

namespace agentdesk::fakes {

namespace {
double nowSeconds()
{
    return QDateTime::currentMSecsSinceEpoch() / 1000.0;
}
QString textOf(const QJsonArray &inputItems)
{
    for (const QJsonValue &item : inputItems)
        for (const QJsonValue &c : item.toObject().value(QLatin1String("content")).toArray())
            if (c.toObject().value(QLatin1String("content_type")).toString() == QLatin1String("text"))
                return c.toObject().value(QLatin1String("text")).toString();
    return {};
}
QJsonObject message(const QString &text)
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("message")},
        {QStringLiteral("content"), QJsonArray{QJsonObject{{QStringLiteral("content_type"), QStringLiteral("text")},
                                                           {QStringLiteral("text"), text}}}}};
}
QJsonObject logEntry(const QString &role, const QString &text)
{
    return QJsonObject{{QStringLiteral("author"), QJsonObject{{QStringLiteral("role"), role}}},
                       {QStringLiteral("content"), QJsonObject{{QStringLiteral("parts"), QJsonArray{text}}}},
                       {QStringLiteral("created_at"), nowSeconds()}};
}
} // namespace

FakeCodexServer::FakeCodexServer(QString token, QString accountId, QObject *parent)
    : QObject(parent), m_token(std::move(token)), m_accountId(std::move(accountId))
{
    auto env = [](const char *id, const char *label, const char *repo) {
        return QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)},
                           {QStringLiteral("label"), QString::fromLatin1(label)},
                           {QStringLiteral("repos"), QJsonArray{QString::fromLatin1(repo)}},
                           {QStringLiteral("is_pinned"), false}};
    };
    m_environments =
        QJsonArray{env("env_widgets", "acme/widgets", "acme/widgets"), env("env_api", "acme/api", "acme/api"),
                   env("env_api_staging", "acme/api (staging)", "acme/api")};
    m_http.setHandler([this](const FakeRequest &r) { return handle(r); });
    m_http.setErrorBody([](int status) {
        return toJson(QJsonObject{{QStringLiteral("detail"), status == 429 ? QStringLiteral("Rate limit reached")
                                                                           : QStringLiteral("Something went wrong")}});
    });
    connect(&m_auto, &QTimer::timeout, this, [this] {
        const QStringList ids = m_tasks.keys();
        for (const QString &id : ids)
            advance(id);
    });
}

bool FakeCodexServer::start(quint16 port)
{
    return m_http.start(port);
}

QUrl FakeCodexServer::baseUrl() const
{
    QUrl u = m_http.baseUrl();
    u.setPath(QStringLiteral("/backend-api"));
    return u;
}

void FakeCodexServer::setAutoAdvance(int intervalMs)
{
    if (intervalMs > 0)
        m_auto.start(intervalMs);
    else
        m_auto.stop();
}

FakeResponse FakeCodexServer::error(int status, const QString &code, const QString &message)
{
    return FakeResponse::json(
        status, toJson(QJsonObject{{QStringLiteral("detail"), QJsonObject{{QStringLiteral("code"), code},
                                                                          {QStringLiteral("message"), message}}}}));
}

QJsonArray FakeCodexServer::environmentsFor(const QString &repo) const
{
    QJsonArray out;
    for (const QJsonValue &e : m_environments)
        if (e.toObject().value(QLatin1String("repos")).toArray().contains(repo))
            out.append(e);
    return out;
}

void FakeCodexServer::advance(const QString &id)
{
    auto it = m_tasks.find(id);
    if (it == m_tasks.end() || it->turns.isEmpty())
        return;
    CodexTask &t = *it;
    Turn &turn = t.turns.last();
    if (turn.status != QLatin1String("pending") && turn.status != QLatin1String("in_progress"))
        return;
    t.updated = nowSeconds();
    const bool first = t.turns.size() == 1;
    if (turn.step == 0) {
        turn.status = QStringLiteral("in_progress");
        turn.worklog.append(logEntry(QStringLiteral("assistant"), first ? QStringLiteral("Reading the parser")
                                                                        : QStringLiteral("Applying your answer")));
        turn.worklog.append(logEntry(QStringLiteral("tool"), QStringLiteral("npm test")));
        turn.step = 1;
        return;
    }
    turn.status = QStringLiteral("completed");
    if (first) {
        turn.outputs.append(message(QStringLiteral("Should empty input return null or an empty list?")));
        return;
    }
    turn.outputs.append(message(QStringLiteral("Fixed the parser.")));
    turn.outputs.append(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("output_diff")},
        {QStringLiteral("diff"), QStringLiteral("diff --git a/parser.ts b/parser.ts\n-return null;\n+return [];\n")}});
    t.prs.append(
        QJsonObject{{QStringLiteral("pull_request"),
                     QJsonObject{{QStringLiteral("url"), QStringLiteral("https://github.com/acme/widgets/pull/11")},
                                 {QStringLiteral("number"), 11}}}});
}

QString FakeCodexServer::addTaskElsewhere(const QString &prompt, int steps)
{
    const QString id = QStringLiteral("task_e_%1").arg(m_next++);
    CodexTask t;
    t.environmentId = m_environments.first().toObject().value(QLatin1String("id")).toString();
    t.title = prompt.left(50);
    t.created = t.updated = nowSeconds();
    Turn turn;
    turn.userTurnId = QStringLiteral("turn_u_%1").arg(m_next++);
    turn.id = QStringLiteral("turn_a_%1").arg(m_next++);
    turn.prompt = prompt;
    turn.created = t.created;
    t.turns << turn;
    m_tasks.insert(id, t);
    for (int i = 0; i < steps; ++i)
        advance(id);
    return id;
}

QJsonObject FakeCodexServer::listItem(const QString &id, const CodexTask &t) const
{
    const Turn &turn = t.turns.last();
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("title"), t.title},
                       {QStringLiteral("created_at"), t.created},
                       {QStringLiteral("updated_at"), t.updated},
                       {QStringLiteral("archived"), t.archived},
                       {QStringLiteral("has_unread_turn"), false},
                       {QStringLiteral("pull_requests"), t.prs},
                       {QStringLiteral("task_status_display"),
                        QJsonObject{{QStringLiteral("environment_label"), t.environmentId},
                                    {QStringLiteral("latest_turn_status_display"),
                                     QJsonObject{{QStringLiteral("turn_id"), turn.id},
                                                 {QStringLiteral("turn_status"), turn.status}}}}}};
}

FakeResponse FakeCodexServer::listTasks(const FakeRequest &req) const
{
    const int limit = std::clamp(req.query.hasQueryItem(QStringLiteral("limit"))
                                     ? req.query.queryItemValue(QStringLiteral("limit")).toInt()
                                     : 20,
                                 1, 100);
    const QString filter = req.query.queryItemValue(QStringLiteral("task_filter"));
    if (!filter.isEmpty() && filter != QLatin1String("current") && filter != QLatin1String("all")
        && filter != QLatin1String("archived"))
        return error(400, QStringLiteral("invalid_request"), QStringLiteral("Unknown task_filter"));
    QStringList ids;
    for (auto it = m_tasks.cbegin(); it != m_tasks.cend(); ++it)
        if (filter == QLatin1String("all") || it->archived == (filter == QLatin1String("archived")))
            ids << it.key();
    std::sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
        return m_tasks.value(a).updated > m_tasks.value(b).updated
               || (m_tasks.value(a).updated == m_tasks.value(b).updated && a > b);
    });
    const QString cursor = req.query.queryItemValue(QStringLiteral("cursor"));
    const int from = cursor.isEmpty() ? 0 : QByteArray::fromBase64(cursor.toLatin1()).toInt();
    QJsonArray items;
    for (int i = from; i < ids.size() && items.size() < limit; ++i)
        items.append(listItem(ids.at(i), m_tasks.value(ids.at(i))));
    const int end = from + int(items.size());
    return FakeResponse::json(
        200, toJson(QJsonObject{{QStringLiteral("items"), items},
                                {QStringLiteral("cursor"),
                                 end < ids.size() ? QJsonValue(QString::fromLatin1(QByteArray::number(end).toBase64()))
                                                  : QJsonValue()}}));
}

QJsonObject FakeCodexServer::bundle(const QString &id, const CodexTask &t) const
{
    const Turn &turn = t.turns.last();
    return QJsonObject{
        {QStringLiteral("task"), QJsonObject{{QStringLiteral("id"), id},
                                             {QStringLiteral("title"), t.title},
                                             {QStringLiteral("archived"), t.archived},
                                             {QStringLiteral("environment_id"), t.environmentId},
                                             {QStringLiteral("created_at"), t.created},
                                             {QStringLiteral("updated_at"), t.updated},
                                             {QStringLiteral("external_pull_requests"), t.prs},
                                             {QStringLiteral("has_unread_turn"), true}}},
        {QStringLiteral("task_status_display"),
         QJsonObject{{QStringLiteral("environment_label"), t.environmentId},
                     {QStringLiteral("latest_turn_status_display"),
                      QJsonObject{{QStringLiteral("turn_id"), turn.id},
                                  {QStringLiteral("turn_status"), turn.status},
                                  {QStringLiteral("diff_stats"), QJsonObject{{QStringLiteral("files_modified"), 1},
                                                                             {QStringLiteral("lines_added"), 1},
                                                                             {QStringLiteral("lines_removed"), 1}}},
                                  {QStringLiteral("sibling_turn_ids"), QJsonArray{}}}}}},
        {QStringLiteral("current_user_turn"),
         QJsonObject{{QStringLiteral("id"), turn.userTurnId},
                     {QStringLiteral("created_at"), turn.created},
                     {QStringLiteral("input_items"), QJsonArray{message(turn.prompt)}}}},
        {QStringLiteral("current_assistant_turn"),
         QJsonObject{{QStringLiteral("id"), turn.id},
                     {QStringLiteral("turn_status"), turn.status},
                     {QStringLiteral("created_at"), turn.created},
                     {QStringLiteral("output_items"), turn.outputs},
                     {QStringLiteral("error"), QJsonValue()},
                     {QStringLiteral("worklog"), QJsonObject{{QStringLiteral("messages"), turn.worklog}}}}},
    };
}

FakeResponse FakeCodexServer::handle(const FakeRequest &req)
{
    if (req.header("authorization") != "Bearer " + m_token.toUtf8())
        return error(401, QStringLiteral("token_expired"), QStringLiteral("Provided authentication token is expired."));
    if (req.header("chatgpt-account-id") != m_accountId.toUtf8())
        return error(403, QStringLiteral("account_mismatch"),
                     QStringLiteral("ChatGPT-Account-Id does not match the token."));
    if (!req.path.startsWith(QLatin1String("/backend-api/wham/")))
        return error(404, QStringLiteral("not_found"), QStringLiteral("Not found"));
    const QString rest = req.path.mid(17);
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    if (rest == QLatin1String("/environments") && req.method == "GET") {
        QJsonDocument doc(m_environments);
        return FakeResponse::json(200, doc.toJson(QJsonDocument::Compact));
    }
    static const QRegularExpression byRepo(QStringLiteral("^/environments/by-repo/github/(.+)$"));
    if (const auto m = byRepo.match(rest); m.hasMatch())
        return FakeResponse::json(200, QJsonDocument(environmentsFor(m.captured(1))).toJson(QJsonDocument::Compact));
    if (rest == QLatin1String("/tasks/list") && req.method == "GET")
        return listTasks(req);
    if (rest == QLatin1String("/tasks") && req.method == "POST") {
        const QString text = textOf(body.value(QLatin1String("input_items")).toArray());
        if (text.isEmpty())
            return error(400, QStringLiteral("invalid_request"),
                         QStringLiteral("input_items must hold a text message"));
        if (body.contains(QLatin1String("follow_up"))) {
            const QString id =
                body.value(QLatin1String("follow_up")).toObject().value(QLatin1String("task_id")).toString();
            if (!m_tasks.contains(id))
                return error(404, QStringLiteral("not_found"), QStringLiteral("Task not found"));
            CodexTask &t = m_tasks[id];
            Turn turn;
            turn.userTurnId = QStringLiteral("turn_u_%1").arg(m_next++);
            turn.id = QStringLiteral("turn_a_%1").arg(m_next++);
            turn.prompt = text;
            turn.created = nowSeconds();
            t.turns << turn;
            return FakeResponse::json(200, toJson(bundle(id, t)));
        }
        const QJsonObject newTask = body.value(QLatin1String("new_task")).toObject();
        const QString env = newTask.value(QLatin1String("environment_id")).toString();
        bool known = false;
        for (const QJsonValue &e : std::as_const(m_environments))
            known |= e.toObject().value(QLatin1String("id")).toString() == env;
        if (!known)
            return error(400, QStringLiteral("invalid_environment"), QStringLiteral("Unknown environment %1").arg(env));
        const QString id = QStringLiteral("task_e_%1").arg(m_next++);
        CodexTask t;
        t.environmentId = env;
        t.branch = newTask.value(QLatin1String("branch")).toString();
        t.title = text.left(50);
        t.bestOf = body.value(QLatin1String("metadata")).toObject().value(QLatin1String("best_of_n")).toInt(1);
        t.created = t.updated = nowSeconds();
        Turn turn;
        turn.userTurnId = QStringLiteral("turn_u_%1").arg(m_next++);
        turn.id = QStringLiteral("turn_a_%1").arg(m_next++);
        turn.prompt = text;
        turn.created = t.created;
        t.turns << turn;
        m_tasks.insert(id, t);
        return FakeResponse::json(
            200, toJson(QJsonObject{{QStringLiteral("task"), QJsonObject{{QStringLiteral("id"), id}}}}));
    }
    static const QRegularExpression taskPath(QStringLiteral("^/tasks/([^/]+)(/cancel|/archive)?$"));
    const auto m = taskPath.match(rest);
    if (!m.hasMatch() || !m_tasks.contains(m.captured(1)))
        return error(404, QStringLiteral("not_found"), QStringLiteral("Task not found"));
    CodexTask &t = m_tasks[m.captured(1)];
    if (m.captured(2).isEmpty() && req.method == "GET")
        return FakeResponse::json(200, toJson(bundle(m.captured(1), t)));
    if (m.captured(2) == QLatin1String("/cancel") && req.method == "POST") {
        t.turns.last().status = QStringLiteral("cancelled");
        return FakeResponse::json(200, "{}");
    }
    if (m.captured(2) == QLatin1String("/archive") && req.method == "POST") {
        t.archived = true;
        return FakeResponse::json(200, "{}");
    }
    return error(404, QStringLiteral("not_found"), QStringLiteral("Not found"));
}

} // namespace agentdesk::fakes
