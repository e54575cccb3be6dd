#include "auditlogpage.h"

#include "audittablemodel.h"
#include "policytext.h"

#include "query/auditquery.h"
#include "store/store.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace redline {

namespace {

const QDate kAnyDate(2000, 1, 1); // a date edit at its minimum means "no bound"

Instant startOfDay(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

QDateEdit *dateEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kAnyDate);
    edit->setSpecialValueText(AuditLogPage::tr("any day"));
    edit->setDate(kAnyDate);
    return edit;
}

} // namespace

AuditLogPage::AuditLogPage(Store &store, QWidget *parent)
    : Page(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("auditLogPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);

    auto *heading = new QHBoxLayout;
    auto *titleLabel = new QLabel(title(), this);
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);
    heading->addWidget(titleLabel);
    heading->addStretch(1);
    m_verify = new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("&Verify the store…"), this);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setToolTip(tr("Check the database, walk the audit chain, re-hash every event and replay the state "
                            "cache (as `redline-cli verify`): the first problem found is named"));
    heading->addWidget(m_verify);
    layout->addLayout(heading);

    auto *intro = new QLabel(tr("Every write to this store, newest first. Rows are hash-chained: Verify finds any row "
                                "or event edited or deleted since."), this);
    intro->setForegroundRole(QPalette::PlaceholderText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // Filters: who, what, on which subject, when.
    auto *filters = new QHBoxLayout;
    m_actor = new QComboBox(this);
    m_actor->setObjectName(QStringLiteral("actorFilter"));
    m_actor->setMinimumContentsLength(12);
    m_actor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_action->setMinimumContentsLength(18);
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("subjectFilter"));
    m_subject->setPlaceholderText(tr("any subject"));
    m_subject->setClearButtonEnabled(true);
    m_subject->setMaximumWidth(180);
    m_from = dateEdit(this, QStringLiteral("fromFilter"));
    m_to = dateEdit(this, QStringLiteral("toFilter"));
    auto *clear = new QPushButton(tr("C&lear filters"), this);
    clear->setObjectName(QStringLiteral("clearFilters"));
    auto addLabelled = [this, filters](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
        filters->addSpacing(6);
    };
    addLabelled(tr("W&ho:"), m_actor);
    addLabelled(tr("A&ction:"), m_action);
    addLabelled(tr("Su&bject:"), m_subject);
    addLabelled(tr("Fro&m:"), m_from);
    addLabelled(tr("&To:"), m_to);
    filters->addWidget(clear);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setPlaceholderText(tr("Search who, subject, action or detail: an id such as v-123 (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    layout->addWidget(m_search);

    m_verifyResult = new QLabel(this);
    m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextFormat(Qt::RichText);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verifyResult->hide();
    layout->addWidget(m_verifyResult);

    m_model = new AuditTableModel(store, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(false);
    const int widths[] = {60, 130, 110, 560, 130, 150, 120};
    for (int c = 0; c < AuditTableModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    m_table->horizontalHeader()->setSectionResizeMode(AuditTableModel::Sentence, QHeaderView::Stretch);
    // The column set is part of the key: a layout saved for the old columns would land on the wrong ones.
    const QByteArray header = QSettings().value(QStringLiteral("audit/header-%1").arg(AuditTableModel::ColumnCount)).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    layout->addWidget(m_table, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("auditSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_summary);

    fillFilterLists();

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_subject, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &AuditLogPage::applyFilters);
    for (QComboBox *combo : {m_actor, m_action})
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
            if (!m_filling)
                applyFilters();
        });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &AuditLogPage::applyFilters);
    connect(clear, &QPushButton::clicked, this, &AuditLogPage::clearFilters);
    connect(m_verify, &QPushButton::clicked, this, &AuditLogPage::verify);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const AuditEntry *a = m_model->entryAt(index.row()); a && !a->subject.isEmpty())
            emit openSubjectRequested(a->subject);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogPage::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditLogPage::updateSummary);
    updateSummary();
}

QString AuditLogPage::title() const
{
    return tr("Audit log");
}

// The actors and actions the log holds, keeping what is chosen.
void AuditLogPage::fillFilterLists()
{
    m_filling = true;
    const QString actor = m_actor->currentData().toString();
    const QString action = m_action->currentData().toString();
    StoreError error;
    const AuditQuery query(m_store);
    m_actor->clear();
    m_actor->addItem(tr("anyone"), QString());
    for (const QString &name : query.actors(&error))
        m_actor->addItem(name, name);
    m_action->clear();
    m_action->addItem(tr("any action"), QString());
    for (const QString &id : query.actions(&error)) {
        m_action->addItem(AuditTableModel::actionLabel(id), id);
        m_action->setItemData(m_action->count() - 1, id, Qt::ToolTipRole);
    }
    m_actor->setCurrentIndex(std::max(0, m_actor->findData(actor)));
    m_action->setCurrentIndex(std::max(0, m_action->findData(action)));
    m_filling = false;
}

void AuditLogPage::applyFilters()
{
    AuditFilter filter;
    filter.actor = m_actor->currentData().toString();
    filter.action = m_action->currentData().toString();
    filter.subject = m_subject->text().trimmed();
    if (m_from->date() > kAnyDate)
        filter.from = startOfDay(m_from->date());
    if (m_to->date() > kAnyDate)
        filter.until = startOfDay(m_to->date().addDays(1)); // the whole of the last day
    filter.text = m_search->text().trimmed();
    m_model->setFilter(filter);
}

void AuditLogPage::setActorFilter(const QString &actor)
{
    int index = m_actor->findData(actor, Qt::UserRole, Qt::MatchFixedString); // case-insensitive (R-P3)
    if (index < 0 && !actor.isEmpty()) {
        m_actor->addItem(actor, actor);
        index = m_actor->count() - 1;
    }
    m_actor->setCurrentIndex(std::max(0, index));
}

void AuditLogPage::setActionFilter(const QString &action)
{
    int index = m_action->findData(action);
    if (index < 0 && !action.isEmpty()) {
        m_action->addItem(AuditTableModel::actionLabel(action), action);
        index = m_action->count() - 1;
    }
    m_action->setCurrentIndex(std::max(0, index));
}

void AuditLogPage::setSubjectFilter(const QString &subject)
{
    m_subject->setText(subject);
    applyFilters(); // now, not after the typing pause
}

void AuditLogPage::setDateFilter(const QDate &from, const QDate &to)
{
    m_from->setDate(from.isValid() ? from : kAnyDate);
    m_to->setDate(to.isValid() ? to : kAnyDate);
}

void AuditLogPage::clearFilters()
{
    m_filling = true;
    m_actor->setCurrentIndex(0);
    m_action->setCurrentIndex(0);
    m_subject->clear();
    m_search->clear();
    m_from->setDate(kAnyDate);
    m_to->setDate(kAnyDate);
    m_filling = false;
    applyFilters();
}

void AuditLogPage::refresh()
{
    fillFilterLists();
    m_model->reload();
}

void AuditLogPage::updateSummary()
{
    StoreError error;
    const AuditQuery query(m_store);
    const qint64 total = query.count(&error);
    if (!m_model->lastError().isEmpty()) {
        m_summary->setText(tr("Could not read the audit log: %1").arg(m_model->lastError()));
        return;
    }
    const AuditFilter &filter = m_model->filter();
    if (filter.isEmpty()) {
        m_summary->setText(tr("%1 loaded of %2 entries · rows load as you scroll · Enter opens the subject's case file")
                               .arg(PolicyText::groupedNumber(m_model->rowCount()), PolicyText::groupedNumber(total)));
        return;
    }
    const qint64 matching = query.count(filter, &error);
    m_summary->setText(tr("%1 loaded of %2 matching the filters (%3 entries in all) · Enter opens the subject's case file")
                           .arg(PolicyText::groupedNumber(m_model->rowCount()), PolicyText::groupedNumber(matching),
                                PolicyText::groupedNumber(total)));
}

void AuditLogPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void AuditLogPage::saveState() const
{
    QSettings().setValue(QStringLiteral("audit/header-%1").arg(AuditTableModel::ColumnCount),
                         m_table->horizontalHeader()->saveState());
}

QString AuditLogPage::verifyResult() const
{
    return m_verifyResult->isHidden() ? QString() : m_verifyResult->text();
}

bool AuditLogPage::verify()
{
    QProgressDialog progress(tr("Verifying the store: the database, the audit chain, every ledger event and the state "
                                "cache…"),
                             tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("verifyProgress"));
    progress.setWindowTitle(tr("Verify"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const ProgressFn pump = [&progress](qint64 done, qint64 total) {
        progress.setMaximum(int(std::min<qint64>(total, INT_MAX)));
        progress.setValue(int(std::min<qint64>(done, INT_MAX)));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    StoreError error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool intact = m_store.verify(pump, &error);
    QApplication::restoreOverrideCursor();
    const bool cancelled = progress.wasCanceled();
    progress.reset();

    const QString checkedAt = PolicyText::formatDateTime(m_store.now());
    QString style;
    QString text;
    qint64 broken = 0;
    if (intact) {
        style = QStringLiteral("background:#e8f5e9; color:#1b5e20; border:1px solid #81c784;");
        text = tr("<b>OK</b>: the store is intact (checked %1): the database, the audit chain, every ledger event "
                  "and the state cache.").arg(checkedAt);
    } else if (cancelled) {
        style = QStringLiteral("background:#fff8e1; color:#6d4c00; border:1px solid #ffd54f;");
        text = tr("Verify was cancelled: the store was not checked to the end.");
    } else {
        broken = error.auditRow;
        style = QStringLiteral("background:#ffebee; color:#8e0000; border:1px solid #e57373;");
        text = tr("<b>Damaged</b>: %1").arg(error.message.toHtmlEscaped());
    }
    m_model->setBrokenId(broken);
    if (broken > 0) {
        const int row = m_model->loadRowOf(broken);
        if (row >= 0) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
            text += QStringLiteral("<br>") + tr("Row %1 is selected below.").arg(broken);
        } else {
            text += QStringLiteral("<br>") + tr("Row %1 is not listed under the current filters.").arg(broken);
        }
    }
    m_verifyResult->setStyleSheet(QStringLiteral("QLabel { %1 border-radius:4px; padding:6px; }").arg(style));
    m_verifyResult->setText(text);
    m_verifyResult->show();
    return intact;
}

} // namespace redline
