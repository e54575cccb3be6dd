#include "clitable.h"

namespace redline {

CliTable::CliTable(QStringList header)
    : m_header(std::move(header))
{
}

void CliTable::addRow(QStringList row)
{
    m_rows.append(std::move(row));
}

int CliTable::displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        // CJK ideographs, kana, hangul and full-width forms take two columns in a terminal.
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
                          || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
                          || (u >= 0xFFE0 && u <= 0xFFE6);
        if (!c.isLowSurrogate())
            width += wide ? 2 : 1;
    }
    return width;
}

QByteArray CliTable::render() const
{
    QVector<int> widths(m_header.size(), 0);
    const auto measure = [&](const QStringList &row) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    };
    measure(m_header);
    for (const QStringList &row : m_rows)
        measure(row);
    QByteArray out;
    const auto writeRow = [&](const QStringList &row) {
        QString line;
        for (int i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size())
                line += QString(widths[i] - displayWidth(row[i]) + 2, QLatin1Char(' '));
        }
        out += line.toUtf8() + '\n';
    };
    writeRow(m_header);
    for (const QStringList &row : m_rows)
        writeRow(row);
    return out;
}

} // namespace redline
