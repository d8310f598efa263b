#pragma once

#include <QAbstractListModel>
#include <QPointer>

class QAction;

namespace agentdesk {

class TaskListModel;

// What the palette offers for a query: actions by their name (whole words, or letters
// that abbreviate it: "newt" is New Task), those that cannot run now greyed with the
// reason, and tasks by title, repository, id or prompt. Words match in any order;
// actions come first.
class PaletteModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 1, TaskIdRole, EnabledRole };
    struct Entry {
        enum Kind { Action, Task } kind = Action;
        QString text;
        QString detail; // shortcut, or status and repository
        QPointer<QAction> action;
        QString taskId;
        QString statusKey; // tasks: for the icon
        bool enabled = true;
        QString why; // a disabled action: why it cannot run now
    };

    PaletteModel(QList<QAction *> actions, const TaskListModel &tasks, QObject *parent = nullptr);
    void setQuery(const QString &query);
    const Entry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static constexpr int kMaxTasks = 50;

private:
    QList<QAction *> m_actions;
    const TaskListModel &m_tasks;
    QList<Entry> m_entries;
};

} // namespace agentdesk
