#include "WebhookDeliveryModel.h"

#include "SameRows.h"

#include <QLocale>

namespace agentdesk {

WebhookDeliveryModel::WebhookDeliveryModel(QObject *parent) : QAbstractTableModel(parent) { }

void WebhookDeliveryModel::setDeliveries(const QList<WebhookDelivery> &deliveries)
{
    if (sameRows(deliveries, m_rows, &deliveryToJson))
        return;
    beginResetModel();
    m_rows = deliveries;
    endResetModel();
}

int WebhookDeliveryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WebhookDeliveryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WebhookDeliveryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WebhookDelivery &d = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn: return QLocale().toString(d.at.toLocalTime().time(), QLocale::ShortFormat);
        case OutcomeColumn:
            if (d.outcome == QLatin1String("accepted"))
                return tr("Accepted");
            if (d.outcome == QLatin1String("duplicate"))
                return tr("Duplicate");
            return tr("Rejected");
        case StatusColumn: return d.status;
        case TypeColumn: return d.type;
        case ReasonColumn: return d.reason;
        }
    } else if (role == Qt::ToolTipRole) {
        return tr("Event %1 at %2")
            .arg(d.eventId.isEmpty() ? tr("(none)") : d.eventId,
                 QLocale().toString(d.at.toLocalTime(), QLocale::LongFormat));
    }
    return {};
}

QVariant WebhookDeliveryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case OutcomeColumn: return tr("Outcome");
    case StatusColumn: return tr("HTTP");
    case TypeColumn: return tr("Event");
    case ReasonColumn: return tr("Reason");
    }
    return {};
}

} // namespace agentdesk
