#include "PullRequest.h"

#include "Timestamps.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace agentdesk {

namespace {
template <typename E, std::size_t N>
QString keyOf(const std::pair<E, const char *> (&table)[N], E value)
{
    for (const auto &[e, key] : table)
        if (e == value)
            return QString::fromLatin1(key);
    return {};
}
template <typename E, std::size_t N>
std::optional<E> fromKey(const std::pair<E, const char *> (&table)[N], const QString &key)
{
    for (const auto &[e, k] : table)
        if (key == QLatin1String(k))
            return e;
    return std::nullopt;
}
constexpr std::pair<PrState, const char *> kPrStates[] = {{PrState::Open, "open"},
                                                          {PrState::Closed, "closed"},
                                                          {PrState::Merged, "merged"}};
constexpr std::pair<ChecksState, const char *> kChecksStates[] = {{ChecksState::None, "none"},
                                                                  {ChecksState::Pending, "pending"},
                                                                  {ChecksState::Success, "success"},
                                                                  {ChecksState::Failure, "failure"}};
constexpr std::pair<ReviewState, const char *> kReviewStates[] = {{ReviewState::None, "none"},
                                                                  {ReviewState::Commented, "commented"},
                                                                  {ReviewState::Approved, "approved"},
                                                                  {ReviewState::ChangesRequested, "changes_requested"}};

QJsonObject failingToJson(const FailingCheck &f)
{
    return {{QStringLiteral("name"), f.name},
            {QStringLiteral("url"), f.url},
            {QStringLiteral("conclusion"), f.conclusion}};
}
} // namespace

QString prStateKey(PrState s)
{
    return keyOf(kPrStates, s);
}
QString checksStateKey(ChecksState s)
{
    return keyOf(kChecksStates, s);
}
QString reviewStateKey(ReviewState s)
{
    return keyOf(kReviewStates, s);
}
std::optional<PrState> prStateFromKey(const QString &key)
{
    return fromKey(kPrStates, key);
}
std::optional<ChecksState> checksStateFromKey(const QString &key)
{
    return fromKey(kChecksStates, key);
}
std::optional<ReviewState> reviewStateFromKey(const QString &key)
{
    return fromKey(kReviewStates, key);
}

std::optional<PullRequestRef> PullRequestRef::fromUrl(const QString &url)
{
    const QUrl u(url.trimmed());
    if (!u.isValid() || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http"))
        || u.host().isEmpty())
        return std::nullopt;
    static const QRegularExpression path(
        QStringLiteral("^/([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+)/pull/([0-9]{1,9})(/.*)?$"));
    const QRegularExpressionMatch m = path.match(u.path());
    if (!m.hasMatch())
        return std::nullopt;
    PullRequestRef ref{u.host().toLower(), m.captured(1), m.captured(2), m.captured(3).toInt()};
    if (ref.number <= 0)
        return std::nullopt;
    return ref;
}

QString PullRequestRef::repoPath() const
{
    return QStringLiteral("/repos/%1/%2").arg(owner, repo);
}

QString PullRequestRef::display() const
{
    return QStringLiteral("%1/%2#%3").arg(owner, repo).arg(number);
}

QStringList PullRequestStatus::failingNames() const
{
    QStringList names;
    for (const FailingCheck &f : failing)
        names << f.name;
    return names;
}

QJsonObject PullRequestStatus::toJson() const
{
    QJsonArray failingJson;
    for (const FailingCheck &f : failing)
        failingJson << failingToJson(f);
    QJsonObject o{{QStringLiteral("url"), url},
                  {QStringLiteral("number"), number},
                  {QStringLiteral("state"), prStateKey(state)},
                  {QStringLiteral("headSha"), headSha},
                  {QStringLiteral("checks"), checksStateKey(checks)},
                  {QStringLiteral("failing"), failingJson},
                  {QStringLiteral("review"), reviewStateKey(review)}};
    if (!problem.isEmpty())
        o.insert(QStringLiteral("problem"), problem);
    if (observedAt.isValid())
        o.insert(QStringLiteral("observedAt"), toIso(observedAt));
    return o;
}

QJsonObject PullRequestStatus::toStored() const
{
    QJsonObject o = toJson();
    QJsonArray failingJson;
    for (const FailingCheck &f : failing) {
        QJsonObject j = failingToJson(f);
        // 64-bit ids as strings: a JSON double would round them.
        j.insert(QStringLiteral("jobId"), QString::number(f.jobId));
        j.insert(QStringLiteral("checkId"), QString::number(f.checkId));
        failingJson << j;
    }
    o.insert(QStringLiteral("failing"), failingJson);
    QJsonArray notes;
    for (const ReviewNote &n : changeRequests)
        notes << QJsonObject{{QStringLiteral("author"), n.author}, {QStringLiteral("body"), n.body},
                             {QStringLiteral("url"), n.url},       {QStringLiteral("path"), n.path},
                             {QStringLiteral("line"), n.line},     {QStringLiteral("id"), QString::number(n.id)}};
    o.insert(QStringLiteral("changeRequests"), notes);
    o.insert(QStringLiteral("headRef"), headRef);
    o.insert(QStringLiteral("etags"), etags);
    // Kept for the list's one-look query (json_extract), beside the state it sums up.
    o.insert(QStringLiteral("needsYou"), needsYou());
    return o;
}

PullRequestStatus PullRequestStatus::fromStored(const QJsonObject &o)
{
    PullRequestStatus s;
    s.url = o.value(QLatin1String("url")).toString();
    s.number = o.value(QLatin1String("number")).toInt();
    s.state = prStateFromKey(o.value(QLatin1String("state")).toString()).value_or(PrState::Open);
    s.headSha = o.value(QLatin1String("headSha")).toString();
    s.headRef = o.value(QLatin1String("headRef")).toString();
    s.checks = checksStateFromKey(o.value(QLatin1String("checks")).toString()).value_or(ChecksState::None);
    s.review = reviewStateFromKey(o.value(QLatin1String("review")).toString()).value_or(ReviewState::None);
    const QJsonArray failing = o.value(QLatin1String("failing")).toArray();
    for (const QJsonValue &v : failing) {
        const QJsonObject f = v.toObject();
        s.failing << FailingCheck{f.value(QLatin1String("name")).toString(), f.value(QLatin1String("url")).toString(),
                                  f.value(QLatin1String("conclusion")).toString(),
                                  f.value(QLatin1String("jobId")).toString().toLongLong(),
                                  f.value(QLatin1String("checkId")).toString().toLongLong()};
    }
    const QJsonArray notes = o.value(QLatin1String("changeRequests")).toArray();
    for (const QJsonValue &v : notes) {
        const QJsonObject n = v.toObject();
        s.changeRequests << ReviewNote{
            n.value(QLatin1String("author")).toString(), n.value(QLatin1String("body")).toString(),
            n.value(QLatin1String("url")).toString(),    n.value(QLatin1String("path")).toString(),
            n.value(QLatin1String("line")).toInt(),      n.value(QLatin1String("id")).toString().toLongLong()};
    }
    s.observedAt = fromIso(o.value(QLatin1String("observedAt")).toString());
    s.problem = o.value(QLatin1String("problem")).toString();
    s.etags = o.value(QLatin1String("etags")).toObject();
    return s;
}

} // namespace agentdesk
