#pragma once

#include "storage/AuditLog.h"

#include <QAbstractTableModel>

namespace agentdesk {

// The audit trail as a table, newest first, with readable action names and the
// titles of the tasks acted on; follows the log live.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ActorColumn, ActionColumn, TargetColumn, DetailColumn, OutcomeColumn, ColumnCount };
    explicit AuditModel(AuditLog &log, QObject *parent = nullptr);
    const QList<AuditEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
};

} // namespace agentdesk
