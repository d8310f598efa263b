#pragma once

#include <QString>

namespace agentdesk {

// What a provider's API can do. The UI enables actions from these and says why
// an action is unavailable; the service refuses the same operations with the same words.
struct Capabilities {
    bool planApproval = false;
    bool followUp = false;
    bool upstreamCancel = false;
    bool upstreamDelete = false;
    bool listSources = false;
    bool pushUpdates = false;
    bool listTasks = false; // the account's tasks can be listed (adopting tasks started elsewhere)
    bool experimental = false;
};

} // namespace agentdesk
