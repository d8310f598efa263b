#pragma once

#include <QString>

namespace agentdesk {

// Keeps secrets held in memory (provider keys, platform tokens, the webhook key) out of
// core files: the process is made non-dumpable, which also stops other processes of the
// same user from attaching a debugger or reading its memory through /proc, and core
// files are turned off. Called first thing in both executables. A developer who needs a
// core or a debugger sets AGENTDESK_ALLOW_CORE_DUMPS=1. Returns what could not be done
// (empty when all went well); nothing is fatal.
QString hardenProcess();

// Whether this process is currently dumpable (for tests and `--version --verbose`).
bool isProcessDumpable();

} // namespace agentdesk
