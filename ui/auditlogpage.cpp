#include "auditlogpage.h"

#include "audittablemodel.h"
#include "policytext.h"
#include "store/store.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace redline {

AuditLogPage::AuditLogPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("auditLogPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    auto *title = new QLabel(tr("Audit log"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    auto *intro = new QLabel(tr("Every write to this store, newest first. Rows are hash-chained: `redline-cli verify` "
                                "finds any row edited or deleted since."), this);
    intro->setStyleSheet(QStringLiteral("color: #616161;"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setPlaceholderText(tr("Search who, subject, action or detail (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    layout->addWidget(m_search);

    m_model = new AuditTableModel(store, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(false);
    const int widths[] = {60, 130, 100, 80, 150, 150, 520, 110};
    for (int c = 0; c < AuditTableModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    m_table->horizontalHeader()->setSectionResizeMode(AuditTableModel::Detail, QHeaderView::Stretch);
    const QByteArray header = QSettings().value(QStringLiteral("audit/header")).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    layout->addWidget(m_table, 1);

    m_summary = new QLabel(this);
    m_summary->setStyleSheet(QStringLiteral("color: #616161;"));
    layout->addWidget(m_summary);

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text().trimmed()); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const AuditEntry *a = m_model->entryAt(index.row()); a && !a->subject.isEmpty())
            emit openSubjectRequested(a->subject);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogPage::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditLogPage::updateSummary);
    updateSummary();
}

void AuditLogPage::reload()
{
    m_model->reload();
}

void AuditLogPage::updateSummary()
{
    StoreError error;
    const qint64 total = AuditQuery(m_store).count(&error);
    m_summary->setText(m_model->lastError().isEmpty()
                           ? tr("%1 loaded of %2 entries · rows load as you scroll · Enter opens the subject's case file")
                                 .arg(PolicyText::groupedNumber(m_model->rowCount()), PolicyText::groupedNumber(total))
                           : tr("Could not read the audit log: %1").arg(m_model->lastError()));
}

void AuditLogPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void AuditLogPage::saveState() const
{
    QSettings().setValue(QStringLiteral("audit/header"), m_table->horizontalHeader()->saveState());
}

} // namespace redline
