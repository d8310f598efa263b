#include "AuditModel.h"

#include <QLocale>

namespace agentdesk {

AuditModel::AuditModel(AuditLog &log, QObject *parent) : QAbstractTableModel(parent)
{
    const Outcome<QList<AuditEntry>> entries = log.entries();
    if (!entries.ok())
        Q_EMIT log.failed(entries.error);
    m_entries = entries.value;
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
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == TargetColumn)
        return e.target;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn: return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
    case ActorColumn: return e.actor == QLatin1String("cli") ? tr("command line") : tr("window");
    case ActionColumn: return auditActionName(e.action);
    case TargetColumn: return e.targetTitle.isEmpty() ? e.target : e.targetTitle;
    case DetailColumn: return e.detail;
    case OutcomeColumn: return e.failed() ? e.outcome : tr("done");
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

} // namespace agentdesk
