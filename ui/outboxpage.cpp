#include "outboxpage.h"

#include "noticetablemodel.h"
#include "policytext.h"

#include "io/noticecsvexporter.h"
#include "notice/noticetemplates.h"
#include "query/noticequery.h"
#include "store/store.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace redline {

OutboxPage::OutboxPage(Store &store, QWidget *parent)
    : Page(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("outboxPage"));
    StoreError indexError; // without the index the list is slower on a large ledger, never wrong
    NoticeQuery::ensureIndex(m_store, &indexError);

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
    m_export = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Export as CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportCsv"));
    m_export->setToolTip(tr("Write the notices listed (with the filters) to a CSV file, whole texts included"));
    heading->addWidget(m_export);
    layout->addLayout(heading);

    auto *intro = new QLabel(tr("Every notice the platform sent an MCN, brand or creator, newest first. A notice is "
                                "sent by the action that causes it (a violation, an appeal decision, a brand ban, "
                                "an MCN nearing a critical threshold) and kept in the ledger."), this);
    intro->setForegroundRole(QPalette::PlaceholderText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *filters = new QHBoxLayout;
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("subjectFilter"));
    m_subject->setPlaceholderText(tr("any subject (exact handle)"));
    m_subject->setClearButtonEnabled(true);
    m_subject->setMaximumWidth(220);
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("templateFilter"));
    m_template->addItem(tr("any notice"), QString());
    for (const QString &id : NoticeTemplates::ids())
        m_template->addItem(NoticeTableModel::templateLabel(id), id);
    auto addLabelled = [this, filters](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
        filters->addSpacing(6);
    };
    addLabelled(tr("T&o:"), m_subject);
    addLabelled(tr("&Notice:"), m_template);
    filters->addStretch(1);
    layout->addLayout(filters);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("outboxSplitter"));
    m_model = new NoticeTableModel(store, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("noticeTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    const int widths[] = {122, 180, 185, 72, 70, 300};
    for (int c = 0; c < NoticeTableModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    m_table->horizontalHeader()->setSectionResizeMode(NoticeTableModel::FirstLine, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(NoticeTableModel::Language, QHeaderView::ResizeToContents);
    const QByteArray header = QSettings().value(QStringLiteral("outbox/header-%1").arg(NoticeTableModel::ColumnCount)).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);

    auto *detailPane = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(6, 0, 0, 0);
    m_detailHeading = new QLabel(detailPane);
    m_detailHeading->setObjectName(QStringLiteral("noticeHeading"));
    m_detailHeading->setWordWrap(true);
    m_detailHeading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_detailHeading);
    m_detail = new QPlainTextEdit(detailPane);
    m_detail->setObjectName(QStringLiteral("noticeText"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a notice to read it whole"));
    detailLayout->addWidget(m_detail, 1);
    splitter->addWidget(m_table);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({880, 360});
    layout->addWidget(splitter, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("outboxSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_summary);

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(m_subject, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &OutboxPage::applyFilters);
    connect(m_template, qOverload<int>(&QComboBox::currentIndexChanged), this, &OutboxPage::applyFilters);
    connect(m_export, &QPushButton::clicked, this, &OutboxPage::chooseExportFile);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OutboxPage::showSelected);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const NoticeRecord *n = m_model->noticeAt(index.row()))
            emit openSubjectRequested(n->subject);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateSummary();
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
        else
            showSelected();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &OutboxPage::updateSummary);
    updateSummary();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    else
        showSelected();
}

QString OutboxPage::title() const
{
    return tr("Outbox");
}

void OutboxPage::refresh()
{
    m_model->reload();
}

void OutboxPage::focusSearch()
{
    m_subject->setFocus(Qt::ShortcutFocusReason);
    m_subject->selectAll();
}

void OutboxPage::saveState() const
{
    QSettings().setValue(QStringLiteral("outbox/header-%1").arg(NoticeTableModel::ColumnCount),
                         m_table->horizontalHeader()->saveState());
}

void OutboxPage::setSubjectFilter(const QString &subject)
{
    m_subject->setText(subject);
    applyFilters();
}

void OutboxPage::setTemplateFilter(const QString &templateId)
{
    const int index = m_template->findData(templateId);
    m_template->setCurrentIndex(index < 0 ? 0 : index);
    applyFilters();
}

void OutboxPage::applyFilters()
{
    NoticeFilter filter;
    filter.subject = m_subject->text().trimmed();
    filter.templateId = m_template->currentData().toString();
    if (filter.subject == m_model->filter().subject && filter.templateId == m_model->filter().templateId)
        return;
    m_model->setFilter(filter);
}

void OutboxPage::showSelected()
{
    const NoticeRecord *n = m_model->noticeAt(m_table->currentIndex().row());
    if (!n) {
        m_detailHeading->clear();
        m_detail->clear();
        return;
    }
    QString about = n->ref.isEmpty() ? QString() : tr(", about %1").arg(n->ref);
    m_detailHeading->setText(tr("<b>%1</b> to %2, %3 (%4)%5<br>sent by %6")
                                 .arg(NoticeTableModel::templateLabel(n->templateId).toHtmlEscaped(),
                                      n->subject.toHtmlEscaped(), PolicyText::formatDateTime(n->at),
                                      NoticeTableModel::languageLabel(n->language), about.toHtmlEscaped(),
                                      n->by.toHtmlEscaped()));
    m_detail->setPlainText(n->text);
}

void OutboxPage::updateSummary()
{
    if (!m_model->lastError().isEmpty()) {
        m_summary->setText(m_model->lastError());
        return;
    }
    qint64 total = 0;
    StoreError error;
    if (!NoticeQuery(m_store).count(m_model->filter(), &total, &error)) {
        m_summary->setText(error.message);
        return;
    }
    m_summary->setText(tr("%n notice(s)", nullptr, int(total)));
}

bool OutboxPage::exportCsv(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    StoreError storeError;
    if (!NoticeCsvExporter(m_store).write(m_model->filter(), file, &storeError)) {
        file.cancelWriting();
        *error = storeError.message;
        return false;
    }
    if (!file.commit()) {
        *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void OutboxPage::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export notices"), QStringLiteral("notices.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export notices"), error);
}

} // namespace redline
