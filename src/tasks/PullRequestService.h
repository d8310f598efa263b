#pragma once

#include "base/Clock.h"
#include "domain/Account.h"
#include "providers/ProviderAdapter.h"

#include <QObject>

namespace agentdesk {

class AccountStore;
class CredentialResolver;
class GitHubAdapter;
class Ledger;
class PrRoundStore;
class ProviderRegistry;
class TaskService;
class TaskStore;

// What an account's tasks do when their pull request's checks fail (account settings
// "ciFix" and "ciFixRounds"): nothing, a "needs you" with a one-click send, or a send
// without asking; never more than `rounds` rounds per pull request.
struct PrPolicy {
    enum class Mode { Off, Ask, Auto };
    Mode mode = Mode::Ask;
    int rounds = 3;
    static PrPolicy of(const Account &account);
    static std::optional<Mode> modeFromKey(const QString &key); // off, ask, auto
    static QString modeKey(Mode mode);
    static constexpr int kMaxRounds = 20;
};

enum class Feedback { CiFailure, Review };

// What a send back to the agent was, or would be (dry run), or why it is not sent.
struct FeedbackResult {
    bool sent = false;
    // "follow-up" (the agent's own API), "pr-comment" (@codex / @copilot), or "new-task"
    // (the session took no more messages: a new task on the PR's branch, named in `where`)
    QString route;
    QString headSha; // the commit it is about
    QString text;    // what the agent gets
    QString where;   // the comment's address, or the task the follow-up went to
};

// The pull request loop (docs/github.md): reads each task's PR from GitHub (state,
// checks, reviews) and keeps it with the task, with timeline items for what changed;
// sends failing checks and requested changes back to the agent that wrote the code —
// through its follow-up API (Jules, Devin, Cursor) or a PR comment that mentions it
// (Codex, Copilot) — once per head commit, within the account's rounds and budget.
class PullRequestService : public QObject
{
    Q_OBJECT
public:
    PullRequestService(TaskService &tasks, AccountStore &accounts, ProviderRegistry &providers, PrRoundStore &rounds,
                       Ledger &ledger, QObject *parent = nullptr);

    // Reads the task's pull request from GitHub and stores what changed. A task without
    // a PR answers as it is. With `autoSend`, a failure the account's policy sends
    // without asking is sent (once per head commit).
    void refresh(const QString &taskId, RequestPriority priority, bool autoSend, const QObject *context,
                 Callback<Task> done);
    // Tasks whose pull request is still worth reading: it has an address and is not
    // known to be merged or closed.
    Outcome<QStringList> watchedTasks() const;

    // Sends the failing checks (with the last lines of each failing job's log) or the
    // requested changes to the agent. A dry run builds the message and sends nothing.
    void sendFeedback(const QString &taskId, Feedback kind, bool dryRun, const QObject *context,
                      Callback<FeedbackResult> done);
    // Why a send cannot go now (nothing failing, no PR, the policy), or empty.
    QString whyNotFeedback(const Task &task, Feedback kind) const;

    // The GitHub account that serves a pull request on `host`: a GitHub account for that
    // host (GitHub Enterprise Server) or for github.com, else a Copilot account's token.
    std::optional<Account> accountFor(const QString &host) const;

    static QString feedbackKey(Feedback kind); // "ci", "review"

Q_SIGNALS:
    // Every send (and every refused send), for the audit trail.
    void feedbackSent(const QString &taskId, agentdesk::Feedback kind, const QString &detail,
                      const agentdesk::Error &outcome);

private:
    void withGitHub(const Task &task, RequestPriority priority, const QObject *context,
                    std::function<void(const Outcome<Credentials> &)> next);
    void store(const Task &before, const PullRequestStatus &now, const QObject *context, Callback<Task> done);
    void maybeAutoSend(const Task &task, std::function<void()> then);
    void buildMessage(const Task &task, Feedback kind, const Credentials &github, const QObject *context,
                      Callback<QString> done);
    void deliver(const Task &task, Feedback kind, const QString &text, const Credentials &github,
                 const QObject *context, Callback<FeedbackResult> done);
    Error refusal(const Task &task, Feedback kind, bool withBudget) const;
    // A session that takes no more messages: the same work as a new task on the PR's
    // head branch (the answer is its id).
    void continueInNewTask(const Task &task, const QString &text, std::function<void(const Outcome<QString> &)> done);
    GitHubAdapter *github() const;

    TaskService &m_tasks;
    TaskStore &m_store;
    AccountStore &m_accounts;
    ProviderRegistry &m_providers;
    PrRoundStore &m_rounds;
    Ledger &m_ledger;
    const Clock &m_clock;
};

} // namespace agentdesk

Q_DECLARE_METATYPE(agentdesk::Feedback)
