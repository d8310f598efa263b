#pragma once

#include "providers/ProviderAdapter.h"

#include <QJsonObject>

namespace agentdesk::codex {

// Pure functions from the ChatGPT backend's Codex task JSON (providers.md §4.2, the
// shapes the Codex CLI reads) to AgentDesk's task model. Everything here is
// unofficial: the adapter is marked experimental.
std::optional<TaskStatus> mapTurnStatus(const QString &turnStatus);
std::optional<TaskStatus> mapLegacyState(const QString &state);
RemoteTask mapTaskBundle(const QJsonObject &bundle);
QString taskIdFromCreate(const QJsonObject &answer);   // task.id, else top-level id
QJsonObject createBody(const NewTask &input, const QString &environmentId);
QJsonObject followUpBody(const QString &taskId, const QString &turnId, const QString &text);
QList<SourceInfo> mapEnvironments(const QJsonValue &answer);   // array, or {items|environments: []}

// Reads the Codex CLI's login (auth.json): access token and ChatGPT account id.
struct CodexLogin {
    QString accessToken;
    QString accountId;
    QString error;
};
CodexLogin readCodexLogin(const QString &authJsonPath);
QString defaultCodexAuthPath();   // $CODEX_HOME/auth.json or ~/.codex/auth.json

} // namespace agentdesk::codex
