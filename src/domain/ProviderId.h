#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace agentdesk {

// The hosted coding agents AgentDesk drives. The string forms are stored in the database
// and used on the command line: never rename them.
enum class ProviderId { Jules, Devin, CodexCloud, CursorCloud, Copilot };

QString providerKey(ProviderId id);         // "jules", "devin", ...
QString providerDisplayName(ProviderId id); // "Google Jules", ...
std::optional<ProviderId> providerFromKey(const QString &key);
QList<ProviderId> allProviders();
QStringList allProviderKeys();

} // namespace agentdesk
