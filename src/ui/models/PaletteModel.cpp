#include "PaletteModel.h"

#include "TaskListModel.h"

#include <QAction>

namespace agentdesk {

namespace {
QString plain(const QAction *a)
{
    return a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")).trimmed();
}
bool matches(const QString &haystack, const QStringList &words)
{
    for (const QString &w : words)
        if (!haystack.contains(w, Qt::CaseInsensitive))
            return false;
    return true;
}

// A task's search text is lower-cased UTF-8 already.
bool matches(const QByteArray &searchText, const QList<QByteArray> &words)
{
    for (const QByteArray &w : words)
        if (!searchText.contains(w))
            return false;
    return true;
}
} // namespace

PaletteModel::PaletteModel(QList<QAction *> actions, const TaskListModel &tasks, QObject *parent)
    : QAbstractListModel(parent), m_actions(std::move(actions)), m_tasks(tasks)
{
    setQuery({});
}

void PaletteModel::setQuery(const QString &query)
{
    const QStringList words = query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<Entry> entries;
    for (QAction *a : std::as_const(m_actions)) {
        if (!a || !a->isEnabled() || a->text().isEmpty())
            continue;
        const QString text = plain(a);
        if (matches(text, words))
            entries.append({Entry::Action, text, a->shortcut().toString(QKeySequence::NativeText), a, {}, {}});
    }
    QList<QByteArray> needles;
    for (const QString &w : words)
        needles << w.toLower().toUtf8();
    int tasks = 0;
    for (int row = 0; row < m_tasks.rowCount() && tasks < kMaxTasks && !words.isEmpty(); ++row) {
        const TaskSummary *s = m_tasks.summaryAt(row);
        if (!s || !matches(s->searchText, needles))
            continue;
        const QString title = s->title.isEmpty() ? s->id : s->title;
        entries.append({Entry::Task, title, statusDisplayName(s->status) + QStringLiteral(" · ") + s->repoName, nullptr, s->id,
                        s->attention.needsYou() ? QStringLiteral("attention") : QStringLiteral("status-") + agentdesk::statusKey(s->status)});
        ++tasks;
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int PaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant PaletteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.detail.isEmpty() ? e.text : e.text + QStringLiteral("    ") + e.detail;
    case Qt::AccessibleTextRole:
        return (e.kind == Entry::Action ? tr("Action: %1") : tr("Task: %1")).arg(e.text);
    case Qt::DecorationRole:
        if (e.kind == Entry::Action && e.action)
            return e.action->icon();
        return QIcon(QStringLiteral(":/icons/%1.svg").arg(e.statusKey));
    case KindRole: return int(e.kind);
    case TaskIdRole: return e.taskId;
    default: return {};
    }
}

} // namespace agentdesk
