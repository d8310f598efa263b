#pragma once

#include "base/Async.h"
#include "domain/Outcome.h"
#include "domain/WorkerRecords.h"
#include "secrets/Secret.h"
#include "storage/WorkerStore.h"

#include <QObject>

namespace agentdesk {

class CoreContext;

// What the operator configures for the worker, from the window or agentdeskctl alike:
// trusted routes (which account, repository, branch and options serve an agent's
// sessions) and the webhook key. Checked before anything is stored, and every change
// is in the audit trail.
class WorkerSetup : public QObject
{
    Q_OBJECT
public:
    explicit WorkerSetup(CoreContext &core, QObject *parent = nullptr);

    Outcome<QList<WorkerRoute>> routes() const;
    // Adds the route, or replaces the agent's route. Refused with a message that says
    // what to fix: a missing field, an invalid repository URL, no such account for the
    // provider.
    void saveRoute(const WorkerRoute &route, const QObject *context, Callback<Done> done);
    void removeRoute(const QString &agentId, const QObject *context, Callback<Done> done);
    // Empty when the route can be saved.
    Error check(const WorkerRoute &route) const;

    static constexpr int kMinimumWebhookKeyLength = 16;
    // Into the keychain; the answer arrives on `context`.
    void setWebhookKey(const Secret &key, const QObject *context, Callback<Done> done);

Q_SIGNALS:
    void routesChanged();

private:
    // Answers `answer` with `why` from the event loop, as every asynchronous call is.
    void refuseLater(Callback<Done> answer, const Error &why);
    CoreContext &m_core;
    WorkerStore m_store;
};

} // namespace agentdesk
