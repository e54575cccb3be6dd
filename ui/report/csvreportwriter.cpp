#include "csvreportwriter.h"

namespace redline {

namespace {

// =1+2, @SUM(...), +cmd, -cmd run as formulas in spreadsheet programs; a signed amount ("+¥20,000",
// "-5") stays as it is, since it is a number a spreadsheet reads as one.
bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.at(0);
    if (first == QLatin1Char('=') || first == QLatin1Char('@'))
        return true;
    if (first != QLatin1Char('+') && first != QLatin1Char('-'))
        return false;
    if (text.size() == 1)
        return false;
    const QChar next = text.at(1);
    return !(next.isDigit() || next == QChar(0x00A5) || next == QLatin1Char(' '));
}

} // namespace

QString CsvReportWriter::cell(const QString &text)
{
    QString value = looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
                       || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))
                       || value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' '));
    if (!quote)
        return value;
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QByteArray CsvReportWriter::row(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &c : cells)
        out << cell(c);
    return out.join(QLatin1Char(',')).toUtf8();
}

QByteArray CsvReportWriter::toCsv(const ReportDocument &document)
{
    const QByteArray crlf("\r\n");
    QByteArray out(kByteOrderMark);
    out += row({QStringLiteral("#report"), document.title}) + crlf;
    for (const ReportFact &f : document.subjectFacts)
        out += row({f.label, f.value}) + crlf;
    out += row({document.standing}) + crlf;
    for (const QString &notice : document.notices)
        out += row({notice}) + crlf;
    for (const ReportFact &f : document.provenance)
        out += row({f.label, f.value}) + crlf;
    out += crlf;
    for (const ReportTable &t : document.tables) {
        out += row({QLatin1Char('#') + t.key, t.title, t.note}) + crlf;
        out += row(t.headers) + crlf;
        for (const QStringList &r : t.rows)
            out += row(r) + crlf;
        out += crlf;
    }
    return out;
}

} // namespace redline
