#pragma once

#include "providers/ProviderAdapter.h"

#include <QJsonObject>

namespace agentdesk::devin {

// Pure functions from Devin's API JSON (docs/providers.md, Devin) to AgentDesk's task model.
enum class ApiVersion { V1, V3 };

// The account's "apiVersion" setting wins; otherwise the key decides (cog_ = v3).
ApiVersion versionFor(const Credentials &c);

// v1: status_enum words; v3: status plus status_detail.
std::optional<TaskStatus> mapStatusV1(const QString &statusEnum);
Attention attentionV1(const QString &statusEnum);
std::optional<TaskStatus> mapStatusV3(const QString &status, const QString &detail);
Attention attentionV3(const QString &status, const QString &detail);

RemoteTask mapSessionV1(const QJsonObject &session);
RemoteTask mapSessionV3(const QJsonObject &session);
Activity mapMessageV1(const QJsonObject &message);
Activity mapMessageV3(const QJsonObject &message);

// v1 has no repository field: the repository, branch and PR wish go into the prompt.
QString promptWithRepository(const NewTask &input);
QJsonObject createBodyV1(const NewTask &input, const QString &title);
QJsonObject createBodyV3(const NewTask &input, const QString &title);

} // namespace agentdesk::devin
