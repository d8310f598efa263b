#include "domain/WorkerRecords.h"

#include <QUrl>

namespace agentdesk {

namespace {
// https://github.com/Acme/Widgets.git/ and https://github.com/acme/widgets are one repository.
QString canonicalRepo(const QString &url)
{
    QUrl u(url.trimmed(), QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty())
        return {};
    QString path = u.path().toLower();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String(".git")))
        path.chop(4);
    return u.scheme().toLower() + QStringLiteral("://") + u.host().toLower() + path;
}
} // namespace

bool WorkerRoute::allows(const QString &url) const
{
    const QString wanted = canonicalRepo(url);
    if (wanted.isEmpty())
        return false;
    if (wanted == canonicalRepo(repoUrl))
        return true;
    for (const QString &allowed : allowedRepos)
        if (wanted == canonicalRepo(allowed))
            return true;
    return false;
}

QString ClaimRecord::phaseKey(Phase p)
{
    switch (p) {
    case Phase::Claimed: return QStringLiteral("claimed");
    case Phase::Running: return QStringLiteral("running");
    case Phase::Finishing: return QStringLiteral("finishing");
    case Phase::Ended: return QStringLiteral("ended");
    case Phase::Lost: return QStringLiteral("lost");
    }
    return {};
}

std::optional<ClaimRecord::Phase> ClaimRecord::phaseFromKey(const QString &key)
{
    for (Phase p : {Phase::Claimed, Phase::Running, Phase::Finishing, Phase::Ended, Phase::Lost})
        if (phaseKey(p) == key)
            return p;
    return std::nullopt;
}

QString OutboxItem::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Activity: return QStringLiteral("activity");
    case Kind::Complete: return QStringLiteral("complete");
    case Kind::Fail: return QStringLiteral("fail");
    case Kind::Release: return QStringLiteral("release");
    }
    return {};
}

std::optional<OutboxItem::Kind> OutboxItem::kindFromKey(const QString &key)
{
    for (Kind k : {Kind::Activity, Kind::Complete, Kind::Fail, Kind::Release})
        if (kindKey(k) == key)
            return k;
    return std::nullopt;
}

} // namespace agentdesk
