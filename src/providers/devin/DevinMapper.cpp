#include "DevinMapper.h"

#include "base/Translate.h"
#include "domain/Timestamps.h"
#include "providers/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace agentdesk::devin {

namespace {
using jsonfields::str;

QDateTime timeOf(const QJsonValue &v)
{
    // v1 sends ISO strings, v3 epoch seconds.
    return v.isDouble() ? fromEpochSeconds(v.toDouble()) : fromIso(v.toString());
}

QJsonObject commonBody(const NewTask &input, const QString &title)
{
    QJsonObject body{{QStringLiteral("title"), title}};
    const QJsonObject opts = input.options.provider;
    QJsonArray tags = opts.value(QLatin1String("tags")).toArray();
    tags.prepend(QStringLiteral("agentdesk"));
    body.insert(QStringLiteral("tags"), tags);
    if (opts.contains(QLatin1String("maxAcuLimit")))
        body.insert(QStringLiteral("max_acu_limit"), opts.value(QLatin1String("maxAcuLimit")).toInt());
    if (!input.options.environment.isEmpty()) {
        QJsonArray secrets;
        for (auto it = input.options.environment.cbegin(); it != input.options.environment.cend(); ++it)
            secrets.append(QJsonObject{{QStringLiteral("key"), it.key()},
                                       {QStringLiteral("value"), it.value()},
                                       {QStringLiteral("sensitive"), true}});
        body.insert(QStringLiteral("session_secrets"), secrets);
    }
    return body;
}

} // namespace

ApiVersion versionFor(const Credentials &c)
{
    const QString wanted = c.settings.value(QLatin1String("apiVersion")).toString();
    if (wanted == QLatin1String("v1"))
        return ApiVersion::V1;
    if (wanted == QLatin1String("v3"))
        return ApiVersion::V3;
    return c.key.reveal().startsWith(QLatin1String("cog_")) ? ApiVersion::V3 : ApiVersion::V1;
}

std::optional<TaskStatus> mapStatusV1(const QString &s)
{
    if (s == QLatin1String("working") || s == QLatin1String("resumed")
        || s.startsWith(QLatin1String("resume_requested")) || s.startsWith(QLatin1String("suspend_requested"))
        || s == QLatin1String("blocked"))
        return TaskStatus::Running;
    if (s == QLatin1String("finished"))
        return TaskStatus::Completed;
    if (s == QLatin1String("expired"))
        return TaskStatus::Failed;
    return std::nullopt;
}

Attention attentionV1(const QString &s)
{
    if (s == QLatin1String("blocked"))
        return {AttentionKind::NeedsInput,
                attentionReason(QT_TRANSLATE_NOOP("AttentionReason", "Devin is blocked and waiting for your reply."))};
    return {};
}

std::optional<TaskStatus> mapStatusV3(const QString &status, const QString &detail)
{
    if (status == QLatin1String("new") || status == QLatin1String("claimed"))
        return TaskStatus::Queued;
    if (status == QLatin1String("running")) {
        if (detail == QLatin1String("finished"))
            return TaskStatus::Completed;
        if (detail == QLatin1String("waiting_for_approval"))
            return TaskStatus::AwaitingApproval;
        return TaskStatus::Running;
    }
    if (status == QLatin1String("resuming") || status == QLatin1String("suspended"))
        return TaskStatus::Running;
    if (status == QLatin1String("exit"))
        return TaskStatus::Completed;
    if (status == QLatin1String("error"))
        return TaskStatus::Failed;
    return std::nullopt;
}

Attention attentionV3(const QString &status, const QString &detail)
{
    if (status == QLatin1String("running") && detail == QLatin1String("waiting_for_user"))
        return {AttentionKind::NeedsInput,
                attentionReason(QT_TRANSLATE_NOOP("AttentionReason", "Devin is waiting for your reply."))};
    if (status == QLatin1String("running") && detail == QLatin1String("waiting_for_approval"))
        return {AttentionKind::PlanApproval,
                attentionReason(QT_TRANSLATE_NOOP(
                    "AttentionReason", "Devin waits for approval of an action; approve it in the Devin web app (its "
                                       "API has no approval call)."))};
    if (status == QLatin1String("suspended")) {
        const bool money = detail.contains(QLatin1String("credit")) || detail.contains(QLatin1String("quota"))
                           || detail.contains(QLatin1String("limit")) || detail.contains(QLatin1String("payment"));
        return {
            AttentionKind::NeedsInput,
            money
                ? agentdesk::tr("Devin suspended the session (%1); it cannot go on until that is resolved.").arg(detail)
                : agentdesk::tr("Devin suspended the session (%1); send a message to resume it.")
                      .arg(detail.isEmpty() ? agentdesk::tr("no reason given") : detail)};
    }
    return {};
}

Activity mapMessageV1(const QJsonObject &m)
{
    Activity a;
    a.id = str(m, "event_id");
    a.type = ActivityType::Message;
    a.content = str(m, "message");
    a.timestamp = timeOf(m.value(QLatin1String("timestamp")));
    const QString type = str(m, "type");
    QJsonObject meta{{QStringLiteral("author"),
                      type == QLatin1String("devin_message") ? QStringLiteral("agent") : QStringLiteral("user")},
                     {QStringLiteral("kind"), type}};
    if (!str(m, "username").isEmpty())
        meta.insert(QStringLiteral("username"), str(m, "username"));
    a.metadata = meta;
    return a;
}

Activity mapMessageV3(const QJsonObject &m)
{
    Activity a;
    a.id = str(m, "event_id");
    a.type = ActivityType::Message;
    a.content = str(m, "message");
    a.timestamp = timeOf(m.value(QLatin1String("created_at")));
    a.metadata =
        QJsonObject{{QStringLiteral("author"),
                     str(m, "source") == QLatin1String("devin") ? QStringLiteral("agent") : QStringLiteral("user")}};
    return a;
}

namespace {
void fillSummary(RemoteTask &r, const QJsonValue &structured)
{
    for (auto it = r.activities.crbegin(); it != r.activities.crend(); ++it)
        if (it->metadata.value(QLatin1String("author")).toString() == QLatin1String("agent")) {
            r.result.summary = it->content;
            break;
        }
    if (r.result.summary.isEmpty() && (structured.isObject() || structured.isArray()))
        r.result.summary = QString::fromUtf8(structured.isObject()
                                                 ? QJsonDocument(structured.toObject()).toJson(QJsonDocument::Compact)
                                                 : QJsonDocument(structured.toArray()).toJson(QJsonDocument::Compact));
}
} // namespace

RemoteTask mapSessionV1(const QJsonObject &s)
{
    RemoteTask r;
    r.externalId = str(s, "session_id");
    const QString statusEnum = str(s, "status_enum");
    r.upstreamStatus = statusEnum.isEmpty() ? str(s, "status") : statusEnum;
    r.status = mapStatusV1(statusEnum);
    r.attention = attentionV1(statusEnum);
    r.title = boundedTitle(str(s, "title"));
    r.webUrl = str(s, "url");
    r.createdAt = fromIso(str(s, "created_at"));
    r.updatedAt = fromIso(str(s, "updated_at"));
    if (statusEnum == QLatin1String("expired"))
        r.error = agentdesk::tr("The Devin session expired.");
    const QString pr = s.value(QLatin1String("pull_request")).toObject().value(QLatin1String("url")).toString();
    if (!pr.isEmpty()) {
        r.result.prUrl = pr;
        r.result.prNumber = prNumberFromUrl(pr);
    }
    const QJsonArray messages = s.value(QLatin1String("messages")).toArray();
    for (const QJsonValue &m : messages) {
        const Activity a = mapMessageV1(m.toObject());
        if (!a.id.isEmpty())
            r.activities << a;
    }
    fillSummary(r, s.value(QLatin1String("structured_output")));
    return r;
}

RemoteTask mapSessionV3(const QJsonObject &s)
{
    RemoteTask r;
    r.externalId = str(s, "session_id");
    const QString status = str(s, "status");
    const QString detail = str(s, "status_detail");
    r.upstreamStatus = detail.isEmpty() ? status : status + QLatin1Char('/') + detail;
    r.status = mapStatusV3(status, detail);
    r.attention = attentionV3(status, detail);
    r.title = boundedTitle(str(s, "title"));
    r.webUrl = str(s, "url");
    r.createdAt = timeOf(s.value(QLatin1String("created_at")));
    r.updatedAt = timeOf(s.value(QLatin1String("updated_at")));
    if (s.contains(QLatin1String("is_archived")))
        r.archived = s.value(QLatin1String("is_archived")).toBool();
    if (status == QLatin1String("error"))
        r.error = detail.isEmpty() ? agentdesk::tr("Devin reported an error.")
                                   : agentdesk::tr("Devin reported an error (%1).").arg(detail);
    const QJsonArray prs = s.value(QLatin1String("pull_requests")).toArray();
    for (const QJsonValue &v : prs) {
        const QString url = v.toObject().value(QLatin1String("pr_url")).toString();
        if (!url.isEmpty()) {
            r.result.prUrl = url;
            r.result.prNumber = prNumberFromUrl(url);
            break;
        }
    }
    if (s.value(QLatin1String("acus_consumed")).isDouble())
        r.result.cost = TaskCost{s.value(QLatin1String("acus_consumed")).toDouble(), costunit::acu, true};
    return r;
}

QString promptWithRepository(const NewTask &input)
{
    QString head = agentdesk::tr("In %1").arg(input.repoUrl);
    if (!input.branch.isEmpty())
        head += agentdesk::tr(" (branch %1)").arg(input.branch);
    QString prompt = head + QStringLiteral(":\n\n") + input.prompt;
    if (input.options.autoCreatePr)
        prompt += QStringLiteral("\n\n") + agentdesk::tr("When you are done, open a pull request.");
    return prompt;
}

QJsonObject createBodyV1(const NewTask &input, const QString &title)
{
    QJsonObject body = commonBody(input, title);
    body.insert(QStringLiteral("prompt"), promptWithRepository(input));
    body.insert(QStringLiteral("idempotent"), false);
    return body;
}

QJsonObject createBodyV3(const NewTask &input, const QString &title)
{
    QJsonObject body = commonBody(input, title);
    // v3 has `repos` (strings; "owner/repo" per the web app's naming — INFERRED), but
    // no branch or PR field: those stay in the prompt as in v1.
    body.insert(QStringLiteral("repos"), QJsonArray{repoNameFromUrl(input.repoUrl)});
    body.insert(QStringLiteral("prompt"), promptWithRepository(input));
    return body;
}

} // namespace agentdesk::devin
