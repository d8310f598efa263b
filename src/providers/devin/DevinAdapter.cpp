#include "DevinAdapter.h"

#include "DevinMapper.h"
#include "net/HttpClient.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace agentdesk {

DevinAdapter::DevinAdapter(HttpClient &http, QObject *parent) : ProviderAdapter(http, parent) { }

QUrl DevinAdapter::defaultBaseUrl(const Credentials &) const
{
    return QUrl(QStringLiteral("https://api.devin.ai"));
}

QString DevinAdapter::apiPrefix(const Credentials &c) const
{
    return devin::versionFor(c) == devin::ApiVersion::V1 ? QStringLiteral("/v1") : QStringLiteral("/v3");
}

void DevinAdapter::authorize(HttpRequest &request, const Credentials &c) const
{
    request.setHeader("Authorization", "Bearer " + c.key.reveal().toUtf8());
}

Capabilities DevinAdapter::capabilities() const
{
    Capabilities caps;
    caps.followUp = true;
    caps.upstreamCancel = true;
    caps.listTasks = true;
    return caps;
}

QString DevinAdapter::unsupportedReason(Operation op) const
{
    if (op == Operation::ApprovePlan)
        return tr("Devin has no plan approval call in its API; when it waits for approval, answer in the Devin "
                  "web app or send it a message.");
    if (op == Operation::Delete)
        return tr("Devin has no delete; cancel terminates a session upstream, and delete here removes it from "
                  "AgentDesk only.");
    if (op == Operation::ListSources)
        return tr("Devin's API cannot list repositories; type the repository URL.");
    return ProviderAdapter::unsupportedReason(op);
}

QStringList DevinAdapter::supportedProviderOptions(const Credentials &) const
{
    return {QStringLiteral("maxAcuLimit"), QStringLiteral("tags")};
}

void DevinAdapter::withOrg(const Credentials &c, const QObject *context,
                           std::function<void(const QString &, const Error &)> then)
{
    const QString known = m_orgByAccount.value(c.accountName);
    if (!known.isEmpty()) {
        deliverLater(context, [then, known] { then(known, {}); });
        return;
    }
    const HttpRequest r = makeRequest(c, "GET", QStringLiteral("/v3/self"), tr("Devin: identify the key"));
    sendChecked(
        r, context, [then](const Error &e) { then({}, e); },
        [this, c, then](const HttpResponse &resp) {
            const QString org = resp.json().value(QLatin1String("org_id")).toString();
            if (org.isEmpty()) {
                then({}, Error::auth(tr("Devin: GET /v3/self named no organisation for this key; use a service-user "
                                        "token (cog_…) of an organisation.")));
                return;
            }
            m_orgByAccount.insert(c.accountName, org);
            then(org, {});
        });
}

void DevinAdapter::create(const Credentials &c, const NewTask &input, const QObject *context, Callback<RemoteTask> done)
{
    Task forTitle;
    forTitle.prompt = input.prompt;
    const QString title = forTitle.displayTitle();
    if (devin::versionFor(c) == devin::ApiVersion::V1) {
        HttpRequest r = makeRequest(c, "POST", QStringLiteral("/v1/sessions"), tr("Devin: create session"));
        r.setJsonBody(devin::createBodyV1(input, title));
        call<RemoteTask>(r, context, done, [done, title](const HttpResponse &resp) {
            // v1 answers {session_id, url, is_new_session}: not a session object, and not "id".
            const QJsonObject o = resp.json();
            RemoteTask t;
            t.externalId = o.value(QLatin1String("session_id")).toString();
            t.webUrl = o.value(QLatin1String("url")).toString();
            t.title = title;
            t.status = TaskStatus::Queued;
            if (t.externalId.isEmpty()) {
                done({{}, Error::provider(tr("Devin: create session answered without a session_id."))});
                return;
            }
            done({t, {}});
        });
        return;
    }
    withOrg(c, context, [this, c, input, title, context, done](const QString &org, const Error &e) {
        if (e) {
            done({{}, e});
            return;
        }
        HttpRequest r = makeRequest(c, "POST", QStringLiteral("/v3/organizations/%1/sessions").arg(org),
                                    tr("Devin: create session"));
        r.setJsonBody(devin::createBodyV3(input, title));
        call<RemoteTask>(r, context, done, [done](const HttpResponse &resp) {
            RemoteTask t = devin::mapSessionV3(resp.json());
            if (t.externalId.isEmpty()) {
                done({{}, Error::provider(tr("Devin: create session answered without a session_id."))});
                return;
            }
            if (!t.status)
                t.status = TaskStatus::Queued;
            done({t, {}});
        });
    });
}

void DevinAdapter::fetch(const Credentials &c, const SyncCursor &cursor, const QObject *context,
                         Callback<RemoteTask> done)
{
    if (devin::versionFor(c) == devin::ApiVersion::V1) {
        const HttpRequest r =
            makeRequest(c, "GET", QStringLiteral("/v1/sessions/") + cursor.externalId, tr("Devin: get session"));
        call<RemoteTask>(r, context, done, [done](const HttpResponse &resp) {
            const RemoteTask t = devin::mapSessionV1(resp.json());
            if (t.externalId.isEmpty())
                return done(
                    {{},
                     Error::provider(tr("Devin: get session answered without a session_id; nothing was applied."))});
            done({t, {}});
        });
        return;
    }
    withOrg(c, context, [this, c, cursor, context, done](const QString &org, const Error &e) {
        if (e) {
            done({{}, e});
            return;
        }
        const QString base = QStringLiteral("/v3/organizations/%1/sessions/%2").arg(org, cursor.externalId);
        const HttpRequest r = makeRequest(c, "GET", base, tr("Devin: get session"));
        call<RemoteTask>(r, context, done, [this, c, base, cursor, context, done](const HttpResponse &resp) {
            RemoteTask task = devin::mapSessionV3(resp.json());
            if (task.externalId.isEmpty())
                return done(
                    {{},
                     Error::provider(tr("Devin: get session answered without a session_id; nothing was applied."))});
            // Messages page with first/after; resume after the last cursor we read.
            HttpRequest first = makeRequest(c, "GET", base + QStringLiteral("/messages"), tr("Devin: list messages"));
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("first"), QStringLiteral("200"));
            const QString after = cursor.providerState.value(QLatin1String("messagesAfter")).toString();
            if (!after.isEmpty())
                q.addQueryItem(QStringLiteral("after"), after);
            first.url.setQuery(q);
            auto lastCursor = std::make_shared<QString>(after);
            NextPage next = [first, lastCursor](const HttpResponse &answer, int) -> std::optional<HttpRequest> {
                const QJsonObject page = answer.json();
                const QString end = page.value(QLatin1String("end_cursor")).toString();
                if (!end.isEmpty())
                    *lastCursor = end;
                if (!page.value(QLatin1String("has_next_page")).toBool() || end.isEmpty())
                    return std::nullopt;
                HttpRequest r2 = first;
                QUrlQuery q2(r2.url);
                q2.removeAllQueryItems(QStringLiteral("after"));
                q2.addQueryItem(QStringLiteral("after"), end);
                r2.url.setQuery(q2);
                return r2;
            };
            collectPages(
                first, context, [](const QJsonObject &p) { return p.value(QLatin1String("items")).toArray(); }, next,
                [task, lastCursor, done](const Outcome<QJsonArray> &pages) mutable {
                    if (!pages.ok()) {
                        done({{}, pages.error});
                        return;
                    }
                    for (const QJsonValue &v : pages.value) {
                        const Activity a = devin::mapMessageV3(v.toObject());
                        if (!a.id.isEmpty())
                            task.activities << a;
                    }
                    for (auto it = task.activities.crbegin(); it != task.activities.crend(); ++it)
                        if (it->metadata.value(QLatin1String("author")).toString() == QLatin1String("agent")) {
                            task.result.summary = it->content;
                            break;
                        }
                    if (!lastCursor->isEmpty())
                        task.providerState.insert(QStringLiteral("messagesAfter"), *lastCursor);
                    done({task, {}});
                });
        });
    });
}

void DevinAdapter::sendMessage(const Credentials &c, const Task &task, const QString &text, const QObject *context,
                               Callback<RemoteTask> done)
{
    const QJsonObject body{{QStringLiteral("message"), text}};
    if (devin::versionFor(c) == devin::ApiVersion::V1) {
        HttpRequest r = makeRequest(c, "POST", QStringLiteral("/v1/sessions/%1/message").arg(task.externalId),
                                    tr("Devin: send message"));
        r.setJsonBody(body);
        r.allowEmptyBody = true;
        call<RemoteTask>(r, context, done, [done](const HttpResponse &) { done({}); });
        return;
    }
    withOrg(c, context, [this, c, task, body, context, done](const QString &org, const Error &e) {
        if (e) {
            done({{}, e});
            return;
        }
        HttpRequest r = makeRequest(
            c, "POST", QStringLiteral("/v3/organizations/%1/sessions/%2/messages").arg(org, task.externalId),
            tr("Devin: send message"));
        r.setJsonBody(body);
        r.allowEmptyBody = true;
        call<RemoteTask>(r, context, done, [done](const HttpResponse &) { done({}); });
    });
}

void DevinAdapter::cancel(const Credentials &c, const Task &task, const QObject *context, Callback<Done> done)
{
    if (devin::versionFor(c) == devin::ApiVersion::V1) {
        HttpRequest r =
            makeRequest(c, "DELETE", QStringLiteral("/v1/sessions/") + task.externalId, tr("Devin: terminate session"));
        r.allowEmptyBody = true;
        call<Done>(r, context, done, [done](const HttpResponse &) { done({}); });
        return;
    }
    withOrg(c, context, [this, c, task, context, done](const QString &org, const Error &e) {
        if (e) {
            done({{}, e});
            return;
        }
        HttpRequest r = makeRequest(
            c, "DELETE", QStringLiteral("/v3/organizations/%1/sessions/%2?archive=false").arg(org, task.externalId),
            tr("Devin: terminate session"));
        r.allowEmptyBody = true;
        call<Done>(r, context, done, [done](const HttpResponse &) { done({}); });
    });
}

void DevinAdapter::listTasks(const Credentials &c, const ListQuery &query, const QObject *context,
                             Callback<RemotePage> done)
{
    const int size = std::clamp(query.pageSize, 1, 100);
    if (devin::versionFor(c) == devin::ApiVersion::V1) {
        // v1 pages by offset; the page token is the next offset.
        const int offset = query.pageToken.toInt();
        HttpRequest r = makeRequest(c, "GET", QStringLiteral("/v1/sessions?limit=%1&offset=%2").arg(size).arg(offset),
                                    tr("Devin: list sessions"));
        call<RemotePage>(r, context, done, [done, offset, size](const HttpResponse &resp) {
            RemotePage page;
            const QJsonArray sessions = resp.json().value(QLatin1String("sessions")).toArray();
            for (const QJsonValue &v : sessions) {
                const RemoteTask t = devin::mapSessionV1(v.toObject());
                if (!t.externalId.isEmpty())
                    page.tasks << t;
            }
            if (sessions.size() >= size)
                page.nextPageToken = QString::number(offset + int(sessions.size()));
            page.complete = page.nextPageToken.isEmpty();
            done({page, {}});
        });
        return;
    }
    withOrg(c, context, [this, c, query, size, context, done](const QString &org, const Error &e) {
        if (e)
            return done({{}, e});
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("first"), QString::number(size));
        if (!query.pageToken.isEmpty())
            q.addQueryItem(QStringLiteral("after"), query.pageToken);
        HttpRequest r =
            makeRequest(c, "GET", QStringLiteral("/v3/organizations/%1/sessions").arg(org), tr("Devin: list sessions"));
        r.url.setQuery(q);
        call<RemotePage>(r, context, done, [done](const HttpResponse &resp) {
            const QJsonObject o = resp.json();
            RemotePage page;
            const QJsonArray items = o.value(QLatin1String("items")).toArray();
            for (const QJsonValue &v : items) {
                const RemoteTask t = devin::mapSessionV3(v.toObject());
                if (!t.externalId.isEmpty())
                    page.tasks << t;
            }
            if (o.value(QLatin1String("has_next_page")).toBool())
                page.nextPageToken = o.value(QLatin1String("end_cursor")).toString();
            page.complete = page.nextPageToken.isEmpty();
            done({page, {}});
        });
    });
}

void DevinAdapter::checkKey(const Credentials &c, const QObject *context, Callback<KeyCheck> done)
{
    if (devin::versionFor(c) == devin::ApiVersion::V1) {
        const HttpRequest r = makeRequest(c, "GET", QStringLiteral("/v1/sessions?limit=1"), tr("Devin: check the key"));
        call<KeyCheck>(r, context, done, [done](const HttpResponse &) {
            done({KeyCheck{{}, tr("The key works (Devin API v1).")}, {}});
        });
        return;
    }
    const HttpRequest r = makeRequest(c, "GET", QStringLiteral("/v3/self"), tr("Devin: check the key"));
    call<KeyCheck>(r, context, done, [done](const HttpResponse &resp) {
        const QJsonObject o = resp.json();
        KeyCheck k;
        k.identity = o.value(QLatin1String("org_id")).toString();
        k.detail = tr("The key works: %1 of organisation %2.")
                       .arg(o.value(QLatin1String("principal_type")).toString(QStringLiteral("principal")), k.identity);
        done({k, {}});
    });
}

} // namespace agentdesk
