#include "CodexMapper.h"

#include "base/Translate.h"
#include "domain/Timestamps.h"
#include "providers/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace agentdesk::codex {

namespace {
using jsonfields::obj;
using jsonfields::str;
QString textOf(const QJsonArray &content)
{
    QStringList parts;
    for (const QJsonValue &c : content) {
        const QJsonObject part = c.toObject();
        if (str(part, "content_type") == QLatin1String("text") || part.contains(QLatin1String("text")))
            parts << str(part, "text");
    }
    return parts.join(QLatin1Char('\n'));
}
QString prUrlOf(const QJsonObject &pr)
{
    // Element fields are INFERRED: accept the spellings seen in the wild.
    for (const char *key : {"url", "html_url", "pr_url"})
        if (!str(pr, key).isEmpty())
            return str(pr, key);
    return str(obj(pr, "pull_request"), "url");
}

// An assistant turn's messages (appended to `activities` and `answer`) and diffs (returned).
QList<Activity> mapTurnOutputs(const QJsonObject &turn, const QString &turnId, const QDateTime &when,
                               const QJsonObject &diffStats, QList<Activity> *activities, QStringList *answer)
{
    QList<Activity> diffs;
    const QJsonArray outputs = turn.value(QLatin1String("output_items")).toArray();
    for (int i = 0; i < outputs.size(); ++i) {
        const QJsonObject item = outputs.at(i).toObject();
        if (str(item, "type") == QLatin1String("message")) {
            Activity a;
            a.id = QStringLiteral("%1:out:%2").arg(turnId).arg(i);
            a.type = ActivityType::Message;
            a.content = boundedText(textOf(item.value(QLatin1String("content")).toArray()));
            a.timestamp = when;
            a.metadata = QJsonObject{{QStringLiteral("author"), QStringLiteral("agent")}};
            if (answer)
                *answer << a.content;
            activities->append(a);
        } else if (str(item, "type") == QLatin1String("pr") || str(item, "type") == QLatin1String("output_diff")) {
            const QString diff =
                str(item, "type") == QLatin1String("pr") ? str(obj(item, "output_diff"), "diff") : str(item, "diff");
            Activity a;
            a.id = QStringLiteral("%1:diff:%2").arg(turnId).arg(i);
            a.type = ActivityType::CodeChange;
            a.content = agentdesk::tr("Code changes");
            a.timestamp = when;
            a.metadata = QJsonObject{{QStringLiteral("patch"), diff}, {QStringLiteral("diffStats"), diffStats}};
            diffs << a;
        }
    }
    return diffs;
}

} // namespace

std::optional<TaskStatus> mapTurnStatus(const QString &s)
{
    if (s == QLatin1String("pending"))
        return TaskStatus::Queued;
    if (s == QLatin1String("in_progress"))
        return TaskStatus::Running;
    if (s == QLatin1String("completed"))
        return TaskStatus::Completed;
    if (s == QLatin1String("failed"))
        return TaskStatus::Failed;
    if (s == QLatin1String("cancelled"))
        return TaskStatus::Cancelled;
    return std::nullopt;
}

std::optional<TaskStatus> mapLegacyState(const QString &s)
{
    if (s == QLatin1String("pending"))
        return TaskStatus::Queued;
    if (s == QLatin1String("ready") || s == QLatin1String("applied"))
        return TaskStatus::Completed;
    if (s == QLatin1String("error"))
        return TaskStatus::Failed;
    return std::nullopt;
}

namespace {

QDateTime epochOr(const QJsonObject &o, const char *key, const QDateTime &fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? fromEpochSeconds(v.toDouble()) : fallback;
}

// The operator's turn: the prompt or a follow-up, one activity per message.
QList<Activity> userTurnActivities(const QJsonObject &userTurn, const QDateTime &fallback)
{
    QList<Activity> out;
    if (str(userTurn, "id").isEmpty())
        return out;
    const QJsonArray inputs = userTurn.value(QLatin1String("input_items")).toArray();
    for (int i = 0; i < inputs.size(); ++i) {
        const QJsonObject item = inputs.at(i).toObject();
        if (str(item, "type") != QLatin1String("message"))
            continue;
        Activity a;
        a.id = QStringLiteral("%1:in:%2").arg(str(userTurn, "id")).arg(i);
        a.type = ActivityType::Message;
        a.content = textOf(item.value(QLatin1String("content")).toArray());
        a.timestamp = epochOr(userTurn, "created_at", fallback);
        a.metadata = QJsonObject{{QStringLiteral("author"), QStringLiteral("user")}};
        out << a;
    }
    return out;
}

// What the agent did in its turn: the worklog's messages and tool calls.
QList<Activity> worklogActivities(const QJsonObject &turn, const QString &turnId, const QDateTime &when)
{
    QList<Activity> out;
    const QJsonArray log = obj(turn, "worklog").value(QLatin1String("messages")).toArray();
    for (int i = 0; i < log.size(); ++i) {
        const QJsonObject m = log.at(i).toObject();
        Activity a;
        a.id = QStringLiteral("%1:log:%2").arg(turnId).arg(i);
        a.timestamp = epochOr(m, "created_at", when);
        QStringList parts;
        for (const QJsonValue &p : obj(m, "content").value(QLatin1String("parts")).toArray())
            parts << (p.isString() ? p.toString() : p.toObject().value(QLatin1String("text")).toString());
        a.content = parts.join(QLatin1Char('\n'));
        const QString role = str(obj(m, "author"), "role");
        a.type = role == QLatin1String("tool") ? ActivityType::Command : ActivityType::Message;
        a.metadata = QJsonObject{{QStringLiteral("author"),
                                  role == QLatin1String("user") ? QStringLiteral("user") : QStringLiteral("agent")}};
        out << a;
    }
    return out;
}

// The task's diff turn: the patches as the task shows them.
QList<Activity> diffTurnActivities(const QJsonObject &bundle, const QString &turnId, const QDateTime &when,
                                   const QJsonObject &diffStats)
{
    QList<Activity> out;
    const QJsonArray diffTurn = obj(bundle, "current_diff_task_turn").value(QLatin1String("output_items")).toArray();
    for (int i = 0; i < diffTurn.size(); ++i) {
        const QJsonObject item = diffTurn.at(i).toObject();
        if (str(item, "type") != QLatin1String("output_diff"))
            continue;
        Activity a;
        a.id = QStringLiteral("%1:taskdiff:%2").arg(turnId).arg(i);
        a.type = ActivityType::CodeChange;
        a.content = agentdesk::tr("Code changes");
        a.timestamp = when;
        a.metadata =
            QJsonObject{{QStringLiteral("patch"), str(item, "diff")}, {QStringLiteral("diffStats"), diffStats}};
        out << a;
    }
    return out;
}

// The turn's error, if it has one: the task's error and an activity.
void applyTurnError(RemoteTask &r, const QJsonObject &turn, const QString &turnId, const QDateTime &when)
{
    const QJsonObject error = obj(turn, "error");
    if (error.isEmpty())
        return;
    r.error = str(error, "message");
    Activity a;
    a.id = QStringLiteral("%1:error").arg(turnId);
    a.type = ActivityType::Error;
    a.content = r.error;
    a.timestamp = when;
    a.metadata = QJsonObject{{QStringLiteral("code"), error.value(QLatin1String("code"))}};
    r.activities << a;
}

QString firstPullRequest(const QJsonObject &task)
{
    for (const QJsonValue &v : task.value(QLatin1String("external_pull_requests")).toArray())
        if (const QString url = prUrlOf(v.toObject()); !url.isEmpty())
            return url;
    return {};
}

} // namespace

RemoteTask mapTaskBundle(const QJsonObject &bundle)
{
    RemoteTask r;
    const QJsonObject task = obj(bundle, "task");
    r.externalId = str(task, "id");
    r.title = boundedTitle(str(task, "title"));
    if (task.contains(QLatin1String("archived")))
        r.archived = task.value(QLatin1String("archived")).toBool();
    r.createdAt = epochOr(task, "created_at", {});
    r.updatedAt = epochOr(task, "updated_at", {});
    const QJsonObject display = obj(bundle, "task_status_display");
    const QJsonObject latest = obj(display, "latest_turn_status_display");
    const QJsonObject turn = obj(bundle, "current_assistant_turn");
    QString turnStatus = str(turn, "turn_status");
    if (turnStatus.isEmpty())
        turnStatus = str(latest, "turn_status");
    r.upstreamStatus = turnStatus.isEmpty() ? str(display, "state") : turnStatus;
    r.status = turnStatus.isEmpty() ? mapLegacyState(str(display, "state")) : mapTurnStatus(turnStatus);
    const QString turnId = str(turn, "id").isEmpty() ? str(latest, "turn_id") : str(turn, "id");
    if (!turnId.isEmpty())
        r.providerState.insert(QStringLiteral("turnId"), turnId);
    const QDateTime when = epochOr(turn, "created_at", r.updatedAt);

    // The operator's turn (prompt or follow-up), then the worklog (what it did), then its
    // answer and the diff: ids are stable per turn.
    r.activities << userTurnActivities(obj(bundle, "current_user_turn"), r.updatedAt);
    r.activities << worklogActivities(turn, turnId, when);
    QStringList answer;
    const QList<Activity> turnDiffs =
        mapTurnOutputs(turn, turnId, when, obj(latest, "diff_stats"), &r.activities, &answer);
    // The same patch can come twice: in the assistant turn and in the task's diff turn.
    // Like the Codex CLI, take the diff turn's when it has one.
    const QList<Activity> taskDiffs = diffTurnActivities(bundle, turnId, when, obj(latest, "diff_stats"));
    r.activities += taskDiffs.isEmpty() ? turnDiffs : taskDiffs;
    const QJsonArray siblings = latest.value(QLatin1String("sibling_turn_ids")).toArray();
    if (!siblings.isEmpty())
        r.providerState.insert(QStringLiteral("siblingTurnIds"), siblings);
    applyTurnError(r, turn, turnId, when);
    if (!answer.isEmpty())
        r.result.summary = answer.join(QLatin1Char('\n'));
    r.result.prUrl = firstPullRequest(task);
    if (!r.result.prUrl.isEmpty())
        r.result.prNumber = prNumberFromUrl(r.result.prUrl);
    return r;
}

QList<Activity> mapSiblingTurns(const QJsonObject &answer)
{
    QList<Activity> out;
    const QJsonArray turns = answer.value(QLatin1String("sibling_turns")).toArray();
    for (int n = 0; n < turns.size(); ++n) {
        const QJsonObject turn = turns.at(n).toObject();
        const QString turnId = str(turn, "id");
        if (turnId.isEmpty())
            continue;
        const QDateTime when = turn.value(QLatin1String("created_at")).isDouble()
                                   ? fromEpochSeconds(turn.value(QLatin1String("created_at")).toDouble())
                                   : QDateTime();
        QList<Activity> attempt;
        const QList<Activity> diffs = mapTurnOutputs(turn, turnId, when, obj(turn, "diff_stats"), &attempt, nullptr);
        attempt += diffs;
        for (Activity &a : attempt) {
            // Another of the best-of-N attempts: said so, numbered after the shown one.
            a.metadata.insert(QStringLiteral("attempt"), n + 2);
            if (a.type == ActivityType::Message)
                a.content = agentdesk::tr("Attempt %1: %2").arg(n + 2).arg(a.content);
            else
                a.content = agentdesk::tr("Attempt %1: code changes").arg(n + 2);
            out << a;
        }
    }
    return out;
}

RemoteTask mapListItem(const QJsonObject &item)
{
    RemoteTask r;
    r.externalId = str(item, "id");
    r.title = boundedTitle(str(item, "title"));
    if (item.value(QLatin1String("created_at")).isDouble())
        r.createdAt = fromEpochSeconds(item.value(QLatin1String("created_at")).toDouble());
    if (item.value(QLatin1String("updated_at")).isDouble())
        r.updatedAt = fromEpochSeconds(item.value(QLatin1String("updated_at")).toDouble());
    if (item.contains(QLatin1String("archived")))
        r.archived = item.value(QLatin1String("archived")).toBool();
    const QJsonObject display = obj(item, "task_status_display");
    const QString turnStatus = str(obj(display, "latest_turn_status_display"), "turn_status");
    r.upstreamStatus = turnStatus.isEmpty() ? str(display, "state") : turnStatus;
    r.status = turnStatus.isEmpty() ? mapLegacyState(str(display, "state")) : mapTurnStatus(turnStatus);
    r.source.repoName = str(display, "environment_label");
    const QJsonArray prs = item.value(QLatin1String("pull_requests")).toArray();
    for (const QJsonValue &v : prs) {
        const QString url = prUrlOf(v.toObject());
        if (!url.isEmpty()) {
            r.result.prUrl = url;
            r.result.prNumber = prNumberFromUrl(url);
            break;
        }
    }
    return r;
}

QString taskIdFromCreate(const QJsonObject &answer)
{
    const QString nested = str(obj(answer, "task"), "id");
    return nested.isEmpty() ? str(answer, "id") : nested;
}

QJsonObject createBody(const NewTask &input, const QString &environmentId)
{
    QJsonObject newTask{{QStringLiteral("environment_id"), environmentId},
                        {QStringLiteral("branch"), input.branch.isEmpty() ? QStringLiteral("main") : input.branch},
                        {QStringLiteral("run_environment_in_qa_mode"), false}};
    QJsonObject body{
        {QStringLiteral("new_task"), newTask},
        {QStringLiteral("input_items"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                                {QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"),
                                 QJsonArray{QJsonObject{{QStringLiteral("content_type"), QStringLiteral("text")},
                                                        {QStringLiteral("text"), input.prompt}}}}}}},
    };
    const int bestOf = input.options.provider.value(QLatin1String("bestOfN")).toInt(1);
    if (bestOf > 1)
        body.insert(QStringLiteral("metadata"), QJsonObject{{QStringLiteral("best_of_n"), bestOf}});
    return body;
}

QJsonObject followUpBody(const QString &taskId, const QString &turnId, const QString &text)
{
    // INFERRED from third-party captures: a follow-up is a create with `follow_up`.
    QJsonObject followUp{{QStringLiteral("task_id"), taskId}};
    if (!turnId.isEmpty())
        followUp.insert(QStringLiteral("turn_id"), turnId);
    return QJsonObject{
        {QStringLiteral("follow_up"), followUp},
        {QStringLiteral("input_items"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                                {QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"),
                                 QJsonArray{QJsonObject{{QStringLiteral("content_type"), QStringLiteral("text")},
                                                        {QStringLiteral("text"), text}}}}}}},
    };
}

QList<SourceInfo> mapEnvironments(const QJsonValue &answer)
{
    QJsonArray list = answer.toArray();
    if (answer.isObject()) {
        const QJsonObject o = answer.toObject();
        list = o.contains(QLatin1String("environments")) ? o.value(QLatin1String("environments")).toArray()
                                                         : o.value(QLatin1String("items")).toArray();
    }
    QList<SourceInfo> out;
    for (const QJsonValue &v : std::as_const(list)) {
        const QJsonObject e = v.toObject();
        SourceInfo s;
        s.name = str(e, "id");
        QStringList repos;
        for (const QJsonValue &r : e.value(QLatin1String("repos")).toArray())
            repos << (r.isString() ? r.toString()
                                   : r.toObject().value(QLatin1String("repository_full_name")).toString());
        s.repoName = repos.value(0, str(e, "label"));
        s.url = s.repoName.contains(QLatin1Char('/')) ? QStringLiteral("https://github.com/") + s.repoName : QString();
        s.defaultBranch = str(e, "label"); // shown as the environment's label
        s.branches = repos;
        if (!s.name.isEmpty())
            out << s;
    }
    return out;
}

} // namespace agentdesk::codex
