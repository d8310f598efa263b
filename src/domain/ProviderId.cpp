#include "ProviderId.h"

#include <QCoreApplication>

namespace agentdesk {

namespace {
struct ProviderName {
    ProviderId id;
    const char *key;
    const char *display;
    bool agent; // runs tasks; GitHub only holds their pull requests
};
constexpr ProviderName kProviders[] = {
    {ProviderId::Jules, "jules", QT_TRANSLATE_NOOP("Provider", "Google Jules"), true},
    {ProviderId::Devin, "devin", QT_TRANSLATE_NOOP("Provider", "Devin"), true},
    {ProviderId::CodexCloud, "codex-cloud", QT_TRANSLATE_NOOP("Provider", "OpenAI Codex Cloud"), true},
    {ProviderId::CursorCloud, "cursor-cloud", QT_TRANSLATE_NOOP("Provider", "Cursor Cloud Agents"), true},
    {ProviderId::Copilot, "copilot", QT_TRANSLATE_NOOP("Provider", "GitHub Copilot"), true},
    {ProviderId::GitHub, "github", QT_TRANSLATE_NOOP("Provider", "GitHub"), false},
};
} // namespace

QString providerKey(ProviderId id)
{
    for (const auto &p : kProviders)
        if (p.id == id)
            return QString::fromLatin1(p.key);
    return {};
}

QString providerDisplayName(ProviderId id)
{
    for (const auto &p : kProviders)
        if (p.id == id)
            return QCoreApplication::translate("Provider", p.display);
    return {};
}

QString providerShortName(ProviderId id)
{
    switch (id) {
    case ProviderId::Jules: return QStringLiteral("Jules");
    case ProviderId::Devin: return QStringLiteral("Devin");
    case ProviderId::CodexCloud: return QStringLiteral("Codex");
    case ProviderId::CursorCloud: return QStringLiteral("Cursor");
    case ProviderId::Copilot: return QStringLiteral("Copilot");
    case ProviderId::GitHub: return QStringLiteral("GitHub");
    }
    return {};
}

std::optional<ProviderId> providerFromKey(const QString &key)
{
    for (const auto &p : kProviders)
        if (key == QLatin1String(p.key))
            return p.id;
    return std::nullopt;
}

bool isAgentProvider(ProviderId id)
{
    for (const auto &p : kProviders)
        if (p.id == id)
            return p.agent;
    return false;
}

QList<ProviderId> allProviders()
{
    QList<ProviderId> ids;
    for (const auto &p : kProviders)
        if (p.agent)
            ids << p.id;
    return ids;
}

namespace {
QStringList keysOf(const QList<ProviderId> &ids)
{
    QStringList keys;
    for (ProviderId id : ids)
        keys << providerKey(id);
    return keys;
}
} // namespace

QStringList allProviderKeys()
{
    return keysOf(allProviders());
}

QList<ProviderId> allAccountProviders()
{
    QList<ProviderId> ids;
    for (const auto &p : kProviders)
        ids << p.id;
    return ids;
}

QStringList allAccountProviderKeys()
{
    return keysOf(allAccountProviders());
}

} // namespace agentdesk
