#include "CursorMapper.h"

#include "base/Translate.h"
#include "domain/Timestamps.h"
#include "providers/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace agentdesk::cursor {

namespace {
using jsonfields::str;
void setPr(RemoteTask &r, const QString &url)
{
    if (url.isEmpty())
        return;
    r.result.prUrl = url;
    r.result.prNumber = prNumberFromUrl(url);
}
} // namespace

ApiVersion versionFor(const Credentials &c)
{
    return c.settings.value(QLatin1String("apiVersion")).toString() == QLatin1String("v0") ? ApiVersion::V0
                                                                                           : ApiVersion::V1;
}

std::optional<TaskStatus> mapStatus(const QString &s)
{
    if (s == QLatin1String("CREATING"))
        return TaskStatus::Queued;
    if (s == QLatin1String("RUNNING"))
        return TaskStatus::Running;
    if (s == QLatin1String("FINISHED"))
        return TaskStatus::Completed;
    if (s == QLatin1String("ERROR") || s == QLatin1String("EXPIRED"))
        return TaskStatus::Failed;
    if (s == QLatin1String("CANCELLED"))
        return TaskStatus::Cancelled;
    return std::nullopt; // e.g. v0's undocumented state after /stop
}

QString errorForStatus(const QString &s)
{
    if (s == QLatin1String("ERROR"))
        return agentdesk::tr("Cursor reported an error for this agent.");
    if (s == QLatin1String("EXPIRED"))
        return agentdesk::tr("The Cursor agent expired before it finished.");
    return {};
}

QString prUrlOfAgent(const QJsonObject &agent)
{
    const QString v0 = agent.value(QLatin1String("target")).toObject().value(QLatin1String("prUrl")).toString();
    if (!v0.isEmpty())
        return v0;
    const QJsonArray repos = agent.value(QLatin1String("repos")).toArray();
    for (const QJsonValue &r : repos) {
        const QString url = r.toObject().value(QLatin1String("prUrl")).toString();
        if (!url.isEmpty())
            return url;
    }
    return {};
}

RemoteTask mapAgentV0(const QJsonObject &agent)
{
    RemoteTask r;
    r.externalId = str(agent, "id");
    r.upstreamStatus = str(agent, "status");
    r.status = mapStatus(r.upstreamStatus);
    r.error = errorForStatus(r.upstreamStatus);
    r.title = str(agent, "name");
    r.webUrl = agent.value(QLatin1String("target")).toObject().value(QLatin1String("url")).toString();
    r.result.summary = str(agent, "summary");
    setPr(r, prUrlOfAgent(agent));
    return r;
}

QList<Activity> mapConversationV0(const QJsonObject &conversation)
{
    QList<Activity> list;
    const QJsonArray messages = conversation.value(QLatin1String("messages")).toArray();
    for (const QJsonValue &v : messages) {
        const QJsonObject m = v.toObject();
        Activity a;
        a.id = str(m, "id");
        a.type = ActivityType::Message;
        a.content = str(m, "text");
        // The conversation carries no times: the store stamps first sight.
        a.metadata = QJsonObject{{QStringLiteral("author"), str(m, "type") == QLatin1String("user_message")
                                                                ? QStringLiteral("user")
                                                                : QStringLiteral("agent")}};
        if (!a.id.isEmpty())
            list << a;
    }
    return list;
}

RemoteTask mapAgentV1(const QJsonObject &agent)
{
    RemoteTask r;
    r.externalId = str(agent, "id");
    r.title = str(agent, "name");
    r.webUrl = str(agent, "url");
    r.createdAt = fromIso(str(agent, "createdAt"));
    r.updatedAt = fromIso(str(agent, "updatedAt"));
    if (agent.contains(QLatin1String("status")))
        r.archived = str(agent, "status") == QLatin1String("ARCHIVED"); // lifecycle; the run has the rest
    setPr(r, prUrlOfAgent(agent));
    if (!str(agent, "latestRunId").isEmpty())
        r.providerState.insert(QStringLiteral("runId"), str(agent, "latestRunId"));
    return r;
}

void applyRunV1(RemoteTask &task, const QJsonObject &run)
{
    task.upstreamStatus = str(run, "status");
    task.status = mapStatus(task.upstreamStatus);
    const QString error = errorForStatus(task.upstreamStatus);
    if (!error.isEmpty() && task.error.isEmpty())
        task.error = error;
    const QDateTime updated = fromIso(str(run, "updatedAt"));
    if (updated.isValid() && (!task.updatedAt.isValid() || updated > task.updatedAt))
        task.updatedAt = updated;
    task.providerState.insert(QStringLiteral("runId"), str(run, "id"));
}

std::optional<Activity> mapStreamEvent(const QString &id, const QString &type, const QJsonObject &data,
                                       RemoteTask &task)
{
    Activity a;
    a.id = QStringLiteral("sse:") + id;
    a.timestamp = fromIso(str(data, "timestamp"));
    if (type == QLatin1String("assistant")) {
        a.type = ActivityType::Message;
        a.content = str(data, "text");
        a.metadata = QJsonObject{{QStringLiteral("author"), QStringLiteral("agent")}};
        return a;
    }
    if (type == QLatin1String("user")) {
        a.type = ActivityType::Message;
        a.content = str(data, "text");
        a.metadata = QJsonObject{{QStringLiteral("author"), QStringLiteral("user")}};
        return a;
    }
    if (type == QLatin1String("tool_call")) {
        a.type = str(data, "name") == QLatin1String("edit_file") ? ActivityType::CodeChange : ActivityType::Command;
        a.content = str(data, "name")
                    + (str(data, "summary").isEmpty() ? QString() : QStringLiteral(": ") + str(data, "summary"));
        a.metadata = data;
        return a;
    }
    if (type == QLatin1String("result")) {
        setPr(task, str(data, "prUrl"));
        if (!str(data, "summary").isEmpty())
            task.result.summary = str(data, "summary");
        a.type = ActivityType::Completion;
        a.content = str(data, "summary").isEmpty() ? agentdesk::tr("Run finished") : str(data, "summary");
        a.metadata = data;
        return a;
    }
    if (type == QLatin1String("error")) {
        task.error = str(data, "message");
        a.type = ActivityType::Error;
        a.content = task.error;
        a.metadata = data;
        return a;
    }
    // status, thinking, heartbeat, done: no timeline entry.
    return std::nullopt;
}

QJsonObject createBodyV0(const NewTask &input)
{
    QJsonObject source{{QStringLiteral("repository"), input.repoUrl}};
    if (!input.branch.isEmpty())
        source.insert(QStringLiteral("ref"), input.branch);
    QJsonObject body{
        {QStringLiteral("prompt"), QJsonObject{{QStringLiteral("text"), input.prompt}}},
        {QStringLiteral("source"), source},
        // autoCreatePr belongs under target, not at the top level.
        {QStringLiteral("target"), QJsonObject{{QStringLiteral("autoCreatePr"), input.options.autoCreatePr}}},
    };
    if (input.options.provider.contains(QLatin1String("model")))
        body.insert(QStringLiteral("model"), input.options.provider.value(QLatin1String("model")).toString());
    return body;
}

QJsonObject createBodyV1(const NewTask &input)
{
    QJsonObject repo{{QStringLiteral("url"), input.repoUrl}};
    if (!input.branch.isEmpty())
        repo.insert(QStringLiteral("startingRef"), input.branch);
    QJsonObject body{
        {QStringLiteral("prompt"), QJsonObject{{QStringLiteral("text"), input.prompt}}},
        {QStringLiteral("repos"), QJsonArray{repo}},
        {QStringLiteral("autoCreatePR"), input.options.autoCreatePr},
    };
    if (input.options.provider.contains(QLatin1String("model")))
        body.insert(
            QStringLiteral("model"),
            QJsonObject{{QStringLiteral("id"), input.options.provider.value(QLatin1String("model")).toString()}});
    if (!input.options.environment.isEmpty()) {
        QJsonObject vars;
        for (auto it = input.options.environment.cbegin(); it != input.options.environment.cend(); ++it)
            vars.insert(it.key(), it.value());
        body.insert(QStringLiteral("envVars"), vars);
    }
    return body;
}

QList<SourceInfo> mapRepositoriesV0(const QJsonObject &page)
{
    QList<SourceInfo> list;
    const QJsonArray repos = page.value(QLatin1String("repositories")).toArray();
    for (const QJsonValue &v : repos) {
        const QJsonObject o = v.toObject();
        SourceInfo s;
        s.url = str(o, "repository");
        s.name = s.url;
        s.repoName = str(o, "owner") + QLatin1Char('/') + str(o, "name");
        list << s;
    }
    return list;
}

QList<SourceInfo> mapRepositoriesV1(const QJsonObject &page)
{
    QList<SourceInfo> list;
    const QJsonArray items = page.value(QLatin1String("items")).toArray();
    for (const QJsonValue &v : items) {
        SourceInfo s;
        s.url = v.toObject().value(QLatin1String("url")).toString();
        s.name = s.url;
        s.repoName = repoNameFromUrl(s.url);
        list << s;
    }
    return list;
}

} // namespace agentdesk::cursor
