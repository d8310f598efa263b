#include "Outbox.h"

#include "platform/PlatformClient.h"
#include "storage/WorkerStore.h"

#include <QCoreApplication>

namespace agentdesk {

Outbox::Outbox(WorkerDeps deps, QObject *parent) : QObject(parent), m_deps(std::move(deps))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &Outbox::flush);
}

void Outbox::setActive(bool active)
{
    m_active = active;
    if (active)
        flush();
}

void Outbox::stop()
{
    m_active = false;
    m_retry.stop();
}

Error Outbox::enqueue(const QList<OutboxItem> &items, const ClaimRecord *advanced)
{
    if (const Error e = m_deps.store.enqueue(items, advanced))
        return e;
    flush();
    return {};
}

bool Outbox::isDrained() const
{
    if (!m_sending.isEmpty())
        return false;
    const Outcome<int> size = m_deps.store.outboxSize();
    return size.ok() && size.value == 0;
}

void Outbox::flush()
{
    if (!m_active || m_retry.isActive())
        return;
    const Outcome<QList<OutboxItem>> pending = m_deps.store.pendingOutbox(kWindow);
    if (!pending.ok())
        return m_deps.storageFailed(pending.error);
    if (pending.value.isEmpty()) {
        if (m_sending.isEmpty())
            Q_EMIT drained();
        return;
    }
    QSet<QString> seen;
    for (const OutboxItem &item : pending.value) {
        if (m_sending.size() >= kMaxSending)
            break;
        if (seen.contains(item.sessionId))
            continue; // only a session's oldest item may go
        seen.insert(item.sessionId);
        if (!m_sending.contains(item.sessionId))
            send(item);
    }
}

void Outbox::send(const OutboxItem &item)
{
    m_sending.insert(item.sessionId);
    auto onDone = [this, item](const Error &e) {
        m_sending.remove(item.sessionId);
        if (e)
            onFailed(item, e);
        else
            onSent(item);
    };
    const QJsonObject &b = item.body;
    PlatformClient &platform = m_deps.platform;
    switch (item.kind) {
    case OutboxItem::Kind::Activity: {
        const SessionActivity a{item.clientActivityId, b.value(QLatin1String("type")).toString(),
                                b.value(QLatin1String("message")).toString(),
                                b.value(QLatin1String("data")).toObject()};
        platform.postActivity(item.sessionId, item.claimId, a, this,
                              [onDone](const Outcome<QString> &r) { onDone(r.error); });
        break;
    }
    case OutboxItem::Kind::Complete:
        platform.complete(item.sessionId, item.claimId, b.value(QLatin1String("summary")).toString(),
                          b.value(QLatin1String("externalUrl")).toString(), this,
                          [onDone](const Outcome<PlatformSessionInfo> &r) { onDone(r.error); });
        break;
    case OutboxItem::Kind::Fail:
        platform.fail(item.sessionId, item.claimId, b.value(QLatin1String("errorMessage")).toString(),
                      b.value(QLatin1String("retryable")).toBool(), this,
                      [onDone](const Outcome<PlatformSessionInfo> &r) { onDone(r.error); });
        break;
    case OutboxItem::Kind::Release:
        platform.release(item.sessionId, item.claimId, b.value(QLatin1String("reason")).toString(), this,
                         [onDone](const Outcome<PlatformSessionInfo> &r) { onDone(r.error); });
        break;
    }
}

void Outbox::onSent(const OutboxItem &item)
{
    m_failures = 0;
    if (const Error e = m_deps.store.removeOutboxItem(item.id))
        return m_deps.storageFailed(e);
    if (item.endsClaim())
        Q_EMIT claimEnded(item, QString());
    flush();
}

void Outbox::resolveConflict(const OutboxItem &item, bool endedByUs)
{
    m_sending.remove(item.sessionId);
    if (endedByUs)
        onSent(item);
    else
        flush();
}

void Outbox::onFailed(const OutboxItem &item, const Error &error)
{
    if (PlatformClient::isClaimConflict(error)) {
        // Not our claim any more — or a repeated end whose first answer was lost, or a
        // cancel: the session says which. The session's queue waits for the answer.
        m_sending.insert(item.sessionId);
        Q_EMIT conflict(item);
        return;
    }
    if (error.httpStatus >= 400 && error.httpStatus < 500 && error.httpStatus != 401 && error.httpStatus != 429
        && error.httpStatus != 408) {
        // The platform will never take this item: keep the queue moving, say why. A refused
        // complete, fail or release still ends the claim here, or its slot would be held
        // (and its lease renewed) for ever.
        m_deps.report(QStringLiteral("outbox_rejected"), item.sessionId, error.message);
        if (const Error e = m_deps.store.removeOutboxItem(item.id))
            return m_deps.storageFailed(e);
        if (item.endsClaim())
            Q_EMIT claimEnded(item, error.message);
        flush();
        return;
    }
    if (const Error e = m_deps.store.noteOutboxFailure(item.id, error.message))
        return m_deps.storageFailed(e);
    m_deps.report(QStringLiteral("outbox_retry"), item.sessionId, error.message);
    ++m_failures;
    m_retry.start(qMin(60000, 500 * (1 << qMin(m_failures, 7))));
}

} // namespace agentdesk
