#include "ActivityMirror.h"

#include "base/Translate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace agentdesk {

namespace {
QString clip(const QString &text, int max = 2000)
{
    return text.size() <= max ? text : text.left(max - 1) + QStringLiteral("…");
}

QJsonObject planData(const Activity &a)
{
    QJsonArray steps;
    const QJsonArray source = a.metadata.value(QLatin1String("steps")).toArray();
    for (const QJsonValue &v : source) {
        const QJsonObject s = v.toObject();
        steps.append(QJsonObject{{QStringLiteral("title"), s.value(QLatin1String("title")).toString()},
                                 {QStringLiteral("status"), QStringLiteral("pending")}});
    }
    if (steps.isEmpty()) {
        const QStringList lines = a.content.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines)
            steps.append(QJsonObject{{QStringLiteral("title"), line.trimmed()},
                                     {QStringLiteral("status"), QStringLiteral("pending")}});
    }
    return QJsonObject{{QStringLiteral("plan"), QJsonObject{{QStringLiteral("steps"), steps}}}};
}
} // namespace

QString ActivityMirror::clientActivityId(const ClaimRecord &claim, const QString &key)
{
    static const QUuid ns(QStringLiteral("{6d1f3f0e-5a0b-4c55-9a36-0f3b8f1c2a77}"));
    return QUuid::createUuidV5(ns, claim.sessionId + QLatin1Char('/') + claim.claimId + QLatin1Char('/') + key)
        .toString(QUuid::WithoutBraces);
}

OutboxItem ActivityMirror::activity(const ClaimRecord &claim, const QString &key, const QString &type,
                                    const QString &message, const QJsonObject &data)
{
    OutboxItem item;
    item.sessionId = claim.sessionId;
    item.claimId = claim.claimId;
    item.kind = OutboxItem::Kind::Activity;
    item.clientActivityId = clientActivityId(claim, key);
    item.body = QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("message"), clip(message)}};
    if (!data.isEmpty())
        item.body.insert(QStringLiteral("data"), data);
    return item;
}

OutboxItem ActivityMirror::finish(const ClaimRecord &claim, OutboxItem::Kind kind, const QJsonObject &body)
{
    OutboxItem item;
    item.sessionId = claim.sessionId;
    item.claimId = claim.claimId;
    item.kind = kind;
    item.clientActivityId = clientActivityId(claim, QStringLiteral("end:") + OutboxItem::kindKey(kind));
    item.body = body;
    return item;
}

ActivityMirror::Step ActivityMirror::next(const ClaimRecord &claim, const Task &task)
{
    Step step;
    step.claim = claim;
    ClaimRecord &c = step.claim;
    for (int i = claim.mirroredCount; i < task.activities.size(); ++i) {
        const Activity &a = task.activities.at(i);
        const QString key = QStringLiteral("task-activity:") + a.id;
        switch (a.type) {
        case ActivityType::Plan:
            step.items << activity(c, key, QStringLiteral("plan_updated"), tr("Plan: %1").arg(clip(a.content, 500)),
                                   planData(a));
            break;
        case ActivityType::Command:
        case ActivityType::CodeChange:
        case ActivityType::Message:
            step.items << activity(c, key, QStringLiteral("progress"),
                                   a.content.isEmpty() ? activityTypeKey(a.type) : a.content);
            break;
        case ActivityType::Error:
            step.items << activity(c, key, QStringLiteral("progress"), tr("Error: %1").arg(a.content));
            break;
        case ActivityType::Completion: break; // the end is reported from the task's status below
        }
        c.lastActivity = clip(a.content, 200);
    }
    c.mirroredCount = qMax(claim.mirroredCount, int(task.activities.size()));

    const QString url = !task.result.prUrl.isEmpty() ? task.result.prUrl : task.webUrl;
    if (!url.isEmpty() && url != c.reportedUrl) {
        const QString label =
            task.result.prUrl.isEmpty() ? tr("%1 task").arg(providerDisplayName(task.provider)) : tr("Pull request");
        step.items << activity(c, QStringLiteral("url:") + url, QStringLiteral("external_url_updated"),
                               tr("%1: %2").arg(label, url),
                               QJsonObject{{QStringLiteral("url"), url}, {QStringLiteral("label"), label}});
        c.reportedUrl = url;
    }

    if (task.attention.needsYou() && !isTerminal(task.status)) {
        // Keyed by how far the task got: the same wait is reported once.
        const QString question =
            task.attention.reason.isEmpty() ? tr("The agent is waiting for input.") : task.attention.reason;
        step.items << activity(
            c, QStringLiteral("awaiting:%1:%2").arg(attentionKey(task.attention.kind)).arg(c.mirroredCount),
            QStringLiteral("awaiting_input"), question, QJsonObject{{QStringLiteral("question"), question}});
    }

    if (isTerminal(task.status)) {
        step.ended = true;
        c.phase = ClaimRecord::Phase::Finishing;
        if (task.status == TaskStatus::Completed) {
            QString summary = task.result.summary;
            if (summary.isEmpty())
                summary = tr("%1 finished the task.").arg(providerDisplayName(task.provider));
            step.items << activity(c, QStringLiteral("completed"), QStringLiteral("completed"), summary);
            QJsonObject body{{QStringLiteral("summary"), clip(summary)}};
            if (!task.result.prUrl.isEmpty())
                body.insert(QStringLiteral("externalUrl"), task.result.prUrl);
            step.items << finish(c, OutboxItem::Kind::Complete, body);
            c.detail = tr("Completed");
        } else {
            const QString why =
                task.status == TaskStatus::Cancelled
                    ? tr("The %1 task was cancelled.").arg(providerDisplayName(task.provider))
                    : (task.error.isEmpty() ? tr("The %1 task failed.").arg(providerDisplayName(task.provider))
                                            : task.error);
            step.items << activity(c, QStringLiteral("failed"), QStringLiteral("failed"), why);
            step.items << finish(
                c, OutboxItem::Kind::Fail,
                QJsonObject{{QStringLiteral("errorMessage"), clip(why)}, {QStringLiteral("retryable"), false}});
            c.detail = why;
        }
    }
    return step;
}

} // namespace agentdesk
