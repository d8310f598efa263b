#include "PaletteModel.h"

#include "TaskListModel.h"

#include <QAction>

#include <algorithm>

namespace agentdesk {

namespace {
QString plain(const QAction *a)
{
    return a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")).trimmed();
}

bool isWordStart(const QString &text, qsizetype i)
{
    return i == 0 || !text.at(i - 1).isLetterOrNumber();
}

// `word` taken from `text` in order, each letter either right after the previous one or
// at the start of a word: "newt" finds "New Task", "aplan" "Approve Plan".
bool abbreviates(const QString &word, qsizetype w, const QString &text, qsizetype from, bool joined)
{
    if (w == word.size())
        return true;
    for (qsizetype i = from; i < text.size(); ++i) {
        if (text.at(i).toCaseFolded() != word.at(w).toCaseFolded())
            continue;
        if (((joined && i == from) || isWordStart(text, i)) && abbreviates(word, w + 1, text, i + 1, true))
            return true;
    }
    return false;
}

// 2: every word is in the text; 1: some only abbreviate it; 0: no match.
int actionMatch(const QString &text, const QStringList &words)
{
    int score = 2;
    for (const QString &w : words) {
        if (text.contains(w, Qt::CaseInsensitive))
            continue;
        if (!abbreviates(w, 0, text, 0, false))
            return 0;
        score = 1;
    }
    return score;
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
    // Enabled actions first, then the ones that cannot run now (greyed, with the reason);
    // within each, whole-word matches before abbreviations.
    QList<std::pair<int, Entry>> actions;
    for (QAction *a : std::as_const(m_actions)) {
        if (!a || !a->isVisible() || a->text().isEmpty())
            continue;
        const QString text = plain(a);
        const int score = actionMatch(text, words);
        if (score == 0)
            continue;
        Entry e;
        e.kind = Entry::Action;
        e.text = text;
        e.detail = a->shortcut().toString(QKeySequence::NativeText);
        e.action = a;
        e.enabled = a->isEnabled();
        if (!e.enabled)
            e.why = a->toolTip();
        actions.append({(e.enabled ? 10 : 0) + score, e});
    }
    std::stable_sort(actions.begin(), actions.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<Entry> entries;
    for (const auto &scored : std::as_const(actions))
        entries << scored.second;
    QList<QByteArray> needles;
    for (const QString &w : words)
        needles << w.toLower().toUtf8();
    int tasks = 0;
    for (int row = 0; row < m_tasks.rowCount() && tasks < kMaxTasks && !words.isEmpty(); ++row) {
        const TaskSummary *s = m_tasks.summaryAt(row);
        if (!s || !matches(s->searchText, needles))
            continue;
        const QString title = s->title.isEmpty() ? s->id : s->title;
        Entry e;
        e.kind = Entry::Task;
        e.text = title;
        e.detail = statusDisplayName(s->status) + QStringLiteral(" · ") + s->repoName;
        e.taskId = s->id;
        e.statusKey = s->attention.needsYou() ? QStringLiteral("attention")
                                              : QStringLiteral("status-") + agentdesk::statusKey(s->status);
        entries << e;
        ++tasks;
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

Qt::ItemFlags PaletteModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // A disabled action is listed (so the operator learns why it cannot run) but not chosen.
    return m_entries.at(index.row()).enabled ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::ItemIsSelectable;
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
    case Qt::DisplayRole: return e.detail.isEmpty() ? e.text : e.text + QStringLiteral("    ") + e.detail;
    case Qt::ToolTipRole: return e.why;
    case Qt::AccessibleTextRole:
        if (!e.enabled)
            return tr("Action, unavailable: %1. %2").arg(e.text, e.why);
        return (e.kind == Entry::Action ? tr("Action: %1") : tr("Task: %1")).arg(e.text);
    case Qt::DecorationRole:
        if (e.kind == Entry::Action && e.action)
            return e.action->icon();
        return QIcon(QStringLiteral(":/icons/%1.svg").arg(e.statusKey));
    case EnabledRole: return e.enabled;
    case KindRole: return int(e.kind);
    case TaskIdRole: return e.taskId;
    default: return {};
    }
}

} // namespace agentdesk
