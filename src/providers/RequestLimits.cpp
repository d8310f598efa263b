#include "RequestLimits.h"

#include "net/RequestBudget.h"

#include <QString>

namespace agentdesk {

void applyProviderLimits(RequestBudget &budget)
{
    // Undocumented (Jules, Devin, Cursor, Codex): two background requests a second with
    // bursts of 20, four requests in flight at first, up to sixteen as answers come back
    // well. Google's Jules SDK hydrates three sessions at a time; four is one more, and
    // the window grows only while the provider keeps answering.
    budget.setDefaultLimit({120, 20, 4, 16});
    // GitHub's REST API, documented: 5,000 requests an hour per token (83 a minute), and
    // secondary limits on concurrent requests (no more than 100) and bursts. Background
    // work keeps to half the hourly figure, so the operator's own work (and other tools
    // on the same token) still has room.
    budget.setLimit(QStringLiteral("copilot/"), {40, 20, 4, 16});
}

} // namespace agentdesk
