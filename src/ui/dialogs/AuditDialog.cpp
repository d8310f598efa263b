#include "AuditDialog.h"
#include "ui/controllers/Prompter.h"

#include "storage/ExportFile.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace agentdesk {

AuditDialog::AuditDialog(AuditLog &log, QWidget *parent)
    : QDialog(parent), m_model(new AuditModel(log, this)), m_view(new QTableView(this))
{
    setWindowTitle(tr("Audit Trail"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Operator actions"));
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        askSavePath(this, tr("Export the audit trail"), QStringLiteral("agentdesk-audit.csv"),
                    tr("CSV (*.csv);;JSON (*.json)"), this, [this](const QString &path) {
                        if (const QString error = exportTo(path); !error.isEmpty())
                            showWarning(this, tr("Export failed"), error);
                    });
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 420);
}

QString AuditDialog::exportTo(const QString &path) const
{
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    return writeExportFile(path, json ? AuditLog::toJson(m_model->entries()) : AuditLog::toCsv(m_model->entries()));
}

} // namespace agentdesk
