#pragma once

#include "worker/WorkerStatus.h"

#include <QAbstractTableModel>
#include <QTimer>
#include <functional>

namespace agentdesk {

// The worker's claimed sessions for the Worker panel, with a lease countdown that
// ticks once a second while any claim is open. The clock is injectable for tests.
class WorkerClaimsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SessionColumn, PhaseColumn, LeaseColumn, TaskColumn, ActivityColumn, ColumnCount };

    explicit WorkerClaimsModel(QObject *parent = nullptr);

    // While the worker does not run, its open claims are not renewed: no countdown, and
    // what they said last is shown as such.
    void setWorkerRunning(bool running);
    void setClaims(const QList<ClaimView> &claims);
    const ClaimView &claimAt(int row) const { return m_claims.at(row); }
    void setClock(std::function<QDateTime()> clock) { m_now = std::move(clock); }
    // "12:05 left", "expired"; empty for an ended claim.
    QString leaseText(const ClaimView &claim) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void updateTicker();
    void tick();

    bool m_running = true;
    QList<ClaimView> m_claims;
    QTimer m_ticker;
    std::function<QDateTime()> m_now;
};

} // namespace agentdesk
