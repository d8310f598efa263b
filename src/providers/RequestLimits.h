#pragma once

namespace agentdesk {

class RequestBudget;

// Gives each provider's accounts the request limits that are known about it. Where a
// provider documents a limit it is the starting point; elsewhere the defaults are
// guesses that the budget corrects from the provider's own answers (429, Retry-After,
// rate-limit headers). docs/performance.md lists which is which.
void applyProviderLimits(RequestBudget &budget);

} // namespace agentdesk
