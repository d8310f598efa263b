#include "Error.h"

namespace agentdesk {

int exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::None: return 0;
    case ErrorKind::Usage:
    case ErrorKind::Validation: return 2;
    case ErrorKind::NotFound: return 3;
    case ErrorKind::Provider: return 4;
    case ErrorKind::Auth:
    case ErrorKind::Keychain: return 5;
    case ErrorKind::Storage: return kExitStorage;
    case ErrorKind::Budget: return 7;
    }
    return kExitStorage;
}

} // namespace agentdesk
