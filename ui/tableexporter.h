#pragma once

#include "base/progress.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

class QAbstractItemView;
class QWidget;

namespace redline {

// "Export rows shown as CSV…" for any list of the console (docs/architecture.md "Exporting a list"): the
// view's visible columns in their on-screen order with their header texts, and its rows in the order
// shown (the current sort and filter). A tree's children count when their parent is expanded. A lazy
// model (the subject browsers, the audit log) is asked for every row of its current filter, page by
// page as scrolling would, with a progress dialog whose Cancel writes nothing. The file is CSV as the
// report's (UTF-8 with BOM, CRLF, RFC 4180), written through a temporary file.
class TableExporter
{
    Q_DECLARE_TR_FUNCTIONS(TableExporter)
public:
    static constexpr const char *kActionName = "exportRowsAction";

    // Adds the context-menu action to the view (Qt::ActionsContextMenu, so other actions can join it).
    static void install(QAbstractItemView *view);
    // install() on every table and tree view under `root` (a page), once each.
    static void installOnChildren(QWidget *root);

    // The header texts of the visible columns, in visual order.
    static QStringList headers(const QAbstractItemView *view);
    // The rows shown, each cell's display text; fetches a lazy model to its end first. False when
    // `progress` cancels.
    static bool rows(QAbstractItemView *view, QVector<QStringList> *out, const ProgressFn &progress = {});
    // Headers and rows as CSV bytes (with the byte-order mark).
    static bool toCsv(QAbstractItemView *view, QByteArray *out, const ProgressFn &progress = {});

    // Asks for a file and writes it, with a progress dialog while a lazy model loads.
    static void exportWithDialog(QAbstractItemView *view);
};

} // namespace redline
