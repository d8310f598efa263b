#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <utility>

namespace agentdesk {

// The rule for every asynchronous call in AgentDesk (docs/architecture.md, "Who owns an
// answer"): the caller names the object that receives the answer — its context, as in
// Qt's connect(sender, signal, context, functor) — and the answer is never delivered
// once that object is gone. Requests that only read are also aborted then; requests
// that change something upstream finish under the service's own lifetime, so their
// outcome is still recorded.
//
// bindTo wraps a callback so that it does nothing after `context` is destroyed. The
// context must live on the calling thread.
template <typename... Args>
std::function<void(Args...)> bindTo(const QObject *context, std::function<void(Args...)> f)
{
    Q_ASSERT_X(context, "bindTo", "an asynchronous call needs a context object");
    Q_ASSERT_X(context->thread() == QThread::currentThread(), "bindTo",
               "the context of an asynchronous call must live on the calling thread");
    return [guard = QPointer<const QObject>(context), f = std::move(f)](Args... args) {
        if (guard && f)
            f(std::forward<Args>(args)...);
    };
}

} // namespace agentdesk
