#include "Timestamps.h"

#include <QTimeZone>

namespace agentdesk {

QString toIso(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

namespace {
// What toIso writes, "2026-11-29T08:15:02.123Z", read without the general parser: the
// list reads tens of thousands of these at start.
QDateTime fromOwnIso(const QString &t)
{
    if (t.size() != 24 || t.at(4) != QLatin1Char('-') || t.at(7) != QLatin1Char('-') || t.at(10) != QLatin1Char('T')
        || t.at(13) != QLatin1Char(':') || t.at(16) != QLatin1Char(':') || t.at(19) != QLatin1Char('.')
        || t.at(23) != QLatin1Char('Z'))
        return {};
    auto number = [&t](int from, int length, bool *ok) {
        int n = 0;
        for (int i = from; i < from + length; ++i) {
            const ushort c = t.at(i).unicode();
            if (c < '0' || c > '9') {
                *ok = false;
                return 0;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    };
    bool ok = true;
    const QDate date(number(0, 4, &ok), number(5, 2, &ok), number(8, 2, &ok));
    const QTime time(number(11, 2, &ok), number(14, 2, &ok), number(17, 2, &ok), number(20, 3, &ok));
    if (!ok || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}
} // namespace

QDateTime fromIso(const QString &text)
{
    if (text.isEmpty())
        return {};
    if (QDateTime own = fromOwnIso(text); own.isValid())
        return own;
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid())
        return {};
    // A bare local time without offset is not something any provider sends; treat it as UTC.
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC);
    return dt.toUTC();
}

QDateTime fromEpochSeconds(double seconds)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000.0), Qt::UTC);
}

QString nowIso()
{
    return toIso(QDateTime::currentDateTimeUtc());
}

} // namespace agentdesk
