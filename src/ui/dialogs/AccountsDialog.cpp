#include "AccountsDialog.h"

#include "accounts/AccountService.h"
#include "ui_AccountsDialog.h"


#include <QComboBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QMessageBox>
#include <QPointer>

namespace agentdesk {

AccountsDialog::AccountsDialog(AccountService &accounts, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AccountsDialog>()), m_accounts(accounts)
{
    m_ui->setupUi(this);
    for (ProviderId id : allProviders())
        m_ui->providerCombo->addItem(providerDisplayName(id), providerKey(id));
    connect(m_ui->addButton, &QPushButton::clicked, this, &AccountsDialog::add);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &AccountsDialog::removeSelected);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &AccountsDialog::reject);
    connect(m_ui->accountList, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_ui->removeButton->setEnabled(!m_ui->accountList->selectedItems().isEmpty()); });
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
    m_ui->statusLabel->setStyleSheet(problem ? QStringLiteral("color: #c01c28;") : QString());
}

void AccountsDialog::refresh()
{
    m_accounts.list(this, [this](const Outcome<QList<AccountView>> &r) {
        AccountsDialog *self = this;
        if (!r.ok())
            return showStatus(r.error.message, true);
        self->m_ui->accountList->clear();
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
                                              v.account.baseUrl.toString()});
            item->setData(0, Qt::UserRole, v.account.name);
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
    AccountsDialog *self = this;   // the calls below answer only while this dialog lives
    QJsonObject settings;
    if (!m_apiVersion->currentData().toString().isEmpty())
        settings.insert(QStringLiteral("apiVersion"), m_apiVersion->currentData().toString());
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
        if (!r.ok()) {
            self->showStatus(r.error.message, true);
            return;
        }
        self->m_ui->keyEdit->clear();
        self->m_ui->nameEdit->clear();
        self->m_ui->urlEdit->clear();
        self->showStatus(tr("Added \"%1\": the key works and is in the OS keychain.").arg(r.value.name), false);
        self->refresh();
        Q_EMIT self->accountsChanged();
    });
}

void AccountsDialog::removeSelected()
{
    const auto items = m_ui->accountList->selectedItems();
    if (items.isEmpty())
        return;
    const QString name = items.first()->data(0, Qt::UserRole).toString();
    if (QMessageBox::question(this, tr("Remove account"),
                              tr("Remove the account \"%1\" and delete its key from the keychain? Tasks made with "
                                 "it stay, but can no longer be synced.").arg(name))
        != QMessageBox::Yes)
        return;
    AccountsDialog *self = this;
    m_accounts.remove(name, this, [self, name](const Outcome<Done> &r) {
        if (!r.ok()) {
            self->showStatus(r.error.message, true);
            return;
        }
        self->showStatus(tr("Removed \"%1\".").arg(name), false);
        self->refresh();
        Q_EMIT self->accountsChanged();
    });
}

} // namespace agentdesk
