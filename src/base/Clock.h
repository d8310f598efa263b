#pragma once

#include <QDateTime>

namespace agentdesk {

// Where AgentDesk reads the time. Every service takes one (KeePassXC's core/Clock is the
// model), so tests move time forward instead of sleeping: see tests/fakes/TestClock.h.
// Timers still run on real time; a clock only answers "what time is it now".
class Clock
{
public:
    virtual ~Clock() = default;
    // Always UTC.
    virtual QDateTime now() const = 0;
    qint64 msecsSinceEpoch() const { return now().toMSecsSinceEpoch(); }

    // The wall clock. Stateless, so one shared instance is enough.
    static const Clock &system();
};

} // namespace agentdesk
