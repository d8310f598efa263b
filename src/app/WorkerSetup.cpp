#include "WorkerSetup.h"

#include "CoreContext.h"
#include "WorkerHost.h"
#include "domain/TaskValidation.h"
#include "storage/WorkerStore.h"

namespace agentdesk {

WorkerSetup::WorkerSetup(CoreContext &core, QObject *parent)
    : QObject(parent), m_core(core), m_store(core.database(), core.clock())
{ }

Outcome<QList<WorkerRoute>> WorkerSetup::routes() const
{
    return m_store.routes();
}

Error WorkerSetup::check(const WorkerRoute &r) const
{
    if (r.agentId.trimmed().isEmpty() || r.account.trimmed().isEmpty() || r.repoUrl.trimmed().isEmpty())
        return Error::usage(tr("A route needs the agent, the account and the repository."));
    for (const QString &url : QStringList{r.repoUrl} + r.allowedRepos)
        if (const QString problem = validateRepoUrl(url); !problem.isEmpty())
            return Error::validation(problem);
    const Outcome<std::optional<Account>> account = m_core.accounts().find(r.account);
    if (!account.ok())
        return account.error;
    if (!account.value || account.value->provider != r.provider)
        return Error::notFound(
            tr("No %1 account named \"%2\". Add it under Accounts (or with `agentdeskctl account add`).")
                .arg(providerDisplayName(r.provider), r.account));
    return {};
}

void WorkerSetup::saveRoute(const WorkerRoute &route, const QObject *context, Callback<Done> done)
{
    auto answer = bindTo(context, std::move(done));
    WorkerRoute r = route;
    r.agentId = r.agentId.trimmed();
    r.account = r.account.trimmed();
    r.repoUrl = r.repoUrl.trimmed();
    if (const Error e = check(r))
        return refuseLater(std::move(answer), e);
    // Finishes under this object, so the audit entry is written even when the asker is gone.
    m_store.saveRoute(r, this, [this, r, answer](const Outcome<Done> &saved) mutable {
        m_core.actions().note(AuditAction::RouteAdd, r.agentId, r.repoUrl, saved.error);
        if (saved.ok())
            Q_EMIT routesChanged();
        answer(saved);
    });
}

void WorkerSetup::refuseLater(Callback<Done> answer, const Error &why)
{
    QMetaObject::invokeMethod(
        this,
        [answer = std::move(answer), why]() mutable {
            answer({{}, why});
        },
        Qt::QueuedConnection);
}

void WorkerSetup::removeRoute(const QString &agentId, const QObject *context, Callback<Done> done)
{
    auto answer = bindTo(context, std::move(done));
    m_store.removeRoute(agentId, this, [this, agentId, answer](const Outcome<Done> &removed) mutable {
        m_core.actions().note(AuditAction::RouteRemove, agentId, {}, removed.error);
        if (removed.ok())
            Q_EMIT routesChanged();
        answer(removed);
    });
}

void WorkerSetup::setWebhookKey(const Secret &key, const QObject *context, Callback<Done> done)
{
    auto answer = bindTo(context, std::move(done));
    if (key.reveal().size() < kMinimumWebhookKeyLength) {
        const Error e =
            Error::validation(tr("The webhook key must be at least %1 characters long.").arg(kMinimumWebhookKeyLength));
        return refuseLater(std::move(answer), e);
    }
    // The write finishes under this object's lifetime, so the audit entry is written even
    // when the dialog that asked has closed.
    m_core.secrets().write(WorkerHost::webhookKeyName(), key, this, [this, answer](const SecretResult &r) mutable {
        const Error e = r.ok() ? Error{} : Error::keychain(r.message);
        m_core.actions().note(AuditAction::WebhookKeySet, QStringLiteral("worker"), {}, e);
        answer({{}, e});
    });
}

} // namespace agentdesk
