#pragma once

#include "app/WorkerController.h"

#include <QMetaObject>
#include <QWidget>
#include <functional>
#include <memory>

namespace Ui {
class WorkerPanel;
}

namespace agentdesk {

class WebhookDeliveryModel;
class WorkerClaimsModel;
class WorkerMonitor;
struct WorkerEvent;

// The Worker panel: state, last heartbeat, each claimed session with its lease
// countdown, provider task and last activity, recent webhook deliveries and the log;
// Start / Stop / Stop and hand back, and Attach to a headless worker on this machine.
class WorkerPanel : public QWidget
{
    Q_OBJECT
public:
    using SettingsSource = std::function<WorkerController::Settings()>;
    WorkerPanel(WorkerController &controller, SettingsSource settings, QWidget *parent = nullptr);
    ~WorkerPanel() override;

    WorkerClaimsModel *claimsModel() const { return m_claims; }
    WebhookDeliveryModel *deliveriesModel() const { return m_deliveries; }
    QString stateText() const;

Q_SIGNALS:
    // The operator double-clicked a claim whose provider task is known.
    void taskActivated(const QString &taskId);

private:
    void bindMonitor();
    void refresh();
    void appendLog(const WorkerEvent &event);
    void showProblem(const QString &text);

    std::unique_ptr<Ui::WorkerPanel> m_ui;
    WorkerController &m_controller;
    SettingsSource m_settings;
    WorkerClaimsModel *m_claims;
    WebhookDeliveryModel *m_deliveries;
    QList<QMetaObject::Connection> m_monitorConnections;
    QString m_problem;
};

} // namespace agentdesk
