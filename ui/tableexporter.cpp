#include "tableexporter.h"

#include "report/csvreportwriter.h"

#include <QAbstractItemView>
#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSaveFile>
#include <QTableView>
#include <QTreeView>

namespace redline {

namespace {

QHeaderView *horizontalHeader(const QAbstractItemView *view)
{
    if (auto *table = qobject_cast<const QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->header();
    return nullptr;
}

// The logical columns shown, left to right as on screen.
QVector<int> visibleColumns(const QAbstractItemView *view)
{
    QVector<int> columns;
    const QHeaderView *header = horizontalHeader(view);
    const int count = view->model() ? view->model()->columnCount() : 0;
    if (!header) {
        columns << 0;
        return columns;
    }
    for (int visual = 0; visual < header->count() && visual < count; ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

bool rowHidden(const QAbstractItemView *view, int row, const QModelIndex &parent)
{
    if (auto *table = qobject_cast<const QTableView *>(view))
        return table->isRowHidden(row);
    if (auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->isRowHidden(row, parent);
    return false;
}

void collectRows(const QAbstractItemView *view, const QModelIndex &parent, const QVector<int> &columns,
                 QVector<QStringList> *out)
{
    const QAbstractItemModel *model = view->model();
    const auto *tree = qobject_cast<const QTreeView *>(view);
    for (int row = 0; row < model->rowCount(parent); ++row) {
        if (rowHidden(view, row, parent))
            continue;
        QStringList cells;
        for (int column : columns)
            cells << model->index(row, column, parent).data(Qt::DisplayRole).toString();
        out->append(cells);
        const QModelIndex index = model->index(row, 0, parent);
        if (tree && model->hasChildren(index) && tree->isExpanded(index))
            collectRows(view, index, columns, out);
    }
}

} // namespace

QStringList TableExporter::headers(const QAbstractItemView *view)
{
    QStringList out;
    const QAbstractItemModel *model = view->model();
    for (int column : visibleColumns(view))
        out << model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    return out;
}

bool TableExporter::rows(QAbstractItemView *view, QVector<QStringList> *out, const ProgressFn &progress)
{
    QAbstractItemModel *model = view->model();
    if (!model)
        return true;
    // A lazy model holds the rows scrolled to so far; "rows shown" are every row of its current filter.
    while (model->canFetchMore(QModelIndex())) {
        const int before = model->rowCount();
        model->fetchMore(QModelIndex());
        if (progress && !progress(model->rowCount(), 0))
            return false;
        if (model->rowCount() == before)
            break; // the model said more but gave none (an error it reports itself)
    }
    collectRows(view, QModelIndex(), visibleColumns(view), out);
    return true;
}

bool TableExporter::toCsv(QAbstractItemView *view, QByteArray *out, const ProgressFn &progress)
{
    QVector<QStringList> shown;
    if (!rows(view, &shown, progress))
        return false;
    *out = QByteArray(CsvReportWriter::kByteOrderMark) + CsvReportWriter::row(headers(view)) + "\r\n";
    for (const QStringList &row : std::as_const(shown))
        *out += CsvReportWriter::row(row) + "\r\n";
    return true;
}

void TableExporter::install(QAbstractItemView *view)
{
    if (view->findChild<QAction *>(QLatin1String(kActionName), Qt::FindDirectChildrenOnly))
        return;
    auto *action = new QAction(tr("Export rows shown as CSV…"), view);
    action->setObjectName(QLatin1String(kActionName));
    action->setToolTip(tr("Write this list's visible columns and every row of its current filter and sort to a CSV file"));
    QObject::connect(action, &QAction::triggered, view, [view] { exportWithDialog(view); });
    view->addAction(action);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void TableExporter::installOnChildren(QWidget *root)
{
    const QList<QAbstractItemView *> views = root->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        if (qobject_cast<QTableView *>(view) || qobject_cast<QTreeView *>(view))
            install(view);
    }
}

void TableExporter::exportWithDialog(QAbstractItemView *view)
{
    const QString path = QFileDialog::getSaveFileName(view->window(), tr("Export rows shown as CSV"), QString(),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QProgressDialog progress(tr("Loading every row of the list…"), tr("Cancel"), 0, 0, view->window());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    QByteArray csv;
    const bool complete = toCsv(view, &csv, [&progress](qint64 done, qint64) {
        progress.setLabelText(tr("Loading every row of the list… %1 rows").arg(done));
        progress.setValue(0);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!complete)
        return; // cancelled: nothing written
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        QMessageBox::warning(view->window(), tr("Export rows shown as CSV"),
                             tr("Could not write %1: %2").arg(path, file.errorString()));
    }
}

} // namespace redline
