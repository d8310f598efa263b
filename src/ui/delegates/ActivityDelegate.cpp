#include "ActivityDelegate.h"

#include "domain/Task.h"
#include "ui/models/ActivityModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFontDatabase>
#include <QIcon>
#include <QLocale>
#include <QPainter>

namespace agentdesk {

namespace {
constexpr int kMargin = 6;
constexpr int kIcon = 20;
} // namespace

struct ActivityDelegate::Layout {
    QString heading;
    QString body;
    QStringList extra; // monospace lines (patch or command output)
    QRect headingRect, bodyRect, extraRect;
    QFont headingFont, bodyFont, monoFont;
    int height = 0;
};

ActivityDelegate::Layout ActivityDelegate::layout(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Layout l;
    const auto type = ActivityType(index.data(ActivityModel::TypeRole).toInt());
    const QVariantMap meta = index.data(ActivityModel::MetadataRole).toMap();
    const QString author = meta.value(QStringLiteral("author")).toString();
    const QDateTime when = index.data(ActivityModel::TimestampRole).toDateTime();
    l.heading = activityTypeDisplayName(type) + QStringLiteral("  ·  ")
                + QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                + (author.isEmpty() ? QString() : QStringLiteral("  ·  ") + author);
    l.body = index.data(ActivityModel::ContentRole).toString();
    if (type == ActivityType::CodeChange) {
        l.extra = meta.value(QStringLiteral("patch")).toString().split(QLatin1Char('\n'));
    } else if (meta.contains(QStringLiteral("command"))) {
        l.extra << QStringLiteral("$ ") + meta.value(QStringLiteral("command")).toString()
                       + tr("   (exit %1)").arg(meta.value(QStringLiteral("exitCode")).toInt());
        l.extra += meta.value(QStringLiteral("output")).toString().split(QLatin1Char('\n'));
    }
    while (!l.extra.isEmpty() && l.extra.last().isEmpty())
        l.extra.removeLast();
    if (l.extra.size() > kMaxPatchLines) {
        const int hidden = int(l.extra.size()) - kMaxPatchLines;
        l.extra = l.extra.mid(0, kMaxPatchLines);
        l.extra << tr("… %n more line(s)", nullptr, hidden);
    }

    l.headingFont = option.font;
    l.headingFont.setPointSizeF(option.font.pointSizeF() * 0.9);
    l.headingFont.setBold(true);
    l.bodyFont = option.font;
    l.monoFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    l.monoFont.setPointSizeF(option.font.pointSizeF() * 0.9);

    const int left = option.rect.left() + kMargin * 2 + kIcon;
    const int width = std::max(80, option.rect.width() - (left - option.rect.left()) - kMargin);
    int y = option.rect.top() + kMargin;
    const QFontMetrics hm(l.headingFont);
    l.headingRect = QRect(left, y, width, hm.height());
    y += hm.height() + 2;
    const QFontMetrics bm(l.bodyFont);
    const QRect bodyBounds = bm.boundingRect(QRect(left, y, width, 100000), Qt::TextWordWrap, l.body);
    l.bodyRect = QRect(left, y, width, bodyBounds.height());
    y += bodyBounds.height();
    if (!l.extra.isEmpty()) {
        const QFontMetrics mm(l.monoFont);
        y += 4;
        l.extraRect = QRect(left, y, width, int(l.extra.size()) * mm.lineSpacing() + 8);
        y += l.extraRect.height();
    }
    l.height = y - option.rect.top() + kMargin;
    return l;
}

void ActivityDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background and selection from the style; our own text on top.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const Layout l = layout(option, index);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    const QColor text = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.7);

    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    icon.paint(painter, QRect(option.rect.left() + kMargin, option.rect.top() + kMargin + 2, kIcon, kIcon));

    painter->setFont(l.headingFont);
    painter->setPen(dim);
    painter->drawText(l.headingRect, Qt::AlignLeft | Qt::AlignVCenter, l.heading);
    painter->setFont(l.bodyFont);
    painter->setPen(text);
    painter->drawText(l.bodyRect, Qt::TextWordWrap, l.body);

    if (!l.extra.isEmpty()) {
        QColor box = pal.color(QPalette::AlternateBase);
        painter->fillRect(l.extraRect, box);
        painter->setFont(l.monoFont);
        const QFontMetrics mm(l.monoFont);
        int y = l.extraRect.top() + 4;
        const bool dark = pal.color(QPalette::Base).lightness() < 128;
        for (const QString &line : l.extra) {
            QColor c = text;
            if (line.startsWith(QLatin1Char('+')) && !line.startsWith(QLatin1String("+++")))
                c = dark ? QColor(0x8f, 0xd8, 0x8f) : QColor(0x1a, 0x7f, 0x37);
            else if (line.startsWith(QLatin1Char('-')) && !line.startsWith(QLatin1String("---")))
                c = dark ? QColor(0xff, 0x9b, 0x9b) : QColor(0xb3, 0x1d, 0x28);
            else if (line.startsWith(QLatin1String("@@")))
                c = dim;
            painter->setPen(c);
            painter->drawText(QRect(l.extraRect.left() + 6, y, l.extraRect.width() - 12, mm.lineSpacing()),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              mm.elidedText(line, Qt::ElideRight, l.extraRect.width() - 12));
            y += mm.lineSpacing();
        }
    }
    painter->restore();
}

QSize ActivityDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    // Views ask before layout with an empty rect: wrap to the viewport's width.
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        opt.rect.setWidth(view->viewport()->width());
    return QSize(opt.rect.width(), layout(opt, index).height);
}

} // namespace agentdesk
