#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace agentdesk {

// The four hosted coding agents AgentDesk drives. The string forms are the seed's
// wire names and are stored in the database: never rename them.
enum class ProviderId { Jules, Devin, CodexCloud, CursorCloud };

QString providerKey(ProviderId id);                      // "jules", "devin", ...
QString providerDisplayName(ProviderId id);              // "Google Jules", ...
std::optional<ProviderId> providerFromKey(const QString &key);
QList<ProviderId> allProviders();
QStringList allProviderKeys();

} // namespace agentdesk
