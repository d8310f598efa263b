#include "ProcessHardening.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace agentdesk {

QString hardenProcess()
{
    if (qEnvironmentVariableIntValue("AGENTDESK_ALLOW_CORE_DUMPS") == 1)
        return {};
    QString problems;
#ifdef Q_OS_LINUX
    const rlimit none{0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0)
        problems += QStringLiteral("core files could not be turned off; ");
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        problems += QStringLiteral("the process could not be made non-dumpable; ");
#endif
    return problems;
}

bool isProcessDumpable()
{
#ifdef Q_OS_LINUX
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 1;
#else
    return true;
#endif
}

} // namespace agentdesk
