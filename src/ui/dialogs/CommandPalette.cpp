#include "CommandPalette.h"

#include "ui/models/PaletteModel.h"
#include "ui/models/TaskListModel.h"

#include <QAction>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace agentdesk {

CommandPalette::CommandPalette(QList<QAction *> actions, const TaskListModel &tasks, QWidget *parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint), m_query(new QLineEdit(this)), m_list(new QListView(this)),
      m_model(new PaletteModel(std::move(actions), tasks, this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setAccessibleName(tr("Command palette"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_query->setPlaceholderText(tr("Type an action or a task…"));
    m_query->setAccessibleName(tr("Command or task"));
    m_query->setClearButtonEnabled(true);
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Matches"));
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus); // typing stays in the line edit; arrows move the list
    m_empty = new QLabel(tr("No matches"), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false); // the palette's own dimmed text colour
    m_empty->hide();
    layout->addWidget(m_query);
    layout->addWidget(m_list);
    layout->addWidget(m_empty);
    resize(560, 360);
    m_query->installEventFilter(this);
    connect(m_query, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setQuery(text);
        if (m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0));
        const bool nothing = m_model->rowCount() == 0;
        m_list->setVisible(!nothing);
        m_empty->setVisible(nothing);
    });
    connect(m_query, &QLineEdit::returnPressed, this, [this] { runRow(m_list->currentIndex().row()); });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &i) { runRow(i.row()); });
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    if (parent) {
        const QRect r = parent->window()->geometry();
        move(r.center().x() - width() / 2, r.top() + 80);
    }
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            const int step = key == Qt::Key_Down ? 1 : key == Qt::Key_Up ? -1 : key == Qt::Key_PageDown ? 8 : -8;
            const int row = qBound(0, m_list->currentIndex().row() + step, m_model->rowCount() - 1);
            m_list->setCurrentIndex(m_model->index(row));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::runRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const PaletteModel::Entry entry = m_model->entryAt(row);
    if (!entry.enabled)
        return; // listed for its reason (the tooltip), not to be run
    accept();
    if (entry.kind == PaletteModel::Entry::Action) {
        if (entry.action)
            entry.action->trigger();
    } else {
        Q_EMIT taskChosen(entry.taskId);
    }
}

} // namespace agentdesk
