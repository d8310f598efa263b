#pragma once

#include <QCoreApplication>
#include <QString>

namespace agentdesk {

// The tr() of code that is not in a QObject: free functions, mappers, row readers. Its
// context is "agentdesk", the one lupdate files such calls under. Inside a nested
// namespace (agentdesk::jules, ...) call it as agentdesk::tr(...): lupdate would file an
// unqualified call under the nested namespace, which this function does not look in.
inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("agentdesk", text, disambiguation, n);
}

} // namespace agentdesk
