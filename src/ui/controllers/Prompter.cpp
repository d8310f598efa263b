#include "Prompter.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace agentdesk {

bool WidgetPrompter::confirm(const QString &title, const QString &text)
{
    return QMessageBox::question(m_parent, title, text) == QMessageBox::Yes;
}

Prompter::DeleteChoice WidgetPrompter::askDelete(const QString &title, const QString &text,
                                                 const QString &upstreamOffer)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, m_parent);
    QCheckBox *upstream = nullptr;
    if (!upstreamOffer.isEmpty()) {
        upstream = new QCheckBox(upstreamOffer, &box);
        box.setCheckBox(upstream);
    }
    box.addButton(QCoreApplication::translate("Prompter", "Delete"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == static_cast<QAbstractButton *>(keep))
        return DeleteChoice::Keep;
    return upstream && upstream->isChecked() ? DeleteChoice::HereAndUpstream : DeleteChoice::Here;
}

} // namespace agentdesk
