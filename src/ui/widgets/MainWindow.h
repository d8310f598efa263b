#pragma once

#include "app/WorkerController.h"
#include "domain/TaskValidation.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QDockWidget;
class QMenu;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace agentdesk {

class AttentionModel;
class AccountTroubleBanner;
class AttentionPresenter;
class WindowDialogs;
class CoreContext;
class WorkerSetup;
class PlatformStatus;
class Settings;
class TaskActions;
class TaskDetailView;
class TaskFilterBar;
class TaskListView;
class TaskFilterProxyModel;
class TaskListModel;
class TrayIcon;
class WidgetPrompter;
class WorkerActions;
class WorkerPanel;
struct Error;

// The console's window: the task list with filters and search on the left, the selected
// task on the right, the worker panel in a dock. It lays things out and wires them; what
// the actions do and when they are enabled lives in the controllers (TaskActions,
// PlatformStatus, WorkerActions, AttentionPresenter).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(CoreContext &core, QWidget *parent = nullptr);
    ~MainWindow() override;

    TaskListModel *taskModel() const { return m_model; }
    TaskFilterProxyModel *filterModel() const { return m_proxy; }
    QTreeView *taskView() const;
    TaskDetailView *detailView() const { return m_detail; }
    TaskActions *taskActions() const { return m_taskActions; }
    PlatformStatus *platformStatus() const { return m_platformStatus; }
    QAction *newTaskAction() const { return m_newTask; }
    QAction *accountsAction() const { return m_accounts; }
    QAction *signInAction() const;
    QAction *signOutAction() const;
    QAction *paletteAction() const { return m_palette; }
    QAction *settingsAction() const { return m_openSettings; }
    QAction *workerSetupAction() const { return m_workerSetup; }
    QLabel *platformLabel() const { return m_platformState; }
    WorkerController *workerController() const { return m_worker; }
    WorkerPanel *workerPanel() const { return m_workerPanel; }
    QDockWidget *workerDock() const { return m_workerDock; }
    AttentionModel *attention() const { return m_attention; }
    Settings *settings() const { return m_settings; }
    TrayIcon *trayIcon() const;
    QLabel *stuckBanner() const { return m_stuckBanner; }
    // Writes the tasks the list shows now (the current filter); JSON, or CSV for *.csv.
    QString exportVisibleTasks(const QString &path) const;
    void showFromTray();
    // Sets the refresher's intervals from the settings (at start, and when they change).
    void applyRefreshSettings();
    void quit();
    QString currentTaskId() const;
    void selectTask(const QString &taskId);
    // Moves to the next task that needs the operator (wrapping around).
    void selectNextNeedingYou();

    // What waits for the first paint (the rest of the list, the attention count, the
    // caller's background work): started by the first paint of the task list, or by the
    // caller when the window starts hidden in the tray. Once.
    void startDeferredWork();

Q_SIGNALS:
    void deferredWorkStarted();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void buildLayout();
    QWidget *buildTaskList();
    QWidget *buildEmptyState(QWidget *parent);
    QWidget *buildDetailSide();
    void buildWorkerDock();
    void buildStatusBar();
    void connectModel();
    void connectControllers();
    void connectPresenter();
    WorkerController::Settings workerSettings() const;
    void restoreWindow();
    void saveWindow();
    void fitIntoScreen();
    void updateStatusBar();
    void updateEmptyState();
    void applyFilter();
    void onSelectionChanged();
    void report(const QString &what, const Error &error);
    void updateOnScreenTask();
    void updateStuckBanner();
    void updateReplyBox();
    void openCommandPalette();

    CoreContext &m_core;
    bool m_deferredStarted = false;
    std::unique_ptr<WidgetPrompter> m_prompter;
    TaskListModel *m_model;
    TaskFilterProxyModel *m_proxy;
    Settings *m_settings;
    AttentionModel *m_attention;
    WorkerController *m_worker;
    WorkerSetup *m_setup;
    TaskActions *m_taskActions;
    PlatformStatus *m_platformStatus;
    WorkerActions *m_workerActions;
    AttentionPresenter *m_presenter;
    WindowDialogs *m_dialogs;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QWidget *m_emptyState = nullptr;
    TaskListView *m_view = nullptr;
    TaskDetailView *m_detail = nullptr;
    QString m_pendingSelection;
    TaskFilterBar *m_filterBar = nullptr;
    AccountTroubleBanner *m_troubleBanner = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_syncState = nullptr;
    QLabel *m_platformState = nullptr;
    QLabel *m_stuckBanner = nullptr;
    QAction *m_newTask = nullptr;
    QAction *m_accounts = nullptr;
    QAction *m_find = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_palette = nullptr;
    QAction *m_openSettings = nullptr;
    QAction *m_workerSetup = nullptr;
    QAction *m_auditTrail = nullptr;
    QAction *m_export = nullptr;
    QAction *m_doNotDisturb = nullptr;
    QAction *m_showHidden = nullptr;
    QAction *m_nextNeedingYou = nullptr;
    QMenu *m_viewMenu = nullptr;
    WorkerPanel *m_workerPanel = nullptr;
    QDockWidget *m_workerDock = nullptr;
    bool m_quitting = false;
    bool m_toldAboutTray = false;
};

} // namespace agentdesk
