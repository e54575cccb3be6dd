#include "subjectbrowserpage.h"

#include "campaign/campaignlistselection.h"
#include "campaign/campaignwizard.h"
#include "casefileview.h"
#include "policytext.h"
#include "standingchipdelegate.h"
#include "store/store.h"
#include "query/campaignquery.h"
#include "query/subjectquery.h"
#include "subjectfilterbar.h"
#include "subjecttablemodel.h"

#include <QFutureWatcher>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLoggingCategory>
#include <QtConcurrent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>

#include <utility>
#include <QHBoxLayout>
#include <QVBoxLayout>

// QT_LOGGING_RULES="redline.timing.info=true": how long each search, filter and sort takes to show rows.
Q_LOGGING_CATEGORY(lcBrowserTiming, "redline.timing", QtWarningMsg)

namespace redline {

namespace {

constexpr int kFollowDelayMs = 120;

} // namespace

SubjectBrowserPage::SubjectBrowserPage(Store &store, SubjectKind kind, QWidget *parent)
    : Page(parent)
    , m_store(store)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("browser-%1").arg(subjectKindName(kind)));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_actOnAll = new QPushButton(this);
    m_actOnAll->setObjectName(QStringLiteral("actOnAllShown"));
    m_actOnAll->setToolTip(tr("Open the campaign wizard with this list's search and filters as its selection (R-S3)"));
    connect(m_actOnAll, &QPushButton::clicked, this, &SubjectBrowserPage::actOnAllShown);
    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title);
    heading->addStretch(1);
    heading->addWidget(m_actOnAll);
    layout->addLayout(heading);

    m_filters = new SubjectFilterBar(store, kind, this);
    layout->addWidget(m_filters);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("browserSplitter"));
    m_splitter->setChildrenCollapsible(false);

    m_model = new SubjectTableModel(store, kind, this);
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("subjectTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setSortingEnabled(true);
    auto *scoreChip = new StandingChipDelegate(SubjectTableModel::StandingColorRole, StandingChipDelegate::Style::Filled, this);
    auto *bandDot = new StandingChipDelegate(SubjectTableModel::StandingColorRole, StandingChipDelegate::Style::Dot, this);
    m_table->setItemDelegateForColumn(m_model->sectionOf(SubjectTableModel::Score), scoreChip);
    if (m_model->sectionOf(SubjectTableModel::Band) >= 0)
        m_table->setItemDelegateForColumn(m_model->sectionOf(SubjectTableModel::Band), bandDot);
    const QVector<QPair<SubjectTableModel::Column, int>> widths = {
        {SubjectTableModel::Handle, 110}, {SubjectTableModel::Name, 130}, {SubjectTableModel::Score, 86},
        {SubjectTableModel::Band, 118}, {SubjectTableModel::Restrictions, 260}, {SubjectTableModel::LastViolation, 100},
        {SubjectTableModel::Mcn, 120}, {SubjectTableModel::Ladder, 60}, {SubjectTableModel::Certified, 100},
        {SubjectTableModel::Deposit, 90}};
    for (const auto &w : widths) {
        const int section = m_model->sectionOf(w.first);
        if (section >= 0)
            m_table->setColumnWidth(section, w.second);
    }

    m_caseFile = new CaseFileView(store, m_splitter);
    // A banned brand's search shows the R-B2 notice instead of results.
    m_results = new QStackedWidget(m_splitter);
    m_results->setObjectName(QStringLiteral("browserResults"));
    m_results->addWidget(m_table);
    m_banNotice = new QLabel(m_results);
    m_banNotice->setObjectName(QStringLiteral("banNotice"));
    m_banNotice->setAlignment(Qt::AlignCenter);
    m_banNotice->setWordWrap(true);
    m_banNotice->setMargin(24);
    m_banNotice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banNotice->setTextFormat(Qt::RichText);
    m_results->addWidget(m_banNotice);
    m_splitter->addWidget(m_results);
    m_splitter->addWidget(m_caseFile);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 6);
    m_splitter->setSizes({560, 840});
    layout->addWidget(m_splitter, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("browserSummary"));
    m_summary->setStyleSheet(QStringLiteral("color: #616161;"));
    layout->addWidget(m_summary);

    m_follow = new QTimer(this);
    m_follow->setSingleShot(true);
    m_follow->setInterval(kFollowDelayMs);
    connect(m_follow, &QTimer::timeout, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            m_caseFile->showSubject(current.data(SubjectTableModel::HandleRole).toString());
    });

    connect(m_filters, &SubjectFilterBar::changed, this, &SubjectBrowserPage::applyFilters);
    connect(m_filters, &SubjectFilterBar::leaveSearch, this, [this] {
        m_table->setFocus(Qt::OtherFocusReason);
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SubjectBrowserPage::onCurrentChanged);
    connect(m_table, &QTableView::activated, this, &SubjectBrowserPage::onActivated);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &SubjectBrowserPage::onSortIndicatorChanged);
    connect(m_model, &SubjectTableModel::reloaded, this, &SubjectBrowserPage::onModelReset);
    connect(m_model, &SubjectTableModel::rowsInserted, this, &SubjectBrowserPage::updateSummary);
    connect(m_model, &SubjectTableModel::errorOccurred, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Could not read the subject list"),
                             tr("%1\n\nThe list shows what was read so far. Press F5 to try again; if it keeps "
                                "failing, check the store with `redline-cli verify`.").arg(message));
    });
    connect(m_caseFile, &CaseFileView::openSubjectRequested, this, &Page::openSubjectRequested);
    connect(m_caseFile, &CaseFileView::recordViolationRequested, this, &Page::recordViolationRequested);
    connect(m_caseFile, &CaseFileView::fileAppealRequested, this, &Page::fileAppealRequested);
    connect(m_caseFile, &CaseFileView::decideAppealRequested, this, &Page::decideAppealRequested);
    connect(m_caseFile, &CaseFileView::ledgerActionRequested, this, &Page::ledgerActionRequested);

    m_sortSection = m_model->sectionOf(SubjectTableModel::Score);
    m_table->horizontalHeader()->setSortIndicator(m_sortSection, Qt::AscendingOrder);
    restoreState();
    updateSummary();
    if (!m_model->lastError().isEmpty())
        m_summary->setText(tr("Could not read the list: %1").arg(m_model->lastError()));
}

SubjectBrowserPage::~SubjectBrowserPage()
{
    saveState();
}

QString SubjectBrowserPage::settingsKey() const
{
    return QStringLiteral("browser/%1/").arg(subjectKindName(m_kind));
}

void SubjectBrowserPage::saveState() const
{
    QSettings settings;
    // A page never shown this session has its default split, not the user's: keep what was saved.
    if (m_splitterRestored)
        settings.setValue(settingsKey() + QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(settingsKey() + QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    settings.setValue(settingsKey() + QStringLiteral("caseFileTab"), m_caseFile->tabs()->currentIndex());
}

void SubjectBrowserPage::restoreState()
{
    QSettings settings;
    const QByteArray header = settings.value(settingsKey() + QStringLiteral("header")).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header); // sort indicator included: the model re-sorts
    const int tab = settings.value(settingsKey() + QStringLiteral("caseFileTab"), 0).toInt();
    if (tab >= 0 && tab < 4) // the tabs every kind has
        m_caseFile->tabs()->setCurrentIndex(tab);
}

void SubjectBrowserPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_splitterRestored)
        return;
    // The first time the page shows, the first row's case file opens, so the pane is never idle.
    if (!m_caseFile->hasSubject() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    // Restored once the page has its real width: sizes restored earlier would be rescaled by the first
    // layout.
    m_splitterRestored = true;
    m_splitter->restoreState(QSettings().value(settingsKey() + QStringLiteral("splitter")).toByteArray());
}

QString SubjectBrowserPage::title() const
{
    return PolicyText::kindPlural(m_kind);
}

void SubjectBrowserPage::sessionChanged()
{
    m_caseFile->setSession(session());
}

void SubjectBrowserPage::refresh()
{
    const QString current = m_caseFile->currentHandle();
    m_pendingHandle = current;
    m_model->reload();
    m_caseFile->reload();
}

void SubjectBrowserPage::focusSearch()
{
    m_filters->focusSearch();
}

void SubjectBrowserPage::applyFilters()
{
    m_pendingHandle = m_caseFile->currentHandle();
    m_filtersChanged = true;
    QElapsedTimer timer;
    timer.start();
    m_model->setFilter(m_filters->spec());
    qCInfo(lcBrowserTiming) << "filter" << m_filters->spec().search << "first rows and count" << timer.elapsed() << "ms";
}

void SubjectBrowserPage::onModelReset()
{
    startCount();
    if (!m_pendingHandle.isEmpty()) {
        const int row = m_model->rowOfHandle(m_pendingHandle);
        if (row >= 0) {
            const QSignalBlocker block(m_table->selectionModel());
            m_table->setCurrentIndex(m_model->index(row, 0));
            m_table->scrollTo(m_model->index(row, 0));
        }
    }
    // A search or filter that no longer lists the subject in the case pane shows its first match there at
    // once (or nothing, when nothing matches), rather than leaving the old subject until a click.
    const bool filtered = std::exchange(m_filtersChanged, false);
    if (filtered && m_model->rowOfHandle(m_caseFile->currentHandle()) < 0) {
        if (m_model->rowCount() > 0) {
            const QSignalBlocker block(m_table->selectionModel());
            m_table->setCurrentIndex(m_model->index(0, 0));
            m_caseFile->showSubject(m_model->index(0, 0).data(SubjectTableModel::HandleRole).toString());
        } else {
            m_caseFile->clear();
        }
    }
    updateBanNotice();
    updateSummary();
    emit countsChanged();
}

// R-B2: a search naming a banned brand (its handle, or its name among the results) shows the notice with
// the campaign that banned it, never the brand's content.
void SubjectBrowserPage::updateBanNotice()
{
    QString notice;
    const QString search = m_filters->spec().search;
    if (m_kind == SubjectKind::Brand && !search.isEmpty()) {
        QStringList handles{search};
        const int nameColumn = m_model->sectionOf(SubjectTableModel::Name);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString handle = m_model->index(row, 0).data(SubjectTableModel::HandleRole).toString();
            const QString name = nameColumn >= 0 ? m_model->index(row, nameColumn).data().toString() : QString();
            if (handle.compare(search, Qt::CaseInsensitive) == 0 || name.compare(search, Qt::CaseInsensitive) == 0)
                handles << handle;
        }
        const CampaignQuery query(m_store);
        for (const QString &handle : std::as_const(handles)) {
            StoreError error;
            const std::optional<CampaignQuery::Ban> ban = query.brandBan(handle, &error);
            if (!ban)
                continue;
            notice = tr("This brand is suspected of false marketing; content related to it will not be displayed.");
            notice += QStringLiteral("\n\n")
                      + (ban->campaign.isEmpty()
                             ? tr("Brand %1 banned on %2 (R-B2).").arg(handle, PolicyText::formatDate(ban->at))
                             : tr("Brand %1 banned on %2 by campaign %3 (R-B2).")
                                   .arg(handle, PolicyText::formatDate(ban->at), ban->campaign));
            break;
        }
    }
    const QStringList parts = notice.split(QStringLiteral("\n\n"));
    m_banNotice->setText(notice.isEmpty() ? QString()
                                          : QStringLiteral("<p style='font-size:14pt; font-weight:bold; color:#b71c1c'>%1</p>"
                                                           "<p style='color:#616161'>%2</p>")
                                                .arg(parts.value(0).toHtmlEscaped(), parts.value(1).toHtmlEscaped()));
    m_banNoticeText = notice;
    m_results->setCurrentWidget(notice.isEmpty() ? static_cast<QWidget *>(m_table) : m_banNotice);
    if (!notice.isEmpty())
        m_caseFile->clear();
}

QString SubjectBrowserPage::banNotice() const
{
    return m_results->currentWidget() == m_banNotice ? m_banNoticeText : QString();
}

CampaignWizard *SubjectBrowserPage::createCampaignWizard()
{
    auto *wizard = new CampaignWizard(m_store, session(), this);
    wizard->setSelection(CampaignListSelection::fromSubjectList(m_store, m_filters->spec()));
    connect(wizard, &CampaignWizard::applied, this, &Page::storeChanged);
    return wizard;
}

void SubjectBrowserPage::actOnAllShown()
{
    CampaignWizard *wizard = createCampaignWizard();
    wizard->exec();
    wizard->deleteLater();
}

void SubjectBrowserPage::startCount()
{
    ++m_countGeneration;
    m_totalExact = true;
    StoreError error;
    const SubjectQuery query(m_store);
    const std::optional<SubjectCountJob> job = query.countJob(m_model->spec(), &error);
    if (!job) {
        bool exact = true;
        m_total = query.count(m_model->spec(), &error, &exact);
        m_totalExact = exact;
        return;
    }
    // A count that reads every row runs on its own connection, off the UI thread; a newer count wins.
    m_total = -1;
    const int generation = m_countGeneration;
    auto *watcher = new QFutureWatcher<qint64>(this);
    connect(watcher, &QFutureWatcher<qint64>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_countGeneration)
            return;
        m_total = watcher->result();
        updateSummary();
    });
    watcher->setFuture(QtConcurrent::run([job = *job] {
        StoreError countError;
        return SubjectQuery::runCountJob(job, &countError);
    }));
}

void SubjectBrowserPage::updateSummary()
{
    m_title->setText(PolicyText::kindPlural(m_kind));
    const QString sortName = m_model->headerData(m_sortSection, Qt::Horizontal).toString();
    const QString order = m_sortOrder == Qt::AscendingOrder ? tr("ascending") : tr("descending");
    QString text;
    if (m_total >= 0 && !m_totalExact)
        text = tr("%1 loaded of more than %2 matching").arg(PolicyText::groupedNumber(m_model->rowCount()),
                                                            PolicyText::groupedNumber(m_total - 1));
    else if (m_total >= 0)
        text = tr("%1 loaded of %2 matching").arg(PolicyText::groupedNumber(m_model->rowCount()), PolicyText::groupedNumber(m_total));
    else
        text = tr("%1 loaded (counting…)").arg(PolicyText::groupedNumber(m_model->rowCount()));
    text += tr(" · sorted by %1, %2").arg(sortName, order);
    if (m_filters->hasActiveFilter())
        text += tr(" · filtered");
    text += tr(" · rows load as you scroll");
    m_summary->setText(text);
    m_actOnAll->setText(m_total >= 0 && m_totalExact ? tr("Act on all %1 shown…").arg(PolicyText::groupedNumber(m_total))
                                                     : tr("Act on all shown…"));
    m_actOnAll->setEnabled(m_total != 0);
}

void SubjectBrowserPage::onCurrentChanged()
{
    m_follow->start();
}

void SubjectBrowserPage::onActivated()
{
    m_follow->stop();
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    m_caseFile->showSubject(current.data(SubjectTableModel::HandleRole).toString());
    m_caseFile->focusTabs();
}

void SubjectBrowserPage::onSortIndicatorChanged(int section, Qt::SortOrder order)
{
    if (!m_model->isSortable(section)) {
        // Some columns (restrictions, ladder, deposit) have no index to sort by: keep the current order.
        const QSignalBlocker block(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(m_sortSection, m_sortOrder);
        return;
    }
    m_sortSection = section;
    m_sortOrder = order;
    qCInfo(lcBrowserTiming) << "sorted by column" << section << (order == Qt::AscendingOrder ? "ascending" : "descending");
    m_pendingHandle = m_caseFile->currentHandle();
    updateSummary();
}

void SubjectBrowserPage::openSubject(const QString &handle)
{
    // The first showing of the page opens its first row after a pause (showEvent): the subject asked for
    // wins over it, also when its row is not loaded yet.
    m_follow->stop();
    m_pendingHandle = handle;
    m_caseFile->showSubject(handle);
    const int row = m_model->rowOfHandle(handle);
    const QSignalBlocker block(m_table->selectionModel());
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->scrollTo(m_model->index(row, 0));
    } else {
        // Not loaded yet (the table reads in pages): no other row may look like the one shown.
        m_table->selectionModel()->clear();
        m_table->viewport()->update();
    }
}

void SubjectBrowserPage::filterByMcn(qint64 mcnId)
{
    m_filters->setMcn(mcnId);
}

} // namespace redline
