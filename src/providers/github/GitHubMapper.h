#pragma once

#include "domain/PullRequest.h"

#include <QJsonArray>
#include <QJsonObject>

namespace agentdesk::github {

// GitHub's answers as AgentDesk's pull request state: pure functions, no I/O
// (docs/github.md says which fields and why).

// One source of checks (the check runs, or the commit statuses) summed up.
struct ChecksPart {
    ChecksState state = ChecksState::None;
    QList<FailingCheck> failing;
    QJsonObject toJson() const;
    static ChecksPart fromJson(const QJsonObject &o);
};

// GET /repos/{o}/{r}/pulls/{n}: state (merged beats closed), head sha and branch.
void applyPull(const QJsonObject &pull, PullRequestStatus &into);
// GET …/commits/{sha}/check-runs (the newest run per name).
ChecksPart checksFromRuns(const QJsonObject &answer);
// GET …/commits/{sha}/status. No statuses at all reads "pending" with total_count 0:
// that is "no statuses", not "pending".
ChecksPart checksFromStatus(const QJsonObject &answer);
// Failure beats pending beats success beats none.
ChecksPart combine(const ChecksPart &a, const ChecksPart &b);
// GET …/pulls/{n}/reviews: each reviewer's decision is their latest APPROVED or
// CHANGES_REQUESTED (a later COMMENTED does not cancel it; DISMISSED does). Changes
// asked for beat approval beat comments. `requests` gets the reviews that ask for changes.
ReviewState decideReview(const QJsonArray &reviews, QList<ReviewNote> *requests = nullptr);
// GET …/pulls/{n}/comments: the comments of the given reviews.
QList<ReviewNote> commentsOfReviews(const QJsonArray &comments, const QList<ReviewNote> &reviews);
// The Actions job id of a check run (its details_url ends in /job/{id}); 0 for others.
qint64 actionsJobId(const QJsonObject &checkRun);
// The last lines of a log that fit in `maxChars` (whole lines; GitHub's timestamps kept).
QString logTail(const QByteArray &log, int maxLines, int maxChars);

} // namespace agentdesk::github
