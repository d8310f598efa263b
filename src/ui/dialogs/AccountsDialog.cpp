#include "AccountsDialog.h"
#include "ui/controllers/Prompter.h"

#include "accounts/AccountService.h"
#include "tasks/TaskAdoption.h"
#include "ui_AccountsDialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QMessageBox>
#include <QPointer>

namespace agentdesk {

namespace {
// Short, for the list's column; the form says it in full.
QString adoptsText(const Account &account)
{
    const TaskAdoption::Policy p = TaskAdoption::Policy::of(account);
    switch (p.mode) {
    case TaskAdoption::Policy::All: return AccountsDialog::tr("all");
    case TaskAdoption::Policy::None: return AccountsDialog::tr("none");
    case TaskAdoption::Policy::RecentDays: break;
    }
    return AccountsDialog::tr("last %n day(s)", nullptr, p.days);
}
} // namespace

AccountsDialog::AccountsDialog(AccountService &accounts, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AccountsDialog>()), m_accounts(accounts)
{
    m_ui->setupUi(this);
    // The agents, and GitHub (which reads their pull requests).
    for (ProviderId id : allAccountProviders())
        m_ui->providerCombo->addItem(m_accounts.listedName(id), providerKey(id));
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] { m_editing.isEmpty() ? add() : saveSelected(); });
    connect(m_ui->removeButton, &QPushButton::clicked, this, &AccountsDialog::removeSelected);
    // Enter never reaches a destructive button, whatever has the focus (after a refused
    // key the focus moved on from the disabled Save to Remove).
    m_ui->removeButton->setAutoDefault(false);
    m_ui->addButton->setDefault(true);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &AccountsDialog::reject);
    connect(m_ui->accountList, &QTreeWidget::itemSelectionChanged, this, [this] {
        m_ui->removeButton->setEnabled(!m_ui->accountList->selectedItems().isEmpty());
        loadSelected();
    });
    m_ui->removeButton->setEnabled(false);
    m_apiVersion = new QComboBox(this);
    m_accountId = new QLineEdit(this);
    m_accountId->setPlaceholderText(tr("ChatGPT account id"));
    m_codexImport = new QPushButton(tr("Use my Codex CLI &login"), this);
    m_codexImport->setToolTip(tr("Reads the access token and account id of the ChatGPT login your Codex CLI keeps "
                                 "($CODEX_HOME/auth.json or ~/.codex/auth.json) — nothing else."));
    m_ui->addForm->addRow(tr("API &version:"), m_apiVersion);
    m_ui->addForm->addRow(tr("Account &id:"), m_accountId);
    m_ui->addForm->addRow(QString(), m_codexImport);
    m_adopt = new QComboBox(this);
    m_adopt->setObjectName(QStringLiteral("adoptCombo"));
    m_adopt->setToolTip(tr("Tasks started in the provider's own app, CLI or IDE join the list; how far back to look."));
    m_adopt->addItem(tr("Tasks of the last 30 days (default)"), QStringLiteral("30"));
    m_adopt->addItem(tr("Tasks of the last 7 days"), QStringLiteral("7"));
    m_adopt->addItem(tr("Tasks of the last 90 days"), QStringLiteral("90"));
    m_adopt->addItem(tr("All of them"), QStringLiteral("all"));
    m_adopt->addItem(tr("None"), QStringLiteral("none"));
    m_ui->addForm->addRow(tr("Started &elsewhere:"), m_adopt);
    m_newButton = new QPushButton(tr("&New Account"), this);
    m_newButton->setObjectName(QStringLiteral("newButton"));
    m_newButton->hide();
    m_ui->buttonRow->insertWidget(1, m_newButton);
    connect(m_newButton, &QPushButton::clicked, this, &AccountsDialog::startNew);
    m_ui->accountList->setHeaderLabels({tr("Name"), tr("Provider"), tr("Key"), tr("Base URL"), tr("Adopts")});
    connect(m_ui->providerCombo, &QComboBox::currentIndexChanged, this, &AccountsDialog::showProviderFields);
    connect(m_codexImport, &QPushButton::clicked, this, &AccountsDialog::importCodexLogin);
    showProviderFields();
    showStatus({}, false);
    refresh();
}

void AccountsDialog::showProviderFields()
{
    const auto provider = providerFromKey(m_ui->providerCombo->currentData().toString());
    m_apiVersion->clear();
    if (provider == ProviderId::Devin) {
        m_apiVersion->addItem(tr("From the key (cog_ = v3, apk_ = v1)"), QString());
        m_apiVersion->addItem(QStringLiteral("v3"), QStringLiteral("v3"));
        m_apiVersion->addItem(QStringLiteral("v1"), QStringLiteral("v1"));
    } else if (provider == ProviderId::CursorCloud) {
        m_apiVersion->addItem(QStringLiteral("v1"), QStringLiteral("v1"));
        m_apiVersion->addItem(tr("v0 (legacy)"), QStringLiteral("v0"));
    }
    const bool versioned = m_apiVersion->count() > 0;
    const bool codexSelected = provider == ProviderId::CodexCloud;
    for (QWidget *w : {static_cast<QWidget *>(m_apiVersion)}) {
        w->setVisible(versioned);
        m_ui->addForm->labelForField(w)->setVisible(versioned);
    }
    m_accountId->setVisible(codexSelected);
    m_ui->addForm->labelForField(m_accountId)->setVisible(codexSelected);
    m_codexImport->setVisible(codexSelected);
    m_ui->keyLabel->setText(codexSelected ? tr("Access &token:") : tr("API &key:"));
}

void AccountsDialog::importCodexLogin()
{
    const auto login = m_accounts.importLocalLogin(ProviderId::CodexCloud);
    if (!login || !login->ok()) {
        showStatus(login ? login->error.message : tr("Codex Cloud has no local login to import."), true);
        return;
    }
    m_ui->keyEdit->setText(login->value.key.reveal());
    m_accountId->setText(login->value.settings.value(QLatin1String("accountId")).toString());
    showStatus(tr("Read your Codex login; press Add to keep it in the OS keychain."), false);
}

AccountsDialog::~AccountsDialog() = default;

void AccountsDialog::showStatus(const QString &text, bool problem)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setVisible(!text.isEmpty());
    // Trouble stands out on the palette's tooltip colours: readable on light and dark themes.
    m_ui->statusLabel->setAutoFillBackground(problem);
    m_ui->statusLabel->setBackgroundRole(QPalette::ToolTipBase);
    m_ui->statusLabel->setForegroundRole(problem ? QPalette::ToolTipText : QPalette::WindowText);
}

void AccountsDialog::refresh()
{
    m_accounts.list(this, [this](const Outcome<QList<AccountView>> &r) {
        AccountsDialog *self = this;
        if (!r.ok())
            return showStatus(r.error.message, true);
        const QString editing = self->m_editing;
        self->m_ui->accountList->clear();
        self->m_known.clear();
        QString keychainProblem;
        for (const AccountView &v : r.value) {
            QString key;
            switch (v.keyState) {
            case AccountView::Present:
                key = v.keyPreview.isEmpty() ? tr("(short key, not shown)") : v.keyPreview;
                break;
            case AccountView::Missing: key = tr("(no key in keychain)"); break;
            case AccountView::KeychainLocked:
                key = tr("(keyring locked)");
                keychainProblem = v.keyProblem;
                break;
            case AccountView::KeychainUnavailable:
                key = tr("(keychain unavailable)");
                keychainProblem = v.keyProblem;
                break;
            }
            auto *item = new QTreeWidgetItem(self->m_ui->accountList,
                                             {v.account.name, providerDisplayName(v.account.provider), key,
                                              v.account.baseUrl.toString(), adoptsText(v.account)});
            item->setData(0, Qt::UserRole, v.account.name);
            self->m_known.insert(v.account.name, v.account);
            if (v.account.name == editing)
                item->setSelected(true);
        }
        if (!keychainProblem.isEmpty())
            self->showStatus(keychainProblem, true);
    });
}

void AccountsDialog::add()
{
    const auto provider = providerFromKey(m_ui->providerCombo->currentData().toString());
    const QString url = m_ui->urlEdit->text().trimmed();
    m_ui->addButton->setEnabled(false);
    AccountsDialog *self = this; // the calls below answer only while this dialog lives
    QJsonObject settings = settingsFromForm({});
    if (*provider == ProviderId::CodexCloud) {
        if (m_accountId->text().trimmed().isEmpty()) {
            m_ui->addButton->setEnabled(true);
            showStatus(tr("Codex Cloud needs the ChatGPT account id; use your Codex CLI login or paste it."), true);
            return;
        }
        settings.insert(QStringLiteral("accountId"), m_accountId->text().trimmed());
    }
    Account account;
    account.name = m_ui->nameEdit->text().trimmed();
    account.provider = *provider;
    account.baseUrl = url.isEmpty() ? QUrl() : QUrl(url);
    account.settings = settings;
    // The key is tried first: a wrong one is told now, not at the first send.
    showStatus(tr("Checking the key with %1…").arg(providerDisplayName(*provider)), false);
    m_accounts.add(account, Secret(m_ui->keyEdit->text()), true, this, [self](const Outcome<Account> &r) {
        self->m_ui->addButton->setEnabled(true);
        if (!r.ok())
            return self->refused(r.error);
        self->m_ui->keyEdit->clear();
        self->m_ui->nameEdit->clear();
        self->m_ui->urlEdit->clear();
        self->showStatus(tr("Added \"%1\": the key works and is in the OS keychain.").arg(r.value.name), false);
        self->refresh();
        Q_EMIT self->accountsChanged();
    });
}

QJsonObject AccountsDialog::settingsFromForm(const QJsonObject &base) const
{
    QJsonObject settings = base;
    if (m_apiVersion->count() > 0) {
        if (m_apiVersion->currentData().toString().isEmpty())
            settings.remove(QStringLiteral("apiVersion"));
        else
            settings.insert(QStringLiteral("apiVersion"), m_apiVersion->currentData().toString());
    }
    settings.insert(QStringLiteral("adopt"), m_adopt->currentData().toString());
    return settings;
}

// Selecting an account turns the form into its editor; "New Account" turns it back.
void AccountsDialog::loadSelected()
{
    const auto items = m_ui->accountList->selectedItems();
    const auto known =
        items.isEmpty() ? m_known.cend() : m_known.constFind(items.first()->data(0, Qt::UserRole).toString());
    if (known == m_known.cend())
        return;
    const Account &a = *known;
    m_editing = a.name;
    m_ui->addGroup->setTitle(tr("Edit \"%1\"").arg(a.name));
    m_ui->providerCombo->setCurrentIndex(m_ui->providerCombo->findData(providerKey(a.provider)));
    m_ui->providerCombo->setEnabled(false);
    m_ui->nameEdit->setText(a.name);
    m_ui->nameEdit->setEnabled(false);
    m_ui->keyEdit->clear();
    m_ui->keyEdit->setPlaceholderText(tr("unchanged unless you type a new one"));
    m_ui->urlEdit->setText(a.baseUrl.toString());
    const int version = m_apiVersion->findData(a.settings.value(QLatin1String("apiVersion")).toString());
    m_apiVersion->setCurrentIndex(std::max(0, version));
    const QString adopt = TaskAdoption::Policy::of(a).key();
    int index = m_adopt->findData(adopt);
    if (index < 0) { // a number of days set from the command line
        m_adopt->addItem(TaskAdoption::Policy::of(a).describe(), adopt);
        index = m_adopt->count() - 1;
    }
    m_adopt->setCurrentIndex(index);
    m_accountId->setText(a.settings.value(QLatin1String("accountId")).toString());
    m_ui->addButton->setText(tr("&Save Changes"));
    m_newButton->show();
}

void AccountsDialog::startNew()
{
    m_editing.clear();
    m_ui->accountList->clearSelection();
    m_ui->addGroup->setTitle(tr("Add an account"));
    m_ui->providerCombo->setEnabled(true);
    m_ui->nameEdit->setEnabled(true);
    m_ui->nameEdit->clear();
    m_ui->keyEdit->clear();
    m_ui->keyEdit->setPlaceholderText(QString());
    m_ui->urlEdit->clear();
    m_adopt->setCurrentIndex(0);
    m_ui->addButton->setText(tr("&Add"));
    m_newButton->hide();
    showStatus({}, false);
}

void AccountsDialog::saveSelected()
{
    const auto known = m_known.constFind(m_editing);
    if (known == m_known.cend())
        return startNew();
    AccountEdit edit;
    const QString url = m_ui->urlEdit->text().trimmed();
    if (url != known->baseUrl.toString())
        edit.baseUrl = url.isEmpty() ? QUrl() : QUrl(url);
    QJsonObject settings = settingsFromForm(known->settings);
    if (known->provider == ProviderId::CodexCloud && !m_accountId->text().trimmed().isEmpty())
        settings.insert(QStringLiteral("accountId"), m_accountId->text().trimmed());
    if (settings != known->settings)
        edit.settings = settings;
    if (!m_ui->keyEdit->text().isEmpty())
        edit.key = Secret(m_ui->keyEdit->text());
    if (!edit.baseUrl && !edit.settings && !edit.key)
        return showStatus(tr("Nothing changed."), false);
    m_ui->addButton->setEnabled(false);
    // A new key or address is tried first, as when adding.
    const bool check = edit.key || edit.baseUrl;
    if (check)
        showStatus(tr("Checking with %1…").arg(providerDisplayName(known->provider)), false);
    AccountsDialog *self = this;
    m_accounts.edit(m_editing, edit, check, this, [self](const Outcome<Account> &r) {
        self->m_ui->addButton->setEnabled(true);
        if (!r.ok())
            return self->refused(r.error);
        self->m_ui->keyEdit->clear();
        self->showStatus(tr("Saved \"%1\".").arg(r.value.name), false);
        self->refresh();
        Q_EMIT self->accountsChanged();
    });
}

// A refused add or edit: said, and the focus goes back to the key to correct it, never
// to a destructive button.
void AccountsDialog::refused(const Error &error)
{
    showStatus(error.message, true);
    m_ui->keyEdit->setFocus(Qt::OtherFocusReason);
    m_ui->keyEdit->selectAll();
}

void AccountsDialog::removeSelected()
{
    const auto items = m_ui->accountList->selectedItems();
    if (items.isEmpty())
        return;
    const QString name = items.first()->data(0, Qt::UserRole).toString();
    const QString question = tr("Remove the account \"%1\" and delete its key from the keychain? Tasks made with "
                                "it stay, but can no longer be synced.")
                                 .arg(name);
    WidgetPrompter(this).confirm(tr("Remove account"), question, this, [this, name] { remove(name); });
}

void AccountsDialog::remove(const QString &name)
{
    AccountsDialog *self = this;
    m_accounts.remove(name, this, [self, name](const Outcome<Done> &r) {
        if (!r.ok()) {
            self->showStatus(r.error.message, true);
            return;
        }
        if (self->m_editing == name)
            self->startNew();
        self->showStatus(tr("Removed \"%1\".").arg(name), false);
        self->refresh();
        Q_EMIT self->accountsChanged();
    });
}

} // namespace agentdesk
