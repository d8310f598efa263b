#pragma once

#include <QString>

namespace agentdesk {

// An error as a value, with enough context for a person to act on it. The kind
// decides the CLI exit code and how the GUI presents it.
enum class ErrorKind {
    None,
    Usage,      // bad command line or unsupported operation for this provider
    Validation, // input rejected before anything was written
    NotFound,   // no such local task or account
    Provider,   // provider answered with an error, or the network failed
    Auth,       // provider rejected the credentials
    Keychain,   // OS keychain unavailable, locked or failing
    Storage,    // the local database or the data directory failed
    Budget,     // refused by a spending budget (nothing was sent upstream)
};

// [[nodiscard]]: an Error that is returned must be looked at. Durable paths (a claim
// recorded, a migration committed) depend on it.
struct [[nodiscard]] Error {
    ErrorKind kind = ErrorKind::None;
    QString message;
    int httpStatus = 0; // when it came from an HTTP answer
    QString code;       // the provider's machine code ("agent_busy", "INVALID_ARGUMENT")

    bool isError() const { return kind != ErrorKind::None; }
    explicit operator bool() const { return isError(); }

    static Error usage(const QString &m) { return {ErrorKind::Usage, m, 0, {}}; }
    static Error validation(const QString &m) { return {ErrorKind::Validation, m, 0, {}}; }
    static Error notFound(const QString &m) { return {ErrorKind::NotFound, m, 0, {}}; }
    static Error provider(const QString &m) { return {ErrorKind::Provider, m, 0, {}}; }
    static Error auth(const QString &m) { return {ErrorKind::Auth, m, 0, {}}; }
    static Error keychain(const QString &m) { return {ErrorKind::Keychain, m, 0, {}}; }
    static Error storage(const QString &m) { return {ErrorKind::Storage, m, 0, {}}; }
    static Error budget(const QString &m) { return {ErrorKind::Budget, m, 0, {}}; }
};

// The CLI's documented exit codes: 0 ok, 2 usage or validation, 3 not found,
// 4 provider or network error, 5 auth or keychain, 6 local storage (the database or
// the data directory).
int exitCodeFor(const Error &error);
constexpr int kExitStorage = 6;

} // namespace agentdesk
