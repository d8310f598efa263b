// One offscreen GUI test: create a task through the dialog, see it in the list, see
// its timeline update live as the fake Jules advances and the refresher syncs.
#include "OidcServerProcess.h"
#include "TestCore.h"
#include "TestMain.h"

#include "auth/PlatformSession.h"
#include "ui/dialogs/SignInDialog.h"
#include <QNetworkReply>
#include <QSqlQuery>

#include "app/WorkerHost.h"
#include "app/WorkerLock.h"
#include "attention/AttentionModel.h"
#include "config/Settings.h"
#include "fakes/FakePlatformServer.h"
#include "fakes/TestClock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/WorkerStore.h"
#include "tasks/TaskRefresher.h"
#include "ui/controllers/TaskActions.h"
#include "ui/dialogs/AccountsDialog.h"
#include "ui/dialogs/CommandPalette.h"
#include "ui/dialogs/NewTaskDialog.h"
#include "ui/dialogs/WorkerSetupDialog.h"
#include "ui/models/ActivityModel.h"
#include "ui/models/PaletteModel.h"
#include "ui/models/TaskFilterProxyModel.h"
#include "ui/models/TaskListModel.h"
#include "ui/models/WebhookDeliveryModel.h"
#include "ui/models/WorkerClaimsModel.h"
#include "ui/widgets/MainWindow.h"
#include "ui/widgets/TaskDetailView.h"
#include "ui/widgets/TrayIcon.h"
#include "ui/widgets/WorkerPanel.h"
#include "worker/WorkerMonitor.h"

#include <QDockWidget>
#include <QJsonArray>
#include <QTableView>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>

using namespace agentdesk;
using namespace agentdesk::testing;

namespace {
// A core as the window runs it: every write through the write queue.
struct WindowFixture : JulesFixture {
    WindowFixture() { queuedWrites = true; }

    // The newest audit entry's action, or empty while the queued write has not landed.
    QString lastAuditAction()
    {
        const auto entries = core->audit().entries(1).value;
        return entries.isEmpty() ? QString() : entries.first().action;
    }
};
} // namespace

class TestGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Another process holds the database's write lock (BEGIN IMMEDIATE): the window does
    // not wait for it. Hide is queued, nothing fails, and it lands once the lock is gone
    // (it froze the window for 10 s, two busy timeouts, then showed a database error).
    void theWindowDoesNotWaitForAnotherWriter()
    {
        WindowFixture fx;
        QVERIFY(fx.setUp());
        const Outcome<Task> created = fx.create(fx.newTask());
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        const QString id = created.value.id;
        MainWindow window(*fx.core);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.taskModel()->rowCount(), 1);
        window.taskView()->setCurrentIndex(window.taskView()->model()->index(0, 0));
        QTRY_COMPARE(window.currentTaskId(), id);

        Database other(fx.core->database().filePath()); // the other process's connection
        QVERIFY(!other.open());
        QSqlQuery hold(other.connection());
        QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QSignalSpy failures(window.taskActions(), &TaskActions::failed);
        window.taskActions()->hide()->trigger(); // returns at once: the write waits off this thread
        QCOMPARE(failures.count(), 0);
        QVERIFY(!fx.core->tasks().task(id)->hidden);
        QVERIFY(QSqlQuery(other.connection()).exec(QStringLiteral("COMMIT")));
        QTRY_VERIFY(fx.core->tasks().task(id)->hidden);
        QCOMPARE(failures.count(), 0);
    }

    void createThroughTheDialogAndWatchItLive()
    {
        WindowFixture fx;
        QVERIFY(fx.setUp());
        TaskRefresher::Intervals fast;
        fast.runningMs = fast.queuedMs = 50;
        fast.waitingMs = 100;
        fx.core->refresher().setIntervals(fast);
        MainWindow window(*fx.core);
        QAbstractItemModelTester listTester(window.taskModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(window.filterModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester timelineTester(window.detailView()->activityModel(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        fx.core->refresher().start();

        window.newTaskAction()->trigger();
        NewTaskDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<NewTaskDialog *>()) != nullptr);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // nothing typed yet
        auto *repo = dialog->findChild<QComboBox *>(QStringLiteral("repoEdit"));
        QTest::keyClicks(repo, QStringLiteral("not a url"));
        auto *repoError = dialog->findChild<QLabel *>(QStringLiteral("repoError"));
        QVERIFY(repoError->isVisibleTo(dialog)); // inline validation
        repo->setEditText(QStringLiteral("https://github.com/acme/widgets"));
        QVERIFY(!repoError->isVisibleTo(dialog));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("promptEdit")),
                         QStringLiteral("Fix the parser from the GUI"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);

        // The new task shows in the list and is selected.
        QTRY_COMPARE(window.taskModel()->rowCount(), 1);
        QTRY_VERIFY(!window.currentTaskId().isEmpty());
        const QString id = window.currentTaskId();
        const auto task = fx.core->tasks().task(id);
        QVERIFY(task);
        QCOMPARE(window.taskView()->model()->index(0, TaskListModel::TitleColumn).data().toString(),
                 QStringLiteral("Fix the parser from the GUI"));

        // The fake advances; without any user action the timeline grows and the task completes.
        ActivityModel *timeline = window.detailView()->activityModel();
        QCOMPARE(timeline->rowCount(), 0);
        fx.jules.setAutoAdvance(40);
        QTRY_VERIFY_WITH_TIMEOUT(timeline->rowCount() >= 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            window.taskView()->model()->index(0, TaskListModel::StatusColumn).data(TaskListModel::StatusRole).toInt(),
            int(TaskStatus::Completed), 10000);
        QCOMPARE(timeline->rowCount(), fx.jules.activityCount(task->externalId));
        QCOMPARE(timeline->index(timeline->rowCount() - 1).data(ActivityModel::TypeRole).toInt(),
                 int(ActivityType::Completion));
    }

    // An account that cannot be reached, or that rejects its key, shows as one lasting
    // banner (who, since when, Retry / Check the key) instead of a dialog per failed
    // refresh; it goes away with the first success.
    void aBrokenAccountShowsABannerUntilItWorksAgain()
    {
        WindowFixture fx;
        QVERIFY(fx.setUp());
        TaskRefresher::Intervals fast;
        fast.runningMs = fast.queuedMs = fast.waitingMs = 50;
        fast.errorMaxMs = 200;
        fx.core->refresher().setIntervals(fast);
        const auto created = fx.create(fx.newTask(false));
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        MainWindow window(*fx.core);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *banner = window.findChild<QLabel *>(QStringLiteral("accountTroubleBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());

        fx.jules.failNext(100000, 503, QStringLiteral("/sessions/"));
        fx.core->refresher().start();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY2(banner->text().contains(QStringLiteral("(work)")), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QStringLiteral("cannot be reached")), qPrintable(banner->text()));
        QVERIFY(window.findChildren<QMessageBox *>().isEmpty()); // no dialog for background trouble
        // Its tasks are shown dimmed, and say why.
        const QModelIndex row = window.taskModel()->index(0, TaskListModel::TitleColumn);
        QVERIFY2(row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("out of date")),
                 qPrintable(row.data(Qt::ToolTipRole).toString()));
        QVERIFY(row.data(Qt::ForegroundRole).isValid());

        fx.jules.clearFaults();
        fx.jules.failNext(100000, 401, QStringLiteral("/sessions/"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(QStringLiteral("rejects its key")), 10000);
        QVERIFY(banner->text().contains(QStringLiteral("href=\"accounts\"")));

        fx.jules.clearFaults();
        Q_EMIT banner->linkActivated(QStringLiteral("retry"));
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
        QVERIFY(!window.taskModel()
                     ->index(0, TaskListModel::TitleColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("out of date")));

        // Any answer for the account clears it, without Retry: here the operator's own sync.
        fx.core->refresher().stop();
        Error down = Error::provider(QStringLiteral("Jules: get session failed: no answer"));
        down.httpStatus = 503;
        fx.core->health().noteFailure(QStringLiteral("work"), down);
        QTRY_VERIFY(banner->isVisible());
        const auto synced = fx.sync(created.value.id);
        QVERIFY2(synced.ok(), qPrintable(synced.error.message));
        QTRY_VERIFY(!banner->isVisible());
    }

    // A locked keyring whose prompt was cancelled is asked once: no more key reads (each
    // would be another prompt) until the operator unlocks it and presses Retry.
    void aLockedKeyringIsAskedOnce()
    {
        WindowFixture fx;
        QVERIFY(fx.setUp());
        const auto created = fx.create(fx.newTask(false));
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        auto &keychain = static_cast<fakes::MemorySecretStore &>(fx.core->keychain());
        keychain.setLocked(true);
        fx.core->credentials().forget(QStringLiteral("work")); // the kept key is gone: it must be read
        TaskRefresher::Intervals fast;
        fast.runningMs = fast.queuedMs = fast.waitingMs = 30;
        fast.errorMaxMs = 60;
        fx.core->refresher().setIntervals(fast);
        MainWindow window(*fx.core);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *banner = window.findChild<QLabel *>(QStringLiteral("accountTroubleBanner"));
        QSignalSpy failures(&fx.core->refresher(), &TaskRefresher::refreshFailed);
        fx.core->refresher().start();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->text().contains(QStringLiteral("keyring is locked")),
                                 10000);
        const int reads = fx.core->credentials().keychainReads();
        QTRY_VERIFY_WITH_TIMEOUT(failures.size() >= 4, 10000);   // the refresher kept trying...
        QCOMPARE(fx.core->credentials().keychainReads(), reads); // ...without asking the keychain again
        QVERIFY(window.findChildren<QMessageBox *>().isEmpty());

        keychain.setLocked(false);
        Q_EMIT banner->linkActivated(QStringLiteral("retry"));
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
        QTRY_VERIFY(fx.core->credentials().keychainReads() > reads); // asked again, and it answers
    }

    // A stopped worker's open claim is not shown as running: no countdown, and its task's
    // state is said to be the last one seen.
    void aStoppedWorkersClaimsSayTheyAreNotRenewed()
    {
        WorkerClaimsModel claims;
        QAbstractItemModelTester tester(&claims, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ClaimView c;
        c.sessionId = QStringLiteral("ses_1");
        c.claimId = QStringLiteral("clm_1");
        c.phase = QStringLiteral("running");
        c.leaseExpiresAt = QDateTime::currentDateTimeUtc().addSecs(600);
        c.taskId = QStringLiteral("task_1");
        c.provider = QStringLiteral("jules");
        c.taskTitle = QStringLiteral("Fix the parser");
        c.taskStatus = QStringLiteral("running");
        claims.setClaims({c});
        QVERIFY(claims.index(0, WorkerClaimsModel::LeaseColumn).data().toString().contains(QStringLiteral("left")));
        claims.setWorkerRunning(false);
        QCOMPARE(claims.index(0, WorkerClaimsModel::LeaseColumn).data().toString(), QStringLiteral("not renewed"));
        QVERIFY(claims.index(0, WorkerClaimsModel::PhaseColumn).data().toString().contains(QStringLiteral("stopped")));
        QVERIFY(claims.index(0, WorkerClaimsModel::TaskColumn).data().toString().contains(QStringLiteral("last seen")));
        QSignalSpy ticks(&claims, &QAbstractItemModel::dataChanged);
        QVERIFY(!ticks.wait(1200)); // no countdown (the ticker beats every second)
    }

    // In German, with a 14-pt font, in a 1,000-px window, the title keeps its room: the
    // other columns give way (elided) before it does, and nothing scrolls sideways.
    void theTitleKeepsItsRoomInGermanWithALargeFont()
    {
        WindowFixture fx;
        QVERIFY(fx.setUp());
        const auto created = fx.create(fx.newTask(false));
        QVERIFY(created.ok());
        fx.core->taskService().markGone(created.value.id, Error::notFound(QStringLiteral("gone")));
        QTRY_VERIFY(fx.core->tasks().task(created.value.id)->goneAt.isValid());
        QVERIFY(fx.create(fx.newTask(true)).ok());
        QTranslator german; // removed again below: the other tests read English
        QVERIFY(german.load(QStringLiteral("agentdesk_de"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&german);
        const QFont before = QApplication::font();
        QFont large = before;
        large.setPointSize(14);
        QApplication::setFont(large);
        {
            MainWindow window(*fx.core);
            window.resize(1000, 700);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTreeView *view = window.taskView();
            QTRY_COMPARE(view->model()->rowCount(), 2);
            QTRY_VERIFY2(view->columnWidth(TaskListModel::TitleColumn) >= view->viewport()->width() * 2 / 5 - 1,
                         qPrintable(QStringLiteral("title %1 of %2 px")
                                        .arg(view->columnWidth(TaskListModel::TitleColumn))
                                        .arg(view->viewport()->width())));
            QVERIFY(!view->horizontalScrollBar()->isVisible());
        }
        QApplication::setFont(before);
        QCoreApplication::removeTranslator(&german);
    }

    // The status bar counts what the list holds: "N tasks" without a filter (hidden ones
    // counted apart), "X of N" only while the operator narrows the list.
    void countsSayWhatTheListHolds()
    {
        WindowFixture fx;
        QVERIFY(fx.setUp());
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            NewTask t = fx.newTask(false);
            t.prompt = QStringLiteral("Task number %1").arg(i);
            const Outcome<Task> created = fx.create(t);
            QVERIFY2(created.ok(), qPrintable(created.error.message));
            ids << created.value.id;
        }
        MainWindow window(*fx.core);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *counts = window.findChild<QLabel *>(QStringLiteral("countsLabel"));
        QVERIFY(counts);
        // (No catalogue is loaded here: English plurals read "task(s)".)
        QTRY_VERIFY2(counts->text().startsWith(QStringLiteral("3 task")), qPrintable(counts->text()));
        const auto hidden =
            await<Done>([&](auto ctx, auto done) { fx.core->actions().setHidden(ids.first(), true, ctx, done); });
        QVERIFY(hidden.ok());
        QTRY_VERIFY2(counts->text().startsWith(QStringLiteral("2 task"))
                         && counts->text().endsWith(QStringLiteral(" · 1 hidden")),
                     qPrintable(counts->text()));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("number 2"));
        QTRY_COMPARE(counts->text(), QStringLiteral("1 of 2 tasks · 1 hidden"));
    }

    // A window saved on a larger screen is restored whole on this one.
    void aWindowFromALargerScreenComesBackWhole()
    {
        WindowFixture fx;
        QVERIFY(fx.setUp());
        QByteArray saved;
        {
            MainWindow first(*fx.core);
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            const QRect available = first.screen()->availableGeometry();
            first.resize(available.width() + 400, available.height() + 300);
            first.move(available.right() - 200, available.bottom() - 100);
            saved = first.saveGeometry();
        }
        QSettings settings(fx.core->paths().settingsFile(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("window/geometry"), saved);
        settings.sync();
        MainWindow window(*fx.core);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        QTRY_VERIFY2(available.contains(window.frameGeometry()), "the window sticks out of the screen");
    }

    // The window fits a 1,024-px screen with room to spare, and selecting a task with a
    // long status does not squeeze the list's title column away.
    void fitsASmallScreen()
    {
        WindowFixture fx;
        QVERIFY(fx.setUp());
        NewTask t = fx.newTask(true);
        t.prompt =
            QStringLiteral("Upgrade the build to CMake presets and keep the old toolchain files working for a while");
        const auto created = fx.create(t);
        QVERIFY(created.ok());
        fx.jules.advance(created.value.externalId);
        fx.jules.advance(created.value.externalId);
        QVERIFY(fx.sync(created.value.id).ok()); // awaiting approval: the longest status line
        MainWindow window(*fx.core);
        const QSize minimum = window.minimumSizeHint();
        QVERIFY2(minimum.width() < 800, qPrintable(QString::number(minimum.width())));
        QVERIFY2(minimum.height() < 600, qPrintable(QString::number(minimum.height())));
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.taskModel()->rowCount(), 1);
        window.selectTask(created.value.id);
        QTRY_COMPARE(window.currentTaskId(), created.value.id);
        QTest::qWait(50); // let the layout settle
        QTreeView *view = window.taskView();
        QVERIFY2(view->columnWidth(TaskListModel::TitleColumn) >= 150,
                 qPrintable(QString::number(view->columnWidth(TaskListModel::TitleColumn))));
        QVERIFY(!view->horizontalScrollBar()->isVisible());
        // Keyboard: the first Down selects the first row, J and K move, Ctrl+J finds
        // what needs you. The refresher is stopped first: a refresh that lands between
        // two keys re-sorts the rows under them (the current task keeps its selection, so
        // its row number changes). The view shows the filter model, which takes new rows
        // in a moment after the list model: the keys wait for the view's rows.
        fx.core->refresher().stop();
        const Task second = fx.create(fx.newTask(false)).value;
        QTRY_COMPARE(window.taskModel()->rowCount(), 2);
        QTRY_COMPARE(view->model()->rowCount(), 2);
        view->setCurrentIndex({});
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentIndex().row(), 0);
        QTest::keyClick(view, Qt::Key_J);
        QCOMPARE(view->currentIndex().row(), 1);
        QTest::keyClick(view, Qt::Key_K);
        QCOMPARE(view->currentIndex().row(), 0);
        window.selectTask(second.id);
        QTRY_COMPARE(window.currentTaskId(), second.id);
        for (QAction *a : window.actions())
            if (a->shortcut() == QKeySequence(QStringLiteral("Ctrl+J")))
                a->trigger();
        QCOMPARE(window.currentTaskId(), created.value.id); // the one awaiting approval

        // Shrunk to its minimum, the list still shows some of every title.
        window.resize(minimum);
        QTest::qWait(50);
        QVERIFY2(view->columnWidth(TaskListModel::TitleColumn) >= 60,
                 qPrintable(QString::number(view->columnWidth(TaskListModel::TitleColumn))));
    }

    // Worker ▸ Routes and Webhook Key: what the CLI's `worker route` and
    // `worker webhook-key` do, checked the same way and audited the same way.
    void workerRoutesAndKeyFromTheWindow()
    {
        WindowFixture fx;
        QVERIFY(fx.setUp());
        MainWindow window(*fx.core);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.workerSetupAction()->trigger();
        WorkerSetupDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<WorkerSetupDialog *>()) != nullptr);
        auto edit = [dialog](const char *name) { return dialog->findChild<QLineEdit *>(QString::fromLatin1(name)); };
        auto button = [dialog](const char *name) {
            return dialog->findChild<QPushButton *>(QString::fromLatin1(name));
        };
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("accountCombo"))->count(), 1); // "work"
        WorkerStore store(fx.core->database(), fx.core->clock());

        edit("agentEdit")->setText(QStringLiteral("agt_docs"));
        edit("repoEdit")->setText(QStringLiteral("not a url"));
        QTest::mouseClick(button("saveRouteButton"), Qt::LeftButton);
        QTRY_VERIFY(!dialog->statusLabel()->text().isEmpty());
        QVERIFY(store.routes().value.isEmpty()); // refused, nothing stored

        edit("repoEdit")->setText(QStringLiteral("https://github.com/acme/widgets"));
        QTest::mouseClick(button("saveRouteButton"), Qt::LeftButton);
        QTRY_COMPARE(dialog->routeList()->topLevelItemCount(), 1);
        QCOMPARE(store.routes().value.size(), 1);
        QCOMPARE(store.routes().value.first().account, QStringLiteral("work"));
        QTRY_COMPARE(fx.lastAuditAction(), auditActionKey(AuditAction::RouteAdd));

        dialog->routeList()->setCurrentItem(dialog->routeList()->topLevelItem(0));
        QTest::mouseClick(button("removeRouteButton"), Qt::LeftButton);
        QTRY_COMPARE(dialog->routeList()->topLevelItemCount(), 0);
        QVERIFY(store.routes().value.isEmpty());

        edit("keyEdit")->setText(QStringLiteral("short"));
        QTest::mouseClick(button("saveKeyButton"), Qt::LeftButton);
        QTRY_VERIFY(dialog->statusLabel()->text().contains(QStringLiteral("16")));
        edit("keyEdit")->setText(QStringLiteral("webhook-key-from-the-window-0123"));
        QTest::mouseClick(button("saveKeyButton"), Qt::LeftButton);
        QTRY_VERIFY(dialog->statusLabel()->text().contains(QStringLiteral("saved")));
        const auto stored = await<Secret>([&](auto ctx, auto done) {
            fx.core->secrets().read(WorkerHost::webhookKeyName(), ctx, [done](const SecretResult &r) {
                done(r.ok() ? Outcome<Secret>{r.secret, {}} : Outcome<Secret>{{}, Error::keychain(r.message)});
            });
        });
        QVERIFY2(stored.ok(), qPrintable(stored.error.message));
        QCOMPARE(stored.value.reveal(), QStringLiteral("webhook-key-from-the-window-0123"));
    }

    // A host that accepts and never answers: the dialog's check gives up within its
    // deadline and says so, and the dialog is usable again.
    void aCheckThatHangsIsGivenUp()
    {
        WindowFixture fx;
        QVERIFY(fx.setUp());
        fx.core->accountService().setCheckDeadlineMs(800);
        fx.jules.http().delayNext(1, 30000, "GET", QStringLiteral("/v1alpha/"));
        AccountsDialog dialog(fx.core->accountService());
        dialog.show();
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("accountList"));
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        list->topLevelItem(0)->setSelected(true);
        dialog.findChild<QLineEdit *>(QStringLiteral("keyEdit"))->setText(QStringLiteral("AIzaAnotherKey0000000"));
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("addButton"));
        QTest::mouseClick(save, Qt::LeftButton);
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("statusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 8000);
        QVERIFY2(status->text().contains(QStringLiteral("within")), qPrintable(status->text()));
    }

    // An account is edited in place (adoption, base URL, a new key) without removing it;
    // a wrong new key is refused and the old one stays.
    void accountsAreEditedInPlace()
    {
        WindowFixture fx;
        QVERIFY(fx.setUp());
        AccountsDialog dialog(fx.core->accountService());
        dialog.show();
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("accountList"));
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QVERIFY(list->topLevelItem(0)->text(4).contains(QStringLiteral("30"))); // the default: 30 days
        list->topLevelItem(0)->setSelected(true);
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QVERIFY(!name->isEnabled());
        QCOMPARE(name->text(), QStringLiteral("work"));
        auto *adopt = dialog.findChild<QComboBox *>(QStringLiteral("adoptCombo"));
        adopt->setCurrentIndex(adopt->findData(QStringLiteral("none")));
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("addButton"));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(
            fx.core->accounts().find(QStringLiteral("work")).value->settings.value(QLatin1String("adopt")).toString(),
            QStringLiteral("none"));
        QCOMPARE(fx.core->accounts().accounts().size(), 1); // edited, not added

        // A wrong new key: refused by the provider, nothing changes.
        QTRY_VERIFY(save->isEnabled());
        list->topLevelItem(0)->setSelected(true);
        dialog.findChild<QLineEdit *>(QStringLiteral("keyEdit"))->setText(QStringLiteral("AIzaWrongKey000000000"));
        QTest::mouseClick(save, Qt::LeftButton);
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("statusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled() && !status->text().contains(QStringLiteral("Checking")), 10000);
        QVERIFY2(!status->text().startsWith(QStringLiteral("Saved")), qPrintable(status->text()));
        // Enter after the refusal never reaches Remove: the focus is on the key again, and
        // Remove is never the button Enter presses.
        auto *removeButton = dialog.findChild<QPushButton *>(QStringLiteral("removeButton"));
        QVERIFY(!removeButton->autoDefault() && !removeButton->isDefault());
        QCOMPARE(dialog.focusWidget(), dialog.findChild<QLineEdit *>(QStringLiteral("keyEdit")));
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Return);
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Return);
        QVERIFY(!dialog.findChild<QMessageBox *>());
        QVERIFY(fx.sync(fx.create(fx.newTask(false)).value.id).ok()); // the old key still works

        // Removing asks first, in a window-modal box: nothing is removed before the answer.
        list->topLevelItem(0)->setSelected(true);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("removeButton")), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog.findChild<QMessageBox *>()));
        QCOMPARE(fx.core->accounts().accounts().size(), 1);
        box->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(fx.core->accounts().accounts().size(), 0);
    }

    void actionsSayWhyTheyAreDisabled()
    {
        WindowFixture fx;
        QVERIFY(fx.setUp());
        const Task t = fx.create(fx.newTask(true, false)).value;
        MainWindow window(*fx.core);
        window.show();
        window.selectTask(t.id);
        QTRY_COMPARE(window.currentTaskId(), t.id);
        QAction *cancel = nullptr;
        QAction *approve = nullptr;
        for (QAction *a : window.actions()) {
            if (a->text().contains(QStringLiteral("Cancel")))
                cancel = a;
            if (a->text().contains(QStringLiteral("Approve")))
                approve = a;
        }
        QVERIFY(cancel && approve);
        QVERIFY(!cancel->isEnabled());
        QVERIFY(cancel->toolTip().contains(QStringLiteral("no upstream cancel")));
        QVERIFY(!approve->isEnabled()); // queued: no plan yet
        QVERIFY(approve->toolTip().contains(QStringLiteral("no plan")));
        QVERIFY(!approve->shortcut().isEmpty());
        fx.jules.advance(t.externalId);
        fx.jules.advance(t.externalId);
        QVERIFY(fx.sync(t.id).ok());
        QTRY_VERIFY(approve->isEnabled());

        // A slow provider: the window says what it waits for and can stop waiting; the
        // approval still happens upstream and still lands in the audit trail.
        TaskActions *actions = window.taskActions();
        QVERIFY(!actions->stopWaiting()->isEnabled());
        fx.jules.http().delayNext(1, 1500, "POST", QStringLiteral(":approvePlan"));
        approve->trigger();
        QVERIFY(actions->isWaiting(t.id));
        QVERIFY(actions->stopWaiting()->isEnabled());
        actions->refreshTask(t.id); // beside the approval: it is still the one waited for
        QVERIFY(actions->isWaiting(t.id));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Stop Waiting")));
        actions->stopWaiting()->trigger();
        QVERIFY(!actions->isWaiting(t.id));
        QVERIFY(!actions->stopWaiting()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(
            fx.core->audit().entries(5).value.value(0).action == auditActionKey(AuditAction::ApprovePlan), 10000);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Stopped waiting"))); // no "approved" here
    }

    // Sign in through the dialog against a real OAuth server; the status bar follows.
    void signInAndOutFromTheWindow()
    {
        OidcServerProcess server;
        const QString why = server.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        WindowFixture fx;
        QVERIFY(fx.setUp());
        fx.core->platform().load(fx.core.get(), [] {});
        MainWindow window(*fx.core);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.platformLabel()->text().contains(QStringLiteral("sign in")));
        QVERIFY(!window.signOutAction()->isEnabled());

        window.signInAction()->trigger();
        SignInDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<SignInDialog *>()) != nullptr);
        QPointer<SignInDialog> closing(dialog); // it deletes itself once signed in
        QNetworkAccessManager browser;
        dialog->setBrowserOpener([&browser](const QUrl &url) {
            QNetworkRequest req(url);
            req.setRawHeader("Connection", "close");
            QObject::connect(browser.get(req), &QNetworkReply::finished, &browser, [] {});
        });
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"));
        auto *signIn = dialog->findChild<QDialogButtonBox *>()->buttons().constFirst();
        for (QAbstractButton *b : dialog->findChild<QDialogButtonBox *>()->buttons())
            if (b->text().contains(QStringLiteral("Browser")))
                signIn = b;
        // Bad input gets a message and starts nothing.
        dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit"))->setText(QStringLiteral("not a url"));
        QTest::mouseClick(signIn, Qt::LeftButton);
        QVERIFY(status->text().contains(QStringLiteral("http(s)")));
        QCOMPARE(fx.core->platform().state(), PlatformSession::State::SignedOut);

        dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit"))->setText(server.issuer().toString());
        dialog->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->setText(QStringLiteral("agentdesk-test"));
        dialog->findChild<QLineEdit *>(QStringLiteral("workspaceEdit"))->setText(QStringLiteral("w_gui"));
        QTest::mouseClick(signIn, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(fx.core->platform().state(), PlatformSession::State::SignedIn, 20000);
        QTRY_VERIFY(!closing || !closing->isVisible());
        QVERIFY2(window.platformLabel()->text().contains(QStringLiteral("Ada Operator")),
                 qPrintable(window.platformLabel()->text()));
        QVERIFY(window.platformLabel()->text().contains(QStringLiteral("w_gui")));
        QVERIFY(window.signOutAction()->isEnabled());

        // Sign out: the confirmation is a window-modal box that does not block the
        // window's event loop; the test answers it.
        window.signOutAction()->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>()));
        QVERIFY(box->text().contains(QStringLiteral("revokes")));
        QCOMPARE(fx.core->platform().state(), PlatformSession::State::SignedIn); // not before the answer
        box->button(QMessageBox::Yes)->click();
        QTRY_COMPARE_WITH_TIMEOUT(fx.core->platform().state(), PlatformSession::State::SignedOut, 20000);
        QVERIFY(window.platformLabel()->text().contains(QStringLiteral("sign in")));
    }

    // Ctrl+K finds a task by text and opens it; it also runs actions by name. The
    // approval goes through, is in the audit trail, and the tray badge follows the count.
    void paletteTrayAuditAndExport()
    {
        WindowFixture fx;
        QVERIFY(fx.setUp());
        const Task plain = fx.create(fx.newTask(false, false)).value;
        NewTask gated = fx.newTask(true, false);
        gated.prompt = QStringLiteral("Rename the config loader");
        const Task t = fx.create(gated).value;
        MainWindow window(*fx.core);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TrayIcon tray; // offscreen has no tray, so this one is not shown; it follows the same model
        tray.follow(*window.attention());
        QCOMPARE(tray.count(), 0);

        fx.jules.advance(t.externalId);
        fx.jules.advance(t.externalId); // the plan waits for approval
        QCOMPARE(fx.sync(t.id).value.status, TaskStatus::AwaitingApproval);
        QTRY_COMPARE(window.attention()->needsYouCount(), 1);
        QCOMPARE(tray.count(), 1);
        QVERIFY(tray.toolTip().contains(QLatin1String("1")));
        QVERIFY(window.windowTitle().contains(QLatin1String("(1)")));
        QVERIFY(!TrayIcon::badgedIcon(3).pixmap(32).toImage().isNull());
        // The tray menu lists what needs you; choosing it asks for that task.
        tray.updateMenu();
        QAction *item = nullptr;
        for (QAction *a : tray.menu()->actions())
            if (a->text().contains(QStringLiteral("Rename the config loader")))
                item = a;
        QVERIFY(item);
        QSignalSpy requested(&tray, &TrayIcon::taskRequested);
        item->trigger();
        QCOMPARE(requested.value(0).value(0).toString(), t.id);

        // Palette: type part of the title, Enter opens that task.
        window.paletteAction()->trigger();
        CommandPalette *palette = nullptr;
        QTRY_VERIFY((palette = window.findChild<CommandPalette *>()) != nullptr);
        QAbstractItemModelTester tester(palette->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::keyClicks(palette->queryEdit(), QStringLiteral("config loader"));
        QCOMPARE(palette->model()->rowCount(), 1);
        QCOMPARE(palette->model()->entryAt(0).taskId, t.id);
        QPointer<CommandPalette> first(palette);
        QTest::keyClick(palette->queryEdit(), Qt::Key_Return);
        QTRY_COMPARE(window.currentTaskId(), t.id);
        QTRY_VERIFY(first.isNull()); // it closes itself

        // Palette: an abbreviation finds an action; one that cannot run now is listed
        // greyed with its reason and does not run; nothing found says so.
        window.paletteAction()->trigger();
        QPointer<CommandPalette> probe;
        QTRY_VERIFY((probe = window.findChild<CommandPalette *>()) != nullptr);
        QTest::keyClicks(probe->queryEdit(), QStringLiteral("newt"));
        QVERIFY(probe->model()->rowCount() >= 1);
        QCOMPARE(probe->model()->entryAt(0).action.data(), window.newTaskAction());
        probe->queryEdit()->clear();
        QTest::keyClicks(probe->queryEdit(), QStringLiteral("cancel upstream")); // Jules cannot cancel
        QCOMPARE(probe->model()->rowCount(), 1);
        QVERIFY(!probe->model()->entryAt(0).enabled);
        QVERIFY(!probe->model()->index(0).data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(!(probe->model()->flags(probe->model()->index(0)) & Qt::ItemIsEnabled));
        QTest::keyClick(probe->queryEdit(), Qt::Key_Return);
        QVERIFY(probe); // still open: nothing ran
        probe->queryEdit()->setText(QStringLiteral("zzzz nothing like it"));
        QCOMPARE(probe->model()->rowCount(), 0);
        auto *none = probe->findChild<QLabel *>();
        QVERIFY(none && none->isVisible() && none->text() == QStringLiteral("No matches"));
        probe->close();
        QTRY_VERIFY(probe.isNull()); // gone before the next one is looked for

        // Palette: an action by name runs it on the selected task.
        window.paletteAction()->trigger();
        QPointer<CommandPalette> second;
        QTRY_VERIFY((second = window.findChild<CommandPalette *>()) != nullptr);
        QTest::keyClicks(second->queryEdit(), QStringLiteral("approve"));
        QCOMPARE(second->model()->entryAt(0).kind, PaletteModel::Entry::Action);
        QTest::keyClick(second->queryEdit(), Qt::Key_Return);
        QTRY_VERIFY(fx.jules.state(t.externalId) != QLatin1String("AWAITING_PLAN_APPROVAL"));
        QTRY_VERIFY(!fx.core->audit().entries(10).value.isEmpty());
        const AuditEntry entry = fx.core->audit().entries(10).value.first();
        QCOMPARE(entry.action, auditActionKey(AuditAction::ApprovePlan));
        QCOMPARE(entry.target, t.id);
        QCOMPARE(entry.outcome, QStringLiteral("ok"));
        QCOMPARE(fx.sync(t.id).value.status, TaskStatus::Running);
        QTRY_COMPARE(tray.count(), 0);

        // Export what the list shows: everything, then only what the search leaves.
        QTemporaryDir out;
        QVERIFY(window.exportVisibleTasks(out.filePath(QStringLiteral("all.json"))).isEmpty());
        QFile all(out.filePath(QStringLiteral("all.json")));
        QVERIFY(all.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(all.readAll()).array().size(), 2);
        window.findChild<QLineEdit *>()->setText(QStringLiteral("config loader"));
        QTRY_COMPARE(window.filterModel()->rowCount(), 1);
        QVERIFY(window.exportVisibleTasks(out.filePath(QStringLiteral("some.csv"))).isEmpty());
        QFile some(out.filePath(QStringLiteral("some.csv")));
        QVERIFY(some.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = some.readAll().split('\n');
        QVERIFY(lines.first().startsWith("id,provider,account,status,title"));
        QVERIFY(lines.at(1).startsWith(t.id.toUtf8()));
        QVERIFY(!window.exportVisibleTasks(out.filePath(QStringLiteral("missing/dir/x.csv"))).isEmpty());
        Q_UNUSED(plain);

        // Without a tray, closing the window really closes it.
        QVERIFY(!window.trayIcon());
        QVERIFY(window.close());
    }

    // The watchdog flags a quiet running task and the window offers message / cancel.
    void stuckTaskBanner()
    {
        fakes::TestClock clock(QDateTime::currentDateTimeUtc());
        WindowFixture fx;
        QVERIFY(fx.setUp(true, &clock));
        const Task t = fx.create(fx.newTask(false, false)).value;
        fx.jules.advance(t.externalId);
        QCOMPARE(fx.sync(t.id).value.status, TaskStatus::Running);
        MainWindow window(*fx.core);
        window.show();
        clock.advance(2 * 3600 * 1000);
        window.settings()->setValue(Settings::WatchdogMinutes, 30);
        window.attention()->checkStuck();
        window.selectTask(t.id);
        QTRY_VERIFY(window.stuckBanner()->isVisible());
        QVERIFY(window.stuckBanner()->text().contains(QLatin1String("Send a message")));
        QCOMPARE(window.attention()->needsYouCount(), 1);
    }

    // The Worker panel drives a worker in this process against the fake platform: the
    // claimed session with its lease countdown and provider task, the task in the list,
    // a webhook delivery, then "stop and hand back".
    void workerPanelRunsAndHandsBack()
    {
        fakes::FakePlatformServer platform;
        QVERIFY(platform.start());
        WindowFixture fx;
        QVERIFY(fx.setUp());
        WorkerRoute route;
        route.agentId = QStringLiteral("agt_gui");
        route.account = QStringLiteral("work");
        route.repoUrl = QStringLiteral("https://github.com/acme/widgets");
        QVERIFY(!WorkerStore(fx.core->database()).saveRoute(route));
        // Sign in through the fake platform's own OAuth endpoints.
        fx.core->platform().load(fx.core.get(), [] {});
        QTRY_COMPARE(fx.core->platform().state(), PlatformSession::State::SignedOut);
        PlatformConfig config;
        config.platformUrl = platform.baseUrl();
        config.clientId = QStringLiteral("agentdesk");
        config.workspace = QStringLiteral("w_gui");
        QNetworkAccessManager browser;
        fx.core->platform()
            .beginLogin(config,
                        [&browser](const QUrl &url) {
                            QNetworkRequest req(url);
                            req.setRawHeader("Connection", "close");
                            QObject::connect(browser.get(req), &QNetworkReply::finished, &browser, [] {});
                        })
            ->start();
        QTRY_COMPARE_WITH_TIMEOUT(fx.core->platform().state(), PlatformSession::State::SignedIn, 20000);

        MainWindow window(*fx.core);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WorkerPanel *panel = window.workerPanel();
        QCOMPARE(panel->stateText(), QStringLiteral("Stopped"));
        const QString sessionId = platform.addSession(QStringLiteral("agt_gui"), QStringLiteral("Tidy the README"));

        auto *start = panel->findChild<QPushButton *>(QStringLiteral("startButton"));
        auto *handBack = panel->findChild<QPushButton *>(QStringLiteral("handBackButton"));
        QVERIFY(!handBack->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(window.workerDock()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(panel->stateText(), QStringLiteral("Running"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(platform.state(sessionId), QStringLiteral("active"), 20000);

        WorkerClaimsModel *claims = panel->claimsModel();
        QAbstractItemModelTester tester(claims, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(claims->rowCount() == 1 && !claims->claimAt(0).taskId.isEmpty(), 20000);
        QCOMPARE(claims->claimAt(0).sessionId, sessionId);
        QVERIFY2(claims->index(0, WorkerClaimsModel::LeaseColumn).data().toString().contains(QStringLiteral("left")),
                 qPrintable(claims->index(0, WorkerClaimsModel::LeaseColumn).data().toString()));
        QVERIFY(claims->index(0, WorkerClaimsModel::TaskColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Google Jules")));
        // The worker wrote the task on its own thread; the console's list shows it anyway.
        const QString taskId = claims->claimAt(0).taskId;
        QTRY_VERIFY_WITH_TIMEOUT(window.taskModel()->rowOf(taskId) >= 0, 5000);
        // The lease countdown ticks.
        QSignalSpy ticks(claims, &QAbstractItemModel::dataChanged);
        QVERIFY(ticks.wait(2500));

        // A webhook delivery (here one without the key's header on an open loopback listener).
        const quint16 port = window.workerController()->monitor()->status().webhookPort;
        QVERIFY(port != 0);
        QNetworkRequest hook(QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(port)));
        hook.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/plain"));
        QNetworkReply *reply = browser.post(hook, QByteArray("hello"));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 415);
        reply->deleteLater();
        QTRY_COMPARE(panel->deliveriesModel()->rowCount(), 1);
        QCOMPARE(panel->deliveriesModel()->index(0, WebhookDeliveryModel::OutcomeColumn).data().toString(),
                 QStringLiteral("Rejected"));

        QVERIFY(handBack->isEnabled());
        QTest::mouseClick(handBack, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(platform.state(sessionId), QStringLiteral("queued"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(panel->stateText(), QStringLiteral("Stopped"), 20000);
        QTRY_VERIFY(start->isEnabled());
        QVERIFY(!QFileInfo::exists(fx.dir.filePath(QStringLiteral("worker-feed.json"))));
        // The worker's thread ended without the window waiting for it, and its lock is free.
        QTRY_VERIFY(!WorkerLock::holder(fx.core->paths()).has_value());
    }
};

AGENTDESK_WIDGETS_TEST_MAIN(TestGui)
#include "tst_gui.moc"
