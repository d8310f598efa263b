#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>

// How values are written to and read from the columns of every store: JSON as compact
// text, and NULL for what is absent (an empty string, an invalid time, no URL).
namespace agentdesk {

QString jsonText(const QJsonObject &o);
QString jsonText(const QStringList &list); // a JSON array of strings
QJsonObject jsonObject(const QVariant &v);
QStringList stringList(const QVariant &v); // from a JSON array of strings

QVariant sqlNull(); // a NULL text value
QVariant nullable(const QString &s);
QVariant nullableTime(const QDateTime &t);
QVariant nullableUrl(const QUrl &url);

} // namespace agentdesk
