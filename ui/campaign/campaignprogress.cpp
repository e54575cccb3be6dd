#include "campaignprogress.h"

#include <QProgressDialog>

#include <limits>

namespace redline {

namespace {

constexpr qint64 kRepaintMs = 50;

} // namespace

CampaignProgress::CampaignProgress(QWidget *parent, const QString &label)
{
    m_dialog = new QProgressDialog(label, tr("Cancel"), 0, 0, parent);
    m_dialog->setObjectName(QStringLiteral("campaignProgress"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(400);
    m_dialog->setAutoReset(false);
    m_dialog->setAutoClose(false);
    m_sinceRepaint.start();
}

CampaignProgress::~CampaignProgress()
{
    delete m_dialog;
}

ProgressFn CampaignProgress::callback()
{
    return [this](qint64 done, qint64 total) { return report(done, total); };
}

bool CampaignProgress::report(qint64 done, qint64 total)
{
    if (!m_dialog)
        return !m_cancelled;
    if (m_sinceRepaint.elapsed() >= kRepaintMs) {
        m_sinceRepaint.restart();
        // QProgressDialog counts in int: scale a huge total down to per-mille.
        if (total > 0 && total <= std::numeric_limits<int>::max()) {
            m_dialog->setMaximum(int(total));
            m_dialog->setValue(int(std::min(done, total)));
        } else {
            m_dialog->setMaximum(0);
            m_dialog->setValue(0);
        }
        QCoreApplication::processEvents();
    }
    m_cancelled = m_cancelled || m_dialog->wasCanceled();
    return !m_cancelled;
}

} // namespace redline
