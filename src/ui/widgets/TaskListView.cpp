#include "TaskListView.h"

#include "ui/models/TaskListModel.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace agentdesk {

TaskListView::TaskListView(QWidget *parent) : QTreeView(parent)
{
    setAccessibleName(tr("Tasks"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
}

void TaskListView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    QHeaderView *h = header();
    h->setStretchLastSection(false);
    h->setMinimumSectionSize(40);
    // The title takes what is left; the others are as wide as they need.
    h->setSectionResizeMode(TaskListModel::TitleColumn, QHeaderView::Stretch);
    h->setSectionResizeMode(TaskListModel::StatusColumn, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(TaskListModel::ProviderColumn, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(TaskListModel::UpdatedColumn, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(TaskListModel::PrColumn, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(TaskListModel::CostColumn, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(TaskListModel::RepoColumn, QHeaderView::Interactive);
    setColumnWidth(TaskListModel::RepoColumn, 100);
    // Sized from the rows in view, not the whole list: a resize stays cheap with 100,000 tasks.
    h->setResizeContentsPrecision(100);
}

bool TaskListView::selectNextNeedingYou()
{
    const int rows = model() ? model()->rowCount() : 0;
    const int start = currentIndex().row();
    for (int step = 1; step <= rows; ++step) {
        const QModelIndex index = model()->index((start + step + rows) % rows, 0);
        if (index.data(TaskListModel::NeedsYouRole).toBool() && !index.data(TaskListModel::GoneRole).toBool()) {
            setCurrentIndex(index);
            scrollTo(index);
            return true;
        }
    }
    return false;
}

void TaskListView::keyPressEvent(QKeyEvent *event)
{
    const int rows = model() ? model()->rowCount() : 0;
    if (rows > 0 && event->modifiers() == Qt::NoModifier) {
        const int row = currentIndex().row();
        int to = -1;
        if (event->key() == Qt::Key_J || (event->key() == Qt::Key_Down && row < 0))
            to = row < 0 ? 0 : std::min(rows - 1, row + 1); // the first Down (or J) selects the first row
        else if (event->key() == Qt::Key_K)
            to = std::max(0, row - 1);
        if (to >= 0) {
            setCurrentIndex(model()->index(to, 0));
            return;
        }
    }
    QTreeView::keyPressEvent(event);
}

bool TaskListView::viewportEvent(QEvent *event)
{
    const bool handled = QTreeView::viewportEvent(event);
    if (!m_painted && event->type() == QEvent::Paint) {
        m_painted = true;
        Q_EMIT firstPainted();
    }
    return handled;
}

} // namespace agentdesk
