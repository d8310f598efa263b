#include "TaskFilterProxyModel.h"

#include "TaskListModel.h"

#include <QThread>

#include <algorithm>
#include <cstring>
#include <future>
#include <numeric>

namespace agentdesk {

TaskFilterProxyModel::TaskFilterProxyModel(QObject *parent) : QAbstractProxyModel(parent)
{
    m_recheck.setSingleShot(true);
    m_recheck.setInterval(30); // a burst of changes (a refresh, the list loading) sorts once
    connect(&m_recheck, &QTimer::timeout, this, [this] { rebuild(true); });
}

void TaskFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    if (QAbstractItemModel *old = sourceModel())
        disconnect(old, nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(model);
    m_tasks = qobject_cast<const TaskListModel *>(model);
    Q_ASSERT_X(!model || m_tasks, "TaskFilterProxyModel", "filters a TaskListModel");
    if (model) {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            rebuild(false);
            endResetModel();
        });
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this](const QModelIndex &, int first) {
            // Rows added at the end (the list loading page by page) move nothing that is
            // shown: they join at the next check instead of re-sorting per page.
            m_appending = first >= m_proxyRow.size();
            if (!m_appending)
                sourceAboutToChange();
        });
        connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
            if (!m_appending)
                return sourceChanged();
            m_appending = false;
            m_proxyRow.resize(m_proxyRow.size() + (last - first + 1), -1);
            if (!m_recheck.isActive())
                m_recheck.start();
        });
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &TaskFilterProxyModel::sourceAboutToChange);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TaskFilterProxyModel::sourceChanged);
        connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, &TaskFilterProxyModel::sourceAboutToChange);
        connect(model, &QAbstractItemModel::rowsMoved, this, &TaskFilterProxyModel::sourceChanged);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, &TaskFilterProxyModel::sourceAboutToChange);
        connect(model, &QAbstractItemModel::layoutChanged, this, &TaskFilterProxyModel::sourceChanged);
        connect(model, &QAbstractItemModel::dataChanged, this, &TaskFilterProxyModel::onSourceDataChanged);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    }
    rebuild(false);
    endResetModel();
}

void TaskFilterProxyModel::setFilter(const TaskFilter &filter)
{
    if (filter == m_filter)
        return;
    TaskFilter sameOtherwise = filter;
    sameOtherwise.text = m_filter.text;
    const QByteArray needle = filter.text.trimmed().toLower().toUtf8();
    m_narrowsPrevious = sameOtherwise == m_filter && needle.contains(m_needle) && m_order.size() == m_proxyRow.size();
    m_filter = filter;
    m_needle = needle;
    rebuild(true, false); // the order stands: a keystroke filters, it does not sort
    m_narrowsPrevious = false;
}

void TaskFilterProxyModel::setNeedsYouFirst(bool on)
{
    if (on == m_needsYouFirst)
        return;
    m_needsYouFirst = on;
    rebuild(true);
}

void TaskFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    rebuild(true);
}

bool TaskFilterProxyModel::isNarrowed() const
{
    return m_filter.status || m_filter.provider || m_filter.origin || m_filter.needsYouOnly || !m_needle.isEmpty();
}

TaskFilterProxyModel::Counts TaskFilterProxyModel::counts() const
{
    Counts c;
    const int rows = m_tasks ? m_tasks->rowCount() : 0;
    for (int r = 0; r < rows; ++r) {
        const TaskSummary *s = m_tasks->summaryAt(r);
        if (s && s->hidden && !m_filter.showHidden)
            ++c.hidden;
        else if (s)
            ++c.listed;
    }
    return c;
}

bool TaskFilterProxyModel::accepts(int sourceRow) const
{
    const TaskSummary *s = m_tasks->summaryAt(sourceRow);
    if (!s)
        return false;
    if (m_filter.status && s->status != *m_filter.status)
        return false;
    if (m_filter.provider && s->provider != *m_filter.provider)
        return false;
    if (m_filter.needsYouOnly && (!s->needsYou() || s->gone))
        return false;
    if (!m_filter.showHidden && s->hidden)
        return false;
    if (m_filter.origin && s->origin != *m_filter.origin)
        return false;
    // glibc's memmem (SIMD for short needles): QByteArray::contains builds a skip table
    // for each of 100,000 rows, and that costs more than the search in a short haystack.
    return m_needle.isEmpty()
           || ::memmem(s->searchText.constData(), size_t(s->searchText.size()), m_needle.constData(),
                       size_t(m_needle.size()));
}

QList<int> TaskFilterProxyModel::acceptedRows(const QList<int> &candidates) const
{
    auto scan = [this, &candidates](qsizetype from, qsizetype to) {
        QList<int> rows;
        rows.reserve(to - from);
        for (qsizetype i = from; i < to; ++i)
            if (accepts(candidates.at(i)))
                rows.append(candidates.at(i));
        return rows;
    };
    // A large list is searched in two halves at once (the summaries are only read); the
    // halves join in order.
    constexpr qsizetype kParallelFrom = 20000;
    if (candidates.size() < kParallelFrom || QThread::idealThreadCount() < 2)
        return scan(0, candidates.size());
    const qsizetype half = candidates.size() / 2;
    auto second = std::async(std::launch::async, scan, half, candidates.size());
    QList<int> rows = scan(0, half);
    rows += second.get();
    return rows;
}

void TaskFilterProxyModel::sortRows(QList<int> &rows) const
{
    const TaskListModel &tasks = *m_tasks;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    // Needs-you rows lead whatever the order; each group keeps its own order.
    auto groupEnd = rows.begin();
    if (m_needsYouFirst)
        groupEnd =
            std::stable_partition(rows.begin(), rows.end(), [&tasks](int r) { return tasks.summaryAt(r)->needsYou(); });
    auto sortGroup = [&](QList<int>::iterator from, QList<int>::iterator to) {
        if (m_sortColumn == TaskListModel::UpdatedColumn) {
            // Plain integer keys: most sorts are by time, over every row.
            std::vector<std::pair<qint64, int>> keyed;
            keyed.reserve(size_t(to - from));
            for (auto it = from; it != to; ++it)
                keyed.emplace_back(tasks.summaryAt(*it)->updatedAt.toMSecsSinceEpoch(), *it);
            std::stable_sort(keyed.begin(), keyed.end(), [descending](const auto &a, const auto &b) {
                return descending ? a.first > b.first : a.first < b.first;
            });
            for (size_t i = 0; i < keyed.size(); ++i)
                *(from + qsizetype(i)) = keyed[i].second;
            return;
        }
        auto less = [this, &tasks](int a, int b) {
            const TaskSummary &l = *tasks.summaryAt(a);
            const TaskSummary &r = *tasks.summaryAt(b);
            switch (m_sortColumn) {
            case TaskListModel::StatusColumn: return l.status < r.status;
            case TaskListModel::ProviderColumn: return l.provider < r.provider;
            case TaskListModel::RepoColumn: return l.repoName.compare(r.repoName, Qt::CaseInsensitive) < 0;
            case TaskListModel::TitleColumn: return l.title.compare(r.title, Qt::CaseInsensitive) < 0;
            case TaskListModel::PrColumn: return l.prUrl < r.prUrl;
            case TaskListModel::CostColumn:
                return tasks.index(a, TaskListModel::CostColumn).data(TaskListModel::SortRole).toDouble()
                       < tasks.index(b, TaskListModel::CostColumn).data(TaskListModel::SortRole).toDouble();
            default: return false;
            }
        };
        if (m_sortColumn < 0)
            return; // the source's order
        std::stable_sort(from, to, [&](int a, int b) { return descending ? less(b, a) : less(a, b); });
    };
    sortGroup(rows.begin(), groupEnd);
    sortGroup(groupEnd, rows.end());
}

void TaskFilterProxyModel::rebuild(bool announce, bool reorder)
{
    m_recheck.stop();
    QModelIndexList fromProxy;
    QList<QPersistentModelIndex> sources;
    if (announce && !m_sourceChanging) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        fromProxy = persistentIndexList();
        sources.reserve(fromProxy.size());
        for (const QModelIndex &i : std::as_const(fromProxy))
            sources.append(QPersistentModelIndex(mapToSource(i)));
    }
    // Every row in order first (sorted only when the order can have changed); what is
    // shown is then the accepted ones, already in order.
    if (reorder || m_order.size() != (m_tasks ? m_tasks->rowCount() : 0)) {
        m_order.clear();
        if (m_tasks) {
            m_order.resize(m_tasks->rowCount());
            std::iota(m_order.begin(), m_order.end(), 0);
            sortRows(m_order);
        }
    }
    // Typing one more letter only narrows: then only what is shown is searched again.
    const bool narrowing = !reorder && m_narrowsPrevious;
    m_rows = acceptedRows(narrowing ? m_rows : m_order);
    m_proxyRow = QList<int>(m_tasks ? m_tasks->rowCount() : 0, -1);
    for (int i = 0; i < m_rows.size(); ++i)
        m_proxyRow[m_rows.at(i)] = i;
    if (announce && !m_sourceChanging) {
        QModelIndexList to;
        to.reserve(fromProxy.size());
        for (int i = 0; i < fromProxy.size(); ++i)
            to.append(mapFromSource(sources.at(i)).siblingAtColumn(fromProxy.at(i).column()));
        changePersistentIndexList(fromProxy, to);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
}

// Rows come, go or move in the source: one layout change here around it, with our
// persistent indexes kept as the source's own (which the source moves with its rows).
void TaskFilterProxyModel::sourceAboutToChange()
{
    if (m_sourceChanging)
        return;
    m_sourceChanging = true;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_savedProxy = persistentIndexList();
    m_savedSource.clear();
    m_savedSource.reserve(m_savedProxy.size());
    for (const QModelIndex &i : std::as_const(m_savedProxy))
        m_savedSource.append(QPersistentModelIndex(mapToSource(i)));
}

void TaskFilterProxyModel::sourceChanged()
{
    if (!m_sourceChanging)
        return;
    rebuild(false);
    QModelIndexList to;
    to.reserve(m_savedProxy.size());
    for (int i = 0; i < m_savedProxy.size(); ++i) {
        const QModelIndex mapped = mapFromSource(m_savedSource.at(i));
        to.append(mapped.isValid() ? mapped.siblingAtColumn(m_savedProxy.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(m_savedProxy, to);
    m_savedProxy.clear();
    m_savedSource.clear();
    m_sourceChanging = false;
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TaskFilterProxyModel::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                               const QList<int> &roles)
{
    // What is shown changes in place now; whether it still belongs (and where) is
    // checked once the burst is over.
    int first = -1, last = -1;
    for (int row = topLeft.row(); row <= bottomRight.row() && row < m_proxyRow.size(); ++row) {
        const int p = m_proxyRow.at(row);
        if (p < 0)
            continue;
        first = first < 0 ? p : std::min(first, p);
        last = std::max(last, p);
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()), roles);
    if (!m_recheck.isActive())
        m_recheck.start();
}

QModelIndex TaskFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.model() != this || proxyIndex.row() >= m_rows.size())
        return {};
    return sourceModel()->index(m_rows.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex TaskFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() || sourceIndex.row() >= m_proxyRow.size())
        return {};
    const int row = m_proxyRow.at(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex TaskFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex TaskFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

int TaskFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool TaskFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.isEmpty();
}

} // namespace agentdesk
