#include "MainWindow.h"

#include "app/CoreContext.h"
#include "auth/PlatformSession.h"
#include "storage/AccountStore.h"
#include "storage/TaskStore.h"
#include "sync/TaskRefresher.h"
#include "sync/TaskService.h"
#include "ui/dialogs/AccountsDialog.h"
#include "ui/dialogs/NewTaskDialog.h"
#include "ui/dialogs/SignInDialog.h"
#include "ui/models/TaskFilterProxyModel.h"
#include "ui/models/TaskListModel.h"
#include "ui/widgets/TaskDetailView.h"
#include "ui/widgets/WorkerPanel.h"
#include "app/Settings.h"
#include "attention/AttentionModel.h"
#include "domain/TaskExport.h"
#include "notify/NotificationRouter.h"
#include "notify/Notifier.h"
#include "storage/AuditLog.h"
#include "ui/dialogs/AuditDialog.h"
#include "ui/dialogs/CommandPalette.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/widgets/TrayIcon.h"
#include "worker/WorkerMonitor.h"
#include "worker/WorkerController.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QSystemTrayIcon>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QTimer>
#include <QTreeView>

namespace agentdesk {

MainWindow::MainWindow(CoreContext &core, QWidget *parent)
    : QMainWindow(parent), m_core(core), m_model(new TaskListModel(core.tasks(), this)),
      m_proxy(new TaskFilterProxyModel(this)), m_settings(new Settings(core.paths().settingsFile(), this)),
      m_attention(new AttentionModel(core.tasks(), this)), m_audit(new AuditLog(core.database(), QStringLiteral("gui"), this)),
      m_router(new NotificationRouter(*m_attention, *m_settings, this)), m_worker(new WorkerController(core, this))
{
    setWindowTitle(tr("AgentDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/agentdesk.svg")));
    m_proxy->setSourceModel(m_model);
    buildActions();
    buildLayout();
    m_model->reload();
    m_view->sortByColumn(TaskListModel::UpdatedColumn, Qt::DescendingOrder);

    connect(m_model, &TaskListModel::needsYouCountChanged, this, &MainWindow::updateStatusBar);
    setUpAttention();
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        updateStatusBar();
        if (!m_pendingSelection.isEmpty())
            selectTask(m_pendingSelection);
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatusBar);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatusBar);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    connect(&m_core.refresher(), &TaskRefresher::busyChanged, this, [this](bool busy) {
        m_syncState->setText(busy ? tr("Syncing…") : QString());
    });
    connect(&m_core.refresher(), &TaskRefresher::refreshFailed, this, [this](const QString &id, const Error &e) {
        statusBar()->showMessage(tr("Could not refresh %1: %2").arg(id, e.message), 15000);
    });

    connect(&m_core.platform(), &PlatformSession::stateChanged, this, &MainWindow::updatePlatformState);
    updatePlatformState();

    QSettings settings(m_core.paths().settingsFile(), QSettings::IniFormat);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1180, 720);
    updateActions();
    updateStatusBar();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    auto make = [this](const QString &text, const QString &icon, const QKeySequence &key, void (MainWindow::*slot)()) {
        auto *a = new QAction(QIcon::fromTheme(icon), text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_newTask = make(tr("&New Task…"), QStringLiteral("document-new"), QKeySequence::New, &MainWindow::newTask);
    m_approve = make(tr("&Approve Plan"), QStringLiteral("dialog-ok-apply"), QKeySequence(tr("Ctrl+Shift+A")),
                     &MainWindow::approvePlan);
    m_message = make(tr("Send &Message…"), QStringLiteral("mail-reply-sender"), QKeySequence(tr("Ctrl+M")),
                     &MainWindow::sendMessage);
    m_cancel = make(tr("&Cancel Upstream…"), QStringLiteral("process-stop"), QKeySequence(tr("Ctrl+Shift+X")),
                    &MainWindow::cancelTask);
    m_delete = make(tr("&Delete…"), QStringLiteral("edit-delete"), QKeySequence::Delete, &MainWindow::deleteTask);
    m_refresh = make(tr("&Refresh"), QStringLiteral("view-refresh"), QKeySequence::Refresh, &MainWindow::refreshSelected);
    m_refreshAll = make(tr("Refresh &All"), QStringLiteral("view-refresh"), QKeySequence(tr("Shift+F5")),
                        &MainWindow::refreshAll);
    m_openPr = make(tr("Open &Pull Request"), QStringLiteral("internet-web-browser"), QKeySequence(tr("Ctrl+O")),
                    &MainWindow::openPullRequest);
    m_accounts = make(tr("A&ccounts…"), QStringLiteral("dialog-password"), QKeySequence(tr("Ctrl+Shift+U")),
                      &MainWindow::openAccounts);
    m_signIn = make(tr("&Sign In to Platform…"), QStringLiteral("system-log-out"), QKeySequence(tr("Ctrl+Shift+I")),
                    &MainWindow::signIn);
    m_signOut = make(tr("Sign &Out of Platform"), QStringLiteral("system-log-out"), QKeySequence(tr("Ctrl+Shift+O")),
                     &MainWindow::signOut);
    m_workerStart = make(tr("&Start Worker"), QStringLiteral("media-playback-start"), QKeySequence(tr("Ctrl+Shift+R")),
                         &MainWindow::startWorker);
    m_workerStop = make(tr("S&top Worker"), QStringLiteral("media-playback-stop"), QKeySequence(tr("Ctrl+Shift+T")),
                        &MainWindow::stopWorker);
    m_workerHandBack = make(tr("Stop Worker and &Hand Back Sessions"), QStringLiteral("media-eject"),
                            QKeySequence(tr("Ctrl+Shift+H")), &MainWindow::stopWorkerAndHandBack);
    m_palette = make(tr("&Command Palette…"), QStringLiteral("system-search"), QKeySequence(tr("Ctrl+K")),
                     &MainWindow::openCommandPalette);
    m_openSettings = make(tr("Se&ttings…"), QStringLiteral("preferences-system"), QKeySequence(tr("Ctrl+,")),
                          &MainWindow::openSettings);
    m_auditTrail = make(tr("Au&dit Trail…"), QStringLiteral("document-properties"), QKeySequence(tr("Ctrl+Shift+L")),
                        &MainWindow::openAuditTrail);
    m_export = make(tr("&Export Tasks…"), QStringLiteral("document-save-as"), QKeySequence(tr("Ctrl+E")),
                    &MainWindow::exportTasks);
    m_doNotDisturb = new QAction(tr("&Do Not Disturb"), this);
    m_doNotDisturb->setCheckable(true);
    m_doNotDisturb->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    connect(m_doNotDisturb, &QAction::toggled, this, [this](bool on) { m_settings->setValue(Settings::DoNotDisturb, on); });
    addAction(m_doNotDisturb);
    m_find = new QAction(tr("&Find"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(m_find);
    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &MainWindow::quit);
    addAction(m_quit);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_newTask, m_accounts, m_export});
    file->addSeparator();
    file->addActions({m_signIn, m_signOut});
    file->addSeparator();
    file->addAction(m_openSettings);
    file->addSeparator();
    file->addAction(m_quit);
    QMenu *task = menuBar()->addMenu(tr("&Task"));
    task->addActions({m_approve, m_message, m_cancel, m_delete});
    task->addSeparator();
    task->addActions({m_openPr, m_refresh, m_refreshAll});
    QMenu *worker = menuBar()->addMenu(tr("&Worker"));
    worker->addActions({m_workerStart, m_workerStop, m_workerHandBack});
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addActions({m_palette, m_find, m_auditTrail});
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_doNotDisturb);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({m_newTask, m_approve, m_message, m_cancel, m_delete, m_refresh});
    for (QAction *a : {m_newTask, m_approve, m_message, m_cancel, m_delete, m_refresh, m_refreshAll, m_openPr, m_accounts, m_signIn})
        a->setProperty("baseToolTip", QString(a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"))
                                              + QStringLiteral(" (") + a->shortcut().toString(QKeySequence::NativeText)
                                              + QLatin1Char(')')));
}

void MainWindow::buildLayout()
{
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(left);
    m_search->setPlaceholderText(tr("Search tasks (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search tasks"));
    m_statusFilter = new QComboBox(left);
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->addItem(tr("All statuses"));
    for (TaskStatus s : allStatuses())
        m_statusFilter->addItem(statusDisplayName(s), int(s));
    m_providerFilter = new QComboBox(left);
    m_providerFilter->setAccessibleName(tr("Provider filter"));
    m_providerFilter->addItem(tr("All providers"));
    for (ProviderId p : allProviders())
        m_providerFilter->addItem(providerDisplayName(p), int(p));
    m_needsYouOnly = new QCheckBox(tr("Needs &you"), left);
    m_needsYouOnly->setToolTip(tr("Show only tasks waiting for you"));
    filters->addWidget(m_search, 1);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_providerFilter);
    filters->addWidget(m_needsYouOnly);
    leftLayout->addLayout(filters);

    m_view = new QTreeView(left);
    m_view->setAccessibleName(tr("Tasks"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TaskListModel::TitleColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(TaskListModel::StatusColumn, 190);
    m_view->setColumnWidth(TaskListModel::ProviderColumn, 110);
    m_view->setColumnWidth(TaskListModel::RepoColumn, 140);
    m_view->setColumnWidth(TaskListModel::UpdatedColumn, 120);
    m_view->setColumnWidth(TaskListModel::PrColumn, 50);
    leftLayout->addWidget(m_view, 1);

    m_detail = new TaskDetailView(m_core.tasks(), this);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_stuckBanner = new QLabel(right);
    m_stuckBanner->setObjectName(QStringLiteral("stuckBanner"));
    m_stuckBanner->setAccessibleName(tr("Maybe stuck"));
    m_stuckBanner->setTextFormat(Qt::RichText);
    m_stuckBanner->setWordWrap(true);
    m_stuckBanner->setAutoFillBackground(true);
    m_stuckBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_stuckBanner->setForegroundRole(QPalette::ToolTipText);
    m_stuckBanner->setMargin(6);
    m_stuckBanner->hide();
    connect(m_stuckBanner, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("message"))
            sendMessage();
        else
            cancelTask();
    });
    rightLayout->addWidget(m_stuckBanner);
    rightLayout->addWidget(m_detail, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    m_workerPanel = new WorkerPanel(*m_worker, [this] { return workerSettings(); }, this);
    m_workerDock = new QDockWidget(tr("Worker"), this);
    m_workerDock->setObjectName(QStringLiteral("workerDock"));
    m_workerDock->setWidget(m_workerPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_workerDock);
    resizeDocks({m_workerDock}, {260}, Qt::Vertical);   // the task list stays the main thing
    m_workerDock->hide();   // until the operator opens it, or a worker runs
    QAction *toggleWorker = m_workerDock->toggleViewAction();
    toggleWorker->setText(tr("&Worker Panel"));
    toggleWorker->setShortcut(QKeySequence(tr("Ctrl+Shift+W")));
    m_viewMenu->addAction(toggleWorker);
    addAction(toggleWorker);
    connect(m_workerPanel, &WorkerPanel::taskActivated, this, &MainWindow::selectTask);
    connect(m_worker, &WorkerController::modeChanged, this, [this](WorkerController::Mode mode) {
        if (mode != WorkerController::Mode::Idle)
            m_workerDock->show();
        updateActions();
    });
    connect(m_worker, &WorkerController::monitorChanged, this, &MainWindow::updateActions);
    setTabOrder(m_search, m_statusFilter);
    setTabOrder(m_statusFilter, m_providerFilter);
    setTabOrder(m_providerFilter, m_needsYouOnly);
    setTabOrder(m_needsYouOnly, m_view);
    setTabOrder(m_view, m_detail->timeline());

    m_counts = new QLabel(this);
    m_syncState = new QLabel(this);
    m_platformState = new QLabel(this);
    m_platformState->setAccessibleName(tr("Platform sign-in"));
    m_platformState->setTextFormat(Qt::RichText);
    // The link in the label runs the action that fixes the state (sign in, retry the keychain).
    connect(m_platformState, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("retry"))
            m_core.platform().retry();
        else
            signIn();
    });
    statusBar()->addPermanentWidget(m_syncState);
    statusBar()->addPermanentWidget(m_platformState);
    statusBar()->addPermanentWidget(m_counts);

    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::applyFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(m_providerFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(m_needsYouOnly, &QCheckBox::toggled, this, &MainWindow::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onSelectionChanged);
    connect(m_view, &QTreeView::doubleClicked, this, &MainWindow::openPullRequest);
}

WorkerController::Settings MainWindow::workerSettings() const
{
    WorkerController::Settings s;
    s.agentId = m_settings->stringValue(Settings::WorkerAgent);
    s.concurrency = m_settings->intValue(Settings::WorkerConcurrency);
    s.leaseSeconds = m_settings->intValue(Settings::WorkerLeaseSeconds);
    s.pollSeconds = m_settings->intValue(Settings::WorkerPollSeconds);
    s.listen = m_settings->boolValue(Settings::WorkerListen);
    s.listenPort = quint16(m_settings->intValue(Settings::WorkerListenPort));
    return s;
}

void MainWindow::setUpAttention()
{
    // After the first paint: the window shows its first page of tasks before anything else.
    QTimer::singleShot(0, m_attention, &AttentionModel::load);
    m_attention->watchPlatform(m_core.platform());
    connect(m_worker, &WorkerController::monitorChanged, this, [this] { m_attention->watchWorker(m_worker->monitor()); });
    connect(m_attention, &AttentionModel::needsYouCountChanged, this, &MainWindow::updateStatusBar);
    connect(m_attention, &AttentionModel::raised, this, &MainWindow::updateStuckBanner);
    connect(m_attention, &AttentionModel::cleared, this, &MainWindow::updateStuckBanner);

    if (TrayIcon::isAvailable()) {
        m_tray = new TrayIcon(this);
        connect(m_tray, &TrayIcon::showRequested, this, &MainWindow::showFromTray);
        connect(m_tray, &TrayIcon::quitRequested, this, &MainWindow::quit);
        connect(m_tray, &TrayIcon::pauseToggled, this, [this](bool paused) { m_settings->setValue(Settings::DoNotDisturb, paused); });
        m_tray->pauseAction()->setChecked(m_settings->boolValue(Settings::DoNotDisturb));
        m_tray->follow(*m_attention);
        m_tray->show();
        // The window hides into the tray; only Quit ends the program.
        QApplication::setQuitOnLastWindowClosed(false);
    }
    auto *freedesktop = new FreedesktopNotifier(this);
    m_router->setNotifiers(freedesktop, m_tray ? new TrayNotifier(*m_tray, this) : nullptr);
    m_router->setApprovable([this](const QString &taskId) {
        const auto task = m_core.tasks().task(taskId);
        return task && m_core.taskService().whyNot(*task, Operation::ApprovePlan).isEmpty();
    });
    connect(m_router, &NotificationRouter::openRequested, this, [this](const QString &taskId, const QString &key) {
        showFromTray();
        if (!taskId.isEmpty())
            selectTask(taskId);
        else if (key.startsWith(QLatin1String("worker:")))
            m_workerDock->show();
        else if (key == QLatin1String("platform"))
            signIn();
        m_attention->acknowledge(key);
    });
    connect(m_router, &NotificationRouter::approveRequested, this, [this](const QString &taskId) {
        selectTask(taskId);
        approvePlan();
    });
    connect(m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::RefreshRunningSeconds || key == Settings::RefreshWaitingSeconds)
            applyRefreshSettings();
        applySettings();
    });
    applySettings();   // the refresher's intervals are the caller's to set at start (see agentdesk.cpp)
}

void MainWindow::applyRefreshSettings()
{
    TaskRefresher::Intervals intervals = m_core.refresher().intervals();
    intervals.runningMs = m_settings->intValue(Settings::RefreshRunningSeconds) * 1000;
    intervals.waitingMs = m_settings->intValue(Settings::RefreshWaitingSeconds) * 1000;
    m_core.refresher().setIntervals(intervals);
}

void MainWindow::applySettings()
{
    m_attention->setStuckAfterMinutes(m_settings->intValue(Settings::WatchdogMinutes));
    if (m_tray) {
        const QSignalBlocker block(m_tray->pauseAction());
        m_tray->pauseAction()->setChecked(m_settings->boolValue(Settings::DoNotDisturb));
    }
    m_doNotDisturb->setChecked(m_settings->boolValue(Settings::DoNotDisturb));
    updateStuckBanner();
}

void MainWindow::updateOnScreenTask()
{
    m_router->setOnScreenTask(isVisible() && isActiveWindow() ? currentTaskId() : QString());
}

void MainWindow::updateStuckBanner()
{
    const AttentionItem stuck = m_attention->stuck(currentTaskId());
    if (stuck.key.isEmpty()) {
        m_stuckBanner->hide();
        return;
    }
    m_stuckBanner->setText(tr("<b>Maybe stuck:</b> no new activity since %1. <a href=\"message\">Send a message</a> · "
                              "<a href=\"cancel\">Cancel upstream</a>")
                               .arg(QLocale().toString(stuck.since.toLocalTime(), QLocale::ShortFormat)));
    m_stuckBanner->show();
}

void MainWindow::audit(const QString &action, const QString &target, const QString &detail, const Error &error)
{
    m_audit->record(action, target, detail, error ? QStringLiteral("failed: ") + error.message : QStringLiteral("ok"));
}

void MainWindow::openCommandPalette()
{
    QList<QAction *> all;
    for (QAction *a : actions())
        if (a != m_palette)
            all << a;
    auto *palette = new CommandPalette(all, *m_model, this);
    connect(palette, &CommandPalette::taskChosen, this, [this](const QString &id) {
        // A filter may hide it; the operator asked for this task, so show it.
        if (m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0)).isValid() == false) {
            m_search->clear();
            m_statusFilter->setCurrentIndex(0);
            m_providerFilter->setCurrentIndex(0);
            m_needsYouOnly->setChecked(false);
        }
        selectTask(id);
        m_view->setFocus();
    });
    palette->show();
    palette->queryEdit()->setFocus();
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(*m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openAuditTrail()
{
    auto *dialog = new AuditDialog(*m_audit, this);
    dialog->open();
}

void MainWindow::exportTasks()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Tasks"), QStringLiteral("agentdesk-tasks.json"),
                                                      tr("JSON (*.json);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportVisibleTasks(path); !error.isEmpty())
        report(tr("Export"), Error::storage(error));
    else
        statusBar()->showMessage(tr("Exported %n task(s) to %1.", nullptr, m_proxy->rowCount()).arg(path), 8000);
}

QString MainWindow::exportVisibleTasks(const QString &path) const
{
    QList<Task> tasks;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QString id = m_proxy->index(row, 0).data(TaskListModel::TaskIdRole).toString();
        if (const auto t = m_core.tasks().task(id, true))
            tasks << *t;
    }
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    return writeExportFile(path, csv ? tasksToCsv(tasks) : tasksToJson(tasks));
}

void MainWindow::showFromTray()
{
    show();
    setWindowState(windowState() & ~Qt::WindowMinimized);
    raise();
    activateWindow();
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
    QApplication::quit();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange)
        updateOnScreenTask();
    QMainWindow::changeEvent(event);
}

void MainWindow::startWorker()
{
    const Error e = m_worker->start(workerSettings());
    audit(QStringLiteral("worker_start"), QStringLiteral("worker"), {}, e);
    if (e) {
        m_workerDock->show();
        report(tr("The worker cannot start"), e);
    }
}

void MainWindow::stopWorker()
{
    audit(QStringLiteral("worker_stop"), QStringLiteral("worker"), {});
    m_worker->stop(false);
}

void MainWindow::stopWorkerAndHandBack()
{
    audit(QStringLiteral("worker_stop"), QStringLiteral("worker"), tr("hand back sessions"));
    m_worker->stop(true);
}

void MainWindow::applyFilter()
{
    TaskFilter f;
    f.text = m_search->text();
    if (m_statusFilter->currentIndex() > 0)
        f.status = TaskStatus(m_statusFilter->currentData().toInt());
    if (m_providerFilter->currentIndex() > 0)
        f.provider = ProviderId(m_providerFilter->currentData().toInt());
    f.needsYouOnly = m_needsYouOnly->isChecked();
    m_proxy->setFilter(f);
    updateStatusBar();
}

QString MainWindow::currentTaskId() const
{
    return m_view->currentIndex().data(TaskListModel::TaskIdRole).toString();
}

void MainWindow::selectTask(const QString &taskId)
{
    const int row = m_model->rowOf(taskId);
    if (row < 0) {
        m_pendingSelection = taskId;   // not listed yet: select it when it arrives
        return;
    }
    m_pendingSelection.clear();
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void MainWindow::onSelectionChanged()
{
    const QString id = currentTaskId();
    if (id != m_detail->taskId())
        m_detail->showTask(id);
    updateActions();
    updateOnScreenTask();
    updateStuckBanner();
}

void MainWindow::updateActions()
{
    const QString id = currentTaskId();
    const std::optional<Task> task = id.isEmpty() ? std::nullopt : m_core.tasks().task(id);
    auto gate = [&](QAction *action, std::optional<Operation> op) {
        QString why;
        if (!task)
            why = tr("Select a task first.");
        else if (op)
            why = m_core.taskService().whyNot(*task, *op);
        action->setEnabled(why.isEmpty());
        QString base = action->property("baseToolTip").toString();
        if (why.isEmpty() && task && op && *op != Operation::Fetch
            && m_core.taskService().capabilities(task->provider).experimental)
            base += QLatin1Char('\n') + tr("Experimental: %1 is reached through an unofficial API.").arg(providerDisplayName(task->provider));
        action->setToolTip(why.isEmpty() ? base : base + QLatin1Char('\n') + why);
        action->setStatusTip(why);
    };
    gate(m_approve, Operation::ApprovePlan);
    gate(m_message, Operation::SendMessage);
    gate(m_cancel, Operation::Cancel);
    gate(m_delete, std::nullopt);
    gate(m_refresh, Operation::Fetch);
    gate(m_openPr, std::nullopt);
    if (task && task->result.prUrl.isEmpty()) {
        m_openPr->setEnabled(false);
        m_openPr->setToolTip(m_openPr->property("baseToolTip").toString() + QLatin1Char('\n')
                             + tr("This task has no pull request yet."));
    }
    const bool workerIdle = m_worker->mode() == WorkerController::Mode::Idle;
    m_workerStart->setEnabled(workerIdle);
    m_workerStop->setEnabled(!workerIdle);
    m_workerHandBack->setEnabled(!workerIdle);
}

void MainWindow::updateStatusBar()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const int needs = m_attention->needsYouCount();
    QString text = shown == total ? tr("%n task(s)", nullptr, total) : tr("%1 of %2 tasks").arg(shown).arg(total);
    if (needs > 0)
        text += QStringLiteral(" · ") + tr("%n need(s) you", nullptr, needs);
    m_counts->setText(text);
    setWindowTitle(needs > 0 ? tr("AgentDesk (%1)").arg(needs) : tr("AgentDesk"));

}

void MainWindow::updatePlatformState()
{
    const PlatformSession &session = m_core.platform();
    QString text;
    QString tip;
    switch (session.state()) {
    case PlatformSession::State::SignedOut:
        text = tr("Platform: <a href=\"signin\">sign in</a>");
        tip = tr("Not signed in to an agent platform. The worker needs a signed-in platform account.");
        break;
    case PlatformSession::State::SigningIn:
        text = tr("Platform: signing in…");
        break;
    case PlatformSession::State::SignedIn:
        text = tr("Platform: %1 · %2").arg(session.user().display().toHtmlEscaped(), session.config().workspace.toHtmlEscaped());
        tip = tr("Signed in to %1 as %2. The access token is renewed automatically (current one valid until %3).")
                  .arg(session.config().platformUrl.toString(), session.user().display(),
                       QLocale().toString(session.expiresAt().toLocalTime(), QLocale::ShortFormat));
        break;
    case PlatformSession::State::NeedsSignIn:
        text = tr("Platform: <a href=\"signin\"><b>sign in again</b></a>");
        tip = session.stateMessage();
        break;
    case PlatformSession::State::KeychainUnavailable:
        text = tr("Platform: keychain locked — <a href=\"retry\">retry</a>");
        tip = session.stateMessage();
        break;
    }
    m_platformState->setText(text);
    m_platformState->setToolTip(tip);
    const bool signedIn = session.state() == PlatformSession::State::SignedIn;
    m_signOut->setEnabled(signedIn || session.state() == PlatformSession::State::NeedsSignIn);
    m_signIn->setEnabled(session.state() != PlatformSession::State::SigningIn);
    m_signIn->setText(signedIn ? tr("&Switch Platform Account…") : tr("&Sign In to Platform…"));
}

void MainWindow::signIn()
{
    if (m_core.platform().state() == PlatformSession::State::KeychainUnavailable) {
        m_core.platform().retry();
        return;
    }
    auto *dialog = new SignInDialog(m_core.platform(), m_core.paths().settingsFile(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        audit(QStringLiteral("sign_in"), m_core.platform().config().platformUrl.toString(), m_core.platform().user().display());
        statusBar()->showMessage(tr("Signed in as %1.").arg(m_core.platform().user().display()), 8000);
    });
    dialog->open();
}

void MainWindow::signOut()
{
    if (QMessageBox::question(this, tr("Sign Out"),
                              tr("Sign out of %1? AgentDesk revokes its tokens and deletes them from the keychain.")
                                  .arg(m_core.platform().config().platformUrl.host()))
        != QMessageBox::Yes)
        return;
    QPointer<MainWindow> self(this);
    statusBar()->showMessage(tr("Signing out…"));
    const QString platformUrl = m_core.platform().config().platformUrl.toString();
    m_core.platform().logout([self, platformUrl](const Error &e) {
        if (!self)
            return;
        self->audit(QStringLiteral("sign_out"), platformUrl, {}, e);
        if (e)
            return self->report(tr("Sign out"), e);
        self->statusBar()->showMessage(tr("Signed out."), 5000);
    });
}

void MainWindow::report(const QString &what, const Error &error)
{
    statusBar()->showMessage(what + QStringLiteral(": ") + error.message, 20000);
    QMessageBox box(error.kind == ErrorKind::Usage ? QMessageBox::Information : QMessageBox::Warning, what,
                    error.message, QMessageBox::Ok, this);
    box.exec();
}

void MainWindow::newTask()
{
    auto *dialog = new NewTaskDialog(m_core.taskService(), m_core.accounts().accounts(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewTaskDialog::taskCreated, this, [this](const Task &t) {
        statusBar()->showMessage(tr("Sent %1 to %2.").arg(t.displayTitle(), providerDisplayName(t.provider)), 8000);
        selectTask(t.id);
    });
    dialog->open();
}

void MainWindow::approvePlan()
{
    const QString id = currentTaskId();
    QPointer<MainWindow> self(this);
    statusBar()->showMessage(tr("Approving the plan…"));
    m_core.taskService().approvePlan(id, [self, id](const Outcome<Task> &r) {
        if (!self)
            return;
        self->audit(QStringLiteral("approve_plan"), id, {}, r.error);
        if (!r.ok())
            return self->report(tr("Approve plan"), r.error);
        self->statusBar()->showMessage(tr("Plan approved."), 5000);
        self->updateActions();
    });
}

void MainWindow::sendMessage()
{
    const QString id = currentTaskId();
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Send Message"), tr("Message for the agent:"), {}, &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    QPointer<MainWindow> self(this);
    statusBar()->showMessage(tr("Sending…"));
    m_core.taskService().sendMessage(id, text, [self, id, text](const Outcome<Task> &r) {
        if (!self)
            return;
        self->audit(QStringLiteral("send_message"), id, text.left(200), r.error);
        if (!r.ok())
            return self->report(tr("Send message"), r.error);
        self->statusBar()->showMessage(tr("Message sent."), 5000);
    });
}

void MainWindow::cancelTask()
{
    const QString id = currentTaskId();
    const auto task = m_core.tasks().task(id);
    if (!task)
        return;
    if (QMessageBox::question(this, tr("Cancel Task"),
                              tr("Stop \"%1\" at %2? This cannot be undone.")
                                  .arg(task->displayTitle(), providerDisplayName(task->provider)))
        != QMessageBox::Yes)
        return;
    QPointer<MainWindow> self(this);
    m_core.taskService().cancel(id, [self, id](const Outcome<Task> &r) {
        if (!self)
            return;
        self->audit(QStringLiteral("cancel"), id, {}, r.error);
        if (!r.ok())
            return self->report(tr("Cancel"), r.error);
        self->statusBar()->showMessage(tr("Cancelled upstream."), 5000);
    });
}

void MainWindow::deleteTask()
{
    const QString id = currentTaskId();
    const auto task = m_core.tasks().task(id);
    if (!task)
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete Task"),
                    tr("Delete \"%1\" from AgentDesk?").arg(task->displayTitle()), QMessageBox::NoButton, this);
    QCheckBox *upstream = nullptr;
    if (m_core.taskService().whyNot(*task, Operation::Delete).isEmpty() && !task->externalId.isEmpty()) {
        upstream = new QCheckBox(tr("Also delete it at %1").arg(providerDisplayName(task->provider)), &box);
        box.setCheckBox(upstream);
    }
    box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == static_cast<QAbstractButton *>(keep))
        return;
    QPointer<MainWindow> self(this);
    const bool alsoUpstream = upstream && upstream->isChecked();
    m_core.taskService().remove(id, alsoUpstream, [self, id, alsoUpstream](const Outcome<Done> &r) {
        if (!self)
            return;
        self->audit(QStringLiteral("delete"), id, alsoUpstream ? tr("also upstream") : tr("local only"), r.error);
        if (!r.ok())
            return self->report(tr("Delete"), r.error);
        self->statusBar()->showMessage(tr("Deleted."), 5000);
    });
}

void MainWindow::refreshSelected()
{
    const QString id = currentTaskId();
    QPointer<MainWindow> self(this);
    m_syncState->setText(tr("Syncing…"));
    m_core.taskService().sync(id, [self](const Outcome<Task> &r) {
        if (!self)
            return;
        self->m_syncState->clear();
        if (!r.ok())
            return self->report(tr("Refresh"), r.error);
        self->updateActions();
    });
}

void MainWindow::refreshAll()
{
    m_core.refresher().refreshAllNow();
}

void MainWindow::openAccounts()
{
    auto *dialog = new AccountsDialog(m_core.accountService(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openPullRequest()
{
    const auto task = m_core.tasks().task(currentTaskId());
    if (task && !task->result.prUrl.isEmpty())
        QDesktopServices::openUrl(QUrl(task->result.prUrl));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // With a tray, closing the window keeps AgentDesk watching; Quit really quits.
    if (m_tray && !m_quitting && m_settings->boolValue(Settings::CloseToTray)) {
        hide();
        updateOnScreenTask();
        if (!m_toldAboutTray) {
            m_toldAboutTray = true;
            m_tray->systemTrayIcon()->showMessage(tr("AgentDesk keeps running"),
                                                  tr("It will tell you when a task needs you. Quit from the tray menu."));
        }
        event->ignore();
        return;
    }
    QSettings settings(m_core.paths().settingsFile(), QSettings::IniFormat);
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace agentdesk
