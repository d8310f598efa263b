#include "WorkerClaimsModel.h"

#include "SameRows.h"

#include "domain/ProviderId.h"
#include "domain/Task.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <functional>

namespace agentdesk {

namespace {
QString phaseText(const QString &phase)
{
    if (phase == QLatin1String("claimed"))
        return WorkerClaimsModel::tr("Claimed");
    if (phase == QLatin1String("running"))
        return WorkerClaimsModel::tr("Running");
    if (phase == QLatin1String("finishing"))
        return WorkerClaimsModel::tr("Finishing");
    if (phase == QLatin1String("ended"))
        return WorkerClaimsModel::tr("Ended");
    if (phase == QLatin1String("lost"))
        return WorkerClaimsModel::tr("Lost");
    return phase;
}
} // namespace

WorkerClaimsModel::WorkerClaimsModel(QObject *parent)
    : QAbstractTableModel(parent), m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &WorkerClaimsModel::tick);
}

void WorkerClaimsModel::setClaims(const QList<ClaimView> &claims)
{
    // Every status change (a heartbeat, a delivery) brings the list again; only a real
    // change resets the model, so the view keeps its selection otherwise. Rows are few
    // (open claims plus the last ten ended), so a reset keeps the rest simple.
    if (sameRows(claims, m_claims, &ClaimView::toJson))
        return;
    beginResetModel();
    m_claims = claims;
    endResetModel();
    updateTicker();
}

void WorkerClaimsModel::setWorkerRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    updateTicker();
    if (!m_claims.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_claims.size()) - 1, ColumnCount - 1));
}

void WorkerClaimsModel::updateTicker()
{
    const bool anyOpen = std::any_of(m_claims.cbegin(), m_claims.cend(), [](const ClaimView &c) { return c.isOpen(); });
    if (anyOpen && m_running && !m_ticker.isActive())
        m_ticker.start();
    else if (!anyOpen || !m_running)
        m_ticker.stop();
}

void WorkerClaimsModel::tick()
{
    if (!m_claims.isEmpty())
        Q_EMIT dataChanged(index(0, LeaseColumn), index(int(m_claims.size()) - 1, LeaseColumn), {Qt::DisplayRole});
}

QString WorkerClaimsModel::leaseText(const ClaimView &claim) const
{
    if (!claim.isOpen() || !claim.leaseExpiresAt.isValid())
        return {};
    if (!m_running)
        return tr("not renewed");
    const qint64 left = m_now().secsTo(claim.leaseExpiresAt);
    if (left <= 0)
        return tr("expired");
    return tr("%1:%2 left").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
}

int WorkerClaimsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_claims.size());
}

int WorkerClaimsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkerClaimsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClaimView &c = m_claims.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SessionColumn: return c.sessionId;
        case PhaseColumn: return c.isOpen() && !m_running ? tr("Left open (worker stopped)") : phaseText(c.phase);
        case LeaseColumn: return leaseText(c);
        case TaskColumn: {
            if (c.taskId.isEmpty())
                return tr("not started");
            const auto provider = providerFromKey(c.provider);
            const auto status = statusFromKey(c.taskStatus);
            // A stopped worker's view of its task is old news: said so.
            const QString state = !status     ? QString()
                                  : m_running ? QStringLiteral(" (%1)").arg(statusDisplayName(*status))
                                              : tr(" (last seen: %1)").arg(statusDisplayName(*status));
            return QStringLiteral("%1 · %2%3")
                .arg(provider ? providerDisplayName(*provider) : c.provider,
                     c.taskTitle.isEmpty() ? c.taskId : c.taskTitle, state);
        }
        case ActivityColumn: return c.detail.isEmpty() ? c.lastActivity : c.detail;
        }
    } else if (role == Qt::ToolTipRole) {
        return tr("Session %1, claim %2").arg(c.sessionId, c.claimId);
    } else if (role == Qt::ForegroundRole && (!c.isOpen() || !m_running)) {
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    } else if (role == Qt::UserRole) {
        return c.taskId;
    }
    return {};
}

QVariant WorkerClaimsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SessionColumn: return tr("Session");
    case PhaseColumn: return tr("Phase");
    case LeaseColumn: return tr("Lease");
    case TaskColumn: return tr("Provider task");
    case ActivityColumn: return tr("Last activity");
    }
    return {};
}

} // namespace agentdesk
