#pragma once

#include "domain/Outcome.h"
#include "providers/ProviderAdapter.h"

namespace agentdesk::codex {

// The Codex CLI's ChatGPT login on this machine (auth.json: tokens.access_token and
// tokens.account_id), read only when the operator asks to import it. The token comes
// back as a Secret; nothing else in the file is read.
Outcome<ImportedCredential> readCodexLogin(const QString &authJsonPath);
QString defaultCodexAuthPath(); // $CODEX_HOME/auth.json or ~/.codex/auth.json

} // namespace agentdesk::codex
