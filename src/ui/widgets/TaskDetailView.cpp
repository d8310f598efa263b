#include "TaskDetailView.h"

#include "storage/TaskStore.h"
#include "ui/delegates/ActivityDelegate.h"
#include "ui/models/ActivityModel.h"

#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QScrollBar>
#include <QVBoxLayout>

namespace agentdesk {

namespace {
QString link(const QString &url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), text.toHtmlEscaped());
}
} // namespace

TaskDetailView::TaskDetailView(TaskStore &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    auto *layout = new QVBoxLayout(this);
    m_placeholder = new QLabel(tr("Select a task to see its timeline.\nPress Ctrl+N to send a new one."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_attention = new QLabel(this);
    m_attention->setWordWrap(true);
    m_attention->setStyleSheet(QStringLiteral("background: #f9e79f; color: #3d3846; padding: 6px; border-radius: 4px;"));
    m_meta = new QLabel(this);
    m_meta->setWordWrap(true);
    m_meta->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_meta->setOpenExternalLinks(true);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_result->setOpenExternalLinks(true);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("background: #f6d5d8; color: #5c0f16; padding: 6px; border-radius: 4px;"));
    m_timeline = new QListView(this);
    m_timeline->setAccessibleName(tr("Activity timeline"));
    m_timeline->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_timeline->setResizeMode(QListView::Adjust);
    m_timeline->setWordWrap(true);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_activities = new ActivityModel(store, this);
    m_timeline->setModel(m_activities);
    m_timeline->setItemDelegate(new ActivityDelegate(m_timeline));
    for (QWidget *w : std::initializer_list<QWidget *>{m_placeholder, m_title, m_status, m_attention, m_meta,
                                                       m_result, m_error, m_timeline})
        layout->addWidget(w);
    layout->setStretchFactor(m_timeline, 1);
    layout->setStretchFactor(m_placeholder, 1);

    // Follow the timeline's end while the user is at the end; stay put otherwise.
    connect(m_activities, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar *bar = m_timeline->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 4)
            QMetaObject::invokeMethod(m_timeline, &QListView::scrollToBottom, Qt::QueuedConnection);
    });
    connect(&m_store, &TaskStore::taskChanged, this, [this](const QString &id) {
        if (id == m_taskId)
            reloadHeader();
    });
    connect(&m_store, &TaskStore::taskRemoved, this, [this](const QString &id) {
        if (id == m_taskId)
            showTask({});
    });
    showTask({});
}

void TaskDetailView::showTask(const QString &taskId)
{
    m_taskId = taskId;
    m_activities->setTaskId(taskId);
    reloadHeader();
    m_timeline->scrollToBottom();
}

void TaskDetailView::reloadHeader()
{
    const std::optional<Task> task = m_taskId.isEmpty() ? std::nullopt : m_store.task(m_taskId);
    const bool shown = task.has_value();
    m_placeholder->setVisible(!shown);
    for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_status, m_meta, m_timeline})
        w->setVisible(shown);
    if (!shown) {
        m_attention->hide();
        m_result->hide();
        m_error->hide();
        return;
    }
    const Task &t = *task;
    m_title->setText(t.displayTitle());
    QString status = QStringLiteral("<b>%1</b> · %2").arg(statusDisplayName(t.status), providerDisplayName(t.provider));
    if (!t.upstreamStatus.isEmpty())
        status += QStringLiteral(" · <span style=\"color: gray\">%1</span>").arg(t.upstreamStatus.toHtmlEscaped());
    status += QStringLiteral(" · ") + tr("updated %1").arg(QLocale().toString(t.updatedAt.toLocalTime(), QLocale::ShortFormat));
    m_status->setText(status);
    m_attention->setVisible(t.attention.needsYou());
    m_attention->setText(QStringLiteral("⚠ ") + tr("Needs you: %1").arg(t.attention.reason));
    QStringList meta;
    meta << tr("Repository: %1").arg(link(t.source.repoUrl, t.source.repoName))
                + (t.source.branch.isEmpty() ? QString() : QStringLiteral(" @ ") + t.source.branch.toHtmlEscaped());
    if (!t.account.isEmpty())
        meta << tr("Account: %1").arg(t.account.toHtmlEscaped());
    if (!t.webUrl.isEmpty())
        meta << link(t.webUrl, tr("Open in %1").arg(providerDisplayName(t.provider)));
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    QStringList result;
    if (!t.result.prUrl.isEmpty())
        result << tr("Pull request: %1").arg(link(t.result.prUrl, t.result.prUrl));
    if (!t.result.summary.isEmpty())
        result << t.result.summary.toHtmlEscaped();
    if (t.result.durationSeconds) {
        const qint64 s = *t.result.durationSeconds;
        result << (s < 120 ? tr("Took %n second(s)", nullptr, int(s)) : tr("Took %n minute(s)", nullptr, int(s / 60)));
    }
    m_result->setText(result.join(QStringLiteral("<br>")));
    m_result->setVisible(!result.isEmpty());
    m_error->setText(t.error);
    m_error->setVisible(!t.error.isEmpty());
}

} // namespace agentdesk
