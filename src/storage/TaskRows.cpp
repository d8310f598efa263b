#include "TaskRows.h"

#include "base/Translate.h"
#include "domain/Timestamps.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace agentdesk::taskrows {

const QString kTaskColumns = QStringLiteral(
    "id, provider, account, external_id, status, upstream_status, attention, attention_reason, title, "
    "web_url, prompt, repo_name, repo_url, branch, options, result, error, created_at, updated_at, "
    "completed_at, last_activity_at, provider_state, origin, hidden, archived, gone_at, observed_at, pr");

Error unreadableRow(const QString &id, const QString &what, const QString &value)
{
    return Error::storage(
        agentdesk::tr("Task %1 cannot be read: its %2 \"%3\" is unknown to this version of AgentDesk.")
            .arg(id, what, value));
}

Outcome<Task> taskFromQuery(const QSqlQuery &q)
{
    Task t;
    t.id = q.value(0).toString();
    const auto provider = providerFromKey(q.value(1).toString());
    if (!provider)
        return {{}, unreadableRow(t.id, agentdesk::tr("provider"), q.value(1).toString())};
    t.provider = *provider;
    t.account = q.value(2).toString();
    t.externalId = q.value(3).toString();
    const auto status = statusFromKey(q.value(4).toString());
    if (!status)
        return {{}, unreadableRow(t.id, agentdesk::tr("status"), q.value(4).toString())};
    t.status = *status;
    t.upstreamStatus = q.value(5).toString();
    t.attention.kind = attentionFromKey(q.value(6).toString());
    t.attention.reason = q.value(7).toString();
    t.title = q.value(8).toString();
    t.webUrl = q.value(9).toString();
    t.prompt = q.value(10).toString();
    t.source.repoName = q.value(11).toString();
    t.source.repoUrl = q.value(12).toString();
    t.source.branch = q.value(13).toString();
    t.options = TaskOptions::fromJson(jsonObject(q.value(14)));
    t.result = TaskResult::fromJson(jsonObject(q.value(15)));
    t.error = q.value(16).toString();
    t.createdAt = fromIso(q.value(17).toString());
    t.updatedAt = fromIso(q.value(18).toString());
    t.completedAt = fromIso(q.value(19).toString());
    t.lastActivityAt = fromIso(q.value(20).toString());
    t.providerState = jsonObject(q.value(21));
    const auto origin = originFromKey(q.value(22).toString());
    if (!origin)
        return {{}, unreadableRow(t.id, agentdesk::tr("origin"), q.value(22).toString())};
    t.origin = *origin;
    t.hidden = q.value(23).toInt() != 0;
    t.archived = q.value(24).toInt() != 0;
    t.goneAt = fromIso(q.value(25).toString());
    t.observedAt = fromIso(q.value(26).toString());
    t.pr = PullRequestStatus::fromStored(jsonObject(q.value(27)));
    return {t, {}};
}

const QString kSummaryColumns = QStringLiteral(
    "id, provider, status, attention, attention_reason, title, repo_name, "
    "json_extract(result, '$.prUrl'), error, updated_at, substr(prompt, 1, 300), origin, hidden, archived, gone_at, account, "
    "json_extract(result, '$.cost.amount'), json_extract(result, '$.cost.unit'), json_extract(result, '$.cost.exact'), "
    "json_extract(pr, '$.number'), json_extract(pr, '$.state'), json_extract(pr, '$.checks'), json_extract(pr, '$.review')");

Outcome<TaskSummary> summaryFromQuery(const QSqlQuery &q, bool searchable)
{
    TaskSummary s;
    s.id = q.value(0).toString();
    const auto provider = providerFromKey(q.value(1).toString());
    if (!provider)
        return {{}, unreadableRow(s.id, agentdesk::tr("provider"), q.value(1).toString())};
    s.provider = *provider;
    const auto status = statusFromKey(q.value(2).toString());
    if (!status)
        return {{}, unreadableRow(s.id, agentdesk::tr("status"), q.value(2).toString())};
    s.status = *status;
    s.attention.kind = attentionFromKey(q.value(3).toString());
    s.attention.reason = q.value(4).toString();
    const QString prompt = q.value(10).toString();
    s.title = oneLine(q.value(5).toString());
    if (s.title.isEmpty()) {
        Task t;
        t.prompt = prompt;
        s.title = t.displayTitle();
    }
    s.repoName = q.value(6).toString();
    s.prUrl = q.value(7).toString();
    s.error = q.value(8).toString();
    s.updatedAt = fromIso(q.value(9).toString());
    s.origin = originFromKey(q.value(11).toString()).value_or(TaskOrigin::AgentDesk);
    s.hidden = q.value(12).toInt() != 0;
    s.archived = q.value(13).toInt() != 0;
    s.gone = !q.value(14).isNull() && !q.value(14).toString().isEmpty();
    s.account = q.value(15).toString();
    if (!q.value(16).isNull() && !q.value(17).isNull()) {
        // The unit is one of a few: shared strings rather than one copy per row.
        const QString unit = q.value(17).toString();
        for (const QString *known : {&costunit::acu, &costunit::tokens, &costunit::premiumRequests, &costunit::credits,
                                     &costunit::tasks, &costunit::usd})
            if (*known == unit)
                s.cost = TaskCost{q.value(16).toDouble(), *known, q.value(18).isNull() || q.value(18).toInt() != 0};
        if (!s.cost)
            s.cost = TaskCost{q.value(16).toDouble(), unit, q.value(18).isNull() || q.value(18).toInt() != 0};
    }
    if (q.value(19).toInt() > 0) {
        s.pr.known = true;
        s.pr.state = prStateFromKey(q.value(20).toString()).value_or(PrState::Open);
        s.pr.checks = checksStateFromKey(q.value(21).toString()).value_or(ChecksState::None);
        s.pr.review = reviewStateFromKey(q.value(22).toString()).value_or(ReviewState::None);
    }
    if (searchable)
        s.searchText =
            QString(s.id + QLatin1Char('\n') + s.title + QLatin1Char('\n') + s.repoName + QLatin1Char('\n') + prompt)
                .toLower()
                .toUtf8();
    return {s, {}};
}

Outcome<QList<TaskSummary>> readSummaries(QSqlQuery &q, int reserve, bool searchable)
{
    QList<TaskSummary> list;
    if (reserve > 0)
        list.reserve(reserve);
    while (q.next()) {
        Outcome<TaskSummary> s = summaryFromQuery(q, searchable);
        if (!s.ok()) {
            qCWarning(lcTaskStore).noquote() << s.error.message;
            continue;
        }
        list << std::move(s.value);
    }
    return {list, {}};
}

Activity activityFromQuery(const QSqlQuery &q)
{
    Activity a;
    a.id = q.value(0).toString();
    a.type = activityTypeFromKey(q.value(1).toString()).value_or(ActivityType::Message);
    a.content = q.value(2).toString();
    a.timestamp = fromIso(q.value(3).toString());
    a.metadata = jsonObject(q.value(4));
    return a;
}

} // namespace agentdesk::taskrows
