#include "PlatformTypes.h"

#include "domain/Timestamps.h"

namespace agentdesk {

PlatformSessionInfo PlatformSessionInfo::fromJson(const QJsonObject &o)
{
    PlatformSessionInfo s;
    s.id = o.value(QLatin1String("id")).toString();
    s.workspaceId = o.value(QLatin1String("workspaceId")).toString();
    s.agentId = o.value(QLatin1String("agentId")).toString();
    s.executionMode = o.value(QLatin1String("executionMode")).toString();
    s.state = o.value(QLatin1String("state")).toString();
    s.prompt = o.value(QLatin1String("prompt")).toString();
    s.trustedInstructions = o.value(QLatin1String("trustedInstructions")).toString();
    s.untrustedContext = o.value(QLatin1String("untrustedContext")).toObject();
    s.target = o.value(QLatin1String("target")).toObject();
    s.activeClaimId = o.value(QLatin1String("activeClaimId")).toString();
    const QJsonArray inputs = o.value(QLatin1String("inputs")).toArray();
    for (const QJsonValue &v : inputs) {
        const QJsonObject i = v.toObject();
        s.inputs.append({i.value(QLatin1String("id")).toString(), i.value(QLatin1String("text")).toString(),
                         fromIso(i.value(QLatin1String("createdAt")).toString())});
    }
    s.createdAt = fromIso(o.value(QLatin1String("createdAt")).toString());
    s.updatedAt = fromIso(o.value(QLatin1String("updatedAt")).toString());
    return s;
}

} // namespace agentdesk
