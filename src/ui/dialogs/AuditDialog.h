#pragma once

#include "storage/AuditLog.h"

#include <QAbstractTableModel>
#include <QDialog>

class QTableView;

namespace agentdesk {

// The audit trail as a table, newest first; follows the log live.
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

// View ▸ Audit Trail: what the operator did, when, to what; exportable as JSON or CSV.
class AuditDialog : public QDialog
{
    Q_OBJECT
public:
    AuditDialog(AuditLog &log, QWidget *parent = nullptr);
    AuditModel *model() const { return m_model; }
    // Writes the trail to path; JSON when it ends in .json, else CSV. An error message, or empty.
    QString exportTo(const QString &path) const;

private:
    AuditModel *m_model;
    QTableView *m_view;
};

// Writes data to path atomically; an error message for a person, or empty.
QString writeExportFile(const QString &path, const QByteArray &data);

} // namespace agentdesk
