#pragma once

#include <QDialog>
#include <memory>

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

    std::unique_ptr<Ui::AccountsDialog> m_ui;
    AccountService &m_accounts;
};

} // namespace agentdesk
