#include "SqlValues.h"

#include "domain/Timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace agentdesk {

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString jsonText(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QStringList stringList(const QVariant &v)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(v.toString().toUtf8()).array();
    for (const QJsonValue &item : array)
        out << item.toString();
    return out;
}

QVariant sqlNull()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? sqlNull() : QVariant(s);
}

QVariant nullableTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(toIso(t)) : sqlNull();
}

QVariant nullableUrl(const QUrl &url)
{
    return url.isEmpty() ? sqlNull() : QVariant(url.toString());
}

} // namespace agentdesk
