#include "RemoteMerge.h"

#include "domain/Timestamps.h"
#include "storage/SqlValues.h"

namespace agentdesk {

namespace {

// The state of the task: status, attention, completion.
void mergeState(const Task &t, const RemoteTask &remote, TaskStatus status, QVariantHash &changes)
{
    if (status != t.status)
        changes.insert(QStringLiteral("status"), statusKey(status));
    if (!remote.upstreamStatus.isEmpty() && remote.upstreamStatus != t.upstreamStatus)
        changes.insert(QStringLiteral("upstream_status"), remote.upstreamStatus.left(200));
    const Attention attention = isTerminal(status) ? Attention{} : remote.attention;
    if (!(attention == t.attention)) {
        changes.insert(QStringLiteral("attention"), attentionKey(attention.kind));
        changes.insert(QStringLiteral("attention_reason"), boundedText(attention.reason));
    }
}

// What the provider says about the task itself: title, prompt, links, archive, its own state.
void mergeDescription(const Task &t, const RemoteTask &remote, QVariantHash &changes)
{
    if (!remote.title.isEmpty() && boundedTitle(remote.title) != t.title)
        changes.insert(QStringLiteral("title"), boundedTitle(remote.title));
    if (t.prompt.isEmpty() && !remote.prompt.isEmpty()) // adopted from a listing that did not carry it
        changes.insert(QStringLiteral("prompt"), boundedText(remote.prompt));
    if (!remote.webUrl.isEmpty() && remote.webUrl != t.webUrl)
        changes.insert(QStringLiteral("web_url"), remote.webUrl.left(2000));
    if (!remote.error.isEmpty() && boundedText(remote.error) != t.error)
        changes.insert(QStringLiteral("error"), boundedText(remote.error));
    if (remote.archived && *remote.archived != t.archived)
        changes.insert(QStringLiteral("archived"), *remote.archived ? 1 : 0);
    if (t.goneAt.isValid())
        changes.insert(QStringLiteral("gone_at"), sqlNull()); // it answered: not gone
    if (!remote.providerState.isEmpty()) {
        QJsonObject state = t.providerState;
        for (auto it = remote.providerState.begin(); it != remote.providerState.end(); ++it)
            state.insert(it.key(), it.value());
        if (state != t.providerState)
            changes.insert(QStringLiteral("provider_state"), jsonText(state));
    }
}

// The result merges: a provider that reports the PR once and then omits it keeps it.
void mergeResult(const Task &t, const RemoteTask &remote, TaskStatus status, const QDateTime &now,
                 QVariantHash &changes)
{
    TaskResult result = t.result;
    QDateTime completedAt = t.completedAt;
    if (isTerminal(status) && !completedAt.isValid()) {
        completedAt = remote.updatedAt.isValid() ? remote.updatedAt : now;
        changes.insert(QStringLiteral("completed_at"), toIso(completedAt));
    } else if (!isTerminal(status) && completedAt.isValid()) {
        // Running again (a follow-up to a finished agent): it has not ended any more.
        completedAt = {};
        changes.insert(QStringLiteral("completed_at"), sqlNull());
        result.durationSeconds.reset();
    }
    if (!remote.result.prUrl.isEmpty()) {
        result.prUrl = remote.result.prUrl;
        result.prNumber = remote.result.prNumber;
    }
    if (!remote.result.summary.isEmpty())
        result.summary = boundedText(remote.result.summary);
    if (!remote.result.commitMessage.isEmpty())
        result.commitMessage = boundedText(remote.result.commitMessage);
    if (!remote.result.diffUrl.isEmpty())
        result.diffUrl = remote.result.diffUrl;
    if (remote.result.cost)
        result.cost = remote.result.cost;
    if (completedAt.isValid() && t.createdAt.isValid())
        result.durationSeconds = std::max<qint64>(0, t.createdAt.secsTo(completedAt));
    if (!(result == t.result))
        changes.insert(QStringLiteral("result"), jsonText(result.toJson()));
}

} // namespace

QVariantHash remoteChanges(const Task &t, const RemoteTask &remote, const QDateTime &askedAt, const QDateTime &now)
{
    QVariantHash changes;
    if (t.observedAt.isValid() && askedAt < t.observedAt)
        return changes; // older news than what is stored: only its activities count

    TaskStatus status = remote.status.value_or(t.status);
    // A stop AgentDesk confirmed upstream stays "cancelled" even when the provider
    // later reports the terminated session as expired or failed.
    if (t.status == TaskStatus::Cancelled && isTerminal(status))
        status = TaskStatus::Cancelled;
    mergeState(t, remote, status, changes);
    mergeDescription(t, remote, changes);
    mergeResult(t, remote, status, now, changes);

    // updated_at never falls behind the provider's own: the adoption walk compares the
    // two to decide what changed upstream, and would otherwise fetch this task forever.
    const bool behindUpstream = remote.updatedAt.isValid() && remote.updatedAt > t.updatedAt;
    if (changes.isEmpty() && !behindUpstream)
        return changes;
    changes.insert(QStringLiteral("updated_at"),
                   toIso(behindUpstream && remote.updatedAt > now ? remote.updatedAt : now));
    changes.insert(QStringLiteral("observed_at"), toIso(askedAt));
    return changes;
}

} // namespace agentdesk
