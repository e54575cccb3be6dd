#include "appealspage.h"

#include "actionhistory.h"
#include "appealqueuemodel.h"
#include "casefileview.h"
#include "decideappealdialog.h"
#include "policytext.h"

#include "store/appealquery.h"
#include "store/store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace redline {

namespace {

const char kSplitterKey[] = "appeals/splitter";
// The column set is part of the key: a layout saved for other columns would be restored onto the wrong ones.
QString headerKey()
{
    return QStringLiteral("appeals/header-%1").arg(int(AppealQueueModel::ColumnCount));
}

} // namespace

AppealsPage::AppealsPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("appealsPage"));
    // Once per store (about a second or two on the 1M-creator store); without it the queue still works, slower.
    StoreError indexError;
    AppealQuery::ensureIndex(m_store, &indexError);
    buildUi();
    reload();
}

AppealsPage::~AppealsPage() = default;

void AppealsPage::buildUi()
{
    auto *title = new QLabel(tr("Appeals"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("appealsSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_decide = new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("&Decide…"), this);
    m_decide->setObjectName(QStringLiteral("decideButton"));
    m_decide->setToolTip(tr("Decide the selected appeal (Enter or D)"));
    m_open = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("Open &case file"), this);
    m_open->setObjectName(QStringLiteral("openSubjectButton"));
    m_open->setToolTip(tr("Open the subject in its browser (O)"));
    connect(m_decide, &QPushButton::clicked, this, &AppealsPage::decideCurrent);
    connect(m_open, &QPushButton::clicked, this, &AppealsPage::openCurrentSubject);

    auto *heading = new QHBoxLayout;
    heading->addWidget(title);
    heading->addSpacing(12);
    heading->addWidget(m_summary, 1);
    heading->addWidget(m_open);
    heading->addWidget(m_decide);

    m_model = new AppealQueueModel(m_store, this);
    connect(m_model, &AppealQueueModel::errorOccurred, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Could not read the appeals"),
                             tr("%1\n\nPress F5 to try again; if it persists, run `redline-cli verify` on the store.").arg(message));
    });
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("appealsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(AppealQueueModel::Violation, QHeaderView::Stretch);
    m_table->setColumnWidth(AppealQueueModel::Appeal, 90);
    m_table->setColumnWidth(AppealQueueModel::Waiting, 75);
    m_table->setColumnWidth(AppealQueueModel::Subject, 150);
    m_table->setColumnWidth(AppealQueueModel::Points, 45);
    m_table->setColumnWidth(AppealQueueModel::RecordedBy, 100);
    connect(m_table, &QTableView::activated, this, [this] { decideCurrent(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AppealsPage::onCurrentChanged);

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
    leftLayout->addWidget(m_table, 3);
    leftLayout->addWidget(m_detail, 2);

    m_caseFile = new CaseFileView(m_store, this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("appealsSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_caseFile);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({800, 700}); // until the user's own layout is restored below

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_splitter);

    // Triage keys (Ozone-style): they act on the queue, so they live on the table only.
    addShortcut(QKeySequence(Qt::Key_J), &AppealsPage::selectNext);
    addShortcut(QKeySequence(Qt::Key_K), &AppealsPage::selectPrevious);
    addShortcut(QKeySequence(Qt::Key_D), &AppealsPage::decideFromShortcut);
    addShortcut(QKeySequence(Qt::Key_O), &AppealsPage::openCurrentSubject);

    QSettings settings;
    m_splitter->restoreState(settings.value(QLatin1String(kSplitterKey)).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(headerKey()).toByteArray());
}

void AppealsPage::addShortcut(const QKeySequence &keys, void (AppealsPage::*slot)())
{
    auto *shortcut = new QShortcut(keys, m_table);
    shortcut->setContext(Qt::WidgetShortcut);
    connect(shortcut, &QShortcut::activated, this, slot);
}

void AppealsPage::saveState() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kSplitterKey), m_splitter->saveState());
    settings.setValue(headerKey(), m_table->horizontalHeader()->saveState());
}

QString AppealsPage::currentAppealId() const
{
    const AppealRecord *a = m_model->appealAt(m_table->currentIndex().row());
    return a ? a->id : QString();
}

void AppealsPage::reload()
{
    const QString current = currentAppealId();
    const int currentRow = m_table->currentIndex().row();
    m_model->reload();
    int row = m_model->rowOfAppeal(current);
    if (row < 0 && m_model->rowCount() > 0) // the decided appeal left the queue: stay at its place
        row = std::clamp(currentRow, 0, m_model->rowCount() - 1);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    onCurrentChanged();
    updateSummary();
}

void AppealsPage::updateSummary()
{
    const int count = m_model->rowCount();
    if (count == 0) {
        m_summary->setText(tr("No pending appeals."));
        return;
    }
    const AppealRecord *oldest = m_model->appealAt(0);
    const qint64 days = std::max<qint64>(0, (m_store.now() - oldest->at) / kSecondsPerDay);
    m_summary->setText(m_model->truncated()
                           ? tr("The oldest %1 pending appeals; the oldest has waited %n day(s).", nullptr, int(days)).arg(count)
                           : tr("%1 pending; the oldest has waited %n day(s).", nullptr, int(days)).arg(count));
}

void AppealsPage::onCurrentChanged()
{
    const AppealRecord *a = m_model->appealAt(m_table->currentIndex().row());
    if (!a) {
        m_shownSubject.clear();
        m_caseFile->clear();
    } else if (a->subject != m_shownSubject) {
        m_shownSubject = a->subject;
        m_caseFile->showSubject(a->subject);
    } else {
        m_caseFile->reload();
    }
    updateButtons();
    updateDetail();
}

void AppealsPage::updateDetail()
{
    const AppealRecord *a = m_model->appealAt(m_table->currentIndex().row());
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
    const QModelIndex current = m_table->currentIndex();
    const bool has = current.isValid();
    m_decide->setEnabled(has);
    m_open->setEnabled(has);
    // The dialog explains R-L4 in full; the button says it up front.
    const bool own = has && m_model->data(current, AppealQueueModel::OwnViolationRole).toBool();
    m_decide->setToolTip(own ? m_model->data(current, Qt::ToolTipRole).toString()
                             : tr("Decide the selected appeal (Enter or D)"));
}

void AppealsPage::moveSelection(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = std::clamp(m_table->currentIndex().row() + delta, 0, rows - 1);
    m_table->setCurrentIndex(m_model->index(row, 0));
}

void AppealsPage::openCurrentSubject()
{
    const AppealRecord *a = m_model->appealAt(m_table->currentIndex().row());
    if (a)
        emit openSubjectRequested(a->subject);
}

ActionHistory *AppealsPage::history() const
{
    if (m_history)
        return m_history;
    return window() ? window()->findChild<ActionHistory *>() : nullptr;
}

bool AppealsPage::decideCurrent()
{
    const QString appealId = currentAppealId();
    if (appealId.isEmpty())
        return false;
    DecideAppealDialog dialog(m_store, appealId, this);
    if (dialog.exec() != QDialog::Accepted || dialog.decidedOutcome().isEmpty())
        return false;
    if (ActionHistory *h = history())
        h->decidedAppeal(appealId);
    reload();
    m_table->setFocus();
    emit actionRecorded();
    emit storeChanged();
    return true;
}

} // namespace redline
