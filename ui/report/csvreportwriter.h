#pragma once

#include "reportdocument.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

namespace redline {

// A report as one CSV file (docs/contracts.md "redline-cli report"): UTF-8 with a byte-order mark so
// spreadsheet programs read Chinese correctly, CRLF line ends and RFC 4180 quoting. Each section starts
// with a row whose first cell is `#KEY` and whose second is its title; a table's next row is its header
// row, then its rows; a blank row ends the section.
class CsvReportWriter
{
public:
    static QByteArray toCsv(const ReportDocument &document);

    // One CSV row (no line end): every cell quoted when it holds a comma, a quote, a line break or leading
    // or trailing space; a cell a spreadsheet would run as a formula (=, +, -, @ followed by text) is
    // prefixed with an apostrophe.
    static QByteArray row(const QStringList &cells);
    static QString cell(const QString &text);

    static constexpr const char *kByteOrderMark = "\xEF\xBB\xBF";
};

} // namespace redline
