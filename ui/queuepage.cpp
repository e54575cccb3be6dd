#include "queuepage.h"

#include "casefileview.h"

#include <QAbstractItemModel>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace redline {

QueuePage::QueuePage(Store &store, const QString &settingsPrefix, QWidget *parent)
    : Page(parent)
    , m_store(store)
    , m_settingsPrefix(settingsPrefix)
{
}

QueuePage::~QueuePage() = default;

QString QueuePage::settingsKey(const QString &name) const
{
    return m_settingsPrefix + QLatin1Char('/') + name;
}

// The column set is part of the key: a layout saved for other columns would be restored onto the wrong ones.
QString QueuePage::headerKey() const
{
    return settingsKey(QStringLiteral("header-%1").arg(m_table->model()->columnCount()));
}

QHBoxLayout *QueuePage::createHeading(const QString &title, const QString &summaryName)
{
    auto *titleLabel = new QLabel(title, this);
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setObjectName(summaryName);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    // A long summary must not widen the window past a laptop's screen: the layout ignores its width, and
    // the sentence wraps onto a second line where the row is narrower than it.
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_summary->setWordWrap(true);

    auto *heading = new QHBoxLayout;
    heading->addWidget(titleLabel);
    heading->addSpacing(12);
    heading->addWidget(m_summary, 1);
    return heading;
}

void QueuePage::createTable(QAbstractItemModel *model, const QString &name)
{
    m_table = new QTableView(this);
    m_table->setObjectName(name);
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        ++m_currentChanges;
        onCurrentChanged();
    });
}

void QueuePage::warnReadFailed(const QString &title, const QString &text)
{
    QMessageBox::warning(this, title, text);
}

void QueuePage::createSplitter(QWidget *left, const QString &name, int leftStretch, int rightStretch,
                               const QList<int> &initialSizes)
{
    m_caseFile = new CaseFileView(m_store, this);
    m_caseFile->setSession(session());
    connect(m_caseFile, &CaseFileView::recordViolationRequested, this, &Page::recordViolationRequested);
    connect(m_caseFile, &CaseFileView::fileAppealRequested, this, &Page::fileAppealRequested);
    connect(m_caseFile, &CaseFileView::decideAppealRequested, this, &Page::decideAppealRequested);
    connect(m_caseFile, &CaseFileView::ledgerActionRequested, this, &Page::ledgerActionRequested);
    connect(m_caseFile, &CaseFileView::openSubjectRequested, this, &Page::openSubjectRequested);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(name);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_caseFile);
    m_splitter->setStretchFactor(0, leftStretch);
    m_splitter->setStretchFactor(1, rightStretch);
    m_splitter->setSizes(initialSizes); // until the user's own layout is restored below

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_splitter);

    QSettings settings;
    m_splitter->restoreState(settings.value(settingsKey(QStringLiteral("splitter"))).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(headerKey()).toByteArray());
}

void QueuePage::addShortcut(const QKeySequence &keys, const std::function<void()> &action)
{
    auto *shortcut = new QShortcut(keys, m_table);
    shortcut->setContext(Qt::WidgetShortcut);
    connect(shortcut, &QShortcut::activated, this, action);
}

void QueuePage::addMoveShortcuts()
{
    addShortcut(QKeySequence(Qt::Key_J), [this] { moveSelection(1); });
    addShortcut(QKeySequence(Qt::Key_K), [this] { moveSelection(-1); });
}

void QueuePage::saveState() const
{
    QSettings settings;
    settings.setValue(settingsKey(QStringLiteral("splitter")), m_splitter->saveState());
    settings.setValue(headerKey(), m_table->horizontalHeader()->saveState());
}

void QueuePage::sessionChanged()
{
    if (m_caseFile)
        m_caseFile->setSession(session());
}

// The window builds every page when a store opens and refreshes every page after each write, so a page
// that is not on screen reads nothing until it is shown: opening the store and writing do not wait for
// queues nobody looks at, and a queue is read once when it is looked at (docs/performance.md).
void QueuePage::refresh()
{
    if (!isVisible()) {
        m_stale = true;
        if (!m_table->currentIndex().isValid()) // nothing read yet: the page's buttons say nothing is selected
            onCurrentChanged();
        return;
    }
    m_stale = false;
    const QString current = currentKey();
    const int currentRow = m_table->currentIndex().row();
    reloadModel();
    const QAbstractItemModel *model = m_table->model();
    int row = rowOfKey(current);
    if (row < 0 && model->rowCount() > 0) // the acted-on row left the queue: stay at its place
        row = std::clamp(currentRow, 0, model->rowCount() - 1);
    const int changesBefore = m_currentChanges;
    if (row >= 0)
        m_table->setCurrentIndex(model->index(row, 0));
    if (m_currentChanges == changesBefore) // the selection did not call it: an empty queue, or the same row
        onCurrentChanged();
    updateSummary();
}

void QueuePage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_stale)
        refresh();
}

void QueuePage::showCaseFileOf(const QString &handle)
{
    if (handle.isEmpty()) {
        m_shownSubject.clear();
        m_caseFile->clear();
    } else if (handle != m_shownSubject) {
        m_shownSubject = handle;
        m_caseFile->showSubject(handle);
    } else {
        m_caseFile->reload();
    }
}

void QueuePage::moveSelection(int delta)
{
    const QAbstractItemModel *model = m_table->model();
    const int rows = model->rowCount();
    if (rows == 0)
        return;
    const int row = std::clamp(m_table->currentIndex().row() + delta, 0, rows - 1);
    m_table->setCurrentIndex(model->index(row, 0));
}

ActionHistory *QueuePage::history() const
{
    return m_history;
}

} // namespace redline
