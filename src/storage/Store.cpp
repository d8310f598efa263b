#include "Store.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStore, "agentdesk.storage")

namespace agentdesk {

void Store::reportFailure(const Error &error) const
{
    qCWarning(lcStore).noquote() << error.message;
    Q_EMIT failed(error);
}

} // namespace agentdesk
