#pragma once

#include "domain/Budget.h"

#include "domain/TaskSummary.h"
#include "storage/TaskStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <functional>

namespace agentdesk {

class AccountHealth;

class TaskStore;

// Every task as one row, live. The first page is read at once so the window shows
// quickly; the rest follows in keyset pages from the event loop (a page costs the same
// at the end of 100,000 tasks as at the start). Store changes are coalesced and
// announced as one dataChanged per run of changed rows; the needs-you count follows
// each change without counting every row again.
class TaskListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StatusColumn,
        ProviderColumn,
        RepoColumn,
        TitleColumn,
        UpdatedColumn,
        PrColumn,
        CostColumn,
        ColumnCount
    };
    enum Role {
        TaskIdRole = Qt::UserRole + 1,
        StatusRole,   // int(TaskStatus)
        ProviderRole, // int(ProviderId)
        NeedsYouRole, // bool
        AttentionReasonRole,
        SearchTextRole, // lower-case haystack for the search box
        SortRole,       // raw value for sorting
        PrUrlRole,
        HiddenRole,  // bool
        GoneRole,    // bool: gone upstream
        OriginRole,  // int(TaskOrigin)
        UpdatedRole, // QDateTime, for the relative time and its tooltip
    };

    explicit TaskListModel(TaskStore &store, QObject *parent = nullptr);

    void setFirstPageSize(int rows) { m_firstPage = rows; }
    void setChunkSize(int rows) { m_chunk = rows; }
    // The rest of the list is read in chunks from the event loop once this is called
    // (the window calls it after its first paint); until then only the first page is.
    void startBackgroundLoading();
    void reload(); // first page now, the rest in chunks
    // "3 min ago" moves on: one dataChanged for the Updated column.
    void refreshRelativeTimes();
    // Tasks of these accounts may be out of date (the account cannot be reached, or
    // rejects its key): they are shown dimmed, and their tooltip says why.
    void setStaleAccounts(const QSet<QString> &accounts);
    // The price table, for the Cost column's dollars (a figure without a price shows in
    // its own unit).
    void setPrices(const QList<Price> &prices);
    // A task's cost in dollars when its price is known.
    std::optional<double> usdOf(const TaskSummary &s) const;
    // From now on, the accounts in trouble are the stale ones.
    void followAccountHealth(const AccountHealth &health);
    // For tests: the time "ago" is measured from (default: now).
    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }
    bool isFullyLoaded() const { return m_fullyLoaded; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &taskId) const;
    const TaskSummary *summaryAt(int row) const;
    int needsYouCount() const { return m_needsYou; }

Q_SIGNALS:
    void fullyLoaded();
    void needsYouCountChanged(int count);

private:
    static QString prText(const TaskSummary &s);
    static QString prToolTip(const TaskSummary &s);
    QVariant costValue(const TaskSummary &s, int role) const;
    // data(), by kind of role.
    QVariant rawValue(const TaskSummary &s, int role) const;
    QVariant cellValue(const TaskSummary &s, int column, int role) const;
    QVariant toolTip(const TaskSummary &s, int column) const;
    QVariant appearance(const TaskSummary &s, int column, int role) const;
    QString accessibleText(const TaskSummary &s) const;
    void loadNextChunk();
    void markChanged(const QString &id);
    void flushChanges();
    void removeTask(const QString &id);
    void count(const TaskSummary &s, int sign);
    void announceCount();

    TaskStore &m_store;
    QList<TaskSummary> m_rows;
    QHash<QString, int> m_rowById;
    QSet<QString> m_staleAccounts;
    QSet<QString> m_pending;
    QTimer m_flush;
    QTimer m_loader;
    int m_firstPage = 500;
    int m_chunk = 2000; // one page read in the background costs a few tens of ms
    bool m_backgroundLoading = false;
    PageKey m_next; // where the next page starts
    bool m_fullyLoaded = false;
    int m_needsYou = 0;
    int m_announced = 0;
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTimeUtc(); };
    QList<Price> m_prices;
};

// "just now", "3 min ago", "5 h ago", "yesterday", then the date.
QString relativeTime(const QDateTime &when, const QDateTime &now);

} // namespace agentdesk
