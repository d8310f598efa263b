#include "TaskFilterProxyModel.h"

#include "TaskListModel.h"

namespace agentdesk {

TaskFilterProxyModel::TaskFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TaskListModel::SortRole);
    setDynamicSortFilter(true);
}

void TaskFilterProxyModel::setFilter(const TaskFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_needle = filter.text.trimmed().toLower();
    invalidateFilter();
}

void TaskFilterProxyModel::setNeedsYouFirst(bool on)
{
    if (on == m_needsYouFirst)
        return;
    m_needsYouFirst = on;
    invalidate();
}

bool TaskFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    // Read the summary directly: this runs for every row on each keystroke.
    const auto *model = qobject_cast<const TaskListModel *>(sourceModel());
    const TaskSummary *s = model ? model->summaryAt(sourceRow) : nullptr;
    if (!s)
        return false;
    if (m_filter.status && s->status != *m_filter.status)
        return false;
    if (m_filter.provider && s->provider != *m_filter.provider)
        return false;
    if (m_filter.needsYouOnly && !s->attention.needsYou())
        return false;
    return m_needle.isEmpty() || s->searchText.contains(m_needle);
}

bool TaskFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_needsYouFirst) {
        const bool l = left.data(TaskListModel::NeedsYouRole).toBool();
        const bool r = right.data(TaskListModel::NeedsYouRole).toBool();
        if (l != r)   // independent of the sort order: needs-you rows always lead
            return sortOrder() == Qt::AscendingOrder ? l : r;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace agentdesk
