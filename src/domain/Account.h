#pragma once

#include "ProviderId.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace agentdesk {

// A provider credential as AgentDesk knows it. The key itself is never part of this
// type: it lives only in the OS keychain, under secretKeyFor(account).
struct Account {
    QString name;
    ProviderId provider = ProviderId::Jules;
    QUrl baseUrl; // empty: the provider's public endpoint
    QDateTime createdAt;
    QJsonObject settings; // not secret: "apiVersion" (Devin v1|v3, Cursor v0|v1), "accountId" (Codex)
    int keyVersion = 1;   // bumped whenever the key changes: every process drops the key it keeps
};

QString secretKeyFor(const QString &accountName); // keychain entry name
// First 4 + "…" + last 4; nothing at all for keys of 8 characters or fewer.
QString maskKey(const QString &key);
QString validateAccountName(const QString &name); // empty when valid

} // namespace agentdesk
