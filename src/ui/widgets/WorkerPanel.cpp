#include "WorkerPanel.h"
#include "ui_WorkerPanel.h"

#include "ui/models/WebhookDeliveryModel.h"
#include "ui/models/WorkerClaimsModel.h"
#include "worker/WorkerMonitor.h"

#include <QHeaderView>
#include <QLocale>

namespace agentdesk {

namespace {
QString stateName(Worker::State s)
{
    switch (s) {
    case Worker::State::Stopped: return WorkerPanel::tr("Stopped");
    case Worker::State::Starting: return WorkerPanel::tr("Starting");
    case Worker::State::Running: return WorkerPanel::tr("Running");
    case Worker::State::Draining: return WorkerPanel::tr("Stopping");
    case Worker::State::Rejected: return WorkerPanel::tr("Rejected");
    case Worker::State::Failed: return WorkerPanel::tr("Failed");
    }
    return {};
}
} // namespace

WorkerPanel::WorkerPanel(WorkerController &controller, SettingsSource settings, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::WorkerPanel>()), m_controller(controller),
      m_settings(std::move(settings)), m_claims(new WorkerClaimsModel(this)),
      m_deliveries(new WebhookDeliveryModel(this))
{
    m_ui->setupUi(this);
    m_ui->claimsView->setModel(m_claims);
    QHeaderView *claimsHeader = m_ui->claimsView->horizontalHeader();
    claimsHeader->setStretchLastSection(true);
    for (int column :
         {WorkerClaimsModel::SessionColumn, WorkerClaimsModel::PhaseColumn, WorkerClaimsModel::LeaseColumn})
        claimsHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    claimsHeader->setSectionResizeMode(WorkerClaimsModel::TaskColumn, QHeaderView::Stretch);
    m_ui->claimsView->setWordWrap(false);
    m_ui->claimsView->verticalHeader()->hide();
    m_ui->deliveriesView->setModel(m_deliveries);
    QHeaderView *deliveriesHeader = m_ui->deliveriesView->horizontalHeader();
    deliveriesHeader->setStretchLastSection(true);
    for (int column : {WebhookDeliveryModel::TimeColumn, WebhookDeliveryModel::OutcomeColumn,
                       WebhookDeliveryModel::StatusColumn, WebhookDeliveryModel::TypeColumn})
        deliveriesHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_ui->deliveriesView->verticalHeader()->hide();
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);

    connect(m_ui->startButton, &QPushButton::clicked, this, [this] {
        m_problem.clear();
        if (const Error e = m_controller.start(m_settings()))
            showProblem(e.message);
        refresh();
    });
    connect(m_ui->stopButton, &QPushButton::clicked, this, [this] { m_controller.stop(false); });
    connect(m_ui->handBackButton, &QPushButton::clicked, this, [this] { m_controller.stop(true); });
    connect(m_ui->attachButton, &QPushButton::clicked, this, [this] {
        if (m_controller.mode() == WorkerController::Mode::Attached)
            return m_controller.detach();
        m_problem.clear();
        if (!m_controller.attachIfRunning())
            showProblem(tr("No headless worker is running on this computer. Start one with `agentdeskctl worker run`, "
                           "or press Start to run the worker here."));
        refresh();
    });
    connect(m_ui->claimsView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString taskId = index.siblingAtColumn(0).data(Qt::UserRole).toString();
        if (!taskId.isEmpty())
            Q_EMIT taskActivated(taskId);
    });
    connect(&m_controller, &WorkerController::monitorChanged, this, &WorkerPanel::bindMonitor);
    connect(&m_controller, &WorkerController::modeChanged, this, &WorkerPanel::refresh);
    connect(&m_controller, &WorkerController::message, this, &WorkerPanel::showProblem);
    bindMonitor();
}

WorkerPanel::~WorkerPanel() = default;

void WorkerPanel::bindMonitor()
{
    for (const auto &c : std::as_const(m_monitorConnections))
        disconnect(c);
    m_monitorConnections.clear();
    m_ui->logView->clear();
    if (WorkerMonitor *monitor = m_controller.monitor()) {
        m_monitorConnections << connect(monitor, &WorkerMonitor::statusChanged, this, &WorkerPanel::refresh)
                             << connect(monitor, &WorkerMonitor::eventLogged, this, &WorkerPanel::appendLog);
        for (const WorkerEvent &e : monitor->recentEvents())
            appendLog(e);
    }
    refresh();
}

QString WorkerPanel::stateText() const
{
    const WorkerMonitor *monitor = m_controller.monitor();
    return stateName(monitor ? monitor->status().state : Worker::State::Stopped);
}

void WorkerPanel::refresh()
{
    const WorkerMonitor *monitor = m_controller.monitor();
    const WorkerStatus status = monitor ? monitor->status() : WorkerStatus{};
    const WorkerController::Mode mode = m_controller.mode();
    const bool active = mode != WorkerController::Mode::Idle;
    const bool running = active && (status.state == Worker::State::Running || status.state == Worker::State::Starting);

    QString state = QStringLiteral("<b>%1</b>").arg(stateText().toHtmlEscaped());
    if (mode == WorkerController::Mode::Attached)
        state += tr(" (headless, pid %1)").arg(status.pid);
    m_ui->stateLabel->setText(state);

    QStringList details;
    if (!m_problem.isEmpty())
        details << m_problem;
    else if (!status.message.isEmpty())
        details << status.message;
    if (status.lastHeartbeat.isValid())
        details << tr("last heartbeat %1")
                       .arg(QLocale().toString(status.lastHeartbeat.toLocalTime().time(), QLocale::ShortFormat));
    if (status.webhookPort)
        details << tr("webhooks on port %1").arg(status.webhookPort);
    if (active || status.openClaimCount())
        details << tr("%n open claim(s)", nullptr, status.openClaimCount());
    if (!active && !monitor && m_problem.isEmpty())
        details << tr("Runs queued agent sessions from the platform on your provider accounts.");
    m_ui->detailLabel->setText(details.join(QStringLiteral(" · ")));

    m_ui->startButton->setEnabled(!active);
    m_ui->stopButton->setEnabled(running);
    m_ui->handBackButton->setEnabled(running);
    m_ui->attachButton->setEnabled(mode != WorkerController::Mode::Local);
    m_ui->attachButton->setText(mode == WorkerController::Mode::Attached ? tr("&Detach") : tr("&Attach"));

    m_claims->setWorkerRunning(running);
    m_claims->setClaims(status.claims);
    m_deliveries->setDeliveries(status.deliveries);
}

void WorkerPanel::appendLog(const WorkerEvent &event)
{
    m_ui->logView->appendPlainText(QStringLiteral("%1  %2  %3  %4")
                                       .arg(QLocale().toString(event.at.toLocalTime().time(), QLocale::ShortFormat),
                                            event.kind, event.sessionId, event.text));
}

void WorkerPanel::showProblem(const QString &text)
{
    m_problem = text;
    refresh();
}

} // namespace agentdesk
