#include "CopilotMapper.h"

#include "base/Translate.h"
#include "domain/Timestamps.h"
#include "providers/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace agentdesk::copilot {

namespace {
using jsonfields::obj;
using jsonfields::str;
QJsonObject artifact(const QJsonObject &task, const char *type)
{
    for (const QJsonValue &v : task.value(QLatin1String("artifacts")).toArray())
        if (str(v.toObject(), "type") == QLatin1String(type))
            return obj(v.toObject(), "data");
    return {};
}
} // namespace

std::optional<TaskStatus> mapState(const QString &state)
{
    if (state == QLatin1String("queued"))
        return TaskStatus::Queued;
    if (state == QLatin1String("in_progress") || state == QLatin1String("waiting_for_user"))
        return TaskStatus::Running;
    // Idle: the agent stopped and takes more work on the pull request; done here.
    if (state == QLatin1String("completed") || state == QLatin1String("idle"))
        return TaskStatus::Completed;
    if (state == QLatin1String("failed") || state == QLatin1String("timed_out"))
        return TaskStatus::Failed;
    if (state == QLatin1String("cancelled"))
        return TaskStatus::Cancelled;
    return std::nullopt; // unknown: keep what we had, record the raw value
}

QString repoFromTaskUrl(const QString &url)
{
    static const QRegularExpression re(QStringLiteral("/agents/repos/([^/]+)/([^/]+)/tasks/"));
    const auto m = re.match(url);
    return m.hasMatch() ? m.captured(1) + QLatin1Char('/') + m.captured(2) : QString();
}

qint64 pullId(const QJsonObject &task)
{
    return artifact(task, "pull").value(QLatin1String("id")).toVariant().toLongLong();
}

QString headRef(const QJsonObject &task)
{
    return str(artifact(task, "branch"), "head_ref");
}

namespace {

// One agent session of a task: what it was asked, and how it ended.
void mapSession(const QJsonObject &s, RemoteTask &t, QString *newestError)
{
    const QString id = str(s, "id");
    if (id.isEmpty())
        return;
    if (t.prompt.isEmpty())
        t.prompt = str(s, "prompt");
    if (!str(s, "prompt").isEmpty()) {
        Activity asked;
        asked.id = id + QStringLiteral(":prompt");
        asked.type = ActivityType::Message;
        asked.content = str(s, "prompt");
        asked.timestamp = fromIso(str(s, "created_at"));
        asked.metadata = QJsonObject{{QStringLiteral("author"), QStringLiteral("user")}};
        t.activities << asked;
    }
    const QString sessionState = str(s, "state");
    const std::optional<TaskStatus> ended = mapState(sessionState);
    if (!ended || !isTerminal(*ended))
        return;
    Activity end;
    end.id = id + QStringLiteral(":end");
    const QString error = str(obj(s, "error"), "message");
    const bool failed = *ended == TaskStatus::Failed || *ended == TaskStatus::Cancelled;
    end.type = failed ? ActivityType::Error : ActivityType::Completion;
    if (sessionState == QLatin1String("timed_out"))
        end.content = error.isEmpty() ? agentdesk::tr("The session timed out.")
                                      : agentdesk::tr("The session timed out: %1").arg(error);
    else if (*ended == TaskStatus::Cancelled)
        end.content = agentdesk::tr("The session was stopped on GitHub.");
    else
        end.content = failed ? (error.isEmpty() ? agentdesk::tr("The session failed.") : error)
                             : agentdesk::tr("The session finished.");
    if (failed && !end.content.isEmpty())
        *newestError = end.content;
    end.timestamp = fromIso(str(s, "completed_at").isEmpty() ? str(s, "updated_at") : str(s, "completed_at"));
    QJsonObject meta{{QStringLiteral("author"), QStringLiteral("agent")}};
    if (!str(s, "model").isEmpty())
        meta.insert(QStringLiteral("model"), str(s, "model"));
    if (s.contains(QLatin1String("usage")))
        meta.insert(QStringLiteral("usage"), obj(s, "usage"));
    end.metadata = meta;
    t.activities << end;
}

} // namespace

namespace {

// What the task's sessions report they used (`usage`: premium requests or AI credits),
// exact; without a report, one premium request per session (GitHub's billing for the
// coding agent), marked as an estimate.
std::optional<TaskCost> costOf(const QJsonArray &sessions)
{
    if (sessions.isEmpty())
        return std::nullopt;
    TaskCost reported{0, {}, true};
    bool anyReported = false;
    for (const QJsonValue &v : sessions) {
        const QJsonObject usage = v.toObject().value(QLatin1String("usage")).toObject();
        if (!usage.value(QLatin1String("amount")).isDouble())
            continue;
        const QString type = str(usage, "type");
        const QString unit = type == QLatin1String("ai_credits") ? costunit::credits : costunit::premiumRequests;
        if (anyReported && unit != reported.unit)
            continue; // one unit per task; a mixed report keeps the first kind
        reported.unit = unit;
        reported.amount += usage.value(QLatin1String("amount")).toDouble();
        anyReported = true;
    }
    if (anyReported)
        return reported;
    return TaskCost{double(sessions.size()), costunit::premiumRequests, false};
}

} // namespace

RemoteTask mapTask(const QJsonObject &task)
{
    RemoteTask t;
    t.externalId = str(task, "id");
    const QString state = str(task, "state");
    t.upstreamStatus = state;
    t.status = mapState(state);
    t.title = str(task, "name");
    t.webUrl = str(task, "html_url");
    t.createdAt = fromIso(str(task, "created_at"));
    t.updatedAt = fromIso(str(task, "updated_at"));
    if (task.contains(QLatin1String("archived_at")))
        t.archived = !str(task, "archived_at").isEmpty();
    const QString repo = repoFromTaskUrl(str(task, "url"));
    if (!repo.isEmpty()) {
        t.source.repoName = repo;
        t.source.repoUrl = QStringLiteral("https://github.com/") + repo;
    }
    const QJsonObject branch = artifact(task, "branch");
    if (!str(branch, "base_ref").isEmpty())
        t.source.branch = str(branch, "base_ref");
    if (state == QLatin1String("waiting_for_user")) {
        t.attention.kind = AttentionKind::NeedsInput;
        t.attention.reason = attentionReason(QT_TRANSLATE_NOOP(
            "AttentionReason", "Copilot is waiting for you: answer on the pull request on GitHub (mention @copilot)."));
    }
    t.providerState.insert(QStringLiteral("repository"), repo);
    if (const QString head = str(branch, "head_ref"); !head.isEmpty())
        t.providerState.insert(QStringLiteral("headRef"), head);
    if (const qint64 pull = pullId(task); pull > 0)
        t.providerState.insert(QStringLiteral("pullId"), QString::number(pull));

    // The timeline: what each session was asked, how it ended; the branch; the PR.
    QString newestError;
    for (const QJsonValue &v : task.value(QLatin1String("sessions")).toArray())
        mapSession(v.toObject(), t, &newestError);
    if (const QString head = str(branch, "head_ref"); !head.isEmpty()) {
        Activity b;
        b.id = QStringLiteral("branch:") + head;
        b.type = ActivityType::CodeChange;
        b.content = agentdesk::tr("Working on branch %1 (from %2).").arg(head, str(branch, "base_ref"));
        b.timestamp = t.createdAt;
        b.metadata = QJsonObject{{QStringLiteral("author"), QStringLiteral("agent")}, {QStringLiteral("branch"), head}};
        t.activities << b;
    }
    if (t.status == TaskStatus::Failed)
        t.error = newestError.isEmpty() ? agentdesk::tr("Copilot reported the task as %1.").arg(state) : newestError;
    t.result.cost = costOf(task.value(QLatin1String("sessions")).toArray());
    return t;
}

QJsonObject createBody(const NewTask &input)
{
    QJsonObject body{{QStringLiteral("prompt"), input.prompt},
                     {QStringLiteral("create_pull_request"), input.options.autoCreatePr}};
    if (!input.branch.isEmpty())
        body.insert(QStringLiteral("base_ref"), input.branch);
    const QString model = input.options.provider.value(QLatin1String("model")).toString();
    if (!model.isEmpty())
        body.insert(QStringLiteral("model"), model);
    return body;
}

} // namespace agentdesk::copilot
