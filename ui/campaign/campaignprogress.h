#pragma once

#include "base/progress.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QString>

class QProgressDialog;
class QWidget;

namespace redline {

// A campaign's preview, apply or undo runs on the UI thread inside one store write; this is its progress
// dialog with Cancel. The callback (called by core every few hundred targets) updates the dialog and lets
// the window repaint at most every 50 ms; Cancel makes it return false, and core then writes nothing.
class CampaignProgress
{
    Q_DECLARE_TR_FUNCTIONS(CampaignProgress)
public:
    CampaignProgress(QWidget *parent, const QString &label);
    ~CampaignProgress();

    ProgressFn callback();
    bool cancelled() const { return m_cancelled; }

private:
    bool report(qint64 done, qint64 total);

    QPointer<QProgressDialog> m_dialog;
    QElapsedTimer m_sinceRepaint;
    bool m_cancelled = false;
};

} // namespace redline
