#pragma once

#include "providers/ProviderAdapter.h"

#include <QVariantHash>

namespace agentdesk {

// What a provider's answer changes in a stored task: the columns to write, and only the
// ones that differ. `askedAt` is when the answer was asked for: an answer asked for
// before the one the task holds (its observedAt) is older news and changes no column —
// its activities still merge (TaskStore::modify does that first). Pure: it runs inside
// the store's write transaction, on the task as it is there.
QVariantHash remoteChanges(const Task &stored, const RemoteTask &remote, const QDateTime &askedAt,
                           const QDateTime &now);

} // namespace agentdesk
