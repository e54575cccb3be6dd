#include "appealspage.h"

#include "actionhistory.h"
#include "appealqueuemodel.h"
#include "casefileview.h"
#include "decideappealdialog.h"
#include "policytext.h"
#include "writegate.h"

#include "query/appealquery.h"
#include "store/store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace redline {

AppealsPage::AppealsPage(Store &store, QWidget *parent)
    : QueuePage(store, QStringLiteral("appeals"), parent)
{
    setObjectName(QStringLiteral("appealsPage"));
    buildUi();
    refresh(); // or, while the page is hidden, when it is first shown (QueuePage::refresh)
}

AppealsPage::~AppealsPage() = default;

QString AppealsPage::title() const
{
    return tr("Appeals");
}

void AppealsPage::sessionChanged()
{
    QueuePage::sessionChanged();
    m_model->setUser(session().isOpen() || session().isSignedIn() ? session().user : QString());
    updateButtons();
}

void AppealsPage::buildUi()
{
    QHBoxLayout *heading = createHeading(tr("Appeals"), QStringLiteral("appealsSummary"));

    m_decide = new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("&Decide…"), this);
    m_decide->setObjectName(QStringLiteral("decideButton"));
    m_decide->setToolTip(tr("Decide the selected appeal (Enter or D)"));
    m_open = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("Open &case file"), this);
    m_open->setObjectName(QStringLiteral("openSubjectButton"));
    m_open->setToolTip(tr("Open the subject in its browser (O)"));
    connect(m_decide, &QPushButton::clicked, this, &AppealsPage::decideCurrent);
    connect(m_open, &QPushButton::clicked, this, &AppealsPage::openCurrentSubject);

    heading->addWidget(m_open);
    heading->addWidget(m_decide);

    m_model = new AppealQueueModel(m_store, this);
    connect(m_model, &AppealQueueModel::errorOccurred, this, [this](const QString &message) {
        warnReadFailed(tr("Could not read the appeals"),
                       tr("%1\n\nPress F5 to try again; if it persists, run `redline-cli verify` on the store.").arg(message));
    });
    createTable(m_model, QStringLiteral("appealsTable"));
    table()->horizontalHeader()->setStretchLastSection(false);
    table()->horizontalHeader()->setSectionResizeMode(AppealQueueModel::Violation, QHeaderView::Stretch);
    table()->setColumnWidth(AppealQueueModel::Appeal, 90);
    table()->setColumnWidth(AppealQueueModel::Waiting, 75);
    table()->setColumnWidth(AppealQueueModel::Subject, 150);
    table()->setColumnWidth(AppealQueueModel::Points, 45);
    table()->setColumnWidth(AppealQueueModel::RecordedBy, 100);
    connect(table(), &QTableView::activated, this, [this] { decideCurrent(); });

    // The selected appeal in full: what the subject says, against what.
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("appealDetail"));
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setFrameShape(QFrame::StyledPanel);
    m_detail->setMargin(8);
    m_detail->setAutoFillBackground(true);
    m_detail->setBackgroundRole(QPalette::Base);
    m_detail->setMinimumHeight(120);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(heading);
    leftLayout->addWidget(table(), 3);
    leftLayout->addWidget(m_detail, 2);

    createSplitter(left, QStringLiteral("appealsSplitter"), 1, 1, {800, 700});

    // Triage keys (Ozone-style): they act on the queue, so they live on the table only.
    addMoveShortcuts();
    addShortcut(QKeySequence(Qt::Key_D), [this] { decideCurrent(); });
    addShortcut(QKeySequence(Qt::Key_O), [this] { openCurrentSubject(); });
}

QString AppealsPage::currentAppealId() const
{
    const AppealRecord *a = m_model->appealAt(table()->currentIndex().row());
    return a ? a->id : QString();
}

int AppealsPage::rowOfKey(const QString &key) const
{
    return m_model->rowOfAppeal(key);
}

void AppealsPage::reloadModel()
{
    m_model->reload(table()->currentIndex().row() + 1); // so that the current appeal is found again at once
}

void AppealsPage::updateSummary()
{
    const int count = m_model->pendingCount();
    const AppealRecord *oldest = m_model->appealAt(0);
    if (count == 0 || !oldest) {
        m_summary->setText(tr("No pending appeals."));
        return;
    }
    const qint64 days = std::max<qint64>(0, (m_store.now() - oldest->at) / kSecondsPerDay);
    m_summary->setText(m_model->truncated()
                           ? tr("The oldest %1 pending appeals; the oldest has waited %n day(s).", nullptr, int(days)).arg(count)
                           : tr("%1 pending; the oldest has waited %n day(s).", nullptr, int(days)).arg(count));
}

void AppealsPage::onCurrentChanged()
{
    const AppealRecord *a = m_model->appealAt(table()->currentIndex().row());
    showCaseFileOf(a ? a->subject : QString());
    updateButtons();
    updateDetail();
}

void AppealsPage::updateDetail()
{
    const AppealRecord *a = m_model->appealAt(table()->currentIndex().row());
    if (!a) {
        m_detail->setText(tr("<i>Select an appeal to read the subject's reason.</i>"));
        return;
    }
    const Policy &policy = m_store.policy();
    m_detail->setText(tr("<b>%1</b> filed %2 by %3 against <b>%4</b> (%5), recorded %6 by %7%8"
                         "<hr><i>The subject's reason and materials:</i><br>%9")
                          .arg(a->id.toHtmlEscaped(), PolicyText::formatDateTime(a->at), a->by.toHtmlEscaped(),
                               a->violation.toHtmlEscaped(),
                               PolicyText::codeDescription(policy, a->kind, a->violationCode).toHtmlEscaped(),
                               PolicyText::formatDateTime(a->violationAt), a->violationBy.toHtmlEscaped(),
                               a->violationRetracted ? tr(" · <b>retracted since</b>") : QString(),
                               a->reason.isEmpty() ? tr("(none given)")
                                                   : a->reason.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"))));
}

void AppealsPage::updateButtons()
{
    const QModelIndex current = table()->currentIndex();
    const bool has = current.isValid();
    // Only a senior moderator decides (docs/roles.md): for anyone else the button says who may.
    const QString refused = WriteGate::refusal(&m_store, session(), Permission::DecideAppeal);
    m_decide->setEnabled(has && refused.isEmpty());
    m_open->setEnabled(has);
    // The dialog explains R-L4 in full; the button says it up front.
    const bool own = has && m_model->data(current, AppealQueueModel::OwnViolationRole).toBool();
    m_decide->setToolTip(!refused.isEmpty() ? refused
                         : own              ? m_model->data(current, Qt::ToolTipRole).toString()
                                            : tr("Decide the selected appeal (Enter or D)"));
}

void AppealsPage::openCurrentSubject()
{
    const AppealRecord *a = m_model->appealAt(table()->currentIndex().row());
    if (a)
        emit openSubjectRequested(a->subject);
}

bool AppealsPage::decideCurrent()
{
    const QString appealId = currentAppealId();
    if (appealId.isEmpty() || !m_decide->isEnabled())
        return false;
    DecideAppealDialog dialog(m_store, session(), appealId, this);
    if (dialog.exec() != QDialog::Accepted || dialog.decidedOutcome().isEmpty()) {
        // Refused: on a team store because another moderator decided first, whose decision the write took in
        // (R-L3); the window refreshes every page (and takes in the rest) so the queue no longer offers it.
        if (!dialog.storeMessage().isEmpty())
            emit storeChanged();
        return false;
    }
    if (ActionHistory *h = history())
        h->decidedAppeal(appealId);
    refresh();
    table()->setFocus();
    emit actionRecorded();
    emit storeChanged();
    return true;
}

} // namespace redline
