#include "WorkerActions.h"

#include "tasks/OperatorActions.h"

#include <QAction>
#include <QIcon>

namespace agentdesk {

WorkerActions::WorkerActions(WorkerController &worker, OperatorActions &actions, SettingsSource settings,
                             QObject *parent)
    : QObject(parent), m_worker(worker), m_actions(actions), m_settings(std::move(settings))
{
    m_start = new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Start Worker"), this);
    m_start->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    m_stop = new QAction(QIcon::fromTheme(QStringLiteral("media-playback-stop")), tr("S&top Worker"), this);
    m_stop->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    m_handBack =
        new QAction(QIcon::fromTheme(QStringLiteral("media-eject")), tr("Stop Worker and &Hand Back Sessions"), this);
    m_handBack->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    connect(m_start, &QAction::triggered, this, [this] {
        const Error e = m_worker.start(m_settings());
        m_actions.note(AuditAction::WorkerStart, QStringLiteral("worker"), {}, e);
        if (e.kind == ErrorKind::Auth)
            Q_EMIT signInRequested(e.message); // offer the way in, not a dead end
        else if (e)
            Q_EMIT failed(tr("The worker cannot start"), e);
    });
    connect(m_stop, &QAction::triggered, this, [this] {
        m_actions.note(AuditAction::WorkerStop, QStringLiteral("worker"), {});
        m_worker.stop(false);
    });
    connect(m_handBack, &QAction::triggered, this, [this] {
        m_actions.note(AuditAction::WorkerStop, QStringLiteral("worker"), tr("hand back sessions"));
        m_worker.stop(true);
    });
    connect(&m_worker, &WorkerController::modeChanged, this, &WorkerActions::update);
    connect(&m_worker, &WorkerController::monitorChanged, this, &WorkerActions::update);
    update();
}

void WorkerActions::update()
{
    const bool idle = m_worker.mode() == WorkerController::Mode::Idle;
    m_start->setEnabled(idle);
    m_stop->setEnabled(!idle);
    m_handBack->setEnabled(!idle);
}

} // namespace agentdesk
