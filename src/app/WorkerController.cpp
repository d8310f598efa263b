#include "WorkerController.h"

#include "WorkerHost.h"
#include "WorkerLock.h"
#include "app/CoreContext.h"
#include "auth/PlatformSession.h"
#include "storage/TaskStore.h"
#include "storage/WorkerStore.h"
#include "worker/WorkerFeed.h"

#include <QSysInfo>
#include <QTimer>

namespace agentdesk {

WorkerController::WorkerController(CoreContext &core, QObject *parent) : QObject(parent), m_core(core) { }

WorkerController::~WorkerController()
{
    delete m_feed.data();
    delete m_host.data(); // stops its thread; undispatched claims expire on the platform
}

WorkerMonitor *WorkerController::monitor() const
{
    return m_monitor;
}

void WorkerController::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    Q_EMIT modeChanged(mode);
}

void WorkerController::adopt(WorkerMonitor *monitor)
{
    if (m_monitor && m_monitor != monitor)
        m_monitor->deleteLater();
    m_monitor = monitor;
    // The worker writes tasks through its own connection; views here hear of them this way.
    connect(monitor, &WorkerMonitor::taskTouched, &m_core.tasks(), &TaskStore::announceWrittenElsewhere);
    Q_EMIT monitorChanged();
}

Error WorkerController::start(const Settings &settings)
{
    if (m_mode != Mode::Idle)
        return {};
    if (attachIfRunning()) {
        Q_EMIT message(tr("A worker is already running on this computer; the panel is attached to it."));
        return {};
    }
    PlatformSession &session = m_core.platform();
    if (session.state() == PlatformSession::State::KeychainUnavailable)
        return Error::keychain(session.stateMessage());
    if (session.state() != PlatformSession::State::SignedIn)
        return Error::auth(tr("Sign in to the agent platform first (File ▸ Sign In)."));

    WorkerStore store(m_core.database(), m_core.clock());
    const Outcome<QList<WorkerRoute>> found = store.routes();
    if (!found.ok())
        return found.error;
    const QList<WorkerRoute> &routes = found.value;
    WorkerHost::Options o;
    o.worker.agentId = settings.agentId;
    if (o.worker.agentId.isEmpty()) {
        if (routes.isEmpty())
            return Error::usage(
                tr("The worker has no route yet. Add one with `agentdeskctl worker route add`: it says which "
                   "provider account and repository an agent's sessions run on."));
        if (routes.size() > 1)
            return Error::usage(tr("Routes exist for %n agents; choose which one this worker serves in Settings.",
                                   nullptr, int(routes.size())));
        o.worker.agentId = routes.first().agentId;
    }
    o.worker.name = QSysInfo::machineHostName();
    o.budget = &m_core.budget();
    o.worker.concurrency = settings.concurrency;
    o.worker.leaseSeconds = settings.leaseSeconds;
    o.worker.pollIntervalMs = settings.pollSeconds * 1000;
    o.listen = settings.listen;
    o.listenPort = settings.listenPort;
    o.paths = m_core.paths();

    o.keychainProfile = m_core.database().profileId();
    auto *host = new WorkerHost(o, session, m_core.keychain(), this);
    if (const Error e = host->start()) { // another worker took the lock in the meantime
        delete host;
        return e;
    }
    m_host = host;
    adopt(host);
    connect(host, &WorkerHost::failed, this, [this, host](const QString &text) {
        Q_EMIT message(tr("The worker stopped: %1").arg(text));
        host->stop();
    });
    connect(host, &WorkerHost::stopped, this, [this] {
        delete m_feed.data(); // followers see the final status
        setMode(Mode::Idle);
    });
    auto *feed = new WorkerFeedServer(*host, m_core.paths(), this);
    m_feed = feed;
    if (const Error e = feed->start())
        Q_EMIT message(tr("The worker runs without its live feed: %1").arg(e.message));
    setMode(Mode::Local);
    return {};
}

void WorkerController::stop(bool handBack)
{
    if (m_mode == Mode::Idle || !m_monitor)
        return;
    m_monitor->stop(handBack);
}

bool WorkerController::attachIfRunning()
{
    if (m_mode != Mode::Idle || !WorkerLock::holder(m_core.paths()))
        return false;
    if (!WorkerFeedInfo::find(m_core.paths())) {
        // Its lock is taken but its feed not yet written: it is starting. Look again soon.
        if (m_attachRetries++ == 0)
            Q_EMIT message(tr("A worker is starting on this data directory; the panel attaches to it when it is up."));
        if (m_attachRetries < kAttachRetries)
            QTimer::singleShot(kAttachRetryMs, this, [this] { attachIfRunning(); });
        return true;
    }
    m_attachRetries = 0;
    auto *client = new WorkerFeedClient(m_core.paths(), this);
    m_client = client;
    adopt(client);
    connect(client, &WorkerFeedClient::detached, this, [this](const QString &reason) {
        setMode(Mode::Idle);
        Q_EMIT message(reason);
    });
    setMode(Mode::Attached);
    client->attach();
    return true;
}

void WorkerController::detach()
{
    if (m_mode == Mode::Attached && m_client)
        m_client->detach();
}

} // namespace agentdesk
