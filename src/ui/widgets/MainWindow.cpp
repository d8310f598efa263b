#include "MainWindow.h"

#include "app/CoreContext.h"
#include "app/WorkerSetup.h"
#include "attention/AttentionModel.h"
#include "config/Settings.h"
#include "ui/controllers/AttentionPresenter.h"
#include "ui/controllers/PlatformStatus.h"
#include "ui/controllers/Prompter.h"
#include "ui/controllers/TaskActions.h"
#include "ui/controllers/WindowDialogs.h"
#include "ui/controllers/WorkerActions.h"
#include "ui/dialogs/CommandPalette.h"
#include "ui/models/TaskFilterProxyModel.h"
#include "ui/models/TaskListModel.h"
#include "ui/widgets/AccountTroubleBanner.h"
#include "ui/widgets/TaskDetailView.h"
#include "ui/widgets/TaskFilterBar.h"
#include "ui/widgets/TaskListView.h"
#include "ui/widgets/TrayIcon.h"
#include "ui/widgets/WorkerPanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace agentdesk {

MainWindow::MainWindow(CoreContext &core, QWidget *parent)
    : QMainWindow(parent), m_core(core), m_prompter(std::make_unique<WidgetPrompter>(this)),
      m_model(new TaskListModel(core.tasks(), this)), m_proxy(new TaskFilterProxyModel(this)),
      m_settings(new Settings(core.paths().settingsFile(), this)),
      m_attention(new AttentionModel(core.tasks(), core.clock(), this)), m_worker(new WorkerController(core, this)),
      m_setup(new WorkerSetup(core, this)),
      m_taskActions(new TaskActions(
          {core.actions(), core.taskService(), core.refresher(), core.adoption(), core.changes(), core.pullRequests()},
          *m_prompter, this)),
      m_platformStatus(new PlatformStatus(core.platform(), core.actions(), *m_prompter, this)),
      m_workerActions(new WorkerActions(
          *m_worker, core.actions(), [this] { return workerSettings(); }, this)),
      m_presenter(new AttentionPresenter(core.platform(), core.taskService(), *m_attention, *m_settings, *m_worker,
                                         core.budgetGuard(), this)),
      m_dialogs(new WindowDialogs({core.taskService(), core.actions(), core.accountService(), core.accounts(),
                                   core.platform(), *m_setup, core.paths().settingsFile()},
                                  *m_settings, this))
{
    setWindowTitle(tr("AgentDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/agentdesk.svg")));
    // A cancelled unlock prompt is not asked again on every refresh: the banner's Retry
    // asks again (see CredentialResolver).
    core.credentials().setHoldWhenLocked(true);
    m_proxy->setSourceModel(m_model);
    buildActions();
    buildLayout();
    buildMenus();
    m_model->setPrices(m_core.ledger().prices());
    m_model->reload();
    m_view->sortByColumn(TaskListModel::UpdatedColumn, Qt::DescendingOrder);

    connectModel();
    connectControllers();
    connectPresenter();

    // "3 min ago" stays true.
    auto *clock = new QTimer(this);
    clock->start(60 * 1000);
    connect(clock, &QTimer::timeout, m_model, &TaskListModel::refreshRelativeTimes);

    restoreWindow();
    updateStatusBar();
    updateEmptyState();
    onSelectionChanged();
}

MainWindow::~MainWindow() = default;

WorkerController::Settings MainWindow::workerSettings() const
{
    const Settings &s = *m_settings;
    WorkerController::Settings w;
    w.agentId = s.stringValue(Settings::WorkerAgent);
    w.concurrency = s.intValue(Settings::WorkerConcurrency);
    w.leaseSeconds = s.intValue(Settings::WorkerLeaseSeconds);
    w.pollSeconds = s.intValue(Settings::WorkerPollSeconds);
    w.listen = s.boolValue(Settings::WorkerListen);
    w.listenPort = quint16(s.intValue(Settings::WorkerListenPort));
    return w;
}

void MainWindow::connectModel()
{
    // The window shows its first page of tasks before anything else is read (see
    // eventFilter: the rest follows the first paint).
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        updateStatusBar();
        updateEmptyState();
        if (!m_pendingSelection.isEmpty())
            selectTask(m_pendingSelection);
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        if (!m_pendingSelection.isEmpty())
            selectTask(m_pendingSelection);
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatusBar);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatusBar);
    // The counts follow what the view shows.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatusBar);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatusBar);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatusBar);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatusBar);
    connect(&m_core.refresher(), &TaskRefresher::busyChanged, this,
            [this](bool busy) { m_syncState->setText(busy ? tr("Syncing…") : QString()); });
    connect(&m_core.refresher(), &TaskRefresher::refreshFailed, this, [this](const QString &id, const Error &e) {
        // The task by its title, as the list names it (the id only when it has none).
        const std::optional<Task> task = m_core.tasks().task(id);
        const QString name = task ? QStringLiteral("\u201C%1\u201D").arg(task->displayTitle().left(60)) : id;
        statusBar()->showMessage(tr("Could not refresh %1: %2").arg(name, e.message), 15000);
    });
    connect(&m_core.tasks(), &Store::failed, this,
            [this](const Error &e) { statusBar()->showMessage(e.message, 30000); });
    connect(&m_core.accounts(), &AccountStore::accountsChanged, this, &MainWindow::updateEmptyState);
    connect(&m_core.changes(), &ChangeWatcher::reloadNeeded, m_model, &TaskListModel::reload);
    m_model->followAccountHealth(m_core.health());
    connect(&m_core.integrity(), &IntegrityCheck::damaged, this,
            [this](const Error &e) { report(tr("The database is damaged"), e); });
}

void MainWindow::connectControllers()
{
    connect(m_dialogs, &WindowDialogs::statusMessage, this,
            [this](const QString &text, int ms) { statusBar()->showMessage(text, ms); });
    connect(m_dialogs, &WindowDialogs::failed, this, &MainWindow::report);
    connect(m_workerActions, &WorkerActions::signInRequested, this, [this](const QString &why) {
        statusBar()->showMessage(why, 15000);
        m_dialogs->signIn();
    });
    connect(m_dialogs, &WindowDialogs::taskCreated, this, &MainWindow::selectTask);
    connect(m_dialogs, &WindowDialogs::accountsChanged, this, &MainWindow::updateEmptyState);
    connect(m_taskActions, &TaskActions::statusMessage, this,
            [this](const QString &text, int ms) { statusBar()->showMessage(text, ms); });
    connect(m_taskActions, &TaskActions::failed, this, &MainWindow::report);
    connect(m_taskActions, &TaskActions::replyRequested, this, [this] { m_detail->focusReply(); });
    connect(m_taskActions, &TaskActions::messageSent, m_detail, &TaskDetailView::clearDraft);
    connect(m_taskActions, &TaskActions::busyChanged, this, [this](const QString &id, bool busy) {
        if (id == m_detail->taskId())
            m_detail->setReplyBusy(busy);
    });
    connect(m_detail, &TaskDetailView::sendRequested, m_taskActions, &TaskActions::sendMessage);
    connect(m_detail, &TaskDetailView::approveRequested, m_taskActions, &TaskActions::approvePlan);
    connect(m_detail, &TaskDetailView::sendFailureRequested, m_taskActions,
            [this](const QString &taskId) { m_taskActions->sendFeedback(taskId, Feedback::CiFailure); });
    connect(m_detail, &TaskDetailView::sendReviewRequested, m_taskActions,
            [this](const QString &taskId) { m_taskActions->sendFeedback(taskId, Feedback::Review); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        m_taskActions->update();
        updateReplyBox();
    });

    connect(m_platformStatus, &PlatformStatus::changed, this, [this] {
        m_platformState->setText(m_platformStatus->text());
        m_platformState->setToolTip(m_platformStatus->toolTip());
    });
    connect(m_platformStatus, &PlatformStatus::signInRequested, m_dialogs, &WindowDialogs::signIn);
    connect(m_platformStatus, &PlatformStatus::statusMessage, this,
            [this](const QString &t, int ms) { statusBar()->showMessage(t, ms); });
    connect(m_platformStatus, &PlatformStatus::failed, this,
            [this](const QString &what, const QString &m) { report(what, Error::provider(m)); });
    m_platformState->setText(m_platformStatus->text());
    m_platformState->setToolTip(m_platformStatus->toolTip());
}

void MainWindow::connectPresenter()
{
    connect(m_workerActions, &WorkerActions::failed, this, [this](const QString &what, const Error &e) {
        m_workerDock->show();
        report(what, e);
    });
    connect(m_presenter, &AttentionPresenter::countChanged, this, &MainWindow::updateStatusBar);
    connect(m_presenter, &AttentionPresenter::stuckChanged, this, &MainWindow::updateStuckBanner);
    connect(m_presenter, &AttentionPresenter::showWindowRequested, this, &MainWindow::showFromTray);
    connect(m_presenter, &AttentionPresenter::quitRequested, this, &MainWindow::quit);
    connect(m_presenter, &AttentionPresenter::openRequested, this, &MainWindow::selectTask);
    connect(m_presenter, &AttentionPresenter::workerPanelRequested, this, [this] { m_workerDock->show(); });
    connect(m_presenter, &AttentionPresenter::signInRequested, m_dialogs, &WindowDialogs::signIn);
    connect(m_presenter, &AttentionPresenter::approveRequested, this, [this](const QString &taskId) {
        selectTask(taskId);
        m_taskActions->approvePlan(taskId);
    });
    connect(m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::RefreshRunningSeconds || key == Settings::RefreshWaitingSeconds)
            applyRefreshSettings();
        m_presenter->applySettings();
        m_doNotDisturb->setChecked(m_settings->boolValue(Settings::DoNotDisturb));
    });
    m_presenter->applySettings(); // the refresher's intervals are the caller's to set at start (see agentdesk.cpp)
    m_doNotDisturb->setChecked(m_settings->boolValue(Settings::DoNotDisturb));
}

QAction *MainWindow::signInAction() const
{
    return m_platformStatus->signIn();
}

QAction *MainWindow::signOutAction() const
{
    return m_platformStatus->signOut();
}

TrayIcon *MainWindow::trayIcon() const
{
    return m_presenter->tray();
}

void MainWindow::buildActions()
{
    auto make = [this](const QString &text, const QString &icon, const QKeySequence &key) {
        auto *a = new QAction(QIcon::fromTheme(icon), text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        a->setProperty("baseToolTip",
                       QString(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")) + QStringLiteral(" (")
                               + key.toString(QKeySequence::NativeText) + QLatin1Char(')')));
        a->setToolTip(a->property("baseToolTip").toString());
        return a;
    };
    m_newTask = make(tr("&New Task…"), QStringLiteral("document-new"), QKeySequence::New);
    connect(m_newTask, &QAction::triggered, m_dialogs, &WindowDialogs::newTask);
    m_accounts = make(tr("A&ccounts…"), QStringLiteral("dialog-password"), QKeySequence(tr("Ctrl+Shift+U")));
    connect(m_accounts, &QAction::triggered, m_dialogs, &WindowDialogs::openAccounts);
    m_palette = make(tr("&Command Palette…"), QStringLiteral("system-search"), QKeySequence(tr("Ctrl+K")));
    connect(m_palette, &QAction::triggered, this, &MainWindow::openCommandPalette);
    m_openSettings = make(tr("Se&ttings…"), QStringLiteral("preferences-system"), QKeySequence(tr("Ctrl+,")));
    connect(m_openSettings, &QAction::triggered, m_dialogs, &WindowDialogs::openSettings);
    m_auditTrail = make(tr("Au&dit Trail…"), QStringLiteral("document-properties"), QKeySequence(tr("Ctrl+Shift+L")));
    connect(m_auditTrail, &QAction::triggered, m_dialogs, &WindowDialogs::openAuditTrail);
    m_workerSetup = new QAction(tr("&Routes and Webhook Key…"), this);
    connect(m_workerSetup, &QAction::triggered, m_dialogs, &WindowDialogs::openWorkerSetup);
    m_export = make(tr("&Export Tasks…"), QStringLiteral("document-save-as"), QKeySequence(tr("Ctrl+E")));
    connect(m_export, &QAction::triggered, this, [this] { m_dialogs->exportTasks(*m_proxy); });
    m_nextNeedingYou = make(tr("&Next Task That Needs You"), QStringLiteral("go-next"), QKeySequence(tr("Ctrl+J")));
    connect(m_nextNeedingYou, &QAction::triggered, this, &MainWindow::selectNextNeedingYou);
    m_doNotDisturb = new QAction(tr("&Do Not Disturb"), this);
    m_doNotDisturb->setCheckable(true);
    m_doNotDisturb->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    connect(m_doNotDisturb, &QAction::toggled, this,
            [this](bool on) { m_settings->setValue(Settings::DoNotDisturb, on); });
    m_showHidden = new QAction(tr("Show &Hidden Tasks"), this);
    m_showHidden->setCheckable(true);
    connect(m_showHidden, &QAction::toggled, this, &MainWindow::applyFilter);
    m_find = new QAction(tr("&Find"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] { m_filterBar->focusSearch(); }); // built after the actions
    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &MainWindow::quit);

    addActions({m_workerSetup, m_newTask, m_accounts, m_palette, m_openSettings, m_auditTrail, m_export,
                m_nextNeedingYou, m_doNotDisturb, m_showHidden, m_find, m_quit, m_platformStatus->signIn(),
                m_platformStatus->signOut(), m_workerActions->start(), m_workerActions->stop(),
                m_workerActions->handBack()});
    addActions(m_taskActions->all());
}

void MainWindow::restoreWindow()
{
    QSettings settings(m_core.paths().settingsFile(), QSettings::IniFormat);
    if (settings.contains(QStringLiteral("window/geometry"))) {
        restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
        restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
        m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
        fitIntoScreen();
        // Again once shown, when the window manager's frame is known.
        QTimer::singleShot(0, this, &MainWindow::fitIntoScreen);
        return;
    }
    // First start: fit the screen we are on, without covering all of it.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(std::min(1180, available.width() * 9 / 10), std::min(720, available.height() * 9 / 10));
}

// A window saved on a larger screen (or at another scale) comes back whole on this one:
// no status bar or detail pane off-screen.
void MainWindow::fitIntoScreen()
{
    if (isMaximized() || isFullScreen() || !screen())
        return;
    const QRect available = screen()->availableGeometry();
    const QSize frameExtra = frameGeometry().size() - geometry().size();
    const QSize room = available.size() - frameExtra;
    if (width() > room.width() || height() > room.height())
        resize(std::min(width(), room.width()), std::min(height(), room.height()));
    QRect frame = frameGeometry();
    frame.moveLeft(
        std::clamp(frame.left(), available.left(), std::max(available.left(), available.right() - frame.width() + 1)));
    frame.moveTop(
        std::clamp(frame.top(), available.top(), std::max(available.top(), available.bottom() - frame.height() + 1)));
    move(frame.topLeft());
}

void MainWindow::saveWindow()
{
    QSettings settings(m_core.paths().settingsFile(), QSettings::IniFormat);
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
}

void MainWindow::applyRefreshSettings()
{
    TaskRefresher::Intervals intervals = m_core.refresher().intervals();
    intervals.runningMs = m_settings->intValue(Settings::RefreshRunningSeconds) * 1000;
    intervals.waitingMs = m_settings->intValue(Settings::RefreshWaitingSeconds) * 1000;
    m_core.refresher().setIntervals(intervals);
}

void MainWindow::updateOnScreenTask()
{
    m_presenter->setOnScreenTask(isVisible() && isActiveWindow() ? currentTaskId() : QString());
}

void MainWindow::updateStuckBanner()
{
    const QString text = m_presenter->stuckBanner(currentTaskId());
    m_stuckBanner->setText(text);
    m_stuckBanner->setVisible(!text.isEmpty());
}

void MainWindow::updateReplyBox()
{
    const QString id = currentTaskId();
    const QString why = id.isEmpty() ? QString() : m_taskActions->whyNoMessage(id);
    m_detail->setReplyAllowed(!id.isEmpty() && why.isEmpty(), why);
}

void MainWindow::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0 && m_core.accounts().accounts().isEmpty();
    m_listStack->setCurrentWidget(empty ? m_emptyState : static_cast<QWidget *>(m_view));
}

void MainWindow::startDeferredWork()
{
    if (m_deferredStarted)
        return;
    m_deferredStarted = true;
    // From the event loop, after the paint under way: the rest of the list, what needs
    // the operator, and whatever the caller waits for (the refresher, see agentdesk.cpp).
    QTimer::singleShot(0, this, [this] {
        m_attention->load();
        m_model->startBackgroundLoading();
        Q_EMIT deferredWorkStarted();
    });
}

void MainWindow::selectNextNeedingYou()
{
    if (!m_view->selectNextNeedingYou())
        statusBar()->showMessage(tr("Nothing needs you right now."), 4000);
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
        if (!m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0)).isValid()) {
            m_filterBar->clear();
            m_showHidden->setChecked(true);
        }
        selectTask(id);
        m_view->setFocus();
    });
    palette->show();
    palette->queryEdit()->setFocus();
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
    if (event->type() == QEvent::ActivationChange) {
        updateOnScreenTask();
        // Focusing the window picks up what other processes wrote meanwhile, and tasks
        // started in a provider's own app (the operator may just have come from there).
        if (isActiveWindow()) {
            m_core.changes().check();
            m_core.adoption().lookSoon();
        }
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::applyFilter()
{
    TaskFilter f = m_filterBar->filter();
    f.showHidden = m_showHidden->isChecked();
    m_proxy->setFilter(f);
    updateStatusBar();
}

QString MainWindow::exportVisibleTasks(const QString &path) const
{
    return m_dialogs->exportTasksTo(*m_proxy, path);
}

QTreeView *MainWindow::taskView() const
{
    return m_view;
}

QString MainWindow::currentTaskId() const
{
    return m_view->currentIndex().data(TaskListModel::TaskIdRole).toString();
}

void MainWindow::selectTask(const QString &taskId)
{
    const int row = m_model->rowOf(taskId);
    if (row < 0) {
        m_pendingSelection = taskId; // not listed yet: select it when it arrives
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_pendingSelection = taskId; // listed, not shown yet (the list sorts it in a moment)
        return;
    }
    m_pendingSelection.clear();
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void MainWindow::onSelectionChanged()
{
    const QString id = currentTaskId();
    if (!id.isEmpty())
        m_pendingSelection.clear(); // the operator (or selectTask) chose; nothing waits any more
    if (id != m_detail->taskId())
        m_detail->showTask(id);
    m_taskActions->setCurrentTask(id);
    updateReplyBox();
    updateOnScreenTask();
    updateStuckBanner();
}

void MainWindow::updateStatusBar()
{
    // What the list holds, from the rows the view has (the proxy's, which follow the
    // model's on a short timer): "X of N" only while the operator narrows the list.
    const TaskFilterProxyModel::Counts counts = m_proxy->counts();
    const int shown = m_proxy->rowCount();
    const int needs = m_presenter->count();
    QString text =
        m_proxy->isNarrowed() ? tr("%1 of %2 tasks").arg(shown).arg(counts.listed) : tr("%n task(s)", nullptr, shown);
    if (counts.hidden > 0)
        text += QStringLiteral(" · ") + tr("%n hidden", nullptr, counts.hidden);
    if (needs > 0)
        text += QStringLiteral(" · ") + tr("%n need(s) you", nullptr, needs);
    m_counts->setText(text);
    setWindowTitle(needs > 0 ? tr("AgentDesk (%1)").arg(needs) : tr("AgentDesk"));
}

void MainWindow::report(const QString &what, const Error &error)
{
    statusBar()->showMessage(what + QStringLiteral(": ") + error.message, 20000);
    auto *box = new QMessageBox(error.kind == ErrorKind::Usage ? QMessageBox::Information : QMessageBox::Warning, what,
                                error.message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // With a tray, closing the window keeps AgentDesk watching; Quit really quits.
    if (trayIcon() && !m_quitting && m_settings->boolValue(Settings::CloseToTray)) {
        hide();
        updateOnScreenTask();
        if (!m_toldAboutTray) {
            m_toldAboutTray = true;
            trayIcon()->systemTrayIcon()->showMessage(
                tr("AgentDesk keeps running"), tr("It will tell you when a task needs you. Quit from the tray menu."));
        }
        event->ignore();
        return;
    }
    saveWindow();
    QMainWindow::closeEvent(event);
}

} // namespace agentdesk
