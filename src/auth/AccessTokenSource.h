#pragma once

#include "domain/Error.h"
#include "secrets/Secret.h"

#include <QObject>
#include <functional>

namespace agentdesk {

// Where platform calls get their bearer token. The signed-in PlatformSession is one;
// a worker on another thread reaches that same session through ThreadedTokenSource,
// so there is only ever one refresh in flight per process (refresh tokens rotate).
class AccessTokenSource
{
public:
    using TokenCallback = std::function<void(const Secret &accessToken, const Error &error)>;
    virtual ~AccessTokenSource() = default;
    // A valid access token (refreshed first when it is about to expire). Nothing is
    // delivered once `context` is gone.
    virtual void accessToken(const QObject *context, TokenCallback done) = 0;
    // After a 401: refresh once, joined with any refresh already running.
    virtual void refreshAfterUnauthorized(const QObject *context, TokenCallback done) = 0;
};

} // namespace agentdesk
