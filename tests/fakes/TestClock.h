#pragma once

#include "base/Clock.h"

namespace agentdesk::fakes {

// A clock a test sets and moves forward, instead of sleeping.
class TestClock : public Clock
{
public:
    explicit TestClock(QDateTime start = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)) : m_now(std::move(start))
    { }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t.toUTC(); }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

// Real time, moved ahead on demand: for a fake server whose clock must jump (a lease
// running out) while everything else keeps running in real time.
class ShiftedClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc().addMSecs(m_shiftMs); }
    void shift(qint64 ms) { m_shiftMs += ms; }

private:
    qint64 m_shiftMs = 0;
};

} // namespace agentdesk::fakes
