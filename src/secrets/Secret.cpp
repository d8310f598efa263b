#include "Secret.h"

#include "domain/Account.h"

namespace agentdesk {

QString Secret::masked() const
{
    return maskKey(m_value);
}

QDebug operator<<(QDebug debug, const Secret &)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "<redacted>";
    return debug;
}

} // namespace agentdesk
