#include "TaskFilterBar.h"

#include "domain/ProviderId.h"
#include "domain/Task.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <functional>

namespace agentdesk {

namespace {
QComboBox *filterCombo(QWidget *parent, const QString &accessibleName, const QString &all, int minimumLength)
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(accessibleName);
    combo->addItem(all);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(minimumLength);
    return combo;
}
} // namespace

TaskFilterBar::TaskFilterBar(QWidget *parent) : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search tasks (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search tasks"));
    m_search->setMinimumWidth(120);
    m_status = filterCombo(this, tr("Status filter"), tr("All statuses"), 8);
    for (TaskStatus s : allStatuses())
        m_status->addItem(statusDisplayName(s), int(s));
    m_provider = filterCombo(this, tr("Provider filter"), tr("All providers"), 8);
    for (ProviderId p : allProviders())
        m_provider->addItem(providerDisplayName(p), int(p));
    m_origin = filterCombo(this, tr("Origin filter"), tr("Any origin"), 10);
    m_origin->addItem(tr("Started here"), int(TaskOrigin::AgentDesk));
    m_origin->addItem(tr("Started elsewhere"), int(TaskOrigin::Elsewhere));
    m_origin->setToolTip(tr("Tasks sent from AgentDesk, or adopted from the providers' own apps (marked ↗)"));
    m_needsYouOnly = new QCheckBox(tr("Needs &you"), this);
    m_needsYouOnly->setToolTip(tr("Show only tasks waiting for you"));

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_search, 1);
    row->addWidget(m_status);
    row->addWidget(m_provider);
    row->addWidget(m_origin);
    row->addWidget(m_needsYouOnly);
    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_provider);
    setTabOrder(m_provider, m_origin);
    setTabOrder(m_origin, m_needsYouOnly);

    connect(m_search, &QLineEdit::textChanged, this, &TaskFilterBar::changed);
    for (QComboBox *combo : {m_status, m_provider, m_origin})
        connect(combo, &QComboBox::currentIndexChanged, this, &TaskFilterBar::changed);
    connect(m_needsYouOnly, &QCheckBox::toggled, this, &TaskFilterBar::changed);

    auto command = [this](const QString &text, std::function<void()> apply) {
        auto *a = new QAction(text, this);
        connect(a, &QAction::triggered, this, [this, apply = std::move(apply)] {
            clear();
            apply();
        });
        m_actions << a;
    };
    command(tr("Show Only Tasks That Need You"), [this] { m_needsYouOnly->setChecked(true); });
    command(tr("Show Only Failed Tasks"),
            [this] { m_status->setCurrentIndex(m_status->findData(int(TaskStatus::Failed))); });
    command(tr("Show Only Tasks Started Elsewhere"),
            [this] { m_origin->setCurrentIndex(m_origin->findData(int(TaskOrigin::Elsewhere))); });
    for (ProviderId p : allProviders())
        command(tr("Show Only %1 Tasks").arg(providerDisplayName(p)),
                [this, p] { m_provider->setCurrentIndex(m_provider->findData(int(p))); });
    command(tr("Show All Tasks (Clear Filters)"), [] {});
}

TaskFilter TaskFilterBar::filter() const
{
    TaskFilter f;
    f.text = m_search->text();
    if (m_status->currentIndex() > 0)
        f.status = TaskStatus(m_status->currentData().toInt());
    if (m_provider->currentIndex() > 0)
        f.provider = ProviderId(m_provider->currentData().toInt());
    if (m_origin->currentIndex() > 0)
        f.origin = TaskOrigin(m_origin->currentData().toInt());
    f.needsYouOnly = m_needsYouOnly->isChecked();
    return f;
}

void TaskFilterBar::clear()
{
    {
        const QSignalBlocker block(this); // one change, not five
        m_search->clear();
        for (QComboBox *combo : {m_status, m_provider, m_origin})
            combo->setCurrentIndex(0);
        m_needsYouOnly->setChecked(false);
    }
    Q_EMIT changed();
}

void TaskFilterBar::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

QWidget *TaskFilterBar::lastInTabOrder() const
{
    return m_needsYouOnly;
}

} // namespace agentdesk
