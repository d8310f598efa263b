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

Error ProviderAdapter::checkOptions(const Credentials &c, const NewTask &input) const
{
    const QString name = providerDisplayName(id());
    if (input.options.planApprovalRequired && !capabilities().planApproval)
        return Error::validation(unsupportedReason(Operation::ApprovePlan));
    if (!input.options.environment.isEmpty() && !supportsEnvironment(c))
        return Error::validation(tr("%1 does not accept environment variables through its API (with this account's "
                                    "API version); remove them or pick another provider.").arg(name));
    if (input.options.autoCreatePr && !supportsAutoPr(c))
        return Error::validation(tr("%1 cannot be asked for a pull request when the task is created.").arg(name));
    const QStringList supported = supportedProviderOptions(c);
    const QStringList given = input.options.provider.keys();
    for (const QString &key : given)
        if (!supported.contains(key))
            return Error::validation(tr("%1 does not support the option \"%2\"%3.")
                                         .arg(name, key,
                                              supported.isEmpty() ? QString()
                                                                  : tr(" (it supports: %1)").arg(supported.join(QLatin1String(", ")))));
    return {};
}

HttpRequest ProviderAdapter::makeRequest(const Credentials &c, QByteArray method, const QString &path,
                                         const QString &what) const
{
    HttpRequest r;
    r.method = std::move(method);
    const QUrl base = c.baseUrl.isEmpty() ? defaultBaseUrl(c) : c.baseUrl;
    QString basePath = base.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    r.url = base;
    const int query = path.indexOf(QLatin1Char('?'));
    r.url.setPath(basePath + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        r.url.setQuery(path.mid(query + 1));
    r.what = what;
    r.idempotent = r.method != "POST";
    authorize(r, c);
    return r;
}

void ProviderAdapter::sendChecked(const HttpRequest &request, std::function<void(const Error &)> onError,
                                  std::function<void(const HttpResponse &)> onOk)
{
    m_http.send(request, [onError, onOk](const HttpResponse &resp) {
        if (!resp.ok()) {
            onError(errorFromHttp(resp.error));
            return;
        }
        onOk(resp);
    });
}

struct PageWalk {
    HttpRequest request;
    std::function<QJsonArray(const QJsonObject &)> items;
    ProviderAdapter::NextPage next;
    ProviderAdapter::Callback<QJsonArray> done;
    QJsonArray collected;
    int pagesLeft = 0;
};

void ProviderAdapter::collectPages(const HttpRequest &first, std::function<QJsonArray(const QJsonObject &)> items,
                                   NextPage next, Callback<QJsonArray> done, int maxPages)
{
    auto walk = std::make_shared<PageWalk>();
    walk->request = first;
    walk->items = std::move(items);
    walk->next = std::move(next);
    walk->done = std::move(done);
    walk->pagesLeft = maxPages;
    nextPage(walk);
}

void ProviderAdapter::nextPage(std::shared_ptr<PageWalk> walk)
{
    sendChecked(walk->request, [walk](const Error &e) { walk->done({{}, e}); },
                [this, walk](const HttpResponse &resp) {
                    const QJsonObject page = resp.json();
                    const QJsonArray items = walk->items(page);
                    for (const QJsonValue &v : items)
                        walk->collected.append(v);
                    const std::optional<HttpRequest> following = walk->next(page, int(items.size()));
                    if (following && --walk->pagesLeft > 0) {
                        walk->request = *following;
                        nextPage(walk);
                        return;
                    }
                    walk->done({walk->collected, {}});
                });
}

void ProviderAdapter::cachedSources(const Credentials &c, int maxAgeSeconds,
                                    std::function<void(Callback<QList<SourceInfo>>)> fetch,
                                    Callback<QList<SourceInfo>> done)
{
    const auto cached = m_sourceCache.constFind(c.accountName);
    if (cached != m_sourceCache.cend() && cached->fetchedAt.secsTo(QDateTime::currentDateTimeUtc()) < maxAgeSeconds) {
        deliverLater([done, sources = cached->sources] { done({sources, {}}); });
        return;
    }
    fetch([this, account = c.accountName, done](const Outcome<QList<SourceInfo>> &r) {
        if (r.ok())
            m_sourceCache.insert(account, CachedSources{QDateTime::currentDateTimeUtc(), r.value});
        done(r);
    });
}

void ProviderAdapter::approvePlan(const Credentials &, const Task &, Callback<Done> done)
{
    refuse(Operation::ApprovePlan, done);
}

void ProviderAdapter::sendMessage(const Credentials &, const Task &, const QString &, Callback<RemoteTask> done)
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
    Error out = e.kind == HttpErrorKind::Auth ? Error::auth(e.message) : Error::provider(e.message);
    out.httpStatus = e.status;
    out.code = e.code;
    return out;
}

} // namespace agentdesk
