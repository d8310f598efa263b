#pragma once

#include "Cost.h"

#include "ProviderId.h"
#include "PullRequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace agentdesk {

// The seed's task model. Status strings are stored and exported verbatim.
enum class TaskStatus { Queued, Running, AwaitingApproval, Completed, Failed, Cancelled };

QString statusKey(TaskStatus status);         // "awaiting_approval"
QString statusDisplayName(TaskStatus status); // "Awaiting approval"
std::optional<TaskStatus> statusFromKey(const QString &key);
QList<TaskStatus> allStatuses();
bool isTerminal(TaskStatus status);

// Why a task needs the operator, beside its status. A provider that waits for the user
// in a way that is not a plan gate (Jules AWAITING_USER_FEEDBACK, Devin blocked) is
// surfaced here so it is never mistaken for "queued".
enum class AttentionKind { None, PlanApproval, NeedsInput };
QString attentionKey(AttentionKind kind);
AttentionKind attentionFromKey(const QString &key);

struct Attention {
    AttentionKind kind = AttentionKind::None;
    // Stored in English (the provider layer's source text, see attentionReason), so a
    // task synced under one language reads right in another.
    QString reason;
    bool needsYou() const { return kind != AttentionKind::None; }
    // The reason in the operator's language, for showing. Text that is not in the
    // catalogue (with details filled in) shows as stored.
    QString text() const;
    friend bool operator==(const Attention &a, const Attention &b) { return a.kind == b.kind && a.reason == b.reason; }
};

// A reason as stored: the untranslated source of a QT_TRANSLATE_NOOP("AttentionReason", …).
inline QString attentionReason(const char *source)
{
    return QString::fromUtf8(source);
}

enum class ActivityType { Plan, Command, CodeChange, Message, Error, Completion };
QString activityTypeKey(ActivityType type);
std::optional<ActivityType> activityTypeFromKey(const QString &key);

struct Activity {
    QString id; // the upstream's stable id: resyncs never duplicate rows
    ActivityType type = ActivityType::Message;
    QString content;
    QDateTime timestamp;
    QJsonObject metadata; // author, exit code, patch, plan steps, ...

    QJsonObject toJson() const;
    friend bool operator==(const Activity &a, const Activity &b)
    {
        return a.id == b.id && a.type == b.type && a.content == b.content && a.timestamp == b.timestamp
               && a.metadata == b.metadata;
    }
};

struct TaskSource {
    QString repoName; // "owner/repo"
    QString repoUrl;
    QString branch;
    QJsonObject toJson() const;
    static TaskSource fromJson(const QJsonObject &o);
};

struct TaskOptions {
    bool autoCreatePr = false;
    bool planApprovalRequired = false;
    QMap<QString, QString> environment;
    // Provider-specific knobs, validated per provider (see ProviderAdapter::supportedOptions):
    // "maxAcuLimit" (Devin), "tags" (Devin), "model" (Cursor), "bestOfN" (Codex),
    // "environmentId" (Codex).
    QJsonObject provider;
    QJsonObject toJson() const;
    static TaskOptions fromJson(const QJsonObject &o);
};

struct TaskResult {
    QString prUrl;
    std::optional<int> prNumber;
    QString commitMessage;
    QString diffUrl;
    QString summary;
    std::optional<qint64> durationSeconds;
    std::optional<TaskCost> cost; // what the provider says it cost (domain/Cost.h)
    bool isEmpty() const;
    QJsonObject toJson() const;
    static TaskResult fromJson(const QJsonObject &o);
    friend bool operator==(const TaskResult &a, const TaskResult &b) { return a.toJson() == b.toJson(); }
};

// Where a task was started: here (the console or the worker), or somewhere else (the
// provider's web app, its CLI, an IDE, a GitHub issue) and adopted from the provider's list.
enum class TaskOrigin { AgentDesk, Elsewhere };
QString originKey(TaskOrigin origin); // "agentdesk", "elsewhere"
std::optional<TaskOrigin> originFromKey(const QString &key);

struct Task {
    QString id;
    ProviderId provider = ProviderId::Jules;
    QString account;
    QString externalId;
    TaskStatus status = TaskStatus::Queued;
    QString upstreamStatus; // the provider's raw state, for display and diagnosis
    Attention attention;
    QString title;
    QString webUrl; // the provider's own page for the task
    QString prompt;
    TaskSource source;
    TaskOptions options;
    TaskResult result;
    QString error;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime completedAt;
    QDateTime lastActivityAt;
    QList<Activity> activities; // filled only where asked for
    QJsonObject providerState;  // the adapter's own sync state (run ids, stream position)
    TaskOrigin origin = TaskOrigin::AgentDesk;
    bool hidden = false;   // the operator hid it from the list (it is kept)
    bool archived = false; // archived upstream
    QDateTime goneAt;      // when the provider said it no longer has it; invalid while it exists
    QDateTime observedAt;  // when the upstream state held here was asked for (an older answer never replaces it)
    PullRequestStatus pr;  // the pull request as read from GitHub (see PullRequestWatcher)

    // The title on one line (line breaks and runs of white space become one space), or
    // the prompt's first line when there is none. `title` keeps what the provider sent.
    QString displayTitle() const;
    // The seed's JSON shape plus account, attention and the upstream state.
    QJsonObject toJson(bool withActivities = true) const;
};

QString generateTaskId(const QDateTime &now);
// Text on one line: line breaks and runs of white space become one space.
QString oneLine(const QString &text);
QString repoNameFromUrl(const QString &url); // "https://github.com/o/r.git" -> "o/r"
std::optional<int> prNumberFromUrl(const QString &url);

} // namespace agentdesk
