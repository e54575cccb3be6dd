#pragma once

#include "reportdocument.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace redline {

// A report as an A4 PDF through Qt's own PDF writer (QPdfWriter + QPainter): a header and a footer with
// "Page N of M" on every page, the subject's facts and the report's provenance, the score chart as vectors
// (ScoreChart::renderTo), then each table with wrapped cells; a table that runs over a page repeats its
// header row on the next. Text is set in Noto Sans CJK, so Chinese is embedded with the Latin.
// Needs a QApplication (the chart is a widget); the CLI makes one only for `report`.
class PdfReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)
public:
    static bool write(const ReportDocument &document, QIODevice *device, QString *error);
};

} // namespace redline
