#include "JulesMapper.h"

#include "base/Translate.h"
#include "domain/Timestamps.h"
#include "providers/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace agentdesk::jules {

namespace {
using jsonfields::obj;
using jsonfields::str;

QString planText(const QJsonObject &plan, QJsonArray *stepsOut)
{
    QJsonArray steps = plan.value(QLatin1String("steps")).toArray();
    // Steps carry an index; the list order is not guaranteed to follow it.
    std::vector<QJsonObject> sorted;
    for (const QJsonValue &v : std::as_const(steps))
        sorted.push_back(v.toObject());
    std::stable_sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("index")).toInt() < b.value(QLatin1String("index")).toInt();
    });
    QStringList lines;
    QJsonArray clean;
    int n = 1;
    for (const QJsonObject &step : sorted) {
        const QString title = str(step, "title");
        const QString description = str(step, "description");
        lines << QStringLiteral("%1. %2").arg(n++).arg(title)
                     + (description.isEmpty() ? QString() : QStringLiteral(" — ") + description);
        clean.append(QJsonObject{{QStringLiteral("id"), str(step, "id")},
                                 {QStringLiteral("title"), title},
                                 {QStringLiteral("description"), description}});
    }
    *stepsOut = clean;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString bareSessionId(const QString &nameOrId)
{
    return nameOrId.startsWith(QLatin1String("sessions/")) ? nameOrId.mid(9) : nameOrId;
}

std::optional<TaskStatus> mapState(const QString &state)
{
    if (state == QLatin1String("QUEUED"))
        return TaskStatus::Queued;
    if (state == QLatin1String("PLANNING") || state == QLatin1String("IN_PROGRESS")
        || state == QLatin1String("AWAITING_USER_FEEDBACK") || state == QLatin1String("PAUSED"))
        return TaskStatus::Running;
    if (state == QLatin1String("AWAITING_PLAN_APPROVAL"))
        return TaskStatus::AwaitingApproval;
    if (state == QLatin1String("COMPLETED"))
        return TaskStatus::Completed;
    if (state == QLatin1String("FAILED"))
        return TaskStatus::Failed;
    return std::nullopt; // STATE_UNSPECIFIED, absent, or a state newer than this code
}

Attention attentionForState(const QString &state)
{
    if (state == QLatin1String("AWAITING_PLAN_APPROVAL"))
        return {
            AttentionKind::PlanApproval,
            attentionReason(QT_TRANSLATE_NOOP("AttentionReason", "Jules drafted a plan and waits for your approval."))};
    if (state == QLatin1String("AWAITING_USER_FEEDBACK"))
        return {AttentionKind::NeedsInput,
                attentionReason(QT_TRANSLATE_NOOP("AttentionReason", "Jules is waiting for your reply."))};
    return {};
}

RemoteTask mapSession(const QJsonObject &session)
{
    RemoteTask r;
    r.externalId = str(session, "id");
    if (r.externalId.isEmpty())
        r.externalId = bareSessionId(str(session, "name"));
    r.upstreamStatus = str(session, "state");
    r.status = mapState(r.upstreamStatus);
    r.attention = attentionForState(r.upstreamStatus);
    r.title = boundedTitle(str(session, "title"));
    r.webUrl = str(session, "url");
    r.prompt = boundedText(str(session, "prompt"));
    r.createdAt = fromIso(str(session, "createTime"));
    r.updatedAt = fromIso(str(session, "updateTime"));
    // Jules reports no usage; its plans allow a number of tasks a day, so a task counts as one.
    r.result.cost = TaskCost{1, costunit::tasks, true};
    if (session.contains(QLatin1String("archived")))
        r.archived = session.value(QLatin1String("archived")).toBool();
    const QJsonObject context = obj(session, "sourceContext");
    const QString source = str(context, "source"); // sources/github/{owner}/{repo}
    if (source.startsWith(QLatin1String("sources/github/"))) {
        r.source.repoName = source.mid(15);
        r.source.repoUrl = QStringLiteral("https://github.com/") + r.source.repoName;
    } else if (!source.isEmpty()) {
        r.source.repoName = source.section(QLatin1Char('/'), 1);
    }
    r.source.branch = str(obj(context, "githubRepoContext"), "startingBranch");
    const QJsonArray outputs = session.value(QLatin1String("outputs")).toArray();
    for (const QJsonValue &v : outputs) {
        const QJsonObject pr = obj(v.toObject(), "pullRequest");
        const QString url = str(pr, "url");
        if (url.isEmpty())
            continue;
        r.result.prUrl = url;
        r.result.prNumber = prNumberFromUrl(url);
        r.result.summary = str(pr, "title");
        r.result.commitMessage = str(pr, "description");
        break;
    }
    return r;
}

namespace {

// The activity's kind (plan, message, progress, completion, ...): its type and text.
void mapKind(const QJsonObject &a, Activity &out, QJsonObject &meta)
{
    if (a.contains(QLatin1String("planGenerated"))) {
        const QJsonObject plan = obj(obj(a, "planGenerated"), "plan");
        QJsonArray steps;
        out.type = ActivityType::Plan;
        out.content = planText(plan, &steps);
        meta.insert(QStringLiteral("planId"), str(plan, "id"));
        meta.insert(QStringLiteral("steps"), steps);
    } else if (a.contains(QLatin1String("planApproved"))) {
        out.type = ActivityType::Message;
        out.content = agentdesk::tr("Plan approved");
        meta.insert(QStringLiteral("planId"), str(obj(a, "planApproved"), "planId"));
    } else if (a.contains(QLatin1String("agentMessaged"))) {
        out.type = ActivityType::Message;
        out.content = str(obj(a, "agentMessaged"), "agentMessage");
        meta.insert(QStringLiteral("author"), QStringLiteral("agent"));
    } else if (a.contains(QLatin1String("userMessaged"))) {
        out.type = ActivityType::Message;
        out.content = str(obj(a, "userMessaged"), "userMessage");
        meta.insert(QStringLiteral("author"), QStringLiteral("user"));
    } else if (a.contains(QLatin1String("progressUpdated"))) {
        const QJsonObject p = obj(a, "progressUpdated");
        const QString title = str(p, "title");
        const QString description = str(p, "description");
        out.type = ActivityType::Command;
        out.content = description.isEmpty() ? title : title + QStringLiteral(": ") + description;
    } else if (a.contains(QLatin1String("sessionCompleted"))) {
        out.type = ActivityType::Completion;
        out.content = agentdesk::tr("Session completed");
    } else if (a.contains(QLatin1String("sessionFailed"))) {
        out.type = ActivityType::Error;
        out.content = str(obj(a, "sessionFailed"), "reason");
        if (out.content.isEmpty())
            out.content = agentdesk::tr("Session failed");
    } else {
        // A kind newer than this code: keep it, readable, instead of dropping it.
        out.type = ActivityType::Message;
        out.content = str(a, "description");
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (it.value().isObject() && it.key() != QLatin1String("artifacts")) {
                meta.insert(QStringLiteral("kind"), it.key());
                break;
            }
        }
    }
}

// Artifacts: a change set makes the activity a code change; shell output and media ride along.
void mapArtifacts(const QJsonArray &artifacts, Activity &out, QJsonObject &meta)
{
    QJsonArray media;
    for (const QJsonValue &v : artifacts) {
        const QJsonObject art = v.toObject();
        if (art.contains(QLatin1String("changeSet"))) {
            const QJsonObject patch = obj(obj(art, "changeSet"), "gitPatch");
            meta.insert(QStringLiteral("patch"), str(patch, "unidiffPatch"));
            meta.insert(QStringLiteral("baseCommitId"), str(patch, "baseCommitId"));
            meta.insert(QStringLiteral("commitMessage"), str(patch, "suggestedCommitMessage"));
            if (out.type == ActivityType::Command || out.type == ActivityType::Message) {
                out.type = ActivityType::CodeChange;
                if (out.content.isEmpty())
                    out.content = str(patch, "suggestedCommitMessage");
            }
        } else if (art.contains(QLatin1String("bashOutput"))) {
            const QJsonObject bash = obj(art, "bashOutput");
            meta.insert(QStringLiteral("command"), str(bash, "command"));
            meta.insert(QStringLiteral("output"), str(bash, "output"));
            meta.insert(QStringLiteral("exitCode"), bash.value(QLatin1String("exitCode")).toInt());
            if (out.type == ActivityType::Message && out.content.isEmpty())
                out.type = ActivityType::Command;
            if (out.content.isEmpty())
                out.content = str(bash, "command");
        } else if (art.contains(QLatin1String("media"))) {
            const QJsonObject m = obj(art, "media");
            media.append(QJsonObject{{QStringLiteral("mimeType"), str(m, "mimeType")},
                                     {QStringLiteral("data"), str(m, "data")}});
        }
    }
    if (!media.isEmpty())
        meta.insert(QStringLiteral("attachments"), media);
}

} // namespace

Activity mapActivity(const QJsonObject &a)
{
    Activity out;
    out.id = str(a, "id");
    if (out.id.isEmpty())
        out.id = str(a, "name").section(QLatin1Char('/'), -1);
    out.timestamp = fromIso(str(a, "createTime"));
    QJsonObject meta;
    if (const QString originator = str(a, "originator"); !originator.isEmpty())
        meta.insert(QStringLiteral("author"), originator);
    mapKind(a, out, meta);
    if (out.content.isEmpty())
        out.content = str(a, "description");
    mapArtifacts(a.value(QLatin1String("artifacts")).toArray(), out, meta);
    out.metadata = meta;
    return out;
}

std::optional<TaskStatus> statusFromActivities(const QList<Activity> &activities)
{
    for (auto it = activities.crbegin(); it != activities.crend(); ++it) {
        if (it->type == ActivityType::Completion)
            return TaskStatus::Completed;
        if (it->type == ActivityType::Error)
            return TaskStatus::Failed;
    }
    return std::nullopt;
}

SourceInfo mapSource(const QJsonObject &source)
{
    SourceInfo s;
    s.name = str(source, "name");
    const QJsonObject repo = obj(source, "githubRepo");
    const QString owner = str(repo, "owner");
    const QString name = str(repo, "repo");
    if (!owner.isEmpty() && !name.isEmpty()) {
        s.repoName = owner + QLatin1Char('/') + name;
        s.url = QStringLiteral("https://github.com/") + s.repoName;
    }
    // defaultBranch is an object {displayName}; accept a bare string too.
    const QJsonValue def = repo.value(QLatin1String("defaultBranch"));
    s.defaultBranch = def.isObject() ? def.toObject().value(QLatin1String("displayName")).toString() : def.toString();
    const QJsonArray branches = repo.value(QLatin1String("branches")).toArray();
    for (const QJsonValue &b : branches)
        s.branches << b.toObject().value(QLatin1String("displayName")).toString();
    return s;
}

QJsonObject createSessionBody(const NewTask &input, const QString &sourceName, const QString &title)
{
    QJsonObject repoContext;
    if (!input.branch.isEmpty())
        repoContext.insert(QStringLiteral("startingBranch"), input.branch);
    QJsonObject body{
        {QStringLiteral("prompt"), input.prompt},
        {QStringLiteral("title"), title},
        {QStringLiteral("sourceContext"),
         QJsonObject{{QStringLiteral("source"), sourceName}, {QStringLiteral("githubRepoContext"), repoContext}}},
        {QStringLiteral("requirePlanApproval"), input.options.planApprovalRequired},
    };
    if (input.options.autoCreatePr)
        body.insert(QStringLiteral("automationMode"), QStringLiteral("AUTO_CREATE_PR"));
    return body;
}

} // namespace agentdesk::jules
