#pragma once

#include <QColor>
#include <QFont>

namespace redline {

// The look every PDF Redline writes shares (the compliance report, the policy comparison, the campaign
// report): one palette, and DejaVu Sans for Latin and digits with Noto Sans CJK for Chinese.
class PdfStyle
{
public:
    static QFont font(qreal points, bool bold = false);
    static QColor ink() { return QColor(0x21, 0x21, 0x21); }
    static QColor muted() { return QColor(0x61, 0x61, 0x61); }
    static QColor rule() { return QColor(0xbd, 0xbd, 0xbd); }
    static QColor headerFill() { return QColor(0xec, 0xef, 0xf1); }
    static QColor stripe() { return QColor(0xf7, 0xf8, 0xf9); }
    static QColor alert() { return QColor(0xb7, 0x1c, 0x1c); }
    static QColor good() { return QColor(0x1b, 0x5e, 0x20); }
};

} // namespace redline
