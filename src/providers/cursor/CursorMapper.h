#pragma once

#include "providers/ProviderAdapter.h"

#include <QJsonObject>

namespace agentdesk::cursor {

// Pure functions from Cursor Cloud Agents JSON (docs/providers.md, Cursor; v1 from its OpenAPI spec)
// to AgentDesk's task model.
enum class ApiVersion { V0, V1 };
ApiVersion versionFor(const Credentials &c); // "apiVersion" setting; v1 by default

std::optional<TaskStatus> mapStatus(const QString &status); // agent (v0) or run (v1) status
QString errorForStatus(const QString &status);

RemoteTask mapAgentV0(const QJsonObject &agent);
QList<Activity> mapConversationV0(const QJsonObject &conversation);
RemoteTask mapAgentV1(const QJsonObject &agent);
void applyRunV1(RemoteTask &task, const QJsonObject &run);

// One event of a v1 run stream. Returns the activity it carries, if any, and puts
// any result or error into `task`. Kept in one place: the event payloads are INFERRED.
std::optional<Activity> mapStreamEvent(const QString &id, const QString &type, const QJsonObject &data,
                                       RemoteTask &task);

// The PR URL comes only from prUrl fields, never from Cursor's own web link.
QString prUrlOfAgent(const QJsonObject &agent);

QJsonObject createBodyV0(const NewTask &input);
QJsonObject createBodyV1(const NewTask &input);
QList<SourceInfo> mapRepositoriesV0(const QJsonObject &page);
QList<SourceInfo> mapRepositoriesV1(const QJsonObject &page);

} // namespace agentdesk::cursor
