#pragma once

#include <QObject>

namespace agentdesk {

class BudgetGuard;

class AttentionModel;
class PlatformSession;
class TaskService;
class NotificationRouter;
class Settings;
class TrayIcon;
class WorkerController;

// How what needs the operator is shown outside the task list: the tray icon with its
// badge and menu, desktop notifications (or the tray's balloon), the count for the
// window title, and the "maybe stuck" banner's text for the task on screen. It decides
// nothing itself (AttentionModel does) and owns no window: the window asks it and
// follows its signals.
class AttentionPresenter : public QObject
{
    Q_OBJECT
public:
    AttentionPresenter(PlatformSession &platform, TaskService &tasks, AttentionModel &attention, Settings &settings,
                       WorkerController &worker, BudgetGuard &budgets, QObject *parent = nullptr);

    TrayIcon *tray() const { return m_tray; }
    NotificationRouter *router() const { return m_router; }
    // The task on screen in the active window: it gets no notification.
    void setOnScreenTask(const QString &taskId);
    // The banner's rich text for this task when it may be stuck; empty otherwise.
    QString stuckBanner(const QString &taskId) const;
    int count() const;
    void applySettings();

Q_SIGNALS:
    void countChanged(int count);
    void stuckChanged();
    void openRequested(const QString &taskId);
    void approveRequested(const QString &taskId);
    void showWindowRequested();
    void workerPanelRequested();
    void signInRequested();
    void quitRequested();

private:
    PlatformSession &m_platform;
    TaskService &m_tasks;
    AttentionModel &m_attention;
    Settings &m_settings;
    TrayIcon *m_tray = nullptr;
    NotificationRouter *m_router;
};

} // namespace agentdesk
