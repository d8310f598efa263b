#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "config/Settings.h"

#include <QPushButton>

namespace agentdesk {

SettingsDialog::SettingsDialog(Settings &settings, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->languageCombo->addItem(tr("Follow the system"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    const std::pair<QSpinBox *, Settings::Key> spins[] = {{m_ui->watchdogSpin, Settings::WatchdogMinutes},
                                                          {m_ui->refreshRunningSpin, Settings::RefreshRunningSeconds},
                                                          {m_ui->refreshWaitingSpin, Settings::RefreshWaitingSeconds},
                                                          {m_ui->concurrencySpin, Settings::WorkerConcurrency},
                                                          {m_ui->leaseSpin, Settings::WorkerLeaseSeconds},
                                                          {m_ui->pollSpin, Settings::WorkerPollSeconds},
                                                          {m_ui->portSpin, Settings::WorkerListenPort}};
    for (const auto &[spin, key] : spins)
        spin->setRange(Settings::info(key).minimum, Settings::info(key).maximum);
    connect(m_ui->listenCheck, &QCheckBox::toggled, m_ui->portSpin, &QWidget::setEnabled);
    connect(m_ui->notificationsCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->dndCheck->setEnabled(on);
        m_ui->notifyDoneCheck->setEnabled(on);
    });
    connect(m_ui->buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { load(true); });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load(false);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load(bool defaults)
{
    auto value = [&](Settings::Key k) { return defaults ? Settings::info(k).defaultValue : m_settings.value(k); };
    m_ui->notificationsCheck->setChecked(value(Settings::NotificationsEnabled).toBool());
    m_ui->dndCheck->setChecked(value(Settings::DoNotDisturb).toBool());
    m_ui->notifyDoneCheck->setChecked(value(Settings::NotifyDone).toBool());
    m_ui->watchdogSpin->setValue(value(Settings::WatchdogMinutes).toInt());
    m_ui->refreshRunningSpin->setValue(value(Settings::RefreshRunningSeconds).toInt());
    m_ui->refreshWaitingSpin->setValue(value(Settings::RefreshWaitingSeconds).toInt());
    m_ui->startMinimizedCheck->setChecked(value(Settings::StartMinimized).toBool());
    m_ui->closeToTrayCheck->setChecked(value(Settings::CloseToTray).toBool());
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(value(Settings::Language).toString())));
    m_ui->agentEdit->setText(value(Settings::WorkerAgent).toString());
    m_ui->concurrencySpin->setValue(value(Settings::WorkerConcurrency).toInt());
    m_ui->leaseSpin->setValue(value(Settings::WorkerLeaseSeconds).toInt());
    m_ui->pollSpin->setValue(value(Settings::WorkerPollSeconds).toInt());
    m_ui->listenCheck->setChecked(value(Settings::WorkerListen).toBool());
    m_ui->portSpin->setValue(value(Settings::WorkerListenPort).toInt());
    m_ui->portSpin->setEnabled(m_ui->listenCheck->isChecked());
}

void SettingsDialog::accept()
{
    const std::pair<Settings::Key, QVariant> values[] = {
        {Settings::NotificationsEnabled, m_ui->notificationsCheck->isChecked()},
        {Settings::DoNotDisturb, m_ui->dndCheck->isChecked()},
        {Settings::NotifyDone, m_ui->notifyDoneCheck->isChecked()},
        {Settings::WatchdogMinutes, m_ui->watchdogSpin->value()},
        {Settings::RefreshRunningSeconds, m_ui->refreshRunningSpin->value()},
        {Settings::RefreshWaitingSeconds, m_ui->refreshWaitingSpin->value()},
        {Settings::StartMinimized, m_ui->startMinimizedCheck->isChecked()},
        {Settings::CloseToTray, m_ui->closeToTrayCheck->isChecked()},
        {Settings::Language, m_ui->languageCombo->currentData().toString()},
        {Settings::WorkerAgent, m_ui->agentEdit->text().trimmed()},
        {Settings::WorkerConcurrency, m_ui->concurrencySpin->value()},
        {Settings::WorkerLeaseSeconds, m_ui->leaseSpin->value()},
        {Settings::WorkerPollSeconds, m_ui->pollSpin->value()},
        {Settings::WorkerListen, m_ui->listenCheck->isChecked()},
        {Settings::WorkerListenPort, m_ui->portSpin->value()},
    };
    for (const auto &[key, v] : values)
        m_settings.setValue(key, v); // the fields' ranges are the keys' limits
    QDialog::accept();
}

} // namespace agentdesk
