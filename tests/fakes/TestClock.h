#pragma once

#include "base/Clock.h"

namespace agentdesk::fakes {

// A clock a test sets and moves forward, instead of sleeping.
class TestClock : public Clock
{
public:
    explicit TestClock(QDateTime start = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)) : m_now(std::move(start)) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t.toUTC(); }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace agentdesk::fakes
