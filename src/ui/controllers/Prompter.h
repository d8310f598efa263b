#pragma once

#include <QPointer>
#include <QString>
#include <functional>

class QWidget;

namespace agentdesk {

// The questions a controller asks the operator (a confirmation, a delete choice),
// behind a small interface: the window answers with dialogs, a test answers in advance
// (KeePassXC's MessageBox::setNextAnswer is the model). Answers come later, through a
// callback, so no question runs an event loop of its own inside the caller; an answer
// is not delivered once `context` is gone.
class Prompter
{
public:
    virtual ~Prompter() = default;
    virtual void confirm(const QString &title, const QString &text, const QObject *context,
                         std::function<void()> onYes) = 0;
    enum class DeleteChoice { Keep, Here, HereAndUpstream };
    // `upstreamOffer` is the text of the "also delete upstream" choice; empty when there is
    // none. `onChoice` is not called when the operator keeps the task.
    virtual void askDelete(const QString &title, const QString &text, const QString &upstreamOffer,
                           const QObject *context, std::function<void(DeleteChoice)> onChoice) = 0;
};

// The window's prompter: window-modal message boxes over `parent`, opened with open()
// (not exec()), so timers, answers and the other processes' changes keep flowing.
class WidgetPrompter : public Prompter
{
public:
    explicit WidgetPrompter(QWidget *parent) : m_parent(parent) { }
    void confirm(const QString &title, const QString &text, const QObject *context,
                 std::function<void()> onYes) override;
    void askDelete(const QString &title, const QString &text, const QString &upstreamOffer, const QObject *context,
                   std::function<void(DeleteChoice)> onChoice) override;

private:
    QWidget *m_parent;
};

// Asks where to save, window-modal without an event loop of its own; `chosen` gets the
// path (not called when the operator cancels or `context` is gone).
void askSavePath(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter,
                 const QObject *context, std::function<void(const QString &)> chosen);
// A warning the operator closes; the caller goes on at once.
void showWarning(QWidget *parent, const QString &title, const QString &text);

} // namespace agentdesk
