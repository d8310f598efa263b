#include "AttentionPresenter.h"
#include "tasks/BudgetGuard.h"

#include "app/WorkerController.h"
#include "attention/AttentionModel.h"
#include "config/Settings.h"
#include "notify/NotificationRouter.h"
#include "notify/Notifier.h"
#include "storage/TaskStore.h"
#include "tasks/TaskService.h"
#include "ui/widgets/TrayIcon.h"
#include "ui/widgets/TrayNotifier.h"

#include <QAction>
#include <QApplication>
#include <QLocale>

namespace agentdesk {

AttentionPresenter::AttentionPresenter(PlatformSession &platform, TaskService &tasks, AttentionModel &attention,
                                       Settings &settings, WorkerController &worker, BudgetGuard &budgets,
                                       QObject *parent)
    : QObject(parent), m_platform(platform), m_tasks(tasks), m_attention(attention), m_settings(settings),
      m_router(new NotificationRouter(attention, settings, this))
{
    m_attention.watchPlatform(m_platform);
    connect(&budgets, &BudgetGuard::budgetReached, &m_attention, &AttentionModel::budgetReached);
    connect(&worker, &WorkerController::monitorChanged, this,
            [this, &worker] { m_attention.watchWorker(worker.monitor()); });
    connect(&m_attention, &AttentionModel::needsYouCountChanged, this, &AttentionPresenter::countChanged);
    connect(&m_attention, &AttentionModel::raised, this, &AttentionPresenter::stuckChanged);
    connect(&m_attention, &AttentionModel::cleared, this, &AttentionPresenter::stuckChanged);

    if (TrayIcon::isAvailable()) {
        m_tray = new TrayIcon(this);
        connect(m_tray, &TrayIcon::showRequested, this, &AttentionPresenter::showWindowRequested);
        connect(m_tray, &TrayIcon::quitRequested, this, &AttentionPresenter::quitRequested);
        connect(m_tray, &TrayIcon::taskRequested, this, [this](const QString &taskId) {
            Q_EMIT showWindowRequested();
            Q_EMIT openRequested(taskId);
        });
        connect(m_tray, &TrayIcon::pauseToggled, this,
                [this](bool paused) { m_settings.setValue(Settings::DoNotDisturb, paused); });
        m_tray->pauseAction()->setChecked(m_settings.boolValue(Settings::DoNotDisturb));
        m_tray->follow(m_attention);
        m_tray->show();
        // The window hides into the tray; only Quit ends the program.
        QApplication::setQuitOnLastWindowClosed(false);
    }
    auto *freedesktop = new FreedesktopNotifier(this);
    m_router->setNotifiers(freedesktop, m_tray ? new TrayNotifier(*m_tray, this) : nullptr);
    m_router->setApprovable([this](const QString &taskId) {
        const auto task = m_tasks.store().task(taskId);
        return task && m_tasks.whyNot(*task, Operation::ApprovePlan).isEmpty();
    });
    connect(m_router, &NotificationRouter::openRequested, this, [this](const QString &taskId, const QString &key) {
        Q_EMIT showWindowRequested();
        if (!taskId.isEmpty())
            Q_EMIT openRequested(taskId);
        else if (key.startsWith(QLatin1String("worker:")))
            Q_EMIT workerPanelRequested();
        else if (key == QLatin1String("platform"))
            Q_EMIT signInRequested();
        m_attention.acknowledge(key);
    });
    connect(m_router, &NotificationRouter::approveRequested, this, &AttentionPresenter::approveRequested);
}

void AttentionPresenter::setOnScreenTask(const QString &taskId)
{
    m_router->setOnScreenTask(taskId);
}

int AttentionPresenter::count() const
{
    return m_attention.needsYouCount();
}

void AttentionPresenter::applySettings()
{
    m_attention.setStuckAfterMinutes(m_settings.intValue(Settings::WatchdogMinutes));
    if (m_tray) {
        const QSignalBlocker block(m_tray->pauseAction());
        m_tray->pauseAction()->setChecked(m_settings.boolValue(Settings::DoNotDisturb));
    }
    Q_EMIT stuckChanged();
}

QString AttentionPresenter::stuckBanner(const QString &taskId) const
{
    const AttentionItem stuck = m_attention.stuck(taskId);
    if (stuck.key.isEmpty())
        return {};
    return tr("<b>Maybe stuck:</b> no new activity since %1. <a href=\"message\">Send a message</a> · "
              "<a href=\"cancel\">Cancel upstream</a>")
        .arg(QLocale().toString(stuck.since.toLocalTime(), QLocale::ShortFormat));
}

} // namespace agentdesk
