#include "WindowDialogs.h"
#include "Prompter.h"

#include "accounts/AccountService.h"
#include "app/WorkerSetup.h"
#include "auth/PlatformSession.h"
#include "domain/TaskExport.h"
#include "storage/AccountStore.h"
#include "storage/AuditLog.h"
#include "storage/ExportFile.h"
#include "tasks/OperatorActions.h"
#include "tasks/TaskService.h"
#include "ui/dialogs/AccountsDialog.h"
#include "ui/dialogs/AuditDialog.h"
#include "ui/dialogs/NewTaskDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/SignInDialog.h"
#include "ui/dialogs/WorkerSetupDialog.h"
#include "ui/models/TaskListModel.h"

#include <QPointer>
#include <QSettings>

namespace agentdesk {

WindowDialogs::WindowDialogs(Services services, Settings &settings, QWidget *window)
    : QObject(window), m_services(std::move(services)), m_settings(settings), m_window(window)
{ }

void WindowDialogs::newTask()
{
    auto *dialog = new NewTaskDialog(m_services.tasks, m_services.actions, m_services.accounts.accounts(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    NewTask start = m_draft.value_or(NewTask{});
    if (!m_draft) {
        // The account used last is the default.
        const QSettings last(m_services.settingsFile, QSettings::IniFormat);
        start.provider = last.value(QStringLiteral("newTask/provider")).toString();
        start.account = last.value(QStringLiteral("newTask/account")).toString();
    }
    dialog->setDraft(start);
    connect(dialog, &NewTaskDialog::taskCreated, this, [this](const Task &t) {
        m_draft.reset();
        QSettings last(m_services.settingsFile, QSettings::IniFormat);
        last.setValue(QStringLiteral("newTask/provider"), providerKey(t.provider));
        last.setValue(QStringLiteral("newTask/account"), t.account);
        Q_EMIT statusMessage(tr("Sent %1 to %2.").arg(t.displayTitle(), providerDisplayName(t.provider)), 8000);
        Q_EMIT taskCreated(t.id);
    });
    connect(dialog, &QDialog::rejected, this, [this, dialog] { m_draft = dialog->input(); });
    connect(dialog, &NewTaskDialog::accountsRequested, this, [this, dialog] {
        auto *accounts = new AccountsDialog(m_services.accountService, dialog);
        accounts->setAttribute(Qt::WA_DeleteOnClose);
        connect(accounts, &AccountsDialog::accountsChanged, dialog, [this, dialog] {
            dialog->setAccounts(m_services.accounts.accounts());
            Q_EMIT accountsChanged();
        });
        accounts->open();
    });
    dialog->open();
}

void WindowDialogs::openAccounts()
{
    auto *dialog = new AccountsDialog(m_services.accountService, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountsDialog::accountsChanged, this, &WindowDialogs::accountsChanged);
    dialog->open();
}

void WindowDialogs::signIn()
{
    auto *dialog = new SignInDialog(m_services.platform, m_services.settingsFile, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_services.actions.note(AuditAction::SignIn, m_services.platform.config().platformUrl.toString(),
                                m_services.platform.user().display());
        Q_EMIT statusMessage(tr("Signed in as %1.").arg(m_services.platform.user().display()), 8000);
    });
    dialog->open();
}

void WindowDialogs::openSettings()
{
    auto *dialog = new SettingsDialog(m_settings, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void WindowDialogs::openAuditTrail()
{
    auto *dialog = new AuditDialog(m_services.actions.audit(), m_window);
    dialog->open();
}

void WindowDialogs::openWorkerSetup()
{
    auto *dialog = new WorkerSetupDialog(m_services.workerSetup, m_services.accounts, m_window);
    dialog->open();
}

void WindowDialogs::exportTasks(const QAbstractItemModel &visible)
{
    // The rows are those visible when the path is chosen: the view may change meanwhile.
    QPointer<const QAbstractItemModel> model(&visible);
    askSavePath(m_window, tr("Export Tasks"), QStringLiteral("agentdesk-tasks.json"), tr("JSON (*.json);;CSV (*.csv)"),
                this, [this, model](const QString &path) {
                    if (!model || path.isEmpty())
                        return;
                    if (const QString error = exportTasksTo(*model, path); !error.isEmpty())
                        Q_EMIT failed(tr("Export"), Error::storage(error));
                    else
                        Q_EMIT statusMessage(tr("Exported %n task(s) to %1.", nullptr, model->rowCount()).arg(path),
                                             8000);
                });
}

QString WindowDialogs::exportTasksTo(const QAbstractItemModel &visible, const QString &path) const
{
    QList<Task> tasks;
    for (int row = 0; row < visible.rowCount(); ++row) {
        const QString id = visible.index(row, 0).data(TaskListModel::TaskIdRole).toString();
        if (const auto t = m_services.tasks.store().task(id, true))
            tasks << *t;
    }
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    return writeExportFile(path, csv ? tasksToCsv(tasks) : tasksToJson(tasks));
}

} // namespace agentdesk
