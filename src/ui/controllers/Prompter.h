#pragma once

#include <QString>
#include <optional>

class QWidget;

namespace agentdesk {

// The questions a controller asks the operator (a confirmation, a delete choice),
// behind a small interface: the window answers with dialogs, a test answers in advance
// (KeePassXC's MessageBox::setNextAnswer is the model).
class Prompter
{
public:
    virtual ~Prompter() = default;
    virtual bool confirm(const QString &title, const QString &text) = 0;
    enum class DeleteChoice { Keep, Here, HereAndUpstream };
    // `upstreamOffer` is the text of the "also delete upstream" choice; empty when there is none.
    virtual DeleteChoice askDelete(const QString &title, const QString &text, const QString &upstreamOffer) = 0;
};

// The window's prompter: message boxes over `parent`.
class WidgetPrompter : public Prompter
{
public:
    explicit WidgetPrompter(QWidget *parent) : m_parent(parent) { }
    bool confirm(const QString &title, const QString &text) override;
    DeleteChoice askDelete(const QString &title, const QString &text, const QString &upstreamOffer) override;

private:
    QWidget *m_parent;
};

} // namespace agentdesk
