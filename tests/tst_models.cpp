#include "TestMain.h"

#include "domain/Timestamps.h"
#include "storage/Database.h"
#include "storage/TaskStore.h"
#include "ui/models/ActivityModel.h"
#include "ui/models/TaskFilterProxyModel.h"
#include "ui/models/TaskListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk;

namespace {
Task makeTask(int n, TaskStatus status, ProviderId provider = ProviderId::Jules)
{
    Task t;
    t.id = generateTaskId(QDateTime::currentDateTimeUtc());
    t.provider = provider;
    t.status = status;
    t.externalId = QStringLiteral("ext%1").arg(n);
    t.prompt = QStringLiteral("Task number %1 about %2")
                   .arg(n)
                   .arg(n % 2 ? QStringLiteral("parsers") : QStringLiteral("caches"));
    t.source = {QStringLiteral("acme/repo%1").arg(n % 3),
                QStringLiteral("https://github.com/acme/repo%1").arg(n % 3),
                {}};
    t.createdAt = QDateTime::currentDateTimeUtc();
    t.updatedAt = t.createdAt.addSecs(n);
    return t;
}

Activity makeActivity(const QString &id, const QString &content)
{
    Activity a;
    a.id = id;
    a.content = content;
    a.timestamp = QDateTime::currentDateTimeUtc();
    return a;
}
} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("m.sqlite")));
        QVERIFY(!m_db->open());
        m_store = std::make_unique<TaskStore>(*m_db);
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void listFollowsTheStore()
    {
        for (int i = 0; i < 25; ++i)
            QVERIFY(!m_store->insert(makeTask(i, TaskStatus::Running)));
        TaskListModel model(*m_store);
        model.setFirstPageSize(10);
        model.setChunkSize(7);
        TaskFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &TaskListModel::fullyLoaded);
        model.reload();
        QCOMPARE(model.rowCount(), 10); // the first page at once
        QTest::qWait(20);
        QCOMPARE(model.rowCount(), 10); // nothing more until the window has painted
        model.startBackgroundLoading();
        QTRY_COMPARE(loaded.count(), 1); // the rest from the event loop
        QCOMPARE(model.rowCount(), 25);

        // A change written by anyone reaches the model as one batched dataChanged.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QString id = model.index(3, 0).data(TaskListModel::TaskIdRole).toString();
        const QString id2 = model.index(4, 0).data(TaskListModel::TaskIdRole).toString();
        QVERIFY(!m_store->update(id, {{QStringLiteral("status"), QStringLiteral("awaiting_approval")},
                                      {QStringLiteral("attention"), QStringLiteral("plan_approval")},
                                      {QStringLiteral("attention_reason"), QStringLiteral("plan ready")}}));
        QVERIFY(!m_store->update(id2, {{QStringLiteral("status"), QStringLiteral("completed")}}));
        QVERIFY(!m_store->update(id, {{QStringLiteral("title"), QStringLiteral("Renamed")}}));
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 3);
        QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), 4);
        QCOMPARE(model.index(3, TaskListModel::TitleColumn).data().toString(), QStringLiteral("Renamed"));
        QCOMPARE(model.needsYouCount(), 1);

        // Needs-you rows lead whatever the sort.
        proxy.sort(TaskListModel::UpdatedColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(TaskListModel::TaskIdRole).toString(), id);
        proxy.sort(TaskListModel::UpdatedColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(TaskListModel::TaskIdRole).toString(), id);

        // Added and removed live.
        const Task fresh = makeTask(99, TaskStatus::Queued, ProviderId::Devin);
        QVERIFY(!m_store->insert(fresh));
        QTRY_COMPARE(model.rowCount(), 26);
        QVERIFY(!m_store->remove(fresh.id));
        QCOMPARE(model.rowCount(), 25);
        QCOMPARE(model.rowOf(fresh.id), -1);
    }

    void filterValue()
    {
        for (int i = 0; i < 12; ++i)
            QVERIFY(!m_store->insert(makeTask(i, i < 4 ? TaskStatus::Completed : TaskStatus::Running,
                                              i % 4 == 0 ? ProviderId::Devin : ProviderId::Jules)));
        TaskListModel model(*m_store);
        TaskFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(proxy.rowCount(), 12);
        TaskFilter f;
        f.status = TaskStatus::Completed;
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 4);
        f.provider = ProviderId::Devin;
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 1);
        f = {};
        f.text = QStringLiteral("PARSERS"); // case-insensitive, over the prompt
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 6);
        f.text = QStringLiteral("acme/repo2");
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 4);
        f = {};
        f.needsYouOnly = true;
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 0);
    }

    // The Cost column: dollars where a price is known, the provider's own unit otherwise,
    // "≈" for an estimate; it sorts by dollars, priced tasks above the rest.
    void costColumnShowsAndSortsWhatTasksCost()
    {
        Task devin = makeTask(1, TaskStatus::Completed, ProviderId::Devin);
        devin.result.cost = TaskCost{3.2, costunit::acu, true};
        Task copilot = makeTask(2, TaskStatus::Completed, ProviderId::Copilot);
        copilot.result.cost = TaskCost{2, costunit::premiumRequests, false};
        Task jules = makeTask(3, TaskStatus::Completed, ProviderId::Jules);
        jules.result.cost = TaskCost{1, costunit::tasks, true};
        Task codex = makeTask(4, TaskStatus::Completed, ProviderId::CodexCloud);
        for (const Task &t : {devin, copilot, jules, codex})
            QVERIFY(!m_store->insert(t));
        TaskListModel model(*m_store);
        model.setPrices(
            {{ProviderId::Devin, costunit::acu, 2.25, {}}, {ProviderId::Copilot, costunit::premiumRequests, 0.04, {}}});
        TaskFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        auto costOf = [&](const QString &id) {
            for (int row = 0; row < proxy.rowCount(); ++row)
                if (proxy.index(row, 0).data(TaskListModel::TaskIdRole).toString() == id)
                    return proxy.index(row, TaskListModel::CostColumn).data().toString();
            return QStringLiteral("(missing)");
        };
        QCOMPARE(costOf(devin.id), QStringLiteral("$7.20"));
        QCOMPARE(costOf(copilot.id), QStringLiteral("≈ $0.08"));
        QCOMPARE(costOf(jules.id), QStringLiteral("1 task"));
        QCOMPARE(costOf(codex.id), QString()); // not reported
        proxy.sort(TaskListModel::CostColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(TaskListModel::TaskIdRole).toString(), devin.id);
        QCOMPARE(proxy.index(1, 0).data(TaskListModel::TaskIdRole).toString(), copilot.id);
        QCOMPARE(proxy.headerData(TaskListModel::CostColumn, Qt::Horizontal).toString(), QStringLiteral("Cost"));
    }

    // Typing letter by letter narrows what is shown; deleting widens it again; other
    // filters and the sort order stay right throughout; the selected task stays selected.
    void searchNarrowsAndWidens()
    {
        for (int i = 0; i < 40; ++i)
            QVERIFY(!m_store->insert(makeTask(i, i % 5 == 0 ? TaskStatus::Completed : TaskStatus::Running)));
        TaskListModel model(*m_store);
        TaskFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        proxy.sort(TaskListModel::UpdatedColumn, Qt::DescendingOrder);
        auto shownIds = [&] {
            QStringList ids;
            for (int r = 0; r < proxy.rowCount(); ++r)
                ids << proxy.index(r, 0).data(TaskListModel::TaskIdRole).toString();
            return ids;
        };
        auto expected = [&](const QString &text, std::optional<TaskStatus> status = std::nullopt) {
            QStringList ids;
            for (int r = 0; r < model.rowCount(); ++r) {
                const TaskSummary *s = model.summaryAt(r);
                if ((!status || s->status == *status) && QString::fromUtf8(s->searchText).contains(text.toLower()))
                    ids << s->id;
            }
            return ids;
        };
        const QPersistentModelIndex selected = proxy.index(0, TaskListModel::TitleColumn);
        const QString selectedId = selected.data(TaskListModel::TaskIdRole).toString();
        TaskFilter f;
        for (const QString &typed :
             {QStringLiteral("p"), QStringLiteral("pa"), QStringLiteral("par"), QStringLiteral("parsers"),
              QStringLiteral("parser"), QStringLiteral("pars"), QString()}) {
            f.text = typed;
            proxy.setFilter(f);
            QStringList shown = shownIds(), want = expected(typed);
            std::sort(shown.begin(), shown.end());
            std::sort(want.begin(), want.end());
            QCOMPARE(shown, want);
        }
        QCOMPARE(selected.data(TaskListModel::TaskIdRole).toString(), selectedId); // the selection followed
        f.status = TaskStatus::Completed;
        f.text = QStringLiteral("cach");
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), int(expected(QStringLiteral("cach"), TaskStatus::Completed).size()));
        // In time order, newest first.
        for (int r = 1; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r - 1, 0).data(TaskListModel::UpdatedRole).toDateTime()
                    >= proxy.index(r, 0).data(TaskListModel::UpdatedRole).toDateTime());
    }

    void timelineAppendsAndChangesInPlace()
    {
        const Task t = makeTask(1, TaskStatus::Running);
        QVERIFY(!m_store->insert(t));
        QVERIFY(m_store
                    ->upsertActivities(t.id, {makeActivity(QStringLiteral("a1"), QStringLiteral("one"))},
                                       QDateTime::currentDateTimeUtc())
                    .ok());
        ActivityModel model(*m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTaskId(t.id);
        QCOMPARE(model.rowCount(), 1);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(m_store
                    ->upsertActivities(t.id,
                                       {makeActivity(QStringLiteral("a1"), QStringLiteral("one, edited")),
                                        makeActivity(QStringLiteral("a2"), QStringLiteral("two")),
                                        makeActivity(QStringLiteral("a3"), QStringLiteral("three"))},
                                       QDateTime::currentDateTimeUtc())
                    .ok());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("one, edited"));
        // Other tasks' activities do not touch this model.
        const Task other = makeTask(2, TaskStatus::Running);
        QVERIFY(!m_store->insert(other));
        QVERIFY(m_store
                    ->upsertActivities(other.id, {makeActivity(QStringLiteral("b1"), QStringLiteral("x"))},
                                       QDateTime::currentDateTimeUtc())
                    .ok());
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!m_store->remove(t.id));
        QCOMPARE(model.rowCount(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TaskStore> m_store;
};

AGENTDESK_WIDGETS_TEST_MAIN(TestModels)
#include "tst_models.moc"
