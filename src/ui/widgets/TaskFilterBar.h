#pragma once

#include "ui/models/TaskFilterProxyModel.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLineEdit;

namespace agentdesk {

// The row above the task list: search, status, provider and origin filters, and
// "Needs you". Says what the operator asked for; the window adds what the menus set
// (hidden tasks) and hands it to the proxy model.
class TaskFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit TaskFilterBar(QWidget *parent = nullptr);

    TaskFilter filter() const;
    // Shows every task again (a task the operator asked for must not stay filtered out).
    void clear();
    void focusSearch();

    QLineEdit *searchEdit() const { return m_search; }
    // The common filters as commands (the View ▸ Filter menu, the command palette).
    QList<QAction *> actions() const { return m_actions; }
    // The last widget of the row, for the window's tab order.
    QWidget *lastInTabOrder() const;

Q_SIGNALS:
    void changed();

private:
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_provider;
    QComboBox *m_origin;
    QCheckBox *m_needsYouOnly;
    QList<QAction *> m_actions;
};

} // namespace agentdesk
