#pragma once

#include "worker/WorkerStatus.h"

#include <QAbstractTableModel>

namespace agentdesk {

// Recent webhook deliveries, newest first: accepted, duplicate or rejected, and why.
class WebhookDeliveryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, OutcomeColumn, StatusColumn, TypeColumn, ReasonColumn, ColumnCount };

    explicit WebhookDeliveryModel(QObject *parent = nullptr);
    void setDeliveries(const QList<WebhookDelivery> &deliveries);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<WebhookDelivery> m_rows;
};

} // namespace agentdesk
