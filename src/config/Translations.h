#pragma once

#include <QString>

namespace agentdesk {

// Installs AgentDesk's catalogue (and Qt's own, where the system has it) for the
// language asked for, or the system's when empty. Returns the language in use.
QString installTranslations(const QString &language = {});

} // namespace agentdesk
