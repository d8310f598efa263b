#pragma once

#include <QDialog>
#include <memory>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace Ui {
class AccountsDialog;
}

namespace agentdesk {

class AccountService;

// Lists accounts with masked keys; adds (key into the keychain) and removes them.
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
    void removeSelected();
    void showStatus(const QString &text, bool problem);
    void showProviderFields();
    void importCodexLogin();

    std::unique_ptr<Ui::AccountsDialog> m_ui;
    AccountService &m_accounts;
    QComboBox *m_apiVersion = nullptr;
    QLineEdit *m_accountId = nullptr;
    QPushButton *m_codexImport = nullptr;
};

} // namespace agentdesk
