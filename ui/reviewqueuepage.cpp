#include "reviewqueuepage.h"

#include "actionhistory.h"
#include "casefileview.h"
#include "policytext.h"
#include "recordviolationdialog.h"
#include "reviewqueuemodel.h"
#include "standingchipdelegate.h"

#include "store/reviewqueuequery.h"
#include "store/store.h"

#include <QComboBox>
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

const char kSplitterKey[] = "review/splitter";
// The column set is part of the key: a layout saved for other columns would be restored onto the wrong ones.
QString headerKey()
{
    return QStringLiteral("review/header-%1").arg(int(ReviewQueueModel::ColumnCount));
}
const char kDaysKey[] = "review/days";

} // namespace

ReviewQueuePage::ReviewQueuePage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("reviewQueuePage"));
    // Once per store (about a second or two on the 1M-creator store); without it the queue still works, slower.
    StoreError indexError;
    ReviewQueueQuery::ensureIndex(m_store, &indexError);
    buildUi();
    reload();
}

ReviewQueuePage::~ReviewQueuePage() = default;

void ReviewQueuePage::buildUi()
{
    auto *title = new QLabel(tr("Review queue"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);

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

    auto *heading = new QHBoxLayout;
    heading->addWidget(title);
    heading->addSpacing(12);
    heading->addWidget(m_summary, 1);
    heading->addWidget(m_window);
    heading->addWidget(m_open);
    heading->addWidget(m_record);

    auto *keys = new QLabel(tr("J / K move · Enter opens · N records a violation · F5 refreshes"), this);
    keys->setForegroundRole(QPalette::PlaceholderText);

    m_model = new ReviewQueueModel(m_store, this);
    connect(m_model, &ReviewQueueModel::errorOccurred, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Could not read the review queue"),
                             tr("%1\n\nPress F5 to try again; if it persists, run `redline-cli verify` on the store.").arg(message));
    });
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setItemDelegateForColumn(ReviewQueueModel::Score,
                                      new StandingChipDelegate(ReviewQueueModel::StandingColorRole,
                                                               StandingChipDelegate::Style::Filled, m_table));
    m_table->horizontalHeader()->setSectionResizeMode(ReviewQueueModel::Evidence, QHeaderView::Stretch);
    m_table->setColumnWidth(ReviewQueueModel::Latest, 120);
    m_table->setColumnWidth(ReviewQueueModel::Subject, 160);
    m_table->setColumnWidth(ReviewQueueModel::Kind, 65);
    m_table->setColumnWidth(ReviewQueueModel::Score, 60);
    m_table->setColumnWidth(ReviewQueueModel::Flagged, 160);
    m_table->setColumnWidth(ReviewQueueModel::Code, 200);
    connect(m_table, &QTableView::activated, this, &ReviewQueuePage::openCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewQueuePage::onCurrentChanged);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(heading);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(keys);

    m_caseFile = new CaseFileView(m_store, this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("reviewSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_caseFile);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({900, 600}); // until the user's own layout is restored below

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_splitter);

    addShortcut(QKeySequence(Qt::Key_J), &ReviewQueuePage::selectNext);
    addShortcut(QKeySequence(Qt::Key_K), &ReviewQueuePage::selectPrevious);
    addShortcut(QKeySequence(Qt::Key_N), &ReviewQueuePage::recordFromShortcut);

    QSettings settings;
    m_splitter->restoreState(settings.value(QLatin1String(kSplitterKey)).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(headerKey()).toByteArray());
    const int days = settings.value(QLatin1String(kDaysKey), ReviewQueueModel::kDefaultDays).toInt();
    m_window->setCurrentIndex(std::max(0, m_window->findData(days)));
    m_model->setDays(m_window->currentData().toInt());
    connect(m_window, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        m_model->setDays(m_window->currentData().toInt());
        reload();
    });
}

void ReviewQueuePage::addShortcut(const QKeySequence &keys, void (ReviewQueuePage::*slot)())
{
    // Single-key triage acts on the list, so the keys belong to the table and never reach a text field.
    auto *shortcut = new QShortcut(keys, m_table);
    shortcut->setContext(Qt::WidgetShortcut);
    connect(shortcut, &QShortcut::activated, this, slot);
}

void ReviewQueuePage::saveState() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kSplitterKey), m_splitter->saveState());
    settings.setValue(headerKey(), m_table->horizontalHeader()->saveState());
    settings.setValue(QLatin1String(kDaysKey), m_model->days());
}

QString ReviewQueuePage::currentHandle() const
{
    const ReviewItem *item = m_model->itemAt(m_table->currentIndex().row());
    return item ? item->subject : QString();
}

void ReviewQueuePage::reload()
{
    const QString current = currentHandle();
    const int currentRow = m_table->currentIndex().row();
    m_model->reload();
    int row = m_model->rowOfSubject(current);
    if (row < 0 && m_model->rowCount() > 0)
        row = std::clamp(currentRow, 0, m_model->rowCount() - 1);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    onCurrentChanged();
    updateSummary();
}

void ReviewQueuePage::updateSummary()
{
    const int count = m_model->rowCount();
    const QString until = PolicyText::formatDateTime(m_store.now());
    if (count == 0)
        m_summary->setText(tr("Nothing flagged in the last %n day(s) (to %1).", nullptr, m_model->days()).arg(until));
    else if (m_model->truncated())
        m_summary->setText(tr("The %1 most recent flagged subjects (to %2).").arg(count).arg(until));
    else
        m_summary->setText(tr("%1 flagged in the last %n day(s) (to %2).", nullptr, m_model->days())
                               .arg(tr("%n subject(s)", nullptr, count), until));
}

void ReviewQueuePage::onCurrentChanged()
{
    const QString handle = currentHandle();
    if (handle.isEmpty()) {
        m_shownSubject.clear();
        m_caseFile->clear();
    } else if (handle != m_shownSubject) {
        m_shownSubject = handle;
        m_caseFile->showSubject(handle);
    } else {
        m_caseFile->reload();
    }
    m_record->setEnabled(!handle.isEmpty());
    m_open->setEnabled(!handle.isEmpty());
}

void ReviewQueuePage::moveSelection(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = std::clamp(m_table->currentIndex().row() + delta, 0, rows - 1);
    m_table->setCurrentIndex(m_model->index(row, 0));
}

void ReviewQueuePage::openCurrent()
{
    const QString handle = currentHandle();
    if (!handle.isEmpty())
        emit openSubjectRequested(handle);
}

ActionHistory *ReviewQueuePage::history() const
{
    if (m_history)
        return m_history;
    return window() ? window()->findChild<ActionHistory *>() : nullptr;
}

bool ReviewQueuePage::recordForCurrent()
{
    const QString handle = currentHandle();
    if (handle.isEmpty())
        return false;
    RecordViolationDialog dialog(m_store, handle, this);
    if (dialog.exec() != QDialog::Accepted || dialog.recordedViolationId().isEmpty())
        return false;
    if (ActionHistory *h = history())
        h->recordedViolation(dialog.recordedViolationId());
    reload();
    m_table->setFocus();
    emit violationRecorded(dialog.recordedViolationId());
    emit actionRecorded();
    emit storeChanged();
    return true;
}

} // namespace redline
