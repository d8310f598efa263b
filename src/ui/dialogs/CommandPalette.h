#pragma once

#include <QDialog>

class QAction;
class QLabel;
class QLineEdit;
class QListView;

namespace agentdesk {

class PaletteModel;
class TaskListModel;

// Ctrl+K: type to find an action or a task, Enter to run or open it, Esc to leave.
class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    CommandPalette(QList<QAction *> actions, const TaskListModel &tasks, QWidget *parent = nullptr);

    QLineEdit *queryEdit() const { return m_query; }
    PaletteModel *model() const { return m_model; }

Q_SIGNALS:
    void taskChosen(const QString &taskId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runRow(int row);

    QLineEdit *m_query;
    QListView *m_list;
    QLabel *m_empty = nullptr;
    PaletteModel *m_model;
};

} // namespace agentdesk
