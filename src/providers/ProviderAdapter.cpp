#include "ProviderAdapter.h"

#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimer>

namespace agentdesk {

namespace {
// "/v1", "/v3", "/v1alpha", "/v2beta1": the last path segment of a base URL that names an API version.
const QRegularExpression &versionSegment()
{
    static const QRegularExpression re(QStringLiteral("/(v\\d+(?:alpha\\d*|beta\\d*)?)$"));
    return re;
}

QString trimmedPath(const QUrl &url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}
} // namespace

ProviderAdapter::ProviderAdapter(HttpClient &http, QObject *parent) : QObject(parent), m_http(http) { }

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
    case Operation::ListTasks:
    case Operation::Create:
    case Operation::Fetch: break;
    }
    return {};
}

QString ProviderAdapter::whyNot(const Task &task, Operation op) const
{
    const QString unsupported = unsupportedReason(op);
    if (!unsupported.isEmpty())
        return unsupported;
    switch (op) {
    case Operation::ApprovePlan:
        if (task.status != TaskStatus::AwaitingApproval)
            return QCoreApplication::translate("ProviderAdapter",
                                               "There is no plan waiting for approval (the task is %1).")
                .arg(statusDisplayName(task.status).toLower());
        break;
    case Operation::Cancel:
        if (isTerminal(task.status))
            return QCoreApplication::translate("ProviderAdapter", "The task has ended (%1).")
                .arg(statusDisplayName(task.status).toLower());
        break;
    default: break;
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
                                    "API version); remove them or pick another provider.")
                                     .arg(name));
    if (input.options.autoCreatePr && !supportsAutoPr(c))
        return Error::validation(tr("%1 cannot be asked for a pull request when the task is created.").arg(name));
    const QStringList supported = supportedProviderOptions(c);
    const QStringList given = input.options.provider.keys();
    for (const QString &key : given)
        if (!supported.contains(key))
            return Error::validation(tr("%1 does not support the option \"%2\"%3.")
                                         .arg(name, key,
                                              supported.isEmpty()
                                                  ? QString()
                                                  : tr(" (it supports: %1)").arg(supported.join(QLatin1String(", ")))));
    return {};
}

QString ProviderAdapter::apiPrefix(const Credentials &) const
{
    return {};
}

QString ProviderAdapter::checkBaseUrl(const Credentials &c) const
{
    const QUrl &baseUrl = c.baseUrl;
    if (baseUrl.isEmpty())
        return {};
    const QString prefix = apiPrefix(c);
    const auto m = versionSegment().match(trimmedPath(baseUrl));
    if (!m.hasMatch() || prefix.isEmpty() || QLatin1Char('/') + m.captured(1) == prefix)
        return {};
    QUrl bare = baseUrl;
    bare.setPath(trimmedPath(baseUrl).chopped(m.captured(0).size()));
    return tr("The base URL ends in /%1, but this %2 account uses %3. Type %4 (AgentDesk adds the version), or "
              "pick the API version that matches the URL.")
        .arg(m.captured(1), providerDisplayName(id()), prefix.mid(1), bare.toString());
}

HttpRequest ProviderAdapter::makeRequest(const Credentials &c, QByteArray method, const QString &path,
                                         const QString &what) const
{
    HttpRequest r;
    r.method = std::move(method);
    const QUrl base = c.baseUrl.isEmpty() ? defaultBaseUrl(c) : c.baseUrl;
    QString basePath = trimmedPath(base);
    QString rest = path;
    // A base URL given with its API version ("https://api.devin.ai/v1", as some providers
    // document it) and one without both work: the version is never doubled.
    const QString prefix = apiPrefix(c);
    if (!prefix.isEmpty() && basePath.endsWith(prefix) && rest.startsWith(prefix + QLatin1Char('/')))
        basePath.chop(prefix.size());
    r.url = base;
    const int query = rest.indexOf(QLatin1Char('?'));
    r.url.setPath(basePath + (query < 0 ? rest : rest.left(query)));
    if (query >= 0)
        r.url.setQuery(rest.mid(query + 1));
    r.what = what;
    r.idempotent = r.method != "POST";
    r.budgetKey = providerKey(id()) + QLatin1Char('/') + c.accountName;
    r.priority = c.priority;
    if (c.deadlineMs > 0) {
        r.deadlineMs = c.deadlineMs;
        r.timeoutMs = c.deadlineMs;
    }
    authorize(r, c);
    return r;
}

void ProviderAdapter::sendChecked(const HttpRequest &request, const QObject *context,
                                  std::function<void(const Error &)> onError,
                                  std::function<void(const HttpResponse &)> onOk)
{
    m_http.send(request, context, [onError, onOk](const HttpResponse &resp) {
        if (!resp.ok()) {
            onError(errorFromHttp(resp.error));
            return;
        }
        onOk(resp);
    });
}

struct PageWalk {
    HttpRequest request;
    const QObject *context = nullptr;
    std::function<QJsonArray(const QJsonObject &)> items;
    ProviderAdapter::NextPage next;
    Callback<QJsonArray> done;
    QJsonArray collected;
    int pagesLeft = 0;
    int maxItems = 0;
};

void ProviderAdapter::collectPages(const HttpRequest &first, const QObject *context,
                                   std::function<QJsonArray(const QJsonObject &)> items, NextPage next,
                                   Callback<QJsonArray> done, int maxPages, int maxItems)
{
    auto walk = std::make_shared<PageWalk>();
    walk->request = first;
    walk->context = context;
    walk->items = std::move(items);
    walk->next = std::move(next);
    walk->done = std::move(done);
    walk->pagesLeft = maxPages;
    walk->maxItems = maxItems;
    nextPage(walk);
}

void ProviderAdapter::nextPage(std::shared_ptr<PageWalk> walk)
{
    sendChecked(
        walk->request, walk->context,
        [walk](const Error &e) {
            walk->done({{}, e});
        },
        [this, walk](const HttpResponse &resp) {
            const QJsonArray items = walk->items(resp.json());
            for (const QJsonValue &v : items)
                walk->collected.append(v);
            if (walk->collected.size() > walk->maxItems) {
                walk->done({{},
                            Error::provider(tr("%1 failed: the provider listed more than %2 entries; "
                                               "AgentDesk stopped reading.")
                                                .arg(walk->request.what)
                                                .arg(walk->maxItems))});
                return;
            }
            const std::optional<HttpRequest> following = walk->next(resp, int(items.size()));
            if (following && --walk->pagesLeft > 0) {
                walk->request = *following;
                nextPage(walk);
                return;
            }
            walk->done({walk->collected, {}});
        });
}

void ProviderAdapter::cachedSources(const Credentials &c, int maxAgeSeconds, const QObject *context,
                                    std::function<void(Callback<QList<SourceInfo>>)> fetch,
                                    Callback<QList<SourceInfo>> done)
{
    const auto cached = m_sourceCache.constFind(c.accountName);
    if (cached != m_sourceCache.cend() && cached->fetchedAt.secsTo(QDateTime::currentDateTimeUtc()) < maxAgeSeconds) {
        deliverLater(context, [done, sources = cached->sources] { done({sources, {}}); });
        return;
    }
    fetch([this, account = c.accountName, done](const Outcome<QList<SourceInfo>> &r) {
        if (r.ok())
            m_sourceCache.insert(account, CachedSources{QDateTime::currentDateTimeUtc(), r.value});
        done(r);
    });
}

void ProviderAdapter::approvePlan(const Credentials &, const Task &, const QObject *context, Callback<Done> done)
{
    refuse(Operation::ApprovePlan, context, done);
}

void ProviderAdapter::sendMessage(const Credentials &, const Task &, const QString &, const QObject *context,
                                  Callback<RemoteTask> done)
{
    refuse(Operation::SendMessage, context, done);
}

void ProviderAdapter::cancel(const Credentials &, const Task &, const QObject *context, Callback<Done> done)
{
    refuse(Operation::Cancel, context, done);
}

void ProviderAdapter::remove(const Credentials &, const Task &, const QObject *context, Callback<Done> done)
{
    refuse(Operation::Delete, context, done);
}

void ProviderAdapter::listSources(const Credentials &, const QObject *context, Callback<QList<SourceInfo>> done)
{
    refuse(Operation::ListSources, context, done);
}

void ProviderAdapter::listTasks(const Credentials &, const ListQuery &, const QObject *context,
                                Callback<RemotePage> done)
{
    deliverLater(context, [done, name = providerDisplayName(id())] {
        done({{}, Error::usage(tr("%1 cannot list its tasks.").arg(name))});
    });
}

void ProviderAdapter::checkKey(const Credentials &, const QObject *context, Callback<KeyCheck> done)
{
    deliverLater(context, [done] { done({}); });
}

std::optional<Outcome<ImportedCredential>> ProviderAdapter::importLocalLogin(const QString &) const
{
    return std::nullopt;
}

void ProviderAdapter::deliverLater(const QObject *context, std::function<void()> fn)
{
    QTimer::singleShot(0, context, std::move(fn));
}

RemotePage RemotePage::from(const QJsonObject &page, const char *itemsKey, const char *tokenKey, bool archived,
                            const std::function<RemoteTask(const QJsonObject &)> &map)
{
    RemotePage out;
    const QJsonArray items = page.value(QLatin1String(itemsKey)).toArray();
    for (const QJsonValue &v : items) {
        RemoteTask t = map(v.toObject());
        if (archived)
            t.archived = true;
        if (!t.externalId.isEmpty())
            out.tasks << t;
    }
    out.nextPageToken = page.value(QLatin1String(tokenKey)).toString();
    out.complete = out.nextPageToken.isEmpty();
    return out;
}

QString boundedTitle(const QString &text)
{
    // Kept as the provider sent it (only bounded): views show it on one line
    // (Task::displayTitle), --json exactly.
    QString title = text.trimmed();
    if (title.size() > 500)
        title = title.left(499) + QChar(0x2026);
    return title;
}

QString boundedText(const QString &text)
{
    constexpr int kMax = 100000;
    if (text.size() <= kMax)
        return text;
    return text.left(kMax) + QLatin1Char('\n')
           + QCoreApplication::translate("ProviderAdapter", "[… %1 more characters not kept]").arg(text.size() - kMax);
}

} // namespace agentdesk
