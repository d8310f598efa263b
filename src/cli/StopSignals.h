#pragma once

#include <QObject>

class QSocketNotifier;

namespace agentdesk {

// SIGINT and SIGTERM as a Qt signal: the handler only writes a byte to a socket pair
// (the one safe thing it can do), and the event loop reads it. While an instance lives,
// Ctrl+C no longer kills the process: the command decides how to stop (keep what was
// done, release what was claimed). One instance at a time.
class StopSignals : public QObject
{
    Q_OBJECT
public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

Q_SIGNALS:
    void stopRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace agentdesk
