#include "ProviderAdapter.h"

#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QTimer>

namespace agentdesk {

ProviderAdapter::ProviderAdapter(HttpClient &http, QObject *parent) : QObject(parent), m_http(http) {}

ProviderAdapter::~ProviderAdapter() = default;

QString ProviderAdapter::unsupportedReason(Operation op) const
{
    const Capabilities caps = capabilities();
    const QString name = providerDisplayName(id());
    switch (op) {
    case Operation::ApprovePlan:
        if (!caps.planApproval)
            return QCoreApplication::translate("ProviderAdapter", "%1 has no plan approval step.").arg(name);
        break;
    case Operation::SendMessage:
        if (!caps.followUp)
            return QCoreApplication::translate("ProviderAdapter", "%1 does not accept follow-up messages.").arg(name);
        break;
    case Operation::Cancel:
        if (!caps.upstreamCancel)
            return QCoreApplication::translate("ProviderAdapter",
                                               "%1 offers no way to stop a task through its API; stop it in "
                                               "the provider's web app if needed.")
                .arg(name);
        break;
    case Operation::Delete:
        if (!caps.upstreamDelete)
            return QCoreApplication::translate("ProviderAdapter", "%1 offers no way to delete a task upstream.")
                .arg(name);
        break;
    case Operation::ListSources:
        if (!caps.listSources)
            return QCoreApplication::translate("ProviderAdapter", "%1 cannot list repositories.").arg(name);
        break;
    case Operation::Create:
    case Operation::Fetch:
        break;
    }
    return {};
}

void ProviderAdapter::approvePlan(const Credentials &, const Task &, Callback<Done> done)
{
    refuse(Operation::ApprovePlan, done);
}

void ProviderAdapter::sendMessage(const Credentials &, const Task &, const QString &, Callback<Done> done)
{
    refuse(Operation::SendMessage, done);
}

void ProviderAdapter::cancel(const Credentials &, const Task &, Callback<Done> done)
{
    refuse(Operation::Cancel, done);
}

void ProviderAdapter::remove(const Credentials &, const Task &, Callback<Done> done)
{
    refuse(Operation::Delete, done);
}

void ProviderAdapter::listSources(const Credentials &, Callback<QList<SourceInfo>> done)
{
    refuse(Operation::ListSources, done);
}

void ProviderAdapter::deliverLater(std::function<void()> fn)
{
    QTimer::singleShot(0, this, std::move(fn));
}

Error errorFromHttp(const HttpError &e)
{
    if (!e.isError())
        return {};
    if (e.kind == HttpErrorKind::Auth)
        return Error::auth(e.message);
    return Error::provider(e.message);
}

} // namespace agentdesk
