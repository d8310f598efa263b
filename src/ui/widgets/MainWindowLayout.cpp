// MainWindow's layout: the widgets it is made of, its menus and toolbar, its status bar.
// The wiring and the behaviour are in MainWindow.cpp.
#include "MainWindow.h"

#include "app/CoreContext.h"
#include "app/WorkerController.h"
#include "config/Settings.h"
#include "ui/controllers/PlatformStatus.h"
#include "ui/controllers/TaskActions.h"
#include "ui/controllers/WindowDialogs.h"
#include "ui/controllers/WorkerActions.h"
#include "ui/widgets/AccountTroubleBanner.h"
#include "ui/widgets/TaskDetailView.h"
#include "ui/widgets/TaskFilterBar.h"
#include "ui/widgets/TaskListView.h"
#include "ui/widgets/WorkerPanel.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace agentdesk {

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_newTask, m_accounts, m_export});
    file->addSeparator();
    file->addActions({m_platformStatus->signIn(), m_platformStatus->signOut()});
    file->addSeparator();
    file->addAction(m_openSettings);
    file->addSeparator();
    file->addAction(m_quit);
    QMenu *task = menuBar()->addMenu(tr("&Task"));
    task->addActions({m_taskActions->approve(), m_taskActions->reply(), m_taskActions->cancel(),
                      m_taskActions->remove(), m_taskActions->hide()});
    task->addSeparator();
    task->addActions({m_taskActions->openPullRequest(), m_taskActions->sendFailure(), m_taskActions->sendReview()});
    task->addSeparator();
    task->addActions({m_taskActions->refresh(), m_taskActions->refreshAll(), m_taskActions->stopWaiting()});
    task->addSeparator();
    task->addAction(m_nextNeedingYou);
    QMenu *worker = menuBar()->addMenu(tr("&Worker"));
    worker->addActions({m_workerActions->start(), m_workerActions->stop(), m_workerActions->handBack()});
    worker->addSeparator();
    worker->addAction(m_workerSetup);
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addActions({m_palette, m_find, m_auditTrail, m_showHidden});
    m_viewMenu->addMenu(tr("&Filter"))->addActions(m_filterBar->actions());
    addActions(m_filterBar->actions()); // also in the command palette
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_doNotDisturb);
    QAction *toggleWorker = m_workerDock->toggleViewAction();
    toggleWorker->setText(tr("&Worker Panel"));
    toggleWorker->setShortcut(QKeySequence(tr("Ctrl+Shift+W")));
    m_viewMenu->addAction(toggleWorker);
    addAction(toggleWorker);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({m_newTask, m_taskActions->approve(), m_taskActions->reply(), m_taskActions->cancel(),
                     m_taskActions->remove(), m_taskActions->refresh()});
}

void MainWindow::buildLayout()
{
    QWidget *left = buildTaskList();
    QWidget *right = buildDetailSide();
    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    left->setMinimumWidth(280);
    right->setMinimumWidth(240);
    setCentralWidget(m_splitter);
    buildWorkerDock();
    setTabOrder(m_filterBar->lastInTabOrder(), m_view);
    setTabOrder(m_view, m_detail->timeline());
    setTabOrder(m_detail->timeline(), m_detail->replyEdit());
    buildStatusBar();

    connect(m_filterBar, &TaskFilterBar::changed, this, &MainWindow::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onSelectionChanged);
    connect(m_view, &QTreeView::doubleClicked, m_taskActions->openPullRequest(), &QAction::trigger);
}

// The left side: filters, the account trouble banner, and the list (or, with no account
// yet, what AgentDesk is and the first step).
QWidget *MainWindow::buildTaskList()
{
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_filterBar = new TaskFilterBar(left);
    leftLayout->addWidget(m_filterBar);
    m_troubleBanner = new AccountTroubleBanner(m_core.health(), left);
    connect(m_troubleBanner, &AccountTroubleBanner::retryRequested, m_taskActions->refreshAll(), &QAction::trigger);
    connect(m_troubleBanner, &AccountTroubleBanner::accountsRequested, m_dialogs, &WindowDialogs::openAccounts);
    leftLayout->addWidget(m_troubleBanner);

    m_view = new TaskListView(left);
    m_view->setModel(m_proxy);
    connect(m_view, &TaskListView::firstPainted, this, &MainWindow::startDeferredWork);
    m_emptyState = buildEmptyState(left);
    m_listStack = new QStackedWidget(left);
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_emptyState);
    leftLayout->addWidget(m_listStack, 1);
    return left;
}

QWidget *MainWindow::buildEmptyState(QWidget *parent)
{
    auto *empty = new QWidget(parent);
    auto *emptyLayout = new QVBoxLayout(empty);
    auto *emptyText =
        new QLabel(tr("<h3>One console for your coding agents</h3>"
                      "<p>AgentDesk sends tasks to Google Jules, Devin, Cursor, OpenAI Codex and GitHub Copilot, "
                      "and shows every task they run — started here or anywhere else — in one live list. "
                      "It tells you when one needs you.</p>"
                      "<p>Start by adding a provider account: its key stays in your system keychain.</p>"),
                   empty);
    emptyText->setWordWrap(true);
    emptyText->setTextFormat(Qt::RichText);
    auto *addAccount = new QPushButton(tr("&Add Account…"), empty);
    connect(addAccount, &QPushButton::clicked, m_dialogs, &WindowDialogs::openAccounts);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(addAccount, 0, Qt::AlignLeft);
    emptyLayout->addStretch(2);
    return empty;
}

// The right side: the "maybe stuck" banner over the selected task.
QWidget *MainWindow::buildDetailSide()
{
    m_detail = new TaskDetailView(m_core.tasks(), this);
    m_detail->setPrices(m_core.ledger().prices());
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
            m_detail->focusReply();
        else
            m_taskActions->cancelTask(currentTaskId());
    });
    rightLayout->addWidget(m_stuckBanner);
    rightLayout->addWidget(m_detail, 1);
    return right;
}

void MainWindow::buildWorkerDock()
{
    m_workerPanel = new WorkerPanel(
        *m_worker, [this] { return workerSettings(); }, this);
    m_workerDock = new QDockWidget(tr("Worker"), this);
    m_workerDock->setObjectName(QStringLiteral("workerDock"));
    m_workerDock->setWidget(m_workerPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_workerDock);
    resizeDocks({m_workerDock}, {260}, Qt::Vertical); // the task list stays the main thing
    m_workerDock->hide();                             // until the operator opens it, or a worker runs
    connect(m_workerPanel, &WorkerPanel::taskActivated, this, &MainWindow::selectTask);
    connect(m_worker, &WorkerController::modeChanged, this, [this](WorkerController::Mode mode) {
        if (mode != WorkerController::Mode::Idle)
            m_workerDock->show();
    });
}

void MainWindow::buildStatusBar()
{
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_syncState = new QLabel(this);
    m_platformState = new QLabel(this);
    m_platformState->setAccessibleName(tr("Platform sign-in"));
    m_platformState->setTextFormat(Qt::RichText);
    // Reachable by keyboard: Tab stops on the link, Enter follows it.
    m_platformState->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_platformState->setFocusPolicy(Qt::TabFocus);
    connect(m_platformState, &QLabel::linkActivated, m_platformStatus, &PlatformStatus::activate);
    statusBar()->addPermanentWidget(m_syncState);
    statusBar()->addPermanentWidget(m_platformState);
    statusBar()->addPermanentWidget(m_counts);
}

} // namespace agentdesk
