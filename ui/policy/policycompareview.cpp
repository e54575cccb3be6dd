#include "policycompareview.h"

#include "policy/policypathlabels.h"

#include "policycomparechart.h"
#include "policycomparemodel.h"
#include "policycomparepdf.h"
#include "policytierbars.h"
#include "policytext.h"
#include "tableexporter.h"

#include "policy/policydiff.h"
#include "policy/policyloader.h"
#include "query/changeexplainer.h"
#include "query/whatifreplay.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>


namespace redline {

namespace {

QDateTime toDateTime(Instant at)
{
    return QDateTime::fromSecsSinceEpoch(at, Qt::UTC);
}

QString policyName(const Policy &policy)
{
    return QStringLiteral("%1 v%2").arg(policy.name).arg(policy.version);
}

} // namespace

// A difference in the words of the editor ("MCN · recovery step: 10 → 20"), the path when it has none.
QString PolicyCompareView::differenceText(const PolicyChange &change) const
{
    return tr("%1: %2 → %3").arg(PolicyPathLabels::label(change.path, &m_inForce), PolicyDiff::valueText(change.before),
                                 PolicyDiff::valueText(change.after));
}

PolicyCompareView::PolicyCompareView(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new PolicyCompareModel(this))
{
    setObjectName(QStringLiteral("policyCompareView"));
    m_runner.setMaxThreadCount(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(buildToolbar());
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    m_bars = new PolicyTierBars(this);
    layout->addWidget(m_bars, 2);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildList());
    splitter->addWidget(buildDetail());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 3);

    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &PolicyCompareView::updateProgress);
    setInstant(m_store.now());
    setRunning(false);
    clearResult();
}

PolicyCompareView::~PolicyCompareView()
{
    if (m_state)
        m_state->cancelled = true;
    m_runner.waitForDone(); // the run holds no pointer to the view, but its watcher is a child of it
}

QWidget *PolicyCompareView::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Proposed policy:"), bar));
    m_candidateLabel = new QLabel(tr("none chosen"), bar);
    m_candidateLabel->setObjectName(QStringLiteral("candidateLabel"));
    m_candidateLabel->setTextFormat(Qt::PlainText);
    QFont bold = m_candidateLabel->font();
    bold.setBold(true);
    m_candidateLabel->setFont(bold);
    row->addWidget(m_candidateLabel);
    m_loadButton = new QPushButton(tr("Load policy file…"), bar);
    m_loadButton->setObjectName(QStringLiteral("loadPolicyButton"));
    m_loadButton->setToolTip(tr("Compare a policy file (JSON, as redline-cli replay --with reads) with the policy in force"));
    connect(m_loadButton, &QPushButton::clicked, this, &PolicyCompareView::chooseCandidateFile);
    row->addWidget(m_loadButton);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("As of (UTC):"), bar));
    m_instantEdit = new QDateTimeEdit(bar);
    m_instantEdit->setObjectName(QStringLiteral("instantEdit"));
    m_instantEdit->setTimeSpec(Qt::UTC);
    m_instantEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_instantEdit->setCalendarPopup(true);
    row->addWidget(m_instantEdit);
    auto *now = new QPushButton(tr("Now"), bar);
    now->setToolTip(tr("The store's current instant"));
    connect(now, &QPushButton::clicked, this, [this] { setInstant(m_store.now()); });
    row->addWidget(now);
    m_runButton = new QPushButton(tr("Run"), bar);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setToolTip(tr("Replay every subject at the instant under the policy in force and the proposed one"));
    connect(m_runButton, &QPushButton::clicked, this, &PolicyCompareView::run);
    row->addWidget(m_runButton);
    m_progress = new QProgressBar(bar);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setMinimumWidth(160);
    row->addWidget(m_progress);
    m_cancelButton = new QPushButton(tr("Cancel"), bar);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(m_cancelButton, &QPushButton::clicked, this, &PolicyCompareView::cancel);
    row->addWidget(m_cancelButton);
    row->addStretch(1);
    m_csvButton = new QPushButton(tr("Export CSV…"), bar);
    m_csvButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_csvButton->setToolTip(tr("Every subject of the list's current filter, in its order"));
    connect(m_csvButton, &QPushButton::clicked, this, &PolicyCompareView::chooseCsvFile);
    row->addWidget(m_csvButton);
    m_pdfButton = new QPushButton(tr("Export PDF summary…"), bar);
    m_pdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    m_pdfButton->setToolTip(tr("One A4 page: the two policies and their differences, the counts, the bars and the subjects that change most"));
    connect(m_pdfButton, &QPushButton::clicked, this, &PolicyCompareView::choosePdfFile);
    row->addWidget(m_pdfButton);
    return bar;
}

QWidget *PolicyCompareView::buildList()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_kindFilter = new QComboBox(box);
    m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
    m_kindFilter->addItem(tr("All kinds"), -1);
    for (SubjectKind kind : {SubjectKind::Mcn, SubjectKind::Brand, SubjectKind::Creator})
        m_kindFilter->addItem(PolicyText::kindPlural(kind), int(kind));
    filters->addWidget(m_kindFilter);
    m_handleFilter = new QLineEdit(box);
    m_handleFilter->setObjectName(QStringLiteral("handleFilter"));
    m_handleFilter->setPlaceholderText(tr("Filter by handle"));
    m_handleFilter->setClearButtonEnabled(true);
    filters->addWidget(m_handleFilter, 1);
    m_onlyChanged = new QCheckBox(tr("Only changed"), box);
    m_onlyChanged->setObjectName(QStringLiteral("onlyChanged"));
    m_onlyChanged->setToolTip(tr("Only the subjects whose tier, ladder level or restrictions change"));
    m_onlyChanged->setChecked(true);
    filters->addWidget(m_onlyChanged);
    m_listCount = new QLabel(box);
    filters->addWidget(m_listCount);
    layout->addLayout(filters);
    connect(m_kindFilter, qOverload<int>(&QComboBox::currentIndexChanged), this, &PolicyCompareView::applyFilter);
    connect(m_handleFilter, &QLineEdit::textChanged, this, &PolicyCompareView::applyFilter);
    connect(m_onlyChanged, &QCheckBox::toggled, this, &PolicyCompareView::applyFilter);

    m_table = new QTableView(box);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the report's order (subject id) until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    const int widths[PolicyCompareModel::ColumnCount] = {110, 64, 92, 100, 58, 84, 92, 150, 150};
    for (int c = 0; c < PolicyCompareModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    TableExporter::install(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PolicyCompareView::onCurrentRowChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_listCount->setText(tr("%1 subject(s)").arg(PolicyText::groupedNumber(m_model->filteredCount())));
    });
    return box;
}

QWidget *PolicyCompareView::buildDetail()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_subjectTitle = new QLabel(tr("Select a subject to see both score histories"), box);
    m_subjectTitle->setObjectName(QStringLiteral("subjectTitle"));
    m_subjectTitle->setWordWrap(true);
    layout->addWidget(m_subjectTitle);
    m_chart = new PolicyCompareChart(box);
    layout->addWidget(m_chart, 1);
    m_why = new QLabel(box);
    m_why->setObjectName(QStringLiteral("whyLabel"));
    m_why->setWordWrap(true);
    m_why->setTextFormat(Qt::RichText);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_why);
    return box;
}

void PolicyCompareView::setCandidate(const Policy &policy, const QString &label)
{
    m_candidate = policy;
    m_candidateName = label.isEmpty() ? policyName(policy) : label;
    m_candidateLabel->setText(m_candidateName);
    setRunning(m_running);
}

bool PolicyCompareView::loadCandidateFile(const QString &path, QString *error)
{
    const std::optional<Policy> policy = PolicyLoader::loadFile(path, error);
    if (!policy)
        return false;
    setCandidate(*policy, tr("%1 (%2)").arg(policyName(*policy), QFileInfo(path).fileName()));
    return true;
}

void PolicyCompareView::chooseCandidateFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load policy file"), QString(),
                                                      tr("Policy files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!loadCandidateFile(path, &error))
        QMessageBox::warning(this, tr("Load policy file"), error);
}

void PolicyCompareView::setInstant(Instant at)
{
    m_instantEdit->setDateTime(toDateTime(at));
}

Instant PolicyCompareView::instant() const
{
    return m_instantEdit->dateTime().toSecsSinceEpoch();
}

void PolicyCompareView::setRunning(bool running)
{
    m_running = running;
    m_runButton->setEnabled(!running && m_candidate.has_value());
    m_loadButton->setEnabled(!running);
    m_instantEdit->setEnabled(!running);
    m_progress->setVisible(running);
    m_cancelButton->setVisible(running);
    m_cancelButton->setEnabled(running);
    m_csvButton->setEnabled(!running && m_report);
    m_pdfButton->setEnabled(!running && m_report);
    if (running)
        m_progressTimer->start();
    else
        m_progressTimer->stop();
}

void PolicyCompareView::clearResult()
{
    m_report.reset();
    m_model->setReport(nullptr, m_inForce, m_proposed);
    m_bars->clear();
    m_chart->clear();
    m_why->clear();
    m_shownSubject.clear();
    m_subjectTitle->setText(tr("Select a subject to see both score histories"));
}

void PolicyCompareView::run()
{
    if (m_running || !m_candidate)
        return;
    clearResult();
    const Instant at = instant();
    auto inputs = std::make_shared<const RunInputs>(m_store.schedule(), *m_candidate);
    m_inputs = inputs;
    m_inForce = inputs->schedule.at(at);
    m_proposed = *m_candidate;
    m_proposedName = m_candidateName;
    m_differences.clear();
    for (const PolicyChange &change : PolicyDiff::diff(m_inForce, m_proposed))
        m_differences << differenceText(change);
    auto state = std::make_shared<RunState>();
    m_state = state;
    m_progress->setRange(0, 0);
    m_summary->setText(tr("Replaying every subject under both policies…"));
    setRunning(true);

    auto *watcher = new QFutureWatcher<RunResult>(this);
    connect(watcher, &QFutureWatcher<RunResult>::finished, this, [this, watcher, state] {
        watcher->deleteLater();
        onRunFinished(watcher->result(), state);
    });
    watcher->setFuture(QtConcurrent::run(&m_runner, [path = m_store.path(), inputs, at, state]() {
        RunResult result;
        StoreError error;
        auto report = std::make_shared<WhatIfReport>();
        const bool ok = WhatIfReplay::runOnOwnConnection(path, inputs->schedule, inputs->proposed, true, at, report.get(),
                                                         [&state](qint64 done, qint64 total) {
                                                             state->done = done;
                                                             state->total = total;
                                                             return !state->cancelled.load();
                                                         }, &error);
        if (ok)
            result.report = std::move(report);
        else
            result.error = error.message;
        return result;
    }));
}

void PolicyCompareView::cancel()
{
    if (!m_running || !m_state)
        return;
    // The replay stops at its next progress report (every few thousand subjects); until then the view
    // says so, and whatever the run returns is dropped.
    m_state->cancelled = true;
    m_cancelButton->setEnabled(false);
    m_summary->setText(tr("Cancelling…"));
}

void PolicyCompareView::updateProgress()
{
    if (!m_state)
        return;
    const qint64 total = m_state->total;
    if (total <= 0)
        return;
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(m_state->done * 1000 / total));
    m_progress->setFormat(tr("%1 of %2").arg(PolicyText::groupedNumber(m_state->done),
                                              PolicyText::groupedNumber(total)));
}

void PolicyCompareView::onRunFinished(const RunResult &result, const std::shared_ptr<RunState> &state)
{
    if (state != m_state)
        return;
    m_state.reset();
    if (state->cancelled) {
        setRunning(false);
        m_summary->setText(tr("Cancelled: nothing was kept."));
        emit runFinished(false);
        return;
    }
    if (!result.report) {
        setRunning(false);
        m_summary->setText(tr("The comparison failed: %1").arg(result.error.toHtmlEscaped()));
        emit runFinished(false);
        return;
    }
    m_report = result.report;
    setRunning(false);
    showResult();
    emit runFinished(true);
}

QString PolicyCompareView::summaryText() const
{
    return m_summary->text();
}

void PolicyCompareView::showResult()
{
    const WhatIfReport &r = *m_report;
    const qint64 changed = std::count_if(r.outcomes.cbegin(), r.outcomes.cend(),
                                         [](const SubjectOutcome &o) { return o.changed(); });
    qint64 bandChanged = 0; // MCNs and brands: their band; creators' tier is their ladder level
    for (const SubjectOutcome &o : r.outcomes)
        bandChanged += o.tierChanged() && o.subjectKind() != SubjectKind::Creator;
    m_summary->setText(
        tr("<b>%1</b> in force vs. <b>%2</b> proposed, as of %3 UTC: %4 subjects replayed; "
           "<b>%5</b> change standing: %6 change band, %7 change ladder level, %8 change restrictions; "
           "%9 change score.")
            .arg(policyName(m_inForce).toHtmlEscaped(), m_proposedName.toHtmlEscaped(),
                 PolicyText::formatDateTime(r.at), PolicyText::groupedNumber(r.subjects),
                 PolicyText::groupedNumber(changed), PolicyText::groupedNumber(bandChanged),
                 PolicyText::groupedNumber(r.ladderChanged), PolicyText::groupedNumber(r.restrictionsChanged),
                 PolicyText::groupedNumber(r.scoreChanged))
        + (m_differences.isEmpty() ? tr("<br>The two policies do not differ.")
                                   : tr("<br>Differences: %1").arg(m_differences.join(QStringLiteral("; ")).toHtmlEscaped())));
    m_summary->setToolTip(m_differences.join(QLatin1Char('\n')));
    m_bars->setReport(r, m_inForce, m_proposed);
    m_model->setReport(m_report, m_inForce, m_proposed);
    applyFilter();
}

void PolicyCompareView::applyFilter()
{
    const int kind = m_kindFilter->currentData().toInt();
    m_model->setKindFilter(kind < 0 ? std::nullopt : std::optional<SubjectKind>(static_cast<SubjectKind>(kind)));
    m_model->setHandleFilter(m_handleFilter->text());
    m_model->setOnlyChanged(m_onlyChanged->isChecked());
}

void PolicyCompareView::onCurrentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_report)
        return;
    showSubject(m_model->handleAt(current.row()));
}

bool PolicyCompareView::showSubject(const QString &handle, QString *error)
{
    if (!m_report)
        return false;
    const Instant at = m_report->at;
    Replay before;
    Replay after;
    SubjectRecord record;
    StoreError storeError;
    if (!WhatIfReplay::replaySubject(m_store, handle, m_inputs->schedule, at, &before, &storeError, &record)
        || !WhatIfReplay::replaySubject(m_store, handle, m_inputs->proposedSchedule, at, &after, &storeError)) {
        m_why->setText(storeError.message.toHtmlEscaped());
        if (error)
            *error = storeError.message;
        return false;
    }
    m_shownSubject = handle;
    const Scale &scaleBefore = m_inForce.scale(record.kind);
    const Scale &scaleAfter = m_proposed.scale(record.kind);
    m_subjectTitle->setText(tr("%1 · %2: score %3 in force, %4 proposed")
                                .arg(handle, PolicyText::kindName(record.kind))
                                .arg(before.state.score)
                                .arg(after.state.score));
    const Instant from = before.timeline.points.isEmpty() ? record.at : before.timeline.points.first().at;
    m_chart->setHistories(before.timeline, after.timeline, scaleBefore, scaleAfter, from, at);

    ChangeCause cause;
    if (!ChangeExplainer::explain(m_store, handle, m_inputs->schedule, m_proposed, at, &cause, &storeError)) {
        m_why->setText(storeError.message.toHtmlEscaped());
        if (error)
            *error = storeError.message;
        return false;
    }
    switch (cause.verdict) {
    case ChangeCause::Verdict::Unchanged:
        m_why->setText(tr("Why: the two policies give this subject the same score and standing."));
        break;
    case ChangeCause::Verdict::One:
        m_why->setText(tr("Why: <b>%1</b> — this difference alone, applied to the policy in force, gives the "
                          "proposed outcome.")
                           .arg(differenceText(cause.change).toHtmlEscaped()));
        break;
    case ChangeCause::Verdict::Several:
        m_why->setText(tr("Why: several differences together — none of the %1 that can touch a %2 gives the "
                          "proposed outcome alone, or more than one does.")
                           .arg(cause.considered.size())
                           .arg(PolicyText::kindName(record.kind)));
        break;
    }
    return true;
}

QString PolicyCompareView::whyText() const
{
    return QTextDocumentFragment::fromHtml(m_why->text()).toPlainText();
}

bool PolicyCompareView::exportCsv(const QString &path, QString *error)
{
    QByteArray csv;
    TableExporter::toCsv(m_table, &csv);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool PolicyCompareView::exportPdf(const QString &path, QString *error)
{
    if (!m_report) {
        *error = tr("Run a comparison first");
        return false;
    }
    PolicyComparePdf::Summary summary;
    summary.report = m_report.get();
    summary.inForce = &m_inForce;
    summary.proposed = &m_proposed;
    summary.inForceName = policyName(m_inForce);
    summary.proposedName = m_proposedName;
    summary.differences = m_differences;
    summary.bars = m_bars;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!PolicyComparePdf::write(summary, &file, error))
        return false;
    if (!file.commit()) {
        *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void PolicyCompareView::chooseCsvFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the comparison as CSV"), QString(),
                                                      tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export the comparison as CSV"), error);
}

void PolicyCompareView::choosePdfFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the comparison as a PDF summary"), QString(),
                                                      tr("PDF files (*.pdf)"));
    QString error;
    if (!path.isEmpty() && !exportPdf(path, &error))
        QMessageBox::warning(this, tr("Export the comparison as a PDF summary"), error);
}

} // namespace redline
