#include "reportexportdialog.h"

#include "compliancereport.h"
#include "store/store.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>

namespace redline {

QString ReportExportDialog::run(QWidget *parent, Store &store, const QString &handle, const QString &madeBy)
{
    const QString pdfFilter = tr("PDF report (*.pdf)");
    const QString csvFilter = tr("CSV tables (*.csv)");
    QString filter = pdfFilter;
    const QString suggested = QDir::home().filePath(QStringLiteral("%1-report.pdf").arg(handle));
    QString path = QFileDialog::getSaveFileName(parent, tr("Export the report of %1").arg(handle), suggested,
                                                pdfFilter + QStringLiteral(";;") + csvFilter, &filter);
    if (path.isEmpty())
        return QString();
    // The chosen filter decides the format when the name has no (or another) extension.
    const QString wanted = filter == csvFilter ? QStringLiteral("csv") : QStringLiteral("pdf");
    if (!ComplianceReport::formatFor(path))
        path += QLatin1Char('.') + wanted;

    QProgressDialog progress(tr("Verifying the store for the report of %1…").arg(handle), tr("Cancel"), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const ProgressFn pump = [&progress](qint64 done, qint64 total) {
        progress.setMaximum(int(std::min<qint64>(total, INT_MAX)));
        progress.setValue(int(std::min<qint64>(done, INT_MAX)));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    ReportDocument document;
    StoreError error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool made = ComplianceReport::make(store, handle, store.now(), madeBy, &document, &error, pump);
    const bool cancelled = progress.wasCanceled();
    const bool written = made && !cancelled && ComplianceReport::write(document, path, &error);
    QApplication::restoreOverrideCursor();
    progress.reset();
    if (cancelled)
        return QString();
    if (!written) {
        QMessageBox::warning(parent, tr("Export report"), tr("The report of %1 was not written:\n%2").arg(handle, error.message));
        return QString();
    }
    return path;
}

} // namespace redline
