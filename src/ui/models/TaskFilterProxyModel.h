#pragma once

#include "domain/Task.h"

#include <QAbstractProxyModel>
#include <QPersistentModelIndex>
#include <QTimer>
#include <optional>

namespace agentdesk {

class TaskListModel;

// The list's filter as a plain value: testable, and easy to save or export by.
struct TaskFilter {
    std::optional<TaskStatus> status;
    std::optional<ProviderId> provider;
    QString text; // matched case-insensitively against id, title, repo, prompt
    bool needsYouOnly = false;
    bool showHidden = false; // hidden by the operator, or archived upstream
    std::optional<TaskOrigin> origin;
    friend bool operator==(const TaskFilter &a, const TaskFilter &b)
    {
        return a.status == b.status && a.provider == b.provider && a.text == b.text && a.needsYouOnly == b.needsYouOnly
               && a.showHidden == b.showHidden && a.origin == b.origin;
    }
};

// TaskListModel filtered by a TaskFilter and sorted, "needs you" first when asked. Its
// own flat proxy rather than QSortFilterProxyModel: with 100,000 tasks a keystroke must
// cost a byte search over the rows and one sort of plain keys, not a mapping rebuilt
// through QModelIndex calls (four times slower, measured in bench/bench_store). Every
// change of what is shown is one layout change with persistent indexes carried over, so
// the selected task stays selected while it matches.
class TaskFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit TaskFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void setFilter(const TaskFilter &filter);
    const TaskFilter &filter() const { return m_filter; }
    void setNeedsYouFirst(bool on);
    bool needsYouFirst() const { return m_needsYouFirst; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // The operator narrowed the list (a search, a status, provider or origin, needs you):
    // what is shown is "X of N". Hidden tasks are not a narrowing: they are counted apart.
    bool isNarrowed() const;
    // The tasks the list holds without narrowing (hidden ones only while shown), and the
    // hidden ones it leaves out.
    struct Counts {
        int listed = 0;
        int hidden = 0;
    };
    Counts counts() const;

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    bool accepts(int sourceRow) const;
    QList<int> acceptedRows(const QList<int> &candidates) const;
    void sortRows(QList<int> &rows) const;
    // Recomputes what is shown. `announce`: as a layout change (else the caller is
    // inside a reset, or there is no source yet).
    // `reorder`: sort all rows again (their order may have changed); else only filter.
    void rebuild(bool announce, bool reorder = true);
    void sourceAboutToChange();
    void sourceChanged();
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    const TaskListModel *m_tasks = nullptr;
    TaskFilter m_filter;
    QByteArray m_needle; // lower-cased UTF-8, like TaskSummary::searchText
    bool m_needsYouFirst = true;
    int m_sortColumn = -1; // -1: the source's order
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<int> m_order;    // every source row, in the current order
    QList<int> m_rows;     // proxy row -> source row: the accepted ones of m_order
    QList<int> m_proxyRow; // source row -> proxy row, or -1
    // Across a source change (rows inserted or removed): what our persistent indexes
    // pointed at, as the source's own persistent indexes (which the source keeps right).
    QModelIndexList m_savedProxy;
    QList<QPersistentModelIndex> m_savedSource;
    bool m_sourceChanging = false;
    bool m_appending = false;
    bool m_narrowsPrevious = false; // the filter being applied accepts a subset of the last
    // Data changed in the source: filter and order are checked again, once per burst.
    QTimer m_recheck;
};

} // namespace agentdesk
