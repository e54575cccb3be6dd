#pragma once

#include "store/copy/storetables.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace redline {

// PostgreSQL's COPY text format (the COPY command's documentation, "Text Format"): one line per row, fields
// separated by tabs, \N for NULL, backslash escapes for backslash, newline, carriage return and tab; a bytea
// in hex ("\x0a1b", its backslash escaped on the line).
class PgCopyText
{
    Q_DECLARE_TR_FUNCTIONS(PgCopyText)
public:
    // Appends the row's line, with its newline, to *out.
    static void appendLine(const StoreTable &table, const StoreRow &row, QByteArray *out);
    // Splits one line (without its newline) into the table's values; false with *why when it does not fit.
    static bool parseLine(const StoreTable &table, const QByteArray &line, StoreRow *row, QString *why);
};

} // namespace redline
