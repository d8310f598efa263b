#pragma once

#include <QString>

namespace agentdesk {

// An error as a value, with enough context for a person to act on it. The kind
// decides the CLI exit code and how the GUI presents it.
enum class ErrorKind {
    None,
    Usage,        // bad command line or unsupported operation for this provider
    Validation,   // input rejected before anything was written
    NotFound,     // no such local task or account
    Provider,     // provider answered with an error, or the network failed
    Auth,         // provider rejected the credentials
    Keychain,     // OS keychain unavailable, locked or failing
};

struct Error {
    ErrorKind kind = ErrorKind::None;
    QString message;

    bool isError() const { return kind != ErrorKind::None; }
    explicit operator bool() const { return isError(); }

    static Error usage(const QString &m) { return {ErrorKind::Usage, m}; }
    static Error validation(const QString &m) { return {ErrorKind::Validation, m}; }
    static Error notFound(const QString &m) { return {ErrorKind::NotFound, m}; }
    static Error provider(const QString &m) { return {ErrorKind::Provider, m}; }
    static Error auth(const QString &m) { return {ErrorKind::Auth, m}; }
    static Error keychain(const QString &m) { return {ErrorKind::Keychain, m}; }
};

// The CLI's documented exit codes: 0 ok, 2 usage or validation, 3 not found,
// 4 provider or network error, 5 auth or keychain.
int exitCodeFor(const Error &error);

} // namespace agentdesk
