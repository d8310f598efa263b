#pragma once

#include "app/WorkerController.h"
#include "domain/Error.h"

#include <QObject>
#include <functional>

class QAction;

namespace agentdesk {

class OperatorActions;

// Start, Stop and Stop-and-hand-back for the desktop's worker, enabled by what the
// WorkerController runs, each recorded in the audit trail.
class WorkerActions : public QObject
{
    Q_OBJECT
public:
    using SettingsSource = std::function<WorkerController::Settings()>;
    WorkerActions(WorkerController &worker, OperatorActions &actions, SettingsSource settings,
                  QObject *parent = nullptr);

    QAction *start() const { return m_start; }
    QAction *stop() const { return m_stop; }
    QAction *handBack() const { return m_handBack; }
    void update();

Q_SIGNALS:
    // Starting needs a platform sign-in first; `why` says so.
    void signInRequested(const QString &why);
    void failed(const QString &what, const agentdesk::Error &error);

private:
    WorkerController &m_worker;
    OperatorActions &m_actions;
    SettingsSource m_settings;
    QAction *m_start;
    QAction *m_stop;
    QAction *m_handBack;
};

} // namespace agentdesk
