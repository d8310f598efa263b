#pragma once

#include <QDebug>
#include <QString>

namespace agentdesk {

// A credential in memory. It never prints itself: QDebug and toString-like
// conversions show "<redacted>", so a log line cannot carry it by accident.
class Secret
{
public:
    Secret() = default;
    explicit Secret(QString value) : m_value(std::move(value)) { }

    bool isEmpty() const { return m_value.isEmpty(); }
    const QString &reveal() const { return m_value; } // only where it is sent upstream
    QString masked() const;

    friend bool operator==(const Secret &a, const Secret &b) { return a.m_value == b.m_value; }

private:
    QString m_value;
};

QDebug operator<<(QDebug debug, const Secret &secret);

} // namespace agentdesk
