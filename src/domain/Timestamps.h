#pragma once

#include <QDateTime>
#include <QString>

namespace agentdesk {

// One timestamp format everywhere (database, JSON, CLI): ISO 8601 in UTC with
// milliseconds, e.g. "2026-01-15T10:30:00.000Z". It sorts as text.
QString toIso(const QDateTime &time);
QDateTime fromIso(const QString &text); // invalid QDateTime on bad input
QDateTime fromEpochSeconds(double seconds);
QString nowIso();

} // namespace agentdesk
