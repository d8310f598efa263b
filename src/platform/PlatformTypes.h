#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace agentdesk {

// An operator's input on a session (docs/platform.md, REST).
struct SessionInput {
    QString id;
    QString text;
    QDateTime createdAt;
};

// One queued unit of work on the platform. `prompt` and `untrustedContext` are
// untrusted workspace content; `trustedInstructions` comes from platform policy.
struct PlatformSessionInfo {
    QString id;
    QString workspaceId;
    QString agentId;
    QString executionMode;
    QString state; // queued, pending, active, awaiting_input, complete, error, stale, cancelled
    QString prompt;
    QString trustedInstructions;
    QJsonObject untrustedContext;
    QJsonObject target; // {type, id, url, repository?}
    QString activeClaimId;
    QList<SessionInput> inputs;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isTerminal() const
    {
        return state == QLatin1String("complete") || state == QLatin1String("error")
               || state == QLatin1String("cancelled");
    }
    QString targetRepository() const { return target.value(QLatin1String("repository")).toString(); }
    static PlatformSessionInfo fromJson(const QJsonObject &o);
};

struct WorkerRegistration {
    QString agentId;
    QString workerId;
    QString name;
    int heartbeatIntervalSeconds = 30;
};

struct ClaimGrant {
    QString claimId;
    QDateTime leaseExpiresAt;
    int leaseSeconds = 900;
    PlatformSessionInfo session;
};

// One activity as the platform takes it: {claimId, type, message, data?, clientActivityId}.
struct SessionActivity {
    QString clientActivityId; // a UUID; makes a retried post idempotent
    QString type; // progress, plan_updated, external_url_updated, awaiting_input, completed, failed, policy_decision
    QString message;
    QJsonObject data;
};

} // namespace agentdesk
