#pragma once

#include "providers/ProviderAdapter.h"

#include <QJsonObject>

namespace agentdesk::codex {

// Pure functions from the ChatGPT backend's Codex task JSON (docs/providers.md, Codex, the
// shapes the Codex CLI reads) to AgentDesk's task model. Everything here is
// unofficial: the adapter is marked experimental.
std::optional<TaskStatus> mapTurnStatus(const QString &turnStatus);
std::optional<TaskStatus> mapLegacyState(const QString &state);
RemoteTask mapTaskBundle(const QJsonObject &bundle);
// The other attempts of a best-of-N turn ({sibling_turns: [...]}), each entry marked
// with its attempt number.
QList<Activity> mapSiblingTurns(const QJsonObject &answer);
// One item of /tasks/list.
RemoteTask mapListItem(const QJsonObject &item);
QString taskIdFromCreate(const QJsonObject &answer); // task.id, else top-level id
QJsonObject createBody(const NewTask &input, const QString &environmentId);
QJsonObject followUpBody(const QString &taskId, const QString &turnId, const QString &text);
QList<SourceInfo> mapEnvironments(const QJsonValue &answer); // array, or {items|environments: []}

} // namespace agentdesk::codex
