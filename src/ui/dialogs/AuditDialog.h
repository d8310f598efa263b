#pragma once

#include "storage/AuditLog.h"
#include "ui/models/AuditModel.h"

#include <QDialog>

class QTableView;

namespace agentdesk {

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

} // namespace agentdesk
