#pragma once

#include <QStyledItemDelegate>

namespace agentdesk {

// Paints one timeline entry: type icon, heading (type, time, author), the content
// wrapped, and the extra a type carries: a patch for code changes (first lines,
// coloured), the command and exit code for shell steps, numbered plan steps.
class ActivityDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr int kMaxPatchLines = 14;

private:
    struct Layout;
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace agentdesk
