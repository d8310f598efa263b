#include "ProgressLine.h"

#include "Cli.h"

#include <QTextStream>
#include <unistd.h>

namespace agentdesk {

ProgressLine::ProgressLine(QTextStream &err, QString doing, int total, bool enabled)
    : m_err(err), m_doing(std::move(doing)), m_total(total), m_enabled(enabled)
{
    m_started.start();
}

ProgressLine::~ProgressLine()
{
    clear();
}

bool ProgressLine::wanted(bool json)
{
    return !json && isatty(STDERR_FILENO);
}

void ProgressLine::update(int done)
{
    if (!m_enabled)
        return;
    const qint64 now = m_started.elapsed();
    if (now - m_drawnAtMs < 100 && done < m_total)
        return;
    m_drawnAtMs = now;
    const double perSecond = now > 0 ? done * 1000.0 / now : 0;
    QString text = Cli::tr("%1: %2 of %3").arg(m_doing).arg(done).arg(m_total);
    if (perSecond > 0) {
        text += QStringLiteral(" · ") + Cli::tr("%1/s").arg(perSecond, 0, 'f', perSecond < 10 ? 1 : 0);
        const int left = m_total - done;
        if (left > 0)
            text += QStringLiteral(" · ") + Cli::tr("about %1 s left").arg(qRound(left / perSecond));
    }
    // \r and an erase to the end of the line: the line is redrawn where it is.
    m_err << '\r' << text << "\x1b[K" << Qt::flush;
    m_shown = true;
}

void ProgressLine::clear()
{
    if (!m_shown)
        return;
    m_err << "\r\x1b[K" << Qt::flush;
    m_shown = false;
}

} // namespace agentdesk
