#pragma once

#include <QCoreApplication>

#include "domain/Task.h"
#include "domain/WorkerRecords.h"
#include "platform/PlatformTypes.h"

namespace agentdesk {

// Turns what a provider task did since the last look into platform calls for its
// session: plan_updated, progress, external_url_updated, awaiting_input, and at the end
// completed/failed plus the complete or fail call. Pure: the same claim and task give
// the same items with the same clientActivityIds, so a repeat after a crash is a no-op.
class ActivityMirror
{
    Q_DECLARE_TR_FUNCTIONS(agentdesk::ActivityMirror)
public:
    struct Step {
        QList<OutboxItem> items;
        ClaimRecord claim; // advanced: mirrored count, reported URL, last activity, phase
        bool ended = false;
    };
    static Step next(const ClaimRecord &claim, const Task &task);

    static OutboxItem activity(const ClaimRecord &claim, const QString &key, const QString &type,
                               const QString &message, const QJsonObject &data = {});
    static OutboxItem finish(const ClaimRecord &claim, OutboxItem::Kind kind, const QJsonObject &body);
    // A stable UUID for one reported thing of one claim.
    static QString clientActivityId(const ClaimRecord &claim, const QString &key);
};

} // namespace agentdesk
