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
    // One layout change instead of per-range row removals: with 100,000 rows a
    // search would otherwise send thousands of removal signals to the view.
    invalidate();
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
    if (m_filter.needsYouOnly && (!s->attention.needsYou() || s->gone))
        return false;
    if (!m_filter.showHidden && s->hidden)
        return false;
    if (m_filter.origin && s->origin != *m_filter.origin)
        return false;
    return m_needle.isEmpty() || s->searchText.contains(m_needle);
}

bool TaskFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Compare the summaries directly: a search that matches most of 100,000 rows
    // re-sorts them all, and going through QVariant roles costs ten times more.
    const auto *model = qobject_cast<const TaskListModel *>(sourceModel());
    const TaskSummary *l = model ? model->summaryAt(left.row()) : nullptr;
    const TaskSummary *r = model ? model->summaryAt(right.row()) : nullptr;
    if (!l || !r)
        return QSortFilterProxyModel::lessThan(left, right);
    if (m_needsYouFirst && l->attention.needsYou() != r->attention.needsYou())   // needs-you rows always lead
        return sortOrder() == Qt::AscendingOrder ? l->attention.needsYou() : r->attention.needsYou();
    switch (left.column()) {
    case TaskListModel::StatusColumn: return l->status < r->status;
    case TaskListModel::ProviderColumn: return l->provider < r->provider;
    case TaskListModel::RepoColumn: return l->repoName.compare(r->repoName, Qt::CaseInsensitive) < 0;
    case TaskListModel::TitleColumn: return l->title.compare(r->title, Qt::CaseInsensitive) < 0;
    case TaskListModel::UpdatedColumn: return l->updatedAt < r->updatedAt;
    case TaskListModel::PrColumn: return l->prUrl < r->prUrl;
    default: return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace agentdesk
