#pragma once

#include "domain/Error.h"
#include "domain/TaskValidation.h"

#include <QObject>
#include <optional>

class QAbstractItemModel;
class QWidget;

namespace agentdesk {

class AccountService;
class AccountStore;
class OperatorActions;
class PlatformSession;
class TaskService;
class Settings;
class WorkerSetup;

// The main window's dialogs: New Task (keeping a cancelled draft and the last account),
// Accounts, Sign In, Settings, the audit trail, the worker's routes and webhook key, and
// exporting the tasks in view. Opens
// them window-modal over `window`; reports back through signals, so the window keeps
// only its layout.
class WindowDialogs : public QObject
{
    Q_OBJECT
public:
    // What the dialogs work with.
    struct Services {
        TaskService &tasks;
        OperatorActions &actions;
        AccountService &accountService;
        AccountStore &accounts;
        PlatformSession &platform;
        WorkerSetup &workerSetup; // outlives its dialog: a keychain write still gets audited
        QString settingsFile;     // where the last New Task choices are kept
    };
    WindowDialogs(Services services, Settings &settings, QWidget *window);

    void newTask();
    void openAccounts();
    void signIn();
    void openSettings();
    void openAuditTrail();
    void openWorkerSetup();
    // Asks where, then writes the rows of `visible` (JSON or CSV by the file's suffix).
    void exportTasks(const QAbstractItemModel &visible);
    // Empty when written, else what went wrong.
    QString exportTasksTo(const QAbstractItemModel &visible, const QString &path) const;

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    void failed(const QString &what, const agentdesk::Error &error);
    void taskCreated(const QString &taskId);
    void accountsChanged();

private:
    Services m_services;
    Settings &m_settings;
    QWidget *m_window;
    std::optional<NewTask> m_draft; // what a cancelled New Task held
};

} // namespace agentdesk
