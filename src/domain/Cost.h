#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace agentdesk {

// What one task cost, in the unit its provider counts in (docs/providers.md, "Cost"):
// "acu" (Devin), "tokens" (Cursor), "premium_requests" (Copilot), "tasks" (Jules), or
// "credits". Exact when the provider reported it for this task; an estimate otherwise.
// Dollars are not part of it: they come from the price table when a price is known.
struct TaskCost {
    double amount = 0;
    QString unit;
    bool exact = true;

    QJsonObject toJson() const; // {"amount", "unit", "exact"}
    // Also reads the bare number older versions stored (Devin's ACUs).
    static std::optional<TaskCost> fromJson(const QJsonValue &value);
    friend bool operator==(const TaskCost &a, const TaskCost &b)
    {
        return a.amount == b.amount && a.unit == b.unit && a.exact == b.exact;
    }
};

namespace costunit {
inline const QString acu = QStringLiteral("acu");
inline const QString tokens = QStringLiteral("tokens");
inline const QString premiumRequests = QStringLiteral("premium_requests");
inline const QString credits = QStringLiteral("credits");
inline const QString tasks = QStringLiteral("tasks");
inline const QString usd = QStringLiteral("usd");
bool isKnown(const QString &unit);
// "3.2 ACU", "41,200 tokens", "1 premium request", for people.
QString describe(double amount, const QString &unit);
} // namespace costunit

} // namespace agentdesk
