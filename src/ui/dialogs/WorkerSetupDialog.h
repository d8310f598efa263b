#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace agentdesk {

class AccountStore;
class WorkerSetup;

// Worker ▸ Routes and Webhook Key: the trusted routes (which provider account,
// repository, branch and options run each agent's sessions) listed, added, replaced and
// removed, and the webhook key set — what `agentdeskctl worker route` and
// `worker webhook-key` do, without a terminal.
class WorkerSetupDialog : public QDialog
{
    Q_OBJECT
public:
    WorkerSetupDialog(WorkerSetup &setup, AccountStore &accounts, QWidget *parent = nullptr);

    QTreeWidget *routeList() const { return m_routes; }
    QLabel *statusLabel() const { return m_status; }

private:
    class QFormLayout *buildRouteForm();
    class QGroupBox *buildKeyBox();
    void reload();
    void loadSelected();
    void saveRoute();
    void removeRoute();
    void saveKey();
    void say(const QString &text, bool problem);

    WorkerSetup &m_setup;
    AccountStore &m_accounts;
    QTreeWidget *m_routes;
    QLineEdit *m_agent;
    QComboBox *m_account;
    QLineEdit *m_repo;
    QLineEdit *m_allowed;
    QLineEdit *m_branch;
    QCheckBox *m_autoPr;
    QCheckBox *m_planApproval;
    QLineEdit *m_key;
    QLabel *m_status;
};

} // namespace agentdesk
