#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace agentdesk {

class Settings;

// Edits the Settings table. Every field's range comes from the key's limits; OK
// writes them all, Restore Defaults puts the defaults into the fields.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Settings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    void load(bool defaults);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Settings &m_settings;
};

} // namespace agentdesk
