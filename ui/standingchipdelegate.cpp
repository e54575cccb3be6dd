#include "standingchipdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace redline {

StandingChipDelegate::StandingChipDelegate(int colorRole, Style style, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_colorRole(colorRole)
    , m_style(style)
{
}

void StandingChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    // Background, selection and focus as the style draws them; the chip goes on top.
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QColor color = index.data(m_colorRole).value<QColor>();
    if (!color.isValid() || text.isEmpty()) {
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect cell = option.rect.adjusted(4, 3, -4, -3);
    QFont font = opt.font;
    if (m_style == Style::Filled) {
        font.setBold(true);
        painter->setFont(font);
        const int width = std::min(cell.width(), painter->fontMetrics().horizontalAdvance(text) + 14);
        const QRect chip(cell.right() - width + 1, cell.top(), width, cell.height());
        QPainterPath path;
        path.addRoundedRect(chip, chip.height() / 2.0, chip.height() / 2.0);
        painter->fillPath(path, color);
        painter->setPen(Qt::white);
        painter->drawText(chip, Qt::AlignCenter, text);
    } else {
        const int d = std::min(10, cell.height() - 4);
        const QRect dot(cell.left(), cell.center().y() - d / 2, d, d);
        painter->setBrush(color);
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(dot);
        painter->setFont(font);
        painter->setPen(option.state & QStyle::State_Selected ? opt.palette.color(QPalette::HighlightedText)
                                                              : opt.palette.color(QPalette::Text));
        painter->drawText(cell.adjusted(d + 6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    painter->restore();
}

QSize StandingChipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 18;
    return size;
}

} // namespace redline
