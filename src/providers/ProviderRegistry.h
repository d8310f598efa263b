#pragma once

#include "ProviderAdapter.h"

#include <QHash>
#include <QObject>

namespace agentdesk {

// Owns one adapter per provider, all sharing the thread's HttpClient.
class ProviderRegistry : public QObject
{
    Q_OBJECT
public:
    explicit ProviderRegistry(HttpClient &http, QObject *parent = nullptr);

    ProviderAdapter *adapter(ProviderId id) const; // nullptr: not available in this build
    QList<ProviderId> available() const;

private:
    QHash<int, ProviderAdapter *> m_adapters;
};

} // namespace agentdesk
