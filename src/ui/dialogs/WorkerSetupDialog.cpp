#include "WorkerSetupDialog.h"

#include "app/WorkerSetup.h"
#include "storage/AccountStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace agentdesk {

namespace {
enum RouteColumn { RouteAgentColumn, RouteAccountColumn, RouteRepoColumn, RouteOptionsColumn };
constexpr int kRouteRole = Qt::UserRole + 1;
} // namespace

WorkerSetupDialog::WorkerSetupDialog(WorkerSetup &setup, AccountStore &accounts, QWidget *parent)
    : QDialog(parent), m_setup(setup), m_accounts(accounts)
{
    setWindowTitle(tr("Worker Routes and Webhook Key"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("A route says which provider account, repository and options run the sessions of "
                                "one platform agent. Sessions of an agent without a route are handed back. What a "
                                "session's text says never changes these."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_routes = new QTreeWidget(this);
    m_routes->setAccessibleName(tr("Routes"));
    m_routes->setRootIsDecorated(false);
    m_routes->setHeaderLabels({tr("Agent"), tr("Account"), tr("Repository"), tr("Options")});
    m_routes->header()->setSectionResizeMode(RouteRepoColumn, QHeaderView::Stretch);
    m_routes->setMinimumHeight(110);
    layout->addWidget(m_routes, 1);
    layout->addLayout(buildRouteForm());
    auto *routeButtons = new QHBoxLayout;
    auto *save = new QPushButton(tr("&Save Route"), this);
    save->setObjectName(QStringLiteral("saveRouteButton"));
    auto *remove = new QPushButton(tr("Re&move Route"), this);
    remove->setObjectName(QStringLiteral("removeRouteButton"));
    routeButtons->addStretch(1);
    routeButtons->addWidget(remove);
    routeButtons->addWidget(save);
    layout->addLayout(routeButtons);
    layout->addWidget(buildKeyBox());

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, &WorkerSetupDialog::saveRoute);
    connect(remove, &QPushButton::clicked, this, &WorkerSetupDialog::removeRoute);
    connect(m_routes, &QTreeWidget::currentItemChanged, this, &WorkerSetupDialog::loadSelected);
    connect(&m_setup, &WorkerSetup::routesChanged, this, &WorkerSetupDialog::reload);

    for (const Account &a : m_accounts.accounts())
        m_account->addItem(tr("%1 (%2)").arg(a.name, providerDisplayName(a.provider)),
                           QStringList{a.name, providerKey(a.provider)});
    if (m_account->count() == 0)
        say(tr("Add a provider account first (File ▸ Accounts): a route runs sessions with one."), true);
    resize(640, 560);
    reload();
}

QFormLayout *WorkerSetupDialog::buildRouteForm()
{
    auto *form = new QFormLayout;
    m_agent = new QLineEdit(this);
    m_agent->setObjectName(QStringLiteral("agentEdit"));
    m_agent->setPlaceholderText(tr("agt_…, from the platform's agent page"));
    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("accountCombo"));
    m_repo = new QLineEdit(this);
    m_repo->setObjectName(QStringLiteral("repoEdit"));
    m_repo->setPlaceholderText(QStringLiteral("https://github.com/OWNER/REPO"));
    m_allowed = new QLineEdit(this);
    m_allowed->setPlaceholderText(tr("Further repositories a session may name, separated by spaces (optional)"));
    m_branch = new QLineEdit(this);
    m_branch->setPlaceholderText(tr("The repository's default branch"));
    m_autoPr = new QCheckBox(tr("Open a &pull request when done"), this);
    m_planApproval = new QCheckBox(tr("Require plan appro&val in the console"), this);
    form->addRow(tr("A&gent:"), m_agent);
    form->addRow(tr("A&ccount:"), m_account);
    form->addRow(tr("&Repository:"), m_repo);
    form->addRow(tr("Also &allowed:"), m_allowed);
    form->addRow(tr("&Branch:"), m_branch);
    form->addRow(QString(), m_autoPr);
    form->addRow(QString(), m_planApproval);
    return form;
}

QGroupBox *WorkerSetupDialog::buildKeyBox()
{
    auto *keyBox = new QGroupBox(tr("Webhook key"), this);
    auto *keyRow = new QHBoxLayout(keyBox);
    m_key = new QLineEdit(keyBox);
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("Webhook key"));
    m_key->setPlaceholderText(tr("The key the platform sends in X-One-Webhook-Key (at least %1 characters)")
                                  .arg(WorkerSetup::kMinimumWebhookKeyLength));
    auto *saveKey = new QPushButton(tr("Save &Key"), keyBox);
    saveKey->setObjectName(QStringLiteral("saveKeyButton"));
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(saveKey);
    connect(saveKey, &QPushButton::clicked, this, &WorkerSetupDialog::saveKey);
    return keyBox;
}

void WorkerSetupDialog::reload()
{
    m_routes->clear();
    const Outcome<QList<WorkerRoute>> routes = m_setup.routes();
    if (!routes.ok())
        return say(routes.error.message, true);
    for (const WorkerRoute &r : routes.value) {
        QStringList options;
        if (!r.branch.isEmpty())
            options << tr("branch %1").arg(r.branch);
        if (r.autoPr)
            options << tr("pull request");
        if (r.planApproval)
            options << tr("plan approval");
        if (!r.allowedRepos.isEmpty())
            options << tr("+%n repositories", nullptr, int(r.allowedRepos.size()));
        auto *item =
            new QTreeWidgetItem(m_routes, {r.agentId, tr("%1 (%2)").arg(r.account, providerDisplayName(r.provider)),
                                           r.repoUrl, options.join(QStringLiteral(", "))});
        item->setData(RouteAgentColumn, kRouteRole, r.agentId);
        item->setToolTip(RouteRepoColumn, (QStringList{r.repoUrl} + r.allowedRepos).join(QLatin1Char('\n')));
    }
}

void WorkerSetupDialog::loadSelected()
{
    QTreeWidgetItem *item = m_routes->currentItem();
    if (!item)
        return;
    const Outcome<QList<WorkerRoute>> routes = m_setup.routes();
    if (!routes.ok())
        return;
    for (const WorkerRoute &r : routes.value) {
        if (r.agentId != item->data(RouteAgentColumn, kRouteRole).toString())
            continue;
        m_agent->setText(r.agentId);
        m_account->setCurrentIndex(m_account->findData(QStringList{r.account, providerKey(r.provider)}));
        m_repo->setText(r.repoUrl);
        m_allowed->setText(r.allowedRepos.join(QLatin1Char(' ')));
        m_branch->setText(r.branch);
        m_autoPr->setChecked(r.autoPr);
        m_planApproval->setChecked(r.planApproval);
    }
}

void WorkerSetupDialog::saveRoute()
{
    WorkerRoute r;
    r.agentId = m_agent->text();
    const QStringList account = m_account->currentData().toStringList();
    r.account = account.value(0);
    r.provider = providerFromKey(account.value(1)).value_or(ProviderId::Jules);
    r.repoUrl = m_repo->text();
    r.allowedRepos = m_allowed->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    r.branch = m_branch->text().trimmed();
    r.autoPr = m_autoPr->isChecked();
    r.planApproval = m_planApproval->isChecked();
    m_setup.saveRoute(r, this, [this, r](const Outcome<Done> &saved) {
        if (!saved.ok())
            return say(saved.error.message, true);
        say(tr("Sessions of agent %1 now run with %2.").arg(r.agentId.trimmed(), r.account), false);
    });
}

void WorkerSetupDialog::removeRoute()
{
    QTreeWidgetItem *item = m_routes->currentItem();
    if (!item)
        return say(tr("Select the route to remove."), true);
    const QString agent = item->data(RouteAgentColumn, kRouteRole).toString();
    m_setup.removeRoute(agent, this, [this, agent](const Outcome<Done> &removed) {
        if (!removed.ok())
            return say(removed.error.message, true);
        say(tr("Removed the route of agent %1; its sessions are handed back from now on.").arg(agent), false);
    });
}

void WorkerSetupDialog::saveKey()
{
    const Secret key(m_key->text());
    m_setup.setWebhookKey(key, this, [this](const Outcome<Done> &r) {
        if (!r.ok())
            return say(r.error.message, true);
        m_key->clear();
        say(tr("Webhook key saved in the OS keychain. A running worker uses it after its next start."), false);
    });
}

void WorkerSetupDialog::say(const QString &text, bool problem)
{
    m_status->setText(text);
    // Trouble stands out on the palette's tooltip colours: readable on light and dark themes.
    m_status->setAutoFillBackground(problem);
    m_status->setBackgroundRole(QPalette::ToolTipBase);
    m_status->setForegroundRole(problem ? QPalette::ToolTipText : QPalette::WindowText);
}

} // namespace agentdesk
