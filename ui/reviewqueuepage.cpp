#include "reviewqueuepage.h"

#include "actionhistory.h"
#include "policytext.h"
#include "recordviolationdialog.h"
#include "reviewqueuemodel.h"
#include "standingchipdelegate.h"
#include "writegate.h"

#include "query/reviewqueuequery.h"
#include "store/store.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace redline {

namespace {

const char kDaysKey[] = "review/days";

} // namespace

ReviewQueuePage::ReviewQueuePage(Store &store, QWidget *parent)
    : QueuePage(store, QStringLiteral("review"), parent)
{
    setObjectName(QStringLiteral("reviewQueuePage"));
    // Once per store (about a second or two on the 1M-creator store); without it the queue still works, slower.
    StoreError indexError;
    ReviewQueueQuery::ensureIndex(m_store, &indexError);
    buildUi();
    refresh();
}

ReviewQueuePage::~ReviewQueuePage() = default;

QString ReviewQueuePage::title() const
{
    return tr("Review queue");
}

void ReviewQueuePage::buildUi()
{
    QHBoxLayout *heading = createHeading(tr("Review queue"), QStringLiteral("reviewSummary"));

    m_window = new QComboBox(this);
    m_window->setObjectName(QStringLiteral("windowCombo"));
    for (int days : {1, 7, 30, 90})
        m_window->addItem(tr("Last %n day(s)", nullptr, days), days);

    m_record = new QPushButton(style()->standardIcon(QStyle::SP_MessageBoxWarning), tr("&Record violation…"), this);
    m_record->setObjectName(QStringLiteral("recordButton"));
    m_record->setToolTip(tr("Record a violation on the selected subject (N)"));
    m_open = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("openButton"));
    m_open->setToolTip(tr("Open the subject in its browser (Enter)"));
    connect(m_record, &QPushButton::clicked, this, &ReviewQueuePage::recordForCurrent);
    connect(m_open, &QPushButton::clicked, this, &ReviewQueuePage::openCurrent);

    heading->addWidget(m_window);
    heading->addWidget(m_open);
    heading->addWidget(m_record);

    auto *keys = new QLabel(tr("J / K move · Enter opens · N records a violation · F5 refreshes"), this);
    keys->setForegroundRole(QPalette::PlaceholderText);
    keys->setWordWrap(true);

    m_model = new ReviewQueueModel(m_store, this);
    connect(m_model, &ReviewQueueModel::errorOccurred, this, [this](const QString &message) {
        warnReadFailed(tr("Could not read the review queue"),
                       tr("%1\n\nPress F5 to try again; if it persists, run `redline-cli verify` on the store.").arg(message));
    });
    createTable(m_model, QStringLiteral("reviewTable"));
    table()->setItemDelegateForColumn(ReviewQueueModel::Score,
                                      new StandingChipDelegate(ReviewQueueModel::StandingColorRole,
                                                               StandingChipDelegate::Style::Filled, table()));
    table()->horizontalHeader()->setSectionResizeMode(ReviewQueueModel::Evidence, QHeaderView::Stretch);
    table()->setColumnWidth(ReviewQueueModel::Latest, 120);
    table()->setColumnWidth(ReviewQueueModel::Subject, 160);
    table()->setColumnWidth(ReviewQueueModel::Kind, 65);
    table()->setColumnWidth(ReviewQueueModel::Score, 60);
    table()->setColumnWidth(ReviewQueueModel::Flagged, 160);
    table()->setColumnWidth(ReviewQueueModel::Code, 200);
    connect(table(), &QTableView::activated, this, &ReviewQueuePage::openCurrent);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(heading);
    leftLayout->addWidget(table(), 1);
    leftLayout->addWidget(keys);

    createSplitter(left, QStringLiteral("reviewSplitter"), 3, 2, {900, 600});

    addMoveShortcuts();
    addShortcut(QKeySequence(Qt::Key_N), [this] { recordForCurrent(); });

    QSettings settings;
    const int days = settings.value(QLatin1String(kDaysKey), ReviewQueueModel::kDefaultDays).toInt();
    m_window->setCurrentIndex(std::max(0, m_window->findData(days)));
    m_model->setDays(m_window->currentData().toInt());
    connect(m_window, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        m_model->setDays(m_window->currentData().toInt());
        refresh();
    });
}

void ReviewQueuePage::saveState() const
{
    QueuePage::saveState();
    QSettings settings;
    settings.setValue(QLatin1String(kDaysKey), m_model->days());
}

QString ReviewQueuePage::currentHandle() const
{
    const ReviewItem *item = m_model->itemAt(table()->currentIndex().row());
    return item ? item->subject : QString();
}

int ReviewQueuePage::rowOfKey(const QString &key) const
{
    return m_model->rowOfSubject(key);
}

void ReviewQueuePage::reloadModel()
{
    m_model->reload();
}

void ReviewQueuePage::updateSummary()
{
    const int count = m_model->rowCount();
    const QString until = PolicyText::formatDateTime(m_store.now());
    if (count == 0)
        m_summary->setText(tr("Nothing flagged in the last %n day(s) (to %1).", nullptr, m_model->days()).arg(until));
    else if (m_model->truncated())
        m_summary->setText(tr("The %1 most recent flagged subjects (to %2).").arg(count).arg(until));
    else if (m_model->days() == 1) // whole sentences for translators: one plural (%n) each
        m_summary->setText(tr("%n subject(s) flagged in the last day (to %1).", nullptr, count).arg(until));
    else
        m_summary->setText(tr("%n subject(s) flagged in the last %1 days (to %2).", nullptr, count)
                               .arg(m_model->days())
                               .arg(until));
}

void ReviewQueuePage::onCurrentChanged()
{
    showCaseFileOf(currentHandle());
    updateButtons();
}

void ReviewQueuePage::sessionChanged()
{
    QueuePage::sessionChanged();
    updateButtons();
}

void ReviewQueuePage::updateButtons()
{
    const QString handle = currentHandle();
    const QString refused = WriteGate::refusal(&m_store, session(), Permission::RecordViolation);
    m_record->setEnabled(!handle.isEmpty() && refused.isEmpty());
    m_record->setToolTip(refused.isEmpty() ? tr("Record a violation on the selected subject (N)") : refused);
    m_open->setEnabled(!handle.isEmpty());
}

void ReviewQueuePage::openCurrent()
{
    const QString handle = currentHandle();
    if (!handle.isEmpty())
        emit openSubjectRequested(handle);
}

bool ReviewQueuePage::recordForCurrent()
{
    const QString handle = currentHandle();
    if (handle.isEmpty() || !m_record->isEnabled())
        return false;
    RecordViolationDialog dialog(m_store, session(), handle, this);
    if (dialog.exec() != QDialog::Accepted || dialog.recordedViolationId().isEmpty())
        return false;
    if (ActionHistory *h = history())
        h->recordedViolation(dialog.recordedViolationId());
    refresh();
    table()->setFocus();
    emit violationRecorded(dialog.recordedViolationId());
    emit actionRecorded();
    emit storeChanged();
    return true;
}

} // namespace redline
