#pragma once

#include "AppPaths.h"

namespace agentdesk {

// Routes Qt's messages to <data>/logs/<program>.log, and warnings also to stderr when
// asked. Secrets never reach it: Secret prints as <redacted>.
void installFileLogger(const AppPaths &paths, const QString &program, bool echoWarningsToStderr);

} // namespace agentdesk
