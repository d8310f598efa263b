#pragma once

#include <QJsonObject>
#include <QString>

// Field access for the provider mappers: a missing or mistyped field reads as empty,
// which the mappers then treat as "not reported".
namespace agentdesk::jsonfields {

inline QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

inline QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

} // namespace agentdesk::jsonfields
