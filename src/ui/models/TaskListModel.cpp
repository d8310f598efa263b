#include "TaskListModel.h"

#include "storage/TaskStore.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QPalette>

namespace agentdesk {

TaskListModel::TaskListModel(TaskStore &store, QObject *parent) : QAbstractTableModel(parent), m_store(store)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(50);   // refresher bursts become one update
    connect(&m_flush, &QTimer::timeout, this, &TaskListModel::flushChanges);
    m_loader.setSingleShot(true);
    m_loader.setInterval(0);
    connect(&m_loader, &QTimer::timeout, this, &TaskListModel::loadNextChunk);
    connect(&m_store, &TaskStore::taskAdded, this, &TaskListModel::markChanged);
    connect(&m_store, &TaskStore::taskChanged, this, &TaskListModel::markChanged);
    connect(&m_store, &TaskStore::taskRemoved, this, &TaskListModel::removeTask);
}

void TaskListModel::reload()
{
    m_loader.stop();
    beginResetModel();
    m_rows = m_store.summaries(m_firstPage, 0);
    m_rowById.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).id, i);
    m_loaded = int(m_rows.size());
    m_fullyLoaded = m_rows.size() < m_firstPage;
    endResetModel();
    recount();
    if (m_fullyLoaded)
        Q_EMIT fullyLoaded();
    else
        m_loader.start();
}

void TaskListModel::loadNextChunk()
{
    const QList<TaskSummary> chunk = m_store.summaries(m_chunk, m_loaded);
    m_loaded += int(chunk.size());
    QList<TaskSummary> fresh;
    fresh.reserve(chunk.size());
    for (const TaskSummary &s : chunk)
        if (!m_rowById.contains(s.id))   // a task added live may already be here
            fresh << s;
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (const TaskSummary &s : std::as_const(fresh)) {
            m_rowById.insert(s.id, int(m_rows.size()));
            m_rows << s;
        }
        endInsertRows();
        recount();
    }
    if (chunk.size() < m_chunk) {
        m_fullyLoaded = true;
        Q_EMIT fullyLoaded();
    } else {
        m_loader.start();
    }
}

void TaskListModel::markChanged(const QString &id)
{
    m_pending.insert(id);
    if (!m_flush.isActive())
        m_flush.start();
}

void TaskListModel::flushChanges()
{
    QList<int> changedRows;
    QList<TaskSummary> added;
    for (const QString &id : std::as_const(m_pending)) {
        const std::optional<TaskSummary> s = m_store.summary(id);
        if (!s)
            continue;
        const int row = m_rowById.value(id, -1);
        if (row >= 0) {
            m_rows[row] = *s;
            changedRows << row;
        } else {
            added << *s;
        }
    }
    m_pending.clear();
    // One dataChanged per run of adjacent rows; the whole table when most rows changed.
    std::sort(changedRows.begin(), changedRows.end());
    if (changedRows.size() > m_rows.size() / 2 && m_rows.size() > 8) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    } else {
        for (int i = 0; i < changedRows.size();) {
            int j = i;
            while (j + 1 < changedRows.size() && changedRows.at(j + 1) == changedRows.at(j) + 1)
                ++j;
            Q_EMIT dataChanged(index(changedRows.at(i), 0), index(changedRows.at(j), ColumnCount - 1));
            i = j + 1;
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const TaskSummary &s : std::as_const(added)) {
            m_rowById.insert(s.id, int(m_rows.size()));
            m_rows << s;
        }
        endInsertRows();
    }
    recount();
}

void TaskListModel::removeTask(const QString &id)
{
    m_pending.remove(id);
    const int row = m_rowById.value(id, -1);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_rowById.remove(id);
    for (int i = row; i < m_rows.size(); ++i)
        m_rowById[m_rows.at(i).id] = i;
    endRemoveRows();
    recount();
}

void TaskListModel::recount()
{
    int n = 0;
    for (const TaskSummary &s : std::as_const(m_rows))
        n += s.attention.needsYou() ? 1 : 0;
    if (n != m_needsYou) {
        m_needsYou = n;
        Q_EMIT needsYouCountChanged(n);
    }
}

int TaskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int TaskListModel::rowOf(const QString &taskId) const
{
    return m_rowById.value(taskId, -1);
}

const TaskSummary *TaskListModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaskSummary &s = m_rows.at(index.row());
    switch (role) {
    case TaskIdRole: return s.id;
    case StatusRole: return int(s.status);
    case ProviderRole: return int(s.provider);
    case NeedsYouRole: return s.attention.needsYou();
    case AttentionReasonRole: return s.attention.reason;
    case SearchTextRole: return s.searchText;
    case PrUrlRole: return s.prUrl;
    default: break;
    }
    const int column = index.column();
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (column) {
        case StatusColumn:
            if (role == SortRole)
                return int(s.status);
            return s.attention.needsYou() ? tr("%1 · needs you").arg(statusDisplayName(s.status))
                                          : statusDisplayName(s.status);
        case ProviderColumn: return providerDisplayName(s.provider);
        case RepoColumn: return s.repoName;
        case TitleColumn: return s.title;
        case UpdatedColumn:
            if (role == SortRole)
                return s.updatedAt;
            return QLocale().toString(s.updatedAt.toLocalTime(), QLocale::ShortFormat);
        case PrColumn:
            if (s.prUrl.isEmpty())
                return {};
            return s.prUrl.section(QLatin1Char('/'), -1).prepend(QLatin1Char('#'));
        }
    }
    if (role == Qt::ToolTipRole) {
        QString tip = s.title;
        if (s.attention.needsYou())
            tip += QLatin1Char('\n') + tr("Needs you: %1").arg(s.attention.reason);
        if (!s.error.isEmpty())
            tip += QLatin1Char('\n') + tr("Error: %1").arg(s.error);
        if (column == PrColumn && !s.prUrl.isEmpty())
            return s.prUrl;
        return tip;
    }
    if (role == Qt::DecorationRole && column == StatusColumn) {
        if (s.attention.needsYou())
            return QIcon(QStringLiteral(":/icons/attention.svg"));
        return QIcon(QStringLiteral(":/icons/status-%1.svg").arg(statusKey(s.status)));
    }
    if (role == Qt::ForegroundRole && column == StatusColumn) {
        if (s.status == TaskStatus::Failed) {
            // Readable on light and dark palettes alike.
            const bool dark = QApplication::palette().color(QPalette::Base).lightness() < 128;
            return dark ? QColor(0xff, 0x9b, 0x9b) : QColor(0xc0, 0x1c, 0x28);
        }
    }
    if (role == Qt::FontRole && s.attention.needsYou()) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::AccessibleTextRole)
        return tr("%1, %2, %3, %4").arg(statusDisplayName(s.status), providerDisplayName(s.provider), s.repoName, s.title);
    return {};
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn: return tr("Status");
    case ProviderColumn: return tr("Provider");
    case RepoColumn: return tr("Repository");
    case TitleColumn: return tr("Title");
    case UpdatedColumn: return tr("Updated");
    case PrColumn: return tr("PR");
    }
    return {};
}

} // namespace agentdesk
