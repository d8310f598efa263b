#include "TaskListView.h"

#include "ui/models/TaskListModel.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace agentdesk {

namespace {
constexpr int kMinColumn = 40;
constexpr int kMinTitle = 160;
constexpr int kRepoWidth = 140; // owner/repo beyond this is elided (the tooltip has it)
} // namespace

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
    m_fit.setSingleShot(true);
    m_fit.setInterval(0);
    connect(&m_fit, &QTimer::timeout, this, &TaskListView::fitColumns);
}

void TaskListView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    QHeaderView *h = header();
    h->setStretchLastSection(false);
    h->setMinimumSectionSize(kMinColumn);
    // Every width is set by fitColumns (the operator may still drag them until the next fit).
    h->setSectionResizeMode(QHeaderView::Interactive);
    // Sized from the rows in view, not the whole list: a resize stays cheap with 100,000 tasks.
    h->setResizeContentsPrecision(100);
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &TaskListView::fitSoon);
        connect(model, &QAbstractItemModel::layoutChanged, this, &TaskListView::fitSoon);
        connect(model, &QAbstractItemModel::rowsInserted, this, &TaskListView::fitSoon);
    }
    fitSoon();
}

void TaskListView::fitSoon()
{
    if (!m_fit.isActive())
        m_fit.start();
}

void TaskListView::fitColumns()
{
    if (!model())
        return;
    QHeaderView *h = header();
    const int available = viewport()->width();
    const int minTitle = std::max(kMinTitle, available * 2 / 5);
    QList<int> wanted(TaskListModel::ColumnCount, 0);
    int others = 0;
    for (int c = 0; c < TaskListModel::ColumnCount; ++c) {
        if (c == TaskListModel::TitleColumn)
            continue;
        const int natural = std::max(h->sectionSizeHint(c), sizeHintForColumn(c));
        wanted[c] = c == TaskListModel::RepoColumn ? std::min(kRepoWidth, natural) : natural;
        others += wanted[c];
    }
    // The others give way in proportion when they would leave the title less than its share.
    const int room = std::max(0, available - minTitle);
    const double scale = others > room && others > 0 ? double(room) / others : 1.0;
    int used = 0;
    for (int c = 0; c < TaskListModel::ColumnCount; ++c) {
        if (c == TaskListModel::TitleColumn)
            continue;
        const int width = std::max(kMinColumn, int(wanted[c] * scale));
        setColumnWidth(c, width);
        used += width;
    }
    // Squeezed below every column's minimum (the window at its smallest), the title still
    // shows some of itself; then, and only then, the list scrolls sideways.
    setColumnWidth(TaskListModel::TitleColumn, std::max(std::min(minTitle, available), available - used));
}

void TaskListView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    fitSoon();
}

void TaskListView::changeEvent(QEvent *event)
{
    QTreeView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        fitSoon();
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
