#pragma once

#include <QLabel>

namespace agentdesk {

class AccountHealth;

// A lasting line above the task list while an account cannot be reached or rejects its
// key: who, since when, and the way out (Retry, or the Accounts dialog). Hidden while
// every account is fine. Its tasks may be out of date meanwhile, and it says so.
class AccountTroubleBanner : public QLabel
{
    Q_OBJECT
public:
    explicit AccountTroubleBanner(AccountHealth &health, QWidget *parent = nullptr);

Q_SIGNALS:
    void retryRequested();
    void accountsRequested();

private:
    void update();

    AccountHealth &m_health;
};

} // namespace agentdesk
