#pragma once

#include <QtGlobal>
#include <algorithm>
#include <limits>

namespace agentdesk {

// How long a server says something lasts or how long to wait — a lease, a heartbeat
// interval, Retry-After, a rate limit's reset, a token's lifetime — becomes a timer's
// milliseconds only through one of these ranges: clamped first, so an absurd number can
// neither overflow an int of milliseconds nor spin a timer (docs/security.md).
struct SecondsRange {
    qint64 min;
    qint64 max;

    constexpr qint64 clamp(qint64 seconds) const { return std::clamp(seconds, min, max); }
    // A JSON number: fractions, negatives and values beyond 64 bits land inside the range.
    constexpr qint64 clamp(double seconds) const
    {
        return !(seconds > double(min)) ? min : seconds >= double(max) ? max : qint64(seconds);
    }
    constexpr int milliseconds(qint64 seconds) const { return int(clamp(seconds) * 1000); }
};

// A claim's lease as the platform grants it, and the heartbeat interval it asks for.
inline constexpr SecondsRange kLeaseSeconds{1, 3600};
inline constexpr SecondsRange kHeartbeatSeconds{5, 3600};
// A wait the server asks for (Retry-After, a rate limit's reset): never longer than this
// is believed.
inline constexpr SecondsRange kServerWaitSeconds{0, 6 * 3600};
// An access token's lifetime.
inline constexpr SecondsRange kTokenLifetimeSeconds{1, 366LL * 24 * 3600};

static_assert(kLeaseSeconds.max * 1000 <= std::numeric_limits<int>::max());
static_assert(kHeartbeatSeconds.max * 1000 <= std::numeric_limits<int>::max());

} // namespace agentdesk
