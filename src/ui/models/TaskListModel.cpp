#include "TaskListModel.h"

#include "storage/TaskStore.h"
#include "tasks/AccountHealth.h"

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
    m_flush.setInterval(50); // refresher bursts become one update
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
    Outcome<QList<TaskSummary>> page = m_store.summaries({}, m_firstPage);
    if (!page.ok())
        m_store.failed(page.error);
    m_rows = std::move(page.value);
    m_rowById.clear();
    m_needsYou = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rowById.insert(m_rows.at(i).id, i);
        count(m_rows.at(i), +1);
    }
    m_next = m_rows.isEmpty() ? PageKey{} : PageKey{m_rows.constLast().updatedAt, m_rows.constLast().id};
    m_fullyLoaded = m_rows.size() < m_firstPage;
    endResetModel();
    announceCount();
    if (m_fullyLoaded)
        Q_EMIT fullyLoaded();
    else if (m_backgroundLoading)
        m_loader.start();
}

void TaskListModel::startBackgroundLoading()
{
    m_backgroundLoading = true;
    if (!m_fullyLoaded && !m_loader.isActive())
        m_loader.start();
}

void TaskListModel::loadNextChunk()
{
    const Outcome<QList<TaskSummary>> page = m_store.summaries(m_next, m_chunk);
    if (!page.ok()) {
        m_store.failed(page.error);
        return;
    }
    const QList<TaskSummary> &chunk = page.value;
    if (!chunk.isEmpty())
        m_next = PageKey{chunk.constLast().updatedAt, chunk.constLast().id};
    QList<TaskSummary> fresh;
    fresh.reserve(chunk.size());
    for (const TaskSummary &s : chunk)
        if (!m_rowById.contains(s.id)) // a task added live may already be here
            fresh << s;
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (const TaskSummary &s : std::as_const(fresh)) {
            m_rowById.insert(s.id, int(m_rows.size()));
            m_rows << s;
            count(s, +1);
        }
        endInsertRows();
        announceCount();
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
    QStringList gone;
    const Outcome<QList<TaskSummary>> fresh = m_store.summariesOf(QStringList(m_pending.cbegin(), m_pending.cend()));
    if (!fresh.ok()) {
        m_store.failed(fresh.error);
        return; // kept pending: the next change tries again
    }
    QSet<QString> found;
    for (const TaskSummary &s : fresh.value) {
        found.insert(s.id);
        const int row = m_rowById.value(s.id, -1);
        if (row >= 0) {
            count(m_rows.at(row), -1);
            m_rows[row] = s;
            count(s, +1);
            changedRows << row;
        } else {
            added << s;
        }
    }
    for (const QString &id : std::as_const(m_pending))
        if (!found.contains(id) && m_rowById.contains(id))
            gone << id; // deleted by another process
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
            count(s, +1);
        }
        endInsertRows();
    }
    for (const QString &id : std::as_const(gone))
        removeTask(id);
    announceCount();
}

void TaskListModel::removeTask(const QString &id)
{
    m_pending.remove(id);
    const int row = m_rowById.value(id, -1);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    count(m_rows.at(row), -1);
    m_rows.removeAt(row);
    m_rowById.remove(id);
    for (int i = row; i < m_rows.size(); ++i)
        m_rowById[m_rows.at(i).id] = i;
    endRemoveRows();
    announceCount();
}

void TaskListModel::refreshRelativeTimes()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, UpdatedColumn), index(int(m_rows.size()) - 1, UpdatedColumn), {Qt::DisplayRole});
}

void TaskListModel::followAccountHealth(const AccountHealth &health)
{
    connect(&health, &AccountHealth::changed, this, [this, &health] {
        QSet<QString> stale;
        for (const AccountHealth::Trouble &t : health.troubles())
            stale.insert(t.account);
        setStaleAccounts(stale);
    });
}

void TaskListModel::setStaleAccounts(const QSet<QString> &accounts)
{
    if (accounts == m_staleAccounts)
        return;
    m_staleAccounts = accounts;
    // Rare (an account goes down or comes back): one signal over every row is enough.
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                           {Qt::ForegroundRole, Qt::ToolTipRole});
}

QString relativeTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 s = when.secsTo(now);
    if (s < 45)
        return TaskListModel::tr("just now");
    if (s < 3600)
        return TaskListModel::tr("%n min ago", nullptr, int(std::max<qint64>(1, (s + 30) / 60)));
    if (s < 24 * 3600)
        return TaskListModel::tr("%n h ago", nullptr, int(s / 3600));
    if (s < 48 * 3600)
        return TaskListModel::tr("yesterday");
    if (s < 7 * 24 * 3600)
        return TaskListModel::tr("%n days ago", nullptr, int(s / 86400));
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

void TaskListModel::count(const TaskSummary &s, int sign)
{
    if (s.needsYou() && !s.gone && !s.hidden)
        m_needsYou += sign;
}

void TaskListModel::announceCount()
{
    if (m_needsYou == m_announced)
        return;
    m_announced = m_needsYou;
    Q_EMIT needsYouCountChanged(m_needsYou);
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
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case SortRole: return cellValue(s, column, role);
    case Qt::ToolTipRole: return toolTip(s, column);
    case Qt::AccessibleTextRole: return accessibleText(s);
    case Qt::DecorationRole:
    case Qt::ForegroundRole:
    case Qt::FontRole: return appearance(s, column, role);
    default: return rawValue(s, role);
    }
}

QVariant TaskListModel::rawValue(const TaskSummary &s, int role) const
{
    switch (role) {
    case TaskIdRole: return s.id;
    case StatusRole: return int(s.status);
    case ProviderRole: return int(s.provider);
    case NeedsYouRole: return s.needsYou();
    case AttentionReasonRole: return s.attention.text();
    case SearchTextRole: return QString::fromUtf8(s.searchText);
    case PrUrlRole: return s.prUrl;
    case HiddenRole: return s.hidden;
    case GoneRole: return s.gone;
    case OriginRole: return int(s.origin);
    case UpdatedRole: return s.updatedAt;
    default: return {};
    }
}

QVariant TaskListModel::cellValue(const TaskSummary &s, int column, int role) const
{
    switch (column) {
    case StatusColumn:
        if (role == SortRole)
            return int(s.status);
        // Gone upstream is an icon (and the tooltip says it): the column stays short in
        // every language, and the title keeps its room.
        if (s.gone)
            return statusDisplayName(s.status);
        // What the operator has to do, short: the column stays narrow enough for the
        // title beside it on a small screen (the status itself is in the tooltip).
        if (s.attention.kind == AttentionKind::PlanApproval)
            return tr("Approve the plan");
        if (s.attention.kind == AttentionKind::NeedsInput)
            return tr("Waiting for you");
        return statusDisplayName(s.status);
    case ProviderColumn:
        // The arrow marks a task started elsewhere (the provider's own app, CLI, IDE).
        // Short names: the title keeps its room (the full name is in the tooltip).
        return s.origin == TaskOrigin::Elsewhere && role == Qt::DisplayRole
                   ? tr("%1 ↗").arg(providerShortName(s.provider))
                   : providerShortName(s.provider);
    case RepoColumn: return s.repoName;
    case TitleColumn: return s.title;
    case UpdatedColumn:
        if (role == SortRole)
            return s.updatedAt;
        return relativeTime(s.updatedAt, m_now());
    case PrColumn: return prText(s);
    case CostColumn: return costValue(s, role);
    default: return {};
    }
}

// "#7", then at a glance what GitHub says: ✗ a check failed, ✓ all passed, … running,
// ✎ changes asked for, or merged / closed.
QString TaskListModel::prText(const TaskSummary &s)
{
    if (s.prUrl.isEmpty())
        return {};
    QString text = s.prUrl.section(QLatin1Char('/'), -1).prepend(QLatin1Char('#'));
    if (!s.pr.known)
        return text;
    if (s.pr.state == PrState::Merged)
        return text + QLatin1Char(' ') + tr("merged");
    if (s.pr.state == PrState::Closed)
        return text + QLatin1Char(' ') + tr("closed");
    switch (s.pr.checks) {
    case ChecksState::Failure: text += QStringLiteral(" ✗"); break;
    case ChecksState::Success: text += QStringLiteral(" ✓"); break;
    case ChecksState::Pending: text += QStringLiteral(" …"); break;
    case ChecksState::None: break;
    }
    if (s.pr.review == ReviewState::ChangesRequested)
        text += QStringLiteral(" ✎");
    return text;
}

QString TaskListModel::prToolTip(const TaskSummary &s)
{
    QString tip = s.prUrl;
    if (!s.pr.known)
        return tip + QLatin1Char('\n') + tr("Not read from GitHub yet (a GitHub account reads it).");
    const QString state = s.pr.state == PrState::Merged   ? tr("Merged")
                          : s.pr.state == PrState::Closed ? tr("Closed without merging")
                                                          : tr("Open");
    const QString checks = s.pr.checks == ChecksState::Failure   ? tr("a check failed")
                           : s.pr.checks == ChecksState::Success ? tr("all checks passed")
                           : s.pr.checks == ChecksState::Pending ? tr("checks running")
                                                                 : tr("no checks");
    const QString review = s.pr.review == ReviewState::ChangesRequested ? tr("changes requested")
                           : s.pr.review == ReviewState::Approved       ? tr("approved")
                           : s.pr.review == ReviewState::Commented      ? tr("commented")
                                                                        : tr("not reviewed");
    return tip + QLatin1Char('\n') + tr("%1; %2; %3.").arg(state, checks, review);
}

QVariant TaskListModel::costValue(const TaskSummary &s, int role) const
{
    if (!s.cost)
        return {};
    const std::optional<double> usd = usdOf(s);
    if (role == SortRole)
        return usd ? *usd : -1.0 / (1.0 + s.cost->amount); // priced ones above the rest
    // "≈" marks an estimate (the provider did not report this task's figure).
    const QString text =
        usd ? costunit::describe(*usd, costunit::usd) : costunit::describe(s.cost->amount, s.cost->unit);
    return s.cost->exact ? text : QStringLiteral("≈ ") + text;
}

void TaskListModel::setPrices(const QList<Price> &prices)
{
    m_prices = prices;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, CostColumn), index(int(m_rows.size()) - 1, CostColumn));
}

std::optional<double> TaskListModel::usdOf(const TaskSummary &s) const
{
    return s.cost ? usdFor(s.provider, *s.cost, m_prices) : std::nullopt;
}

QVariant TaskListModel::toolTip(const TaskSummary &s, int column) const
{
    if (column == PrColumn && !s.prUrl.isEmpty())
        return prToolTip(s);
    if (column == CostColumn && s.cost) {
        QString tip = describeCost(s.provider, *s.cost, m_prices) + QLatin1Char('\n');
        tip += s.cost->exact
                   ? tr("Reported by %1 for this task.").arg(providerDisplayName(s.provider))
                   : tr("An estimate: %1 does not report this task's figure.").arg(providerDisplayName(s.provider));
        return tip;
    }
    if (column == UpdatedColumn)
        return QLocale().toString(s.updatedAt.toLocalTime(), QLocale::LongFormat);
    if (column == ProviderColumn) {
        const QString origin = s.origin == TaskOrigin::Elsewhere
                                   ? tr("Started elsewhere (in %1's own app, CLI or IDE) and adopted here")
                                         .arg(providerDisplayName(s.provider))
                                   : tr("Started from AgentDesk");
        return QStringLiteral("%1 (%2)\n%3").arg(providerDisplayName(s.provider), s.account, origin);
    }
    QString tip = s.title + QLatin1Char('\n') + statusDisplayName(s.status);
    if (s.gone)
        tip += QStringLiteral(" · ") + tr("gone upstream: the provider no longer has it");
    if (s.attention.needsYou())
        tip += QLatin1Char('\n') + tr("Needs you: %1").arg(s.attention.text());
    else if (s.pr.needsYou())
        tip +=
            QLatin1Char('\n') + tr("Needs you: the pull request %1.").arg(prToolTip(s).section(QLatin1Char('\n'), 1));
    if (!s.error.isEmpty())
        tip += QLatin1Char('\n') + tr("Error: %1").arg(s.error);
    if (m_staleAccounts.contains(s.account))
        tip += QLatin1Char('\n')
               + tr("May be out of date: its account (%1) cannot be reached or rejects its key.").arg(s.account);
    return tip;
}

QVariant TaskListModel::appearance(const TaskSummary &s, int column, int role) const
{
    if (role == Qt::DecorationRole && column == StatusColumn) {
        if (s.gone)
            return QIcon(QStringLiteral(":/icons/status-gone.svg"));
        if (s.needsYou())
            return QIcon(QStringLiteral(":/icons/attention.svg"));
        return QIcon(QStringLiteral(":/icons/status-%1.svg").arg(statusKey(s.status)));
    }
    if (role == Qt::ForegroundRole && m_staleAccounts.contains(s.account))
        return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ForegroundRole && column == StatusColumn && s.status == TaskStatus::Failed) {
        // Readable on light and dark palettes alike.
        const bool dark = QApplication::palette().color(QPalette::Base).lightness() < 128;
        return dark ? QColor(0xff, 0x9b, 0x9b) : QColor(0xc0, 0x1c, 0x28);
    }
    if (role == Qt::FontRole && s.needsYou()) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QString TaskListModel::accessibleText(const TaskSummary &s) const
{
    const QString status = s.attention.needsYou()
                               ? tr("%1, needs you: %2").arg(statusDisplayName(s.status), s.attention.text())
                               : statusDisplayName(s.status);
    return tr("%1, %2, %3, %4").arg(status, providerDisplayName(s.provider), s.repoName, s.title);
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
    case CostColumn: return tr("Cost");
    }
    return {};
}

} // namespace agentdesk
