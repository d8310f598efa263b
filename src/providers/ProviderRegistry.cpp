#include "ProviderRegistry.h"

#include "codex/CodexAdapter.h"
#include "copilot/CopilotAdapter.h"
#include "cursor/CursorAdapter.h"
#include "devin/DevinAdapter.h"
#include "github/GitHubAdapter.h"
#include "jules/JulesAdapter.h"

namespace agentdesk {

ProviderRegistry::ProviderRegistry(HttpClient &http, QObject *parent) : QObject(parent)
{
    m_adapters.insert(int(ProviderId::Jules), new JulesAdapter(http, this));
    m_adapters.insert(int(ProviderId::Devin), new DevinAdapter(http, this));
    m_adapters.insert(int(ProviderId::CursorCloud), new CursorAdapter(http, this));
    m_adapters.insert(int(ProviderId::CodexCloud), new CodexAdapter(http, this));
    m_adapters.insert(int(ProviderId::Copilot), new CopilotAdapter(http, this));
    m_adapters.insert(int(ProviderId::GitHub), new GitHubAdapter(http, this));
}

ProviderAdapter *ProviderRegistry::adapter(ProviderId id) const
{
    return m_adapters.value(int(id));
}

QList<ProviderId> ProviderRegistry::available() const
{
    QList<ProviderId> ids;
    const QList<ProviderId> all = allAccountProviders();
    for (ProviderId id : all)
        if (m_adapters.contains(int(id)))
            ids << id;
    return ids;
}

} // namespace agentdesk
