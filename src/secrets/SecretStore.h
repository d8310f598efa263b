#pragma once

#include "Secret.h"

#include <QObject>
#include <functional>

namespace agentdesk {

// The outcome of one keychain operation. A keychain that is locked, or missing, or
// not answering is its own state and never reads as "no such entry": advice that
// tells a person to re-enter a key must never come from a keychain that is merely locked.
struct SecretResult {
    enum Status {
        Ok,
        NotFound,    // the keychain works and holds no such entry
        Locked,      // the keyring exists but is locked (or waits on an unlock prompt)
        Unavailable, // no Secret Service, or no keyring to keep secrets in
        Failed,      // anything else the keychain reported
    } status = Ok;
    Secret secret;   // set by read on Ok
    QString message; // for people; never contains the secret

    bool ok() const { return status == Ok; }
    // Locked, unavailable or failing: the keychain, not the entry, is the problem.
    bool keychainProblem() const { return status == Locked || status == Unavailable || status == Failed; }
};

using SecretCallback = std::function<void(const SecretResult &)>;

// Asynchronous secret storage keyed by a name within the application's service.
// Each call names its context: no answer is delivered once that object is gone.
// Answers come from the event loop, never synchronously.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void read(const QString &key, const QObject *context, SecretCallback done) = 0;
    virtual void write(const QString &key, const Secret &secret, const QObject *context, SecretCallback done) = 0;
    virtual void remove(const QString &key, const QObject *context, SecretCallback done) = 0;
};

} // namespace agentdesk
