#include "ProviderId.h"

#include <QCoreApplication>

namespace agentdesk {

namespace {
struct ProviderName {
    ProviderId id;
    const char *key;
    const char *display;
};
constexpr ProviderName kProviders[] = {
    {ProviderId::Jules, "jules", QT_TRANSLATE_NOOP("Provider", "Google Jules")},
    {ProviderId::Devin, "devin", QT_TRANSLATE_NOOP("Provider", "Devin")},
    {ProviderId::CodexCloud, "codex-cloud", QT_TRANSLATE_NOOP("Provider", "OpenAI Codex Cloud")},
    {ProviderId::CursorCloud, "cursor-cloud", QT_TRANSLATE_NOOP("Provider", "Cursor Cloud Agents")},
    {ProviderId::Copilot, "copilot", QT_TRANSLATE_NOOP("Provider", "GitHub Copilot")},
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

std::optional<ProviderId> providerFromKey(const QString &key)
{
    for (const auto &p : kProviders)
        if (key == QLatin1String(p.key))
            return p.id;
    return std::nullopt;
}

QList<ProviderId> allProviders()
{
    QList<ProviderId> ids;
    for (const auto &p : kProviders)
        ids << p.id;
    return ids;
}

QStringList allProviderKeys()
{
    QStringList keys;
    for (const auto &p : kProviders)
        keys << QString::fromLatin1(p.key);
    return keys;
}

} // namespace agentdesk
