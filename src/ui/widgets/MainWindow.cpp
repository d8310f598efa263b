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
#include "worker/WorkerController.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
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
#include <QTreeView>

namespace agentdesk {

MainWindow::MainWindow(CoreContext &core, QWidget *parent)
    : QMainWindow(parent), m_core(core), m_model(new TaskListModel(core.tasks(), this)),
      m_proxy(new TaskFilterProxyModel(this)), m_worker(new WorkerController(core, this))
{
    setWindowTitle(tr("AgentDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/agentdesk.svg")));
    m_proxy->setSourceModel(m_model);
    buildActions();
    buildLayout();
    m_model->reload();
    m_view->sortByColumn(TaskListModel::UpdatedColumn, Qt::DescendingOrder);

    connect(m_model, &TaskListModel::needsYouCountChanged, this, &MainWindow::updateStatusBar);
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
    m_signOut = make(tr("Sign &Out of Platform"), QStringLiteral("system-log-out"), QKeySequence(), &MainWindow::signOut);
    m_workerStart = make(tr("&Start Worker"), QStringLiteral("media-playback-start"), QKeySequence(tr("Ctrl+Shift+R")),
                         &MainWindow::startWorker);
    m_workerStop = make(tr("S&top Worker"), QStringLiteral("media-playback-stop"), QKeySequence(tr("Ctrl+Shift+T")),
                        &MainWindow::stopWorker);
    m_workerHandBack = make(tr("Stop Worker and &Hand Back Sessions"), QStringLiteral("media-eject"), QKeySequence(),
                            &MainWindow::stopWorkerAndHandBack);
    m_find = new QAction(tr("&Find"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(m_find);
    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_newTask, m_accounts});
    file->addSeparator();
    file->addActions({m_signIn, m_signOut});
    file->addSeparator();
    file->addAction(m_quit);
    QMenu *task = menuBar()->addMenu(tr("&Task"));
    task->addActions({m_approve, m_message, m_cancel, m_delete});
    task->addSeparator();
    task->addActions({m_openPr, m_refresh, m_refreshAll});
    QMenu *worker = menuBar()->addMenu(tr("&Worker"));
    worker->addActions({m_workerStart, m_workerStop, m_workerHandBack});
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_find);

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
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
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
    return {};
}

void MainWindow::startWorker()
{
    if (const Error e = m_worker->start(workerSettings())) {
        m_workerDock->show();
        report(tr("The worker cannot start"), e);
    }
}

void MainWindow::stopWorker()
{
    m_worker->stop(false);
}

void MainWindow::stopWorkerAndHandBack()
{
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
    const int needs = m_model->needsYouCount();
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
    m_core.platform().logout([self](const Error &e) {
        if (!self)
            return;
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
    m_core.taskService().approvePlan(id, [self](const Outcome<Task> &r) {
        if (!self)
            return;
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
    m_core.taskService().sendMessage(id, text, [self](const Outcome<Task> &r) {
        if (!self)
            return;
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
    m_core.taskService().cancel(id, [self](const Outcome<Task> &r) {
        if (!self)
            return;
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
    m_core.taskService().remove(id, upstream && upstream->isChecked(), [self](const Outcome<Done> &r) {
        if (!self)
            return;
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
    QSettings settings(m_core.paths().settingsFile(), QSettings::IniFormat);
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace agentdesk
