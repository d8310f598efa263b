#pragma once

#include <QCoreApplication>

#include "domain/TaskValidation.h"
#include "domain/WorkerRecords.h"
#include "platform/PlatformTypes.h"

#include <optional>

namespace agentdesk {

// The worker's trust boundary, decided before any provider task exists. Everything a
// provider task is made of — account, repository, branch, options, environment — comes
// from the operator's route. The session's prompt and untrustedContext reach the
// provider only inside the prompt, fenced and labelled as data beneath the trusted
// instructions. A session's target repository is honoured only when the route allows it.
struct PolicyDecision {
    bool allowed = false;
    bool release = false; // refused here, but another worker may take it
    QString rule;         // which rule decided
    QString detail;       // for the policy_decision activity and the log
    NewTask task;         // what to create when allowed
};

class WorkerPolicy
{
    Q_DECLARE_TR_FUNCTIONS(agentdesk::WorkerPolicy)
public:
    static PolicyDecision evaluate(const std::optional<WorkerRoute> &route, const PlatformSessionInfo &session);
    // The prompt a provider receives: trusted instructions first, then the untrusted
    // request inside a fence whose marker does not occur in the request.
    static QString buildPrompt(const WorkerRoute &route, const QString &repoUrl, const PlatformSessionInfo &session);
    // The first line of every prompt a worker sends for this session: how a restarted
    // worker finds a task whose create answer it never got.
    static QString sessionMarker(const QString &sessionId);
};

} // namespace agentdesk
