#include "Task.h"

#include "Timestamps.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

namespace agentdesk {

namespace {
struct StatusName {
    TaskStatus status;
    const char *key;
    const char *display;
};
constexpr StatusName kStatuses[] = {
    {TaskStatus::Queued, "queued", QT_TRANSLATE_NOOP("TaskStatus", "Queued")},
    {TaskStatus::Running, "running", QT_TRANSLATE_NOOP("TaskStatus", "Running")},
    {TaskStatus::AwaitingApproval, "awaiting_approval", QT_TRANSLATE_NOOP("TaskStatus", "Awaiting approval")},
    {TaskStatus::Completed, "completed", QT_TRANSLATE_NOOP("TaskStatus", "Completed")},
    {TaskStatus::Failed, "failed", QT_TRANSLATE_NOOP("TaskStatus", "Failed")},
    {TaskStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("TaskStatus", "Cancelled")},
};

constexpr const char *kActivityTypes[] = {"plan", "command", "code_change", "message", "error", "completion"};

QJsonValue optionalString(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QString statusKey(TaskStatus status)
{
    for (const auto &s : kStatuses)
        if (s.status == status)
            return QString::fromLatin1(s.key);
    return {};
}

QString statusDisplayName(TaskStatus status)
{
    for (const auto &s : kStatuses)
        if (s.status == status)
            return QCoreApplication::translate("TaskStatus", s.display);
    return {};
}

std::optional<TaskStatus> statusFromKey(const QString &key)
{
    for (const auto &s : kStatuses)
        if (key == QLatin1String(s.key))
            return s.status;
    return std::nullopt;
}

QList<TaskStatus> allStatuses()
{
    QList<TaskStatus> list;
    for (const auto &s : kStatuses)
        list << s.status;
    return list;
}

bool isTerminal(TaskStatus status)
{
    return status == TaskStatus::Completed || status == TaskStatus::Failed || status == TaskStatus::Cancelled;
}

QString attentionKey(AttentionKind kind)
{
    switch (kind) {
    case AttentionKind::None: return {};
    case AttentionKind::PlanApproval: return QStringLiteral("plan_approval");
    case AttentionKind::NeedsInput: return QStringLiteral("needs_input");
    }
    return {};
}

AttentionKind attentionFromKey(const QString &key)
{
    if (key == QLatin1String("plan_approval"))
        return AttentionKind::PlanApproval;
    if (key == QLatin1String("needs_input"))
        return AttentionKind::NeedsInput;
    return AttentionKind::None;
}

QString activityTypeKey(ActivityType type)
{
    return QString::fromLatin1(kActivityTypes[int(type)]);
}

std::optional<ActivityType> activityTypeFromKey(const QString &key)
{
    for (int i = 0; i < int(std::size(kActivityTypes)); ++i)
        if (key == QLatin1String(kActivityTypes[i]))
            return ActivityType(i);
    return std::nullopt;
}

QJsonObject Activity::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("type"), activityTypeKey(type)},
        {QStringLiteral("content"), content},
        {QStringLiteral("timestamp"), toIso(timestamp)},
        {QStringLiteral("metadata"), metadata},
    };
}

QJsonObject TaskSource::toJson() const
{
    return QJsonObject{
        {QStringLiteral("repoName"), repoName},
        {QStringLiteral("repoUrl"), repoUrl},
        {QStringLiteral("branch"), optionalString(branch)},
    };
}

TaskSource TaskSource::fromJson(const QJsonObject &o)
{
    return TaskSource{o.value(QLatin1String("repoName")).toString(), o.value(QLatin1String("repoUrl")).toString(),
                      o.value(QLatin1String("branch")).toString()};
}

QJsonObject TaskOptions::toJson() const
{
    QJsonObject env;
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    QJsonObject o{
        {QStringLiteral("autoCreatePr"), autoCreatePr},
        {QStringLiteral("planApprovalRequired"), planApprovalRequired},
        {QStringLiteral("environment"), env},
    };
    if (!provider.isEmpty())
        o.insert(QStringLiteral("provider"), provider);
    return o;
}

TaskOptions TaskOptions::fromJson(const QJsonObject &o)
{
    TaskOptions options;
    options.autoCreatePr = o.value(QLatin1String("autoCreatePr")).toBool();
    options.planApprovalRequired = o.value(QLatin1String("planApprovalRequired")).toBool();
    const QJsonObject env = o.value(QLatin1String("environment")).toObject();
    for (auto it = env.begin(); it != env.end(); ++it)
        options.environment.insert(it.key(), it.value().toString());
    options.provider = o.value(QLatin1String("provider")).toObject();
    return options;
}

bool TaskResult::isEmpty() const
{
    return prUrl.isEmpty() && !prNumber && commitMessage.isEmpty() && diffUrl.isEmpty() && summary.isEmpty()
           && !durationSeconds && !cost;
}

QJsonObject TaskResult::toJson() const
{
    return QJsonObject{
        {QStringLiteral("prUrl"), optionalString(prUrl)},
        {QStringLiteral("prNumber"), prNumber ? QJsonValue(*prNumber) : QJsonValue()},
        {QStringLiteral("commitMessage"), optionalString(commitMessage)},
        {QStringLiteral("diffUrl"), optionalString(diffUrl)},
        {QStringLiteral("summary"), optionalString(summary)},
        {QStringLiteral("duration"), durationSeconds ? QJsonValue(double(*durationSeconds)) : QJsonValue()},
        {QStringLiteral("cost"), cost ? QJsonValue(cost->toJson()) : QJsonValue()},
    };
}

TaskResult TaskResult::fromJson(const QJsonObject &o)
{
    TaskResult r;
    r.prUrl = o.value(QLatin1String("prUrl")).toString();
    if (o.value(QLatin1String("prNumber")).isDouble())
        r.prNumber = o.value(QLatin1String("prNumber")).toInt();
    r.commitMessage = o.value(QLatin1String("commitMessage")).toString();
    r.diffUrl = o.value(QLatin1String("diffUrl")).toString();
    r.summary = o.value(QLatin1String("summary")).toString();
    if (o.value(QLatin1String("duration")).isDouble())
        r.durationSeconds = qint64(o.value(QLatin1String("duration")).toDouble());
    r.cost = TaskCost::fromJson(o.value(QLatin1String("cost")));
    return r;
}

QString oneLine(const QString &text)
{
    return text.simplified();
}

QString Task::displayTitle() const
{
    if (!title.isEmpty())
        return oneLine(title);
    const QString firstLine = prompt.section(QLatin1Char('\n'), 0, 0).trimmed();
    return firstLine.size() > 80 ? firstLine.left(79) + QChar(0x2026) : firstLine;
}

QJsonObject Task::toJson(bool withActivities) const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("providerId"), providerKey(provider)},
        {QStringLiteral("account"), optionalString(account)},
        {QStringLiteral("externalId"), optionalString(externalId)},
        {QStringLiteral("status"), statusKey(status)},
        {QStringLiteral("upstreamStatus"), optionalString(upstreamStatus)},
        {QStringLiteral("title"), title.isEmpty() ? displayTitle() : title},
        {QStringLiteral("webUrl"), optionalString(webUrl)},
        {QStringLiteral("prompt"), prompt},
        {QStringLiteral("source"), source.toJson()},
        {QStringLiteral("options"), options.toJson()},
        {QStringLiteral("result"), result.toJson()},
        {QStringLiteral("error"), optionalString(error)},
        {QStringLiteral("createdAt"), toIso(createdAt)},
        {QStringLiteral("updatedAt"), toIso(updatedAt)},
        {QStringLiteral("completedAt"), completedAt.isValid() ? QJsonValue(toIso(completedAt)) : QJsonValue()},
    };
    o.insert(QStringLiteral("origin"), originKey(origin));
    if (hidden)
        o.insert(QStringLiteral("hidden"), true);
    if (archived)
        o.insert(QStringLiteral("archived"), true);
    o.insert(QStringLiteral("goneUpstreamAt"), goneAt.isValid() ? QJsonValue(toIso(goneAt)) : QJsonValue());
    o.insert(QStringLiteral("attention"),
             attention.needsYou() ? QJsonValue(QJsonObject{{QStringLiteral("kind"), attentionKey(attention.kind)},
                                                           {QStringLiteral("reason"), attention.reason}})
                                  : QJsonValue());
    if (pr.isKnown())
        o.insert(QStringLiteral("pr"), pr.toJson());
    if (withActivities) {
        QJsonArray list;
        for (const Activity &a : activities)
            list.append(a.toJson());
        o.insert(QStringLiteral("activities"), list);
    }
    return o;
}

QString originKey(TaskOrigin origin)
{
    return origin == TaskOrigin::Elsewhere ? QStringLiteral("elsewhere") : QStringLiteral("agentdesk");
}

std::optional<TaskOrigin> originFromKey(const QString &key)
{
    if (key == QLatin1String("agentdesk"))
        return TaskOrigin::AgentDesk;
    if (key == QLatin1String("elsewhere"))
        return TaskOrigin::Elsewhere;
    return std::nullopt;
}

QString generateTaskId(const QDateTime &now)
{
    const quint64 random = QRandomGenerator::system()->generate64();
    return QStringLiteral("task_%1_%2").arg(now.toMSecsSinceEpoch()).arg(random, 16, 16, QLatin1Char('0'));
}

QString repoNameFromUrl(const QString &url)
{
    QString text = url.trimmed();
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    const QUrl parsed(text);
    QString path = parsed.path();
    if (path.endsWith(QLatin1String(".git")))
        path.chop(4);
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return parts.value(0);
    return parts.at(0) + QLatin1Char('/') + parts.at(1);
}

std::optional<int> prNumberFromUrl(const QString &url)
{
    static const QRegularExpression re(QStringLiteral("/(?:pull|pulls|merge_requests)/(\\d+)"));
    const auto m = re.match(url);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt();
}

QString Attention::text() const
{
    return reason.isEmpty() ? reason : QCoreApplication::translate("AttentionReason", reason.toUtf8().constData());
}

} // namespace agentdesk
