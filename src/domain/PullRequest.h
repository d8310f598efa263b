#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace agentdesk {

// A pull request on GitHub (or a GitHub Enterprise Server host), from its web address.
struct PullRequestRef {
    QString host; // "github.com"
    QString owner;
    QString repo;
    int number = 0;

    // "https://HOST/OWNER/REPO/pull/N[/...]"; nullopt for anything else.
    static std::optional<PullRequestRef> fromUrl(const QString &url);
    QString repoPath() const; // "/repos/OWNER/REPO"
    QString display() const;  // "owner/repo#7"
};

enum class PrState { Open, Closed, Merged };
enum class ChecksState { None, Pending, Success, Failure };
enum class ReviewState { None, Commented, Approved, ChangesRequested };
QString prStateKey(PrState s);         // "open", "closed", "merged"
QString checksStateKey(ChecksState s); // "none", "pending", "success", "failure"
QString reviewStateKey(ReviewState s); // "none", "commented", "approved", "changes_requested"
std::optional<PrState> prStateFromKey(const QString &key);
std::optional<ChecksState> checksStateFromKey(const QString &key);
std::optional<ReviewState> reviewStateFromKey(const QString &key);

struct FailingCheck {
    QString name;
    QString url;
    QString conclusion; // failure, timed_out, cancelled, action_required; "failure" for a commit status
    qint64 jobId = 0;   // the Actions job (its log can be read); 0 for other checks and statuses
    qint64 checkId = 0; // the check run (a re-run is a new id); 0 for a commit status
};

// A reviewer's request for changes and the review comments that came with it.
struct ReviewNote {
    QString author;
    QString body;
    QString url;
    QString path; // empty: the review's own text
    int line = 0;
    qint64 id = 0;
};

// What AgentDesk knows about a task's pull request: read from GitHub, kept with the task.
struct PullRequestStatus {
    QString url;
    int number = 0;
    PrState state = PrState::Open;
    QString headSha;
    QString headRef;
    ChecksState checks = ChecksState::None;
    QList<FailingCheck> failing;
    ReviewState review = ReviewState::None;
    QList<ReviewNote> changeRequests; // the latest requests for changes, with their comments
    QDateTime observedAt;             // when GitHub was asked (an older answer never replaces it)
    QString problem;                  // why the last read failed (no GitHub account, a bad token); empty when fine
    QJsonObject etags;                // per resource, for conditional requests (kept, not shown)

    bool isKnown() const { return number > 0; }
    bool isOpen() const { return state == PrState::Open; }
    // An open pull request whose checks failed or whose reviewer asked for changes.
    bool needsYou() const
    {
        return isOpen() && (checks == ChecksState::Failure || review == ReviewState::ChangesRequested);
    }
    QStringList failingNames() const;
    // The public shape (task show --json): url, number, state, headSha, checks, failing, review.
    QJsonObject toJson() const;
    // The stored shape: the public one plus what the watcher keeps.
    QJsonObject toStored() const;
    static PullRequestStatus fromStored(const QJsonObject &o);
};

} // namespace agentdesk
