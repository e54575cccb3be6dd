#include "campaignspage.h"

#include "campaign/campaigneventmodel.h"
#include "campaign/campaignpreviewview.h"
#include "campaign/campaignprogress.h"
#include "campaign/campaignreportpdf.h"
#include "campaign/campaignwizard.h"
#include "policytext.h"
#include "writegate.h"

#include "actions/actions.h"
#include "io/campaigncsvexporter.h"
#include "query/campaignquery.h"
#include "store/store.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace redline {

namespace {

enum CampaignColumn {
    Id, Name, By, At, Kind, PostsHandled, PostsRemoved, AccountsPunished, CertificationsRevoked, BrandsBanned, Notes,
    UndoLink, CampaignColumnCount
};

QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("post"))
        return CampaignsPage::tr("Posts");
    if (const auto k = subjectKindFromName(kind))
        return PolicyText::kindPlural(*k);
    return kind;
}

QTableWidgetItem *numberItem(qint64 value)
{
    auto *item = new QTableWidgetItem(PolicyText::groupedNumber(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

CampaignsPage::CampaignsPage(Store &store, QWidget *parent)
    : Page(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("campaignsPage"));
    buildUi();
    refresh();
}

QString CampaignsPage::title() const
{
    return tr("Campaigns");
}

void CampaignsPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    auto *heading = new QHBoxLayout;
    auto *title = new QLabel(tr("Special governance campaigns"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    heading->addWidget(title);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("campaignsSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    heading->addWidget(m_summary, 1);

    const auto button = [this](const QString &name, const QString &text, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setProperty("defaultToolTip", tip);
        return b;
    };
    m_new = button(QStringLiteral("newCampaign"), tr("&New campaign…"),
                   tr("Open the campaign wizard: a named, reasoned bulk action, previewed before it is applied (R-S3)"));
    m_csv = button(QStringLiteral("exportCampaignCsv"), tr("Export &CSV…"), tr("Write the selected campaign's events as CSV"));
    m_pdf = button(QStringLiteral("exportCampaignPdf"), tr("Export &PDF…"),
                   tr("Write the selected campaign's report as one A4 page a team can publish"));
    m_undo = button(QStringLiteral("undoCampaign"), tr("&Undo campaign…"),
                    tr("Preview, then apply, one compensating action that undoes the selected campaign"));
    for (QPushButton *b : {m_new, m_csv, m_pdf, m_undo})
        heading->addWidget(b);
    layout->addLayout(heading);

    m_campaigns = new QTableWidget(0, CampaignColumnCount, this);
    m_campaigns->setObjectName(QStringLiteral("campaignTable"));
    m_campaigns->setHorizontalHeaderLabels({tr("Id"), tr("Name"), tr("By"), tr("At"), tr("Kind"), tr("Posts handled"),
                                            tr("Posts removed"), tr("Accounts punished"), tr("Certifications revoked"),
                                            tr("Brands banned"), tr("Notes"), tr("Undone by / undoes")});
    m_campaigns->verticalHeader()->hide();
    m_campaigns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_campaigns->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_campaigns->setSelectionMode(QAbstractItemView::SingleSelection);
    m_campaigns->setAlternatingRowColors(true);
    m_campaigns->setWordWrap(false);
    // The figures' columns fit their headers; the name takes what is left.
    m_campaigns->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_campaigns->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_campaigns->horizontalHeader()->setMinimumSectionSize(60);
    connect(m_campaigns, &QTableWidget::itemSelectionChanged, this, &CampaignsPage::onCampaignChanged);

    m_eventModel = new CampaignEventModel(this);
    m_events = new QTableView(this);
    m_events->setObjectName(QStringLiteral("campaignEvents"));
    m_events->setModel(m_eventModel);
    m_events->verticalHeader()->hide();
    m_events->verticalHeader()->setDefaultSectionSize(m_events->fontMetrics().height() + 8);
    m_events->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_events->setSelectionMode(QAbstractItemView::SingleSelection);
    m_events->setAlternatingRowColors(true);
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_events->setColumnWidth(CampaignEventModel::Subject, 160);
    m_events->setColumnWidth(CampaignEventModel::Kind, 110);
    m_events->setColumnWidth(CampaignEventModel::Ref, 160);
    m_events->setColumnWidth(CampaignEventModel::Score, 100);
    m_events->horizontalHeader()->setSectionResizeMode(CampaignEventModel::What, QHeaderView::Stretch);
    connect(m_events, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString handle = index.data(CampaignEventModel::HandleRole).toString();
        if (!handle.isEmpty())
            emit openSubjectRequested(handle);
    });

    m_eventsTitle = new QLabel(this);
    m_eventsTitle->setObjectName(QStringLiteral("eventsTitle"));
    QFont bold = m_eventsTitle->font();
    bold.setBold(true);
    m_eventsTitle->setFont(bold);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_eventsTitle);
    lowerLayout->addWidget(m_events, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("campaignsSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_campaigns);
    split->addWidget(lower);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    connect(m_new, &QPushButton::clicked, this, [this] { openWizard(); });
    connect(m_csv, &QPushButton::clicked, this, &CampaignsPage::chooseExportCsv);
    connect(m_pdf, &QPushButton::clicked, this, &CampaignsPage::chooseExportPdf);
    connect(m_undo, &QPushButton::clicked, this, [this] { undoCampaign(currentCampaign(), true); });
}

void CampaignsPage::refresh()
{
    const QString current = currentCampaign();
    fillCampaigns();
    if (!selectCampaign(current) && m_campaigns->rowCount() > 0)
        m_campaigns->selectRow(0);
    onCampaignChanged();
}

void CampaignsPage::fillCampaigns()
{
    m_list.clear();
    StoreError error;
    if (!CampaignQuery(m_store).list(&m_list, &error)) {
        m_summary->setText(tr("Could not read the campaigns: %1").arg(error.message));
        m_list.clear();
    } else {
        m_summary->setText(m_list.isEmpty() ? tr("No campaign yet. New campaign… opens the wizard.")
                                            : tr("Campaigns: %1, newest first").arg(m_list.size()));
    }
    const QSignalBlocker block(m_campaigns);
    m_campaigns->setRowCount(int(m_list.size()));
    for (int r = 0; r < m_list.size(); ++r) {
        const CampaignSummary &c = m_list.at(r);
        auto *id = new QTableWidgetItem(c.id);
        id->setData(Qt::UserRole, c.id);
        m_campaigns->setItem(r, Id, id);
        m_campaigns->setItem(r, Name, new QTableWidgetItem(c.name));
        m_campaigns->item(r, Name)->setToolTip(c.reason);
        m_campaigns->setItem(r, By, new QTableWidgetItem(c.by));
        m_campaigns->setItem(r, At, new QTableWidgetItem(PolicyText::formatDateTime(c.at)));
        m_campaigns->setItem(r, Kind, new QTableWidgetItem(kindLabel(c.kind)));
        m_campaigns->setItem(r, PostsHandled, numberItem(c.postsHandled));
        m_campaigns->setItem(r, PostsRemoved, numberItem(c.postsRemoved));
        m_campaigns->setItem(r, AccountsPunished, numberItem(c.accountsPunished));
        m_campaigns->setItem(r, CertificationsRevoked, numberItem(c.certificationsRevoked));
        m_campaigns->setItem(r, BrandsBanned, numberItem(c.brandsBanned));
        m_campaigns->setItem(r, Notes, numberItem(c.notes));
        QString link;
        if (!c.undoneBy.isEmpty())
            link = tr("undone by %1").arg(c.undoneBy);
        else if (!c.undoes.isEmpty())
            link = tr("undoes %1").arg(c.undoes);
        auto *linkItem = new QTableWidgetItem(link);
        if (!c.undoes.isEmpty())
            linkItem->setToolTip(tr("Posts restored: %1 · violations retracted: %2 · certifications granted back: %3")
                                     .arg(PolicyText::groupedNumber(c.postsRestored), PolicyText::groupedNumber(c.retractions),
                                          PolicyText::groupedNumber(c.certificationsGranted)));
        m_campaigns->setItem(r, UndoLink, linkItem);
    }
}

QString CampaignsPage::currentCampaign() const
{
    const int row = m_campaigns->currentRow();
    const QList<QTableWidgetItem *> selected = m_campaigns->selectedItems();
    if (selected.isEmpty() || row < 0 || row >= m_list.size())
        return QString();
    return m_list.at(row).id;
}

bool CampaignsPage::selectCampaign(const QString &id)
{
    for (int r = 0; r < m_list.size(); ++r) {
        if (!id.isEmpty() && m_list.at(r).id == id) {
            m_campaigns->selectRow(r);
            return true;
        }
    }
    return false;
}

void CampaignsPage::onCampaignChanged()
{
    const QString id = currentCampaign();
    QVector<CampaignEventRow> rows;
    StoreError error;
    if (!id.isEmpty() && !CampaignQuery(m_store).events(id, &rows, &error))
        m_eventsTitle->setText(tr("Could not read the events of %1: %2").arg(id, error.message));
    else if (id.isEmpty())
        m_eventsTitle->setText(tr("Select a campaign to see the events it wrote."));
    else
        m_eventsTitle->setText(tr("Events %1 wrote: %2 (double-click opens the subject's case file)")
                                   .arg(id, PolicyText::groupedNumber(rows.size())));
    m_eventModel->setRows(std::move(rows));
    updateButtons();
}

void CampaignsPage::sessionChanged()
{
    updateButtons();
}

void CampaignsPage::updateButtons()
{
    const QString id = currentCampaign();
    m_csv->setEnabled(!id.isEmpty());
    m_pdf->setEnabled(!id.isEmpty());
    const int row = m_campaigns->currentRow();
    const bool undoable = !id.isEmpty() && row >= 0 && row < m_list.size() && m_list.at(row).undoneBy.isEmpty()
                          && m_list.at(row).undoes.isEmpty();
    const QString refused = WriteGate::refusal(&m_store, session(), Permission::StartCampaign);
    m_undo->setEnabled(undoable && refused.isEmpty());
    QString tip = m_undo->property("defaultToolTip").toString();
    if (!refused.isEmpty())
        tip = refused;
    else if (!id.isEmpty() && !undoable)
        tip = tr("%1 is an undo, or was undone already.").arg(id);
    m_undo->setToolTip(tip);
}

CampaignWizard *CampaignsPage::createWizard(const std::optional<CampaignSelection> &selection)
{
    auto *wizard = new CampaignWizard(m_store, session(), this);
    if (selection)
        wizard->setSelection(*selection);
    connect(wizard, &CampaignWizard::applied, this, &CampaignsPage::afterWrite);
    return wizard;
}

QString CampaignsPage::openWizard(const std::optional<CampaignSelection> &selection)
{
    CampaignWizard *wizard = createWizard(selection);
    wizard->exec();
    const QString id = wizard->appliedId();
    wizard->deleteLater();
    return id;
}

void CampaignsPage::afterWrite(const QString &campaignId)
{
    fillCampaigns();
    selectCampaign(campaignId);
    onCampaignChanged();
    emit storeChanged();
}

bool CampaignsPage::exportCsv(const QString &campaignId, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    StoreError storeError;
    if (!CampaignCsvExporter::write(m_store, campaignId, file, &storeError)) {
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

bool CampaignsPage::exportPdf(const QString &campaignId, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    if (!CampaignReportPdf::write(m_store, campaignId, &file, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void CampaignsPage::chooseExportCsv()
{
    const QString id = currentCampaign();
    if (id.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export campaign %1").arg(id), id + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsv(id, path, &error))
        QMessageBox::warning(this, tr("The campaign was not exported"), error);
}

void CampaignsPage::chooseExportPdf()
{
    const QString id = currentCampaign();
    if (id.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export campaign %1").arg(id), id + QStringLiteral(".pdf"),
                                                      tr("PDF files (*.pdf)"));
    QString error;
    if (!path.isEmpty() && !exportPdf(id, path, &error))
        QMessageBox::warning(this, tr("The report was not exported"), error);
}

bool CampaignsPage::undoCampaign(const QString &campaignId, bool askFirst)
{
    if (campaignId.isEmpty())
        return false;
    CampaignOutcome preview;
    StoreError error;
    {
        CampaignProgress progress(this, tr("Previewing the undo of %1…").arg(campaignId));
        if (!Actions(m_store, session()).previewUndo(campaignId, &preview, &error, progress.callback())) {
            if (askFirst)
                QMessageBox::warning(this, tr("The undo cannot be previewed"),
                                     progress.cancelled() ? tr("Cancelled.") : error.message);
            return false;
        }
    }
    if (askFirst) {
        QDialog dialog(this);
        dialog.setObjectName(QStringLiteral("undoPreviewDialog"));
        dialog.setWindowTitle(tr("Undo campaign %1").arg(campaignId));
        auto *view = new CampaignPreviewView(&dialog);
        view->showOutcome(preview, m_store.policy());
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
        QPushButton *apply = buttons->addButton(tr("&Undo campaign"), QDialogButtonBox::AcceptRole);
        const bool refused = preview.refusalCount > 0 || !preview.refusals.isEmpty();
        apply->setEnabled(!refused);
        if (refused)
            apply->setToolTip(tr("The undo would be refused for some targets: see the refusals."));
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(view, 1);
        layout->addWidget(buttons);
        dialog.resize(1300, 850);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        QString question = tr("Write one compensating action that undoes campaign %1 (%2 events)?")
                               .arg(campaignId, PolicyText::groupedNumber(preview.acceptedTotal()));
        if (!preview.kept.isEmpty())
            question += QLatin1Char(' ') + tr("Bans and notes stay as they are (R-B2).");
        if (QMessageBox::question(this, tr("Undo %1?").arg(campaignId), question,
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
            return false;
    }
    CampaignOutcome done;
    StoreError undoError;
    bool ok = false;
    bool cancelled = false;
    {
        CampaignProgress progress(this, tr("Undoing %1…").arg(campaignId));
        ok = Actions(m_store, session()).undoCampaign(campaignId, &done, &undoError, progress.callback());
        cancelled = progress.cancelled();
    }
    if (!ok) {
        if (askFirst)
            QMessageBox::warning(this, tr("The campaign was not undone"),
                                 cancelled ? tr("Cancelled: nothing was written.")
                                           : tr("%1\n\nNothing was written.").arg(undoError.message));
        return false;
    }
    afterWrite(done.id);
    return true;
}

} // namespace redline
