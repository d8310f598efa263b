#include "FakeJulesServer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace agentdesk::fakes {

FakeJulesServer::FakeJulesServer(QString apiKey, QObject *parent) : QObject(parent), m_apiKey(std::move(apiKey))
{
    m_http.setHandler([this](const FakeRequest &req) { return handle(req); });
    m_http.setErrorBody([](int status) {
        const QString code = status == 429 ? QStringLiteral("RESOURCE_EXHAUSTED") : QStringLiteral("UNAVAILABLE");
        return toJson(
            QJsonObject{{QStringLiteral("error"),
                         QJsonObject{{QStringLiteral("code"), status},
                                     {QStringLiteral("message"),
                                      status == 429 ? QStringLiteral("Quota exceeded.")
                                                    : QStringLiteral("The service is currently unavailable.")},
                                     {QStringLiteral("status"), code}}}});
    });
    connect(&m_autoAdvance, &QTimer::timeout, this, &FakeJulesServer::advanceAll);
}

bool FakeJulesServer::start(quint16 port)
{
    return m_http.start(port);
}

QUrl FakeJulesServer::baseUrl() const
{
    QUrl url = m_http.baseUrl();
    url.setPath(QStringLiteral("/v1alpha"));
    return url;
}

void FakeJulesServer::addSource(const QString &owner, const QString &repo, const QString &defaultBranch)
{
    m_sources.append(withExtras(QJsonObject{
        {QStringLiteral("name"), QStringLiteral("sources/github/%1/%2").arg(owner, repo)},
        {QStringLiteral("id"), QStringLiteral("github/%1/%2").arg(owner, repo)},
        {QStringLiteral("githubRepo"),
         QJsonObject{{QStringLiteral("owner"), owner},
                     {QStringLiteral("repo"), repo},
                     {QStringLiteral("isPrivate"), false},
                     {QStringLiteral("defaultBranch"), QJsonObject{{QStringLiteral("displayName"), defaultBranch}}},
                     {QStringLiteral("branches"),
                      QJsonArray{QJsonObject{{QStringLiteral("displayName"), defaultBranch}},
                                 QJsonObject{{QStringLiteral("displayName"), QStringLiteral("dev")}}}}}},
    }));
}

void FakeJulesServer::setAutoAdvance(int intervalMs)
{
    if (intervalMs > 0)
        m_autoAdvance.start(intervalMs);
    else
        m_autoAdvance.stop();
}

QJsonObject FakeJulesServer::withExtras(QJsonObject o)
{
    // Fields a newer API version might add: clients must ignore them.
    o.insert(QStringLiteral("futureField"), QJsonObject{{QStringLiteral("nested"), true}});
    o.insert(QStringLiteral("etag"), QStringLiteral("W/\"fake\""));
    return o;
}

FakeResponse FakeJulesServer::error(int code, const QString &status, const QString &message)
{
    return FakeResponse::json(
        code, toJson(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                                       {QStringLiteral("message"), message},
                                                                       {QStringLiteral("status"), status}}}}));
}

FakeResponse FakeJulesServer::handle(const FakeRequest &req)
{
    if (req.header("x-goog-api-key") != m_apiKey.toUtf8())
        return error(403, QStringLiteral("PERMISSION_DENIED"),
                     QStringLiteral("The caller does not have permission (API key not valid)."));
    if (!req.path.startsWith(QLatin1String("/v1alpha/")))
        return error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("Unknown path."));
    const QString rest = req.path.mid(9);
    if (rest == QLatin1String("sources") && req.method == "GET")
        return listSources(req);
    if (rest.startsWith(QLatin1String("sessions")))
        return handleSessions(req, rest);
    return error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("Unknown path."));
}

FakeResponse FakeJulesServer::listSources(const FakeRequest &req)
{
    int pageSize = req.query.queryItemValue(QStringLiteral("pageSize")).toInt();
    if (pageSize <= 0)
        pageSize = 30;
    pageSize = std::min(pageSize, 100);
    const int offset = req.query.queryItemValue(QStringLiteral("pageToken")).toInt();
    QJsonArray page;
    for (int i = offset; i < m_sources.size() && page.size() < pageSize; ++i)
        page.append(m_sources.at(i));
    QJsonObject body{{QStringLiteral("sources"), page}};
    if (offset + pageSize < m_sources.size())
        body.insert(QStringLiteral("nextPageToken"), QString::number(offset + pageSize));
    return FakeResponse::json(200, toJson(body));
}

QString FakeJulesServer::addSessionElsewhere(const QString &prompt, int steps)
{
    const QString id = QString::number(QRandomGenerator::global()->bounded(1000000, 9999999));
    const QString source =
        m_sources.isEmpty() ? QString() : m_sources.first().toObject().value(QLatin1String("name")).toString();
    Session s;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    s.json = QJsonObject{{QStringLiteral("name"), QString(QStringLiteral("sessions/") + id)},
                         {QStringLiteral("id"), id},
                         {QStringLiteral("prompt"), prompt},
                         {QStringLiteral("title"), prompt.left(40)},
                         {QStringLiteral("sourceContext"), QJsonObject{{QStringLiteral("source"), source}}},
                         {QStringLiteral("requirePlanApproval"), false},
                         {QStringLiteral("state"), QStringLiteral("QUEUED")},
                         {QStringLiteral("url"), QString(QStringLiteral("https://jules.google.com/session/") + id)},
                         {QStringLiteral("createTime"), now},
                         {QStringLiteral("updateTime"), now}};
    m_sessions.insert(id, s);
    for (int i = 0; i < steps; ++i)
        advance(id);
    return id;
}

void FakeJulesServer::archive(const QString &sessionId)
{
    if (m_sessions.contains(sessionId))
        m_sessions[sessionId].archived = true;
}

void FakeJulesServer::forget(const QString &sessionId)
{
    m_sessions.remove(sessionId);
}

FakeResponse FakeJulesServer::listSessions(const FakeRequest &req)
{
    // pageSize 1..100, default 30, larger coerced; newest first; an opaque page token.
    int pageSize = req.query.queryItemValue(QStringLiteral("pageSize")).toInt();
    if (pageSize <= 0)
        pageSize = 30;
    pageSize = std::min(pageSize, 100);
    const QString filter = req.query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);
    if (!filter.isEmpty() && filter != QLatin1String("archived=true"))
        return error(400, QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("Invalid filter: %1").arg(filter));
    const bool archived = !filter.isEmpty();
    QList<QJsonObject> all;
    for (const Session &s : std::as_const(m_sessions))
        if (s.archived == archived)
            all << withExtras(s.json);
    std::sort(all.begin(), all.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("createTime")).toString() > b.value(QLatin1String("createTime")).toString();
    });
    const int offset = QByteArray::fromBase64(req.query.queryItemValue(QStringLiteral("pageToken")).toLatin1()).toInt();
    QJsonArray page;
    for (int i = offset; i < all.size() && page.size() < pageSize; ++i)
        page.append(all.at(i));
    QJsonObject body{{QStringLiteral("sessions"), page}};
    if (offset + pageSize < all.size())
        body.insert(QStringLiteral("nextPageToken"),
                    QString::fromLatin1(QByteArray::number(offset + pageSize).toBase64()));
    return FakeResponse::json(200, toJson(body));
}

FakeResponse FakeJulesServer::handleSessions(const FakeRequest &req, const QString &rest)
{
    if (rest == QLatin1String("sessions") && req.method == "GET")
        return listSessions(req);
    if (rest == QLatin1String("sessions") && req.method == "POST") {
        const QJsonObject in = QJsonDocument::fromJson(req.body).object();
        if (req.header("content-type").left(16) != "application/json")
            return error(400, QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("Expected a JSON body."));
        if (in.value(QLatin1String("prompt")).toString().isEmpty())
            return error(400, QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("prompt is required."));
        const QString source =
            in.value(QLatin1String("sourceContext")).toObject().value(QLatin1String("source")).toString();
        bool known = false;
        for (const QJsonValue &s : std::as_const(m_sources))
            known |= s.toObject().value(QLatin1String("name")).toString() == source;
        if (!known)
            return error(400, QStringLiteral("FAILED_PRECONDITION"),
                         QStringLiteral("Source %1 not found.").arg(source));
        const QString id = QString::number(QRandomGenerator::global()->bounded(1000000, 9999999));
        Session s;
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        s.json = QJsonObject{
            {QStringLiteral("name"), QString(QStringLiteral("sessions/") + id)},
            {QStringLiteral("id"), id},
            {QStringLiteral("prompt"), in.value(QLatin1String("prompt"))},
            {QStringLiteral("title"), in.value(QLatin1String("title")).toString(QStringLiteral("Untitled"))},
            {QStringLiteral("sourceContext"), in.value(QLatin1String("sourceContext"))},
            {QStringLiteral("requirePlanApproval"), in.value(QLatin1String("requirePlanApproval")).toBool()},
            {QStringLiteral("automationMode"),
             in.value(QLatin1String("automationMode")).toString(QStringLiteral("AUTOMATION_MODE_UNSPECIFIED"))},
            {QStringLiteral("state"), QStringLiteral("QUEUED")},
            {QStringLiteral("url"), QString(QStringLiteral("https://jules.google.com/session/") + id)},
            {QStringLiteral("createTime"), now},
            {QStringLiteral("updateTime"), now},
        };
        s.notFoundLeft = m_notFoundAfterCreate;
        m_sessions.insert(id, s);
        return FakeResponse::json(200, toJson(withExtras(s.json)));
    }
    static const QRegularExpression re(QStringLiteral("^sessions/([^/:]+)(/activities|:approvePlan|:sendMessage)?$"));
    const auto m = re.match(rest);
    if (!m.hasMatch())
        return error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("Unknown path."));
    const QString id = m.captured(1);
    const QString tail = m.captured(2);
    auto it = m_sessions.find(id);
    if (it == m_sessions.end())
        return error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("Session %1 not found.").arg(id));
    Session &s = *it;
    if (req.method == "GET" && s.notFoundLeft > 0) {
        --s.notFoundLeft; // Jules answers 404 for a moment right after create
        return error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("Session %1 not found.").arg(id));
    }
    if (tail.isEmpty() && req.method == "GET") {
        QJsonObject out = withExtras(s.json);
        return FakeResponse::json(200, toJson(out));
    }
    if (tail.isEmpty() && req.method == "DELETE") {
        m_sessions.erase(it);
        return FakeResponse::json(200, "{}");
    }
    if (tail == QLatin1String("/activities") && req.method == "GET")
        return listActivities(req, s);
    if (tail == QLatin1String(":approvePlan") && req.method == "POST") {
        if (s.json.value(QLatin1String("state")).toString() != QLatin1String("AWAITING_PLAN_APPROVAL"))
            return error(400, QStringLiteral("FAILED_PRECONDITION"), QStringLiteral("No plan is awaiting approval."));
        QString planId;
        for (const QJsonValue &a : std::as_const(s.activities))
            if (a.toObject().contains(QLatin1String("planGenerated")))
                planId = a.toObject()
                             .value(QLatin1String("planGenerated"))
                             .toObject()
                             .value(QLatin1String("plan"))
                             .toObject()
                             .value(QLatin1String("id"))
                             .toString();
        addActivity(s, QJsonObject{{QStringLiteral("planId"), planId}}, QStringLiteral("planApproved"), {},
                    QStringLiteral("user"));
        s.approved = true;
        s.step = 3;
        setState(s, QStringLiteral("IN_PROGRESS"));
        return FakeResponse::json(200, "{}");
    }
    if (tail == QLatin1String(":sendMessage") && req.method == "POST") {
        const QString text = QJsonDocument::fromJson(req.body).object().value(QLatin1String("prompt")).toString();
        if (text.isEmpty())
            return error(400, QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("prompt is required."));
        addActivity(s, QJsonObject{{QStringLiteral("userMessage"), text}}, QStringLiteral("userMessaged"), {},
                    QStringLiteral("user"));
        if (s.json.value(QLatin1String("state")).toString() == QLatin1String("AWAITING_USER_FEEDBACK")) {
            s.answered = true;
            s.step = 6;
            setState(s, QStringLiteral("IN_PROGRESS"));
        }
        return FakeResponse::json(200, "{}");
    }
    return error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("Unknown method."));
}

FakeResponse FakeJulesServer::listActivities(const FakeRequest &req, Session &s)
{
    int pageSize = req.query.queryItemValue(QStringLiteral("pageSize")).toInt();
    if (pageSize <= 0)
        pageSize = 50;
    pageSize = std::min(pageSize, 100);
    QJsonArray matching = s.activities;
    const QString filter = req.query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);
    if (!filter.isEmpty()) {
        static const QRegularExpression re(QStringLiteral("^create_time>\"([^\"]+)\"$"));
        const auto m = re.match(filter);
        if (m_refuseTimeFilter || !m.hasMatch())
            return error(400, QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("Invalid filter: %1").arg(filter));
        const QDateTime since = QDateTime::fromString(m.captured(1), Qt::ISODateWithMs);
        matching = QJsonArray();
        for (const QJsonValue &a : std::as_const(s.activities))
            if (QDateTime::fromString(a.toObject().value(QLatin1String("createTime")).toString(), Qt::ISODateWithMs)
                > since)
                matching.append(a);
    }
    const int offset = QByteArray::fromBase64(req.query.queryItemValue(QStringLiteral("pageToken")).toLatin1()).toInt();
    QJsonArray page;
    for (int i = offset; i < matching.size() && page.size() < pageSize; ++i)
        page.append(matching.at(i));
    QJsonObject body{{QStringLiteral("activities"), page}};
    if (offset + pageSize < matching.size())
        body.insert(QStringLiteral("nextPageToken"),
                    QString::fromLatin1(QByteArray::number(offset + pageSize).toBase64()));
    return FakeResponse::json(200, toJson(body));
}

void FakeJulesServer::addActivity(Session &s, const QJsonObject &member, const QString &memberName,
                                  const QJsonArray &artifacts, const QString &originator)
{
    m_clockMs = std::max(QDateTime::currentMSecsSinceEpoch(), m_clockMs + 1);
    const QString id = QStringLiteral("act%1").arg(s.nextActivity++);
    QJsonObject a{
        {QStringLiteral("name"),
         QString(s.json.value(QLatin1String("name")).toString() + QStringLiteral("/activities/") + id)},
        {QStringLiteral("id"), id},
        {QStringLiteral("originator"), originator},
        {QStringLiteral("createTime"), QDateTime::fromMSecsSinceEpoch(m_clockMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {memberName, member},
        {QStringLiteral("description"), memberName},
    };
    if (!artifacts.isEmpty())
        a.insert(QStringLiteral("artifacts"), artifacts);
    s.activities.append(withExtras(a));
    s.json.insert(QStringLiteral("updateTime"), a.value(QLatin1String("createTime")));
}

void FakeJulesServer::setState(Session &s, const QString &state)
{
    s.json.insert(QStringLiteral("state"), state);
    s.json.insert(QStringLiteral("updateTime"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
}

void FakeJulesServer::advance(const QString &sessionId)
{
    auto it = m_sessions.find(sessionId);
    if (it == m_sessions.end())
        return;
    Session &s = *it;
    const bool requireApproval = s.json.value(QLatin1String("requirePlanApproval")).toBool();
    switch (s.step) {
    case 0:
        setState(s, QStringLiteral("PLANNING"));
        s.step = 1;
        return;
    case 1: {
        const QJsonObject plan{
            {QStringLiteral("id"), QString(QStringLiteral("plan-") + sessionId)},
            {QStringLiteral("steps"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("s2")},
                             {QStringLiteral("index"), 1},
                             {QStringLiteral("title"), QStringLiteral("Fix the parser")},
                             {QStringLiteral("description"), QStringLiteral("Return an empty list on null input")}},
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("s1")},
                             {QStringLiteral("index"), 0},
                             {QStringLiteral("title"), QStringLiteral("Read the parser")}},
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("s3")},
                             {QStringLiteral("index"), 2},
                             {QStringLiteral("title"), QStringLiteral("Run the tests")}}}},
        };
        addActivity(s, QJsonObject{{QStringLiteral("plan"), plan}}, QStringLiteral("planGenerated"));
        if (requireApproval) {
            setState(s, QStringLiteral("AWAITING_PLAN_APPROVAL"));
            s.step = 2;
        } else {
            setState(s, QStringLiteral("IN_PROGRESS"));
            s.step = 3;
        }
        return;
    }
    case 2: return; // waits for :approvePlan
    case 3:
        addActivity(s,
                    QJsonObject{{QStringLiteral("title"), QStringLiteral("Ran tests")},
                                {QStringLiteral("description"), QStringLiteral("2 failures before the fix")}},
                    QStringLiteral("progressUpdated"),
                    QJsonArray{QJsonObject{{QStringLiteral("bashOutput"),
                                            QJsonObject{{QStringLiteral("command"), QStringLiteral("npm test")},
                                                        {QStringLiteral("output"), QStringLiteral("2 failing")},
                                                        {QStringLiteral("exitCode"), 1}}}}});
        setState(s, QStringLiteral("IN_PROGRESS"));
        s.step = 4;
        return;
    case 4:
        if ((m_askForFeedback
             || s.json.value(QLatin1String("prompt")).toString().contains(QLatin1String("ask me"), Qt::CaseInsensitive))
            && !s.answered) {
            addActivity(s,
                        QJsonObject{{QStringLiteral("agentMessage"),
                                     QStringLiteral("Should empty input return null or an empty list?")}},
                        QStringLiteral("agentMessaged"));
            setState(s, QStringLiteral("AWAITING_USER_FEEDBACK"));
            s.step = 5;
            return;
        }
        s.step = 6;
        [[fallthrough]];
    case 6:
        addActivity(
            s, QJsonObject{{QStringLiteral("title"), QStringLiteral("Changed parser.ts")}},
            QStringLiteral("progressUpdated"),
            QJsonArray{QJsonObject{
                {QStringLiteral("changeSet"),
                 QJsonObject{
                     {QStringLiteral("source"),
                      s.json.value(QLatin1String("sourceContext")).toObject().value(QLatin1String("source"))},
                     {QStringLiteral("gitPatch"),
                      QJsonObject{
                          {QStringLiteral("unidiffPatch"),
                           QStringLiteral(
                               "--- a/parser.ts\n+++ b/parser.ts\n@@ -1 +1 @@\n-return null;\n+return [];\n")},
                          {QStringLiteral("baseCommitId"), QStringLiteral("abc123")},
                          {QStringLiteral("suggestedCommitMessage"), QStringLiteral("Fix parser null return")}}}}}}});
        s.step = 7;
        return;
    case 5: return; // waits for :sendMessage
    case 7: {
        addActivity(s, QJsonObject{{QStringLiteral("agentMessage"), QStringLiteral("All tests pass now.")}},
                    QStringLiteral("agentMessaged"));
        if (s.json.value(QLatin1String("automationMode")).toString() == QLatin1String("AUTO_CREATE_PR")) {
            const QString repo = s.json.value(QLatin1String("sourceContext"))
                                     .toObject()
                                     .value(QLatin1String("source"))
                                     .toString()
                                     .section(QLatin1Char('/'), 2);
            s.json.insert(
                QStringLiteral("outputs"),
                QJsonArray{QJsonObject{
                    {QStringLiteral("pullRequest"),
                     QJsonObject{{QStringLiteral("url"), QStringLiteral("https://github.com/%1/pull/7").arg(repo)},
                                 {QStringLiteral("title"), QStringLiteral("Fix parser")},
                                 {QStringLiteral("description"), QStringLiteral("Return [] on null input")}}}}});
        }
        addActivity(s, QJsonObject{}, QStringLiteral("sessionCompleted"));
        setState(s, QStringLiteral("COMPLETED"));
        s.step = 8;
        return;
    }
    default: return;
    }
}

void FakeJulesServer::advanceAll()
{
    const QStringList ids = m_sessions.keys();
    for (const QString &id : ids)
        advance(id);
}

void FakeJulesServer::addProgress(const QString &sessionId, int count, int spacingMs)
{
    auto it = m_sessions.find(sessionId);
    if (it == m_sessions.end())
        return;
    for (int i = 0; i < count; ++i) {
        m_clockMs += std::max(0, spacingMs - 1); // addActivity adds the last millisecond
        addActivity(*it, QJsonObject{{QStringLiteral("title"), QStringLiteral("Step %1").arg(i + 1)}},
                    QStringLiteral("progressUpdated"));
    }
}

QString FakeJulesServer::state(const QString &sessionId) const
{
    return m_sessions.value(sessionId).json.value(QLatin1String("state")).toString();
}

QStringList FakeJulesServer::sessionIds() const
{
    return m_sessions.keys();
}

int FakeJulesServer::activityCount(const QString &sessionId) const
{
    return int(m_sessions.value(sessionId).activities.size());
}

} // namespace agentdesk::fakes
