#pragma once

#include "PullRequest.h"
#include "Task.h"

namespace agentdesk {

// The part of a task a list shows. Kept lean so a list of 100,000 tasks stays small.
struct TaskSummary {
    QString id;
    ProviderId provider = ProviderId::Jules;
    QString account;
    TaskStatus status = TaskStatus::Queued;
    Attention attention;
    QString title;
    QString repoName;
    QString prUrl;
    QString error;
    QDateTime updatedAt;
    TaskOrigin origin = TaskOrigin::AgentDesk;
    bool hidden = false;
    bool archived = false;
    bool gone = false; // gone upstream
    std::optional<TaskCost> cost;
    // The pull request at a glance (the task holds the rest).
    struct PrBrief {
        bool known = false;
        PrState state = PrState::Open;
        ChecksState checks = ChecksState::None;
        ReviewState review = ReviewState::None;
        bool needsYou() const
        {
            return known && state == PrState::Open
                   && (checks == ChecksState::Failure || review == ReviewState::ChangesRequested);
        }
    } pr;
    // Waits for the operator: the agent asks (attention), or its open pull request failed
    // its checks or was asked for changes.
    bool needsYou() const { return attention.needsYou() || pr.needsYou(); }
    // Lower-cased id, title, repository and prompt start, in UTF-8: a search over
    // 100,000 of these is a byte search (memchr-fast), not a UTF-16 one.
    QByteArray searchText;

    static TaskSummary fromTask(const Task &task);
};

} // namespace agentdesk
