#pragma once

#include "worker/WorkerController.h"

#include <QMainWindow>

class QAction;
class QCheckBox;
class QComboBox;
class QDockWidget;
class QMenu;
class QLabel;
class QLineEdit;
class QTreeView;

namespace agentdesk {

class CoreContext;
class TaskDetailView;
class TaskFilterProxyModel;
class TaskListModel;
class AttentionModel;
class AuditLog;
class NotificationRouter;
class Settings;
class TrayIcon;
class WorkerPanel;
struct Error;

// The console: task list with filters and search on the left, the selected task on
// the right, every action in a menu, on the toolbar and on a shortcut. Actions are
// enabled by the task's status and its provider's capabilities; when disabled, their
// tooltip says why.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(CoreContext &core, QWidget *parent = nullptr);
    ~MainWindow() override;

    TaskListModel *taskModel() const { return m_model; }
    TaskFilterProxyModel *filterModel() const { return m_proxy; }
    QTreeView *taskView() const { return m_view; }
    TaskDetailView *detailView() const { return m_detail; }
    QAction *newTaskAction() const { return m_newTask; }
    QAction *accountsAction() const { return m_accounts; }
    QAction *signInAction() const { return m_signIn; }
    QAction *signOutAction() const { return m_signOut; }
    QLabel *platformLabel() const { return m_platformState; }
    WorkerController *workerController() const { return m_worker; }
    WorkerPanel *workerPanel() const { return m_workerPanel; }
    QDockWidget *workerDock() const { return m_workerDock; }
    AttentionModel *attention() const { return m_attention; }
    Settings *settings() const { return m_settings; }
    AuditLog *auditLog() const { return m_audit; }
    TrayIcon *trayIcon() const { return m_tray; }
    QAction *paletteAction() const { return m_palette; }
    QAction *settingsAction() const { return m_openSettings; }
    QLabel *stuckBanner() const { return m_stuckBanner; }
    // Writes the tasks the list shows now (the current filter); JSON, or CSV for *.csv.
    QString exportVisibleTasks(const QString &path) const;
    void showFromTray();
    // Sets the refresher's intervals from the settings (at start, and when they change).
    void applyRefreshSettings();
    void quit();
    QString currentTaskId() const;
    void selectTask(const QString &taskId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void buildLayout();
    void updateActions();
    void updateStatusBar();
    void updatePlatformState();
    void applyFilter();
    void onSelectionChanged();
    void report(const QString &what, const Error &error);

    void newTask();
    void approvePlan();
    void sendMessage();
    void cancelTask();
    void deleteTask();
    void refreshSelected();
    void refreshAll();
    void openAccounts();
    void openPullRequest();
    void signIn();
    void signOut();
    void startWorker();
    void stopWorker();
    void stopWorkerAndHandBack();
    WorkerController::Settings workerSettings() const;
    void setUpAttention();
    void applySettings();
    void updateOnScreenTask();
    void updateStuckBanner();
    void audit(const QString &action, const QString &target, const QString &detail, const Error &error = {});
    void openCommandPalette();
    void openSettings();
    void openAuditTrail();
    void exportTasks();

    CoreContext &m_core;
    TaskListModel *m_model;
    TaskFilterProxyModel *m_proxy;
    QTreeView *m_view = nullptr;
    TaskDetailView *m_detail = nullptr;
    QString m_pendingSelection;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_providerFilter = nullptr;
    QCheckBox *m_needsYouOnly = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_syncState = nullptr;
    QLabel *m_platformState = nullptr;
    QAction *m_newTask = nullptr;
    QAction *m_approve = nullptr;
    QAction *m_message = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_refreshAll = nullptr;
    QAction *m_openPr = nullptr;
    QAction *m_accounts = nullptr;
    QAction *m_find = nullptr;
    QAction *m_signIn = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_workerStart = nullptr;
    QAction *m_workerStop = nullptr;
    QAction *m_workerHandBack = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_palette = nullptr;
    QAction *m_openSettings = nullptr;
    QAction *m_auditTrail = nullptr;
    QAction *m_export = nullptr;
    QAction *m_doNotDisturb = nullptr;
    Settings *m_settings;
    AttentionModel *m_attention;
    AuditLog *m_audit;
    NotificationRouter *m_router;
    TrayIcon *m_tray = nullptr;
    QLabel *m_stuckBanner = nullptr;
    bool m_quitting = false;
    bool m_toldAboutTray = false;
    WorkerController *m_worker;
    WorkerPanel *m_workerPanel = nullptr;
    QDockWidget *m_workerDock = nullptr;
};

} // namespace agentdesk
