#pragma once

#include "domain/Account.h"

#include "domain/Error.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <memory>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace Ui {
class AccountsDialog;
}

namespace agentdesk {

class AccountService;

// Lists accounts with masked keys and how far back each adopts tasks started elsewhere;
// adds (the key is checked, then kept in the keychain), edits a selected account (a new
// key, base URL, API version, adoption) without removing it, and removes.
class AccountsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AccountsDialog(AccountService &accounts, QWidget *parent = nullptr);
    ~AccountsDialog() override;

Q_SIGNALS:
    void accountsChanged();

private:
    void refresh();
    void add();
    void saveSelected();
    void loadSelected();
    void startNew();
    QJsonObject settingsFromForm(const QJsonObject &base) const;
    void refused(const Error &error);
    void removeSelected();
    void remove(const QString &name);
    void showStatus(const QString &text, bool problem);
    void showProviderFields();
    void importCodexLogin();

    std::unique_ptr<Ui::AccountsDialog> m_ui;
    AccountService &m_accounts;
    QComboBox *m_apiVersion = nullptr;
    QLineEdit *m_accountId = nullptr;
    QPushButton *m_codexImport = nullptr;
    QComboBox *m_adopt = nullptr;
    QPushButton *m_newButton = nullptr;
    QHash<QString, Account> m_known; // by name, as last listed
    QString m_editing;               // the account the form edits; empty: adding
};

} // namespace agentdesk
