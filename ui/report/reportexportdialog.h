#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace redline {

class Store;

// File > Export report…: asks for a file (PDF or CSV by the chosen filter), makes the subject's compliance
// report as of the store's now with a progress dialog over the store's verification, and says where it
// went or why it could not be written.
class ReportExportDialog
{
    Q_DECLARE_TR_FUNCTIONS(ReportExportDialog)
public:
    // Returns the file written, or empty when cancelled or failed (the user was told why).
    static QString run(QWidget *parent, Store &store, const QString &handle, const QString &madeBy);
};

} // namespace redline
