#include "Prompter.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace agentdesk {

namespace {

QMessageBox *openBox(QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    return box;
}

} // namespace

void WidgetPrompter::confirm(const QString &title, const QString &text, const QObject *context,
                             std::function<void()> onYes)
{
    QMessageBox *box = openBox(m_parent, title, text);
    QPushButton *yes = box->addButton(QMessageBox::Yes);
    box->setDefaultButton(box->addButton(QMessageBox::No));
    QObject::connect(box, &QMessageBox::finished, context, [box, yes, onYes = std::move(onYes)] {
        if (box->clickedButton() == static_cast<QAbstractButton *>(yes))
            onYes();
    });
    box->open();
}

void WidgetPrompter::askDelete(const QString &title, const QString &text, const QString &upstreamOffer,
                               const QObject *context, std::function<void(DeleteChoice)> onChoice)
{
    QMessageBox *box = openBox(m_parent, title, text);
    QCheckBox *upstream = nullptr;
    if (!upstreamOffer.isEmpty()) {
        upstream = new QCheckBox(upstreamOffer, box);
        box->setCheckBox(upstream);
    }
    QPushButton *remove =
        box->addButton(QCoreApplication::translate("Prompter", "Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    QObject::connect(box, &QMessageBox::finished, context, [box, remove, upstream, onChoice = std::move(onChoice)] {
        if (box->clickedButton() != static_cast<QAbstractButton *>(remove))
            return;
        onChoice(upstream && upstream->isChecked() ? DeleteChoice::HereAndUpstream : DeleteChoice::Here);
    });
    box->open();
}

void askSavePath(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter,
                 const QObject *context, std::function<void(const QString &)> chosen)
{
    auto *dialog = new QFileDialog(parent, title, suggestedName, filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setWindowModality(Qt::WindowModal);
    QObject::connect(dialog, &QFileDialog::fileSelected, context, std::move(chosen));
    dialog->open();
}

void showWarning(QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

} // namespace agentdesk
