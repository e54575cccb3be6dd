#pragma once

#include <QStyledItemDelegate>

namespace redline {

// Paints a score or band cell as a coloured chip (the model's standing colour role), so a column of
// scores reads at a glance: green in good standing through red in the lowest band.
class StandingChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Style { Filled, Dot };

    StandingChipDelegate(int colorRole, Style style, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_colorRole;
    Style m_style;
};

} // namespace redline
