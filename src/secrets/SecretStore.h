#pragma once

#include "Secret.h"

#include <QObject>
#include <functional>

namespace agentdesk {

// The outcome of one keychain operation. "Unavailable" (no secret service, locked,
// not answering) is its own state and never reads as "no such entry".
struct SecretResult {
    enum Status { Ok, NotFound, Unavailable, Failed } status = Ok;
    Secret secret;             // set by read on Ok
    QString message;           // for people; never contains the secret

    bool ok() const { return status == Ok; }
};

using SecretCallback = std::function<void(const SecretResult &)>;

// Asynchronous secret storage keyed by a name within the application's service.
// Callbacks run on the caller's thread, from the event loop, never synchronously.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void read(const QString &key, SecretCallback done) = 0;
    virtual void write(const QString &key, const Secret &secret, SecretCallback done) = 0;
    virtual void remove(const QString &key, SecretCallback done) = 0;
};

} // namespace agentdesk
