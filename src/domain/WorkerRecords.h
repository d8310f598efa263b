#pragma once

#include "domain/ProviderId.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace agentdesk {

// A trusted route: sessions of this agent run at this provider account against this
// repository (or one of the allowed ones), on this branch, with these options. Only
// the operator writes routes; nothing a session carries can change them.
struct WorkerRoute {
    QString agentId;
    ProviderId provider = ProviderId::Jules;
    QString account;
    QString repoUrl;          // the default repository
    QStringList allowedRepos; // further repositories a session's target may name
    QString branch;
    bool autoPr = false;
    bool planApproval = false;

    bool allows(const QString &repoUrl) const;
};

// One claimed session as the worker keeps it. Written before anything is reported.
struct ClaimRecord {
    enum class Phase { Claimed, Running, Finishing, Ended, Lost };
    QString sessionId;
    QString claimId;
    QString agentId;
    Phase phase = Phase::Claimed;
    int leaseSeconds = 900;
    QDateTime leaseExpiresAt;
    QString taskId;              // the provider task, once created
    int mirroredCount = 0;       // task activities already reported
    QStringList forwardedInputs; // operator inputs already sent to the provider
    QString reportedUrl;         // the last external URL reported
    QString lastActivity;        // for the Worker panel
    QString detail;              // why it ended, for the Worker panel
    QDateTime createdAt;

    bool isOpen() const { return phase == Phase::Claimed || phase == Phase::Running || phase == Phase::Finishing; }
    static QString phaseKey(Phase p);
    static std::optional<Phase> phaseFromKey(const QString &key);
};

// A platform call waiting in the outbox: an activity, or the claim's end.
struct OutboxItem {
    enum class Kind { Activity, Complete, Fail, Release };
    qint64 id = 0;
    QString sessionId;
    QString claimId;
    Kind kind = Kind::Activity;
    QString clientActivityId; // activities only
    QJsonObject body;
    int attempts = 0;

    bool endsClaim() const { return kind != Kind::Activity; }
    static QString kindKey(Kind kind); // "activity", "complete", "fail", "release"
    static std::optional<Kind> kindFromKey(const QString &key);
};

} // namespace agentdesk
