#pragma once

#include "domain/Account.h"
#include "domain/Task.h"
#include "domain/TaskValidation.h"

#include <QDialog>
#include <QJsonObject>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Ui {
class NewTaskDialog;
}

namespace agentdesk {

class OperatorActions;
class TaskService;

// Composes a new task with inline validation, offers only providers that have an
// account, fills the repository picker from the provider's sources, and submits
// through OperatorActions (audited). A refusal keeps the dialog open with the reason.
class NewTaskDialog : public QDialog
{
    Q_OBJECT
public:
    NewTaskDialog(TaskService &service, OperatorActions &actions, const QList<Account> &accounts,
                  QWidget *parent = nullptr);
    ~NewTaskDialog() override;

    NewTask input() const;
    // Fills the form from an earlier draft (the dialog was cancelled, or an account was
    // added meanwhile).
    void setDraft(const NewTask &draft);
    // The accounts changed (one was added from here): the provider list follows.
    void setAccounts(const QList<Account> &accounts);
    const Task &createdTask() const { return m_created; }

    void accept() override;

Q_SIGNALS:
    void taskCreated(const agentdesk::Task &task);
    // "Add account…": the window opens Accounts; this dialog stays open with its draft.
    void accountsRequested();

private:
    void buildProviderOptions();
    void fillProviders();
    void showProviderOptions();
    QJsonObject providerOptions() const;
    void fillAccounts();
    void fetchSources();
    void revalidate();
    bool parseEnvironment(QMap<QString, QString> *env, QString *problem) const;

    std::unique_ptr<Ui::NewTaskDialog> m_ui;
    // Provider-specific knobs; shown for the provider that has them.
    QSpinBox *m_maxAcu = nullptr;
    QLineEdit *m_tags = nullptr;
    QLineEdit *m_model = nullptr;
    QSpinBox *m_bestOf = nullptr;
    QComboBox *m_codexEnv = nullptr;
    QLabel *m_experimental = nullptr;
    QPushButton *m_addAccount = nullptr;
    TaskService &m_service;
    OperatorActions &m_actions;
    QList<Account> m_accounts;
    Task m_created;
    bool m_busy = false;
};

} // namespace agentdesk
