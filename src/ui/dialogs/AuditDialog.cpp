#include "AuditDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace agentdesk {

AuditModel::AuditModel(AuditLog &log, QObject *parent) : QAbstractTableModel(parent), m_entries(log.entries())
{
    connect(&log, &AuditLog::recorded, this, [this](const AuditEntry &e) {
        beginInsertRows({}, 0, 0);
        m_entries.prepend(e);
        endInsertRows();
    });
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || role != Qt::DisplayRole)
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    switch (index.column()) {
    case TimeColumn: return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
    case ActorColumn: return e.actor;
    case ActionColumn: return e.action;
    case TargetColumn: return e.target;
    case DetailColumn: return e.detail;
    case OutcomeColumn: return e.outcome;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case ActorColumn: return tr("From");
    case ActionColumn: return tr("Action");
    case TargetColumn: return tr("Target");
    case DetailColumn: return tr("Detail");
    case OutcomeColumn: return tr("Outcome");
    }
    return {};
}

QString writeExportFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return QObject::tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

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
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit trail"), QStringLiteral("agentdesk-audit.csv"),
                                                          tr("CSV (*.csv);;JSON (*.json)"));
        if (path.isEmpty())
            return;
        if (const QString error = exportTo(path); !error.isEmpty())
            QMessageBox::warning(this, tr("Export failed"), error);
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
