#pragma once

#include "providers/ProviderAdapter.h"

namespace agentdesk::copilot {

// GitHub's agent tasks REST API (docs/providers.md, GitHub Copilot) in AgentDesk's
// model. Pure functions over the JSON GitHub sends.

std::optional<TaskStatus> mapState(const QString &state);
// A task (with or without sessions[]) as a RemoteTask; its timeline is built from the
// sessions and the artifacts, with ids derived from upstream ids.
RemoteTask mapTask(const QJsonObject &task);
// "owner/repo" from a task's API url (.../agents/repos/OWNER/REPO/tasks/ID); empty when
// the url has no repository in it.
QString repoFromTaskUrl(const QString &url);
// The pull request artifact's database id, or 0; and the branch artifact's head/base.
qint64 pullId(const QJsonObject &task);
QString headRef(const QJsonObject &task);
// The start body: prompt, base_ref, create_pull_request, model; nothing else.
QJsonObject createBody(const NewTask &input);

} // namespace agentdesk::copilot
