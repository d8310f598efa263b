#pragma once

#include "providers/ProviderAdapter.h"

#include <QJsonObject>

namespace agentdesk::jules {

// Pure functions from Jules v1alpha JSON (docs/providers.md, Jules) to AgentDesk's task model.

// Direct state mapping; nullopt for STATE_UNSPECIFIED or an unknown state (keep what we have).
std::optional<TaskStatus> mapState(const QString &state);
Attention attentionForState(const QString &state);
RemoteTask mapSession(const QJsonObject &session);
Activity mapActivity(const QJsonObject &activity);
// Fallback when the session carries no usable state: what the activities imply.
std::optional<TaskStatus> statusFromActivities(const QList<Activity> &activities);
SourceInfo mapSource(const QJsonObject &source);
QJsonObject createSessionBody(const NewTask &input, const QString &sourceName, const QString &title);
// "sessions/123" and "123" both name session 123.
QString bareSessionId(const QString &nameOrId);

} // namespace agentdesk::jules
