#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace agentdesk {

// The hosted coding agents AgentDesk drives, and GitHub, where their pull requests are
// (an account of its own, never a task's provider). The string forms are stored in the
// database and used on the command line: never rename them.
enum class ProviderId { Jules, Devin, CodexCloud, CursorCloud, Copilot, GitHub };

QString providerKey(ProviderId id);         // "jules", "devin", ...
QString providerDisplayName(ProviderId id); // "Google Jules", ...
QString providerShortName(ProviderId id);   // "Jules": where room is short (the task list)
std::optional<ProviderId> providerFromKey(const QString &key);
bool isAgentProvider(ProviderId id); // runs tasks (all but GitHub)
QList<ProviderId> allProviders();    // the agents
QStringList allProviderKeys();
QList<ProviderId> allAccountProviders(); // what an account can be for: the agents and GitHub
QStringList allAccountProviderKeys();

} // namespace agentdesk
