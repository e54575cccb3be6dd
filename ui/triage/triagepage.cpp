#include "triagepage.h"

#include "actionhistory.h"
#include "campaign/campaignlistselection.h"
#include "campaign/campaignwizard.h"
#include "policytext.h"
#include "recordviolationdialog.h"
#include "triage/triageitemview.h"
#include "triage/triagequeuemodel.h"
#include "writegate.h"

#include "actions/actions.h"
#include "base/identity.h"
#include "store/store.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace redline {

namespace {

const char kFilterKey[] = "triage/filter";
const char kOrderKey[] = "triage/oldest-first";

} // namespace

TriagePage::TriagePage(Store &store, QWidget *parent)
    : QueuePage(store, QStringLiteral("triage"), parent)
{
    setObjectName(QStringLiteral("triagePage"));
    buildUi();
    refresh();
}

TriagePage::~TriagePage() = default;

QString TriagePage::title() const
{
    return tr("Triage");
}

QPushButton *TriagePage::addButton(const QString &name, const QString &text, const QString &tip)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(name);
    button->setToolTip(tip);
    button->setProperty("defaultToolTip", tip); // shown again once a reason to disable it no longer holds
    return button;
}

void TriagePage::buildUi()
{
    QHBoxLayout *heading = createHeading(tr("Triage"), QStringLiteral("triageSummary"));

    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("filterCombo"));
    using F = TriageQuery::Filter;
    const QList<QPair<F, QString>> filters{{F::ToDo, tr("To do (open and claimed)")}, {F::Open, tr("Open")},
                                           {F::ClaimedByMe, tr("Claimed by me")},    {F::Claimed, tr("Claimed")},
                                           {F::Confirmed, tr("Confirmed")},          {F::Dismissed, tr("Dismissed")},
                                           {F::All, tr("All")}};
    for (const auto &f : filters)
        m_filter->addItem(f.second, TriageQuery::filterId(f.first));
    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("orderCombo"));
    m_order->addItem(tr("Newest first"), false);
    m_order->addItem(tr("Oldest first"), true);

    m_claim = addButton(QStringLiteral("claimButton"), tr("Cl&aim"), tr("Take the item so nobody else works it (A)"));
    m_release = addButton(QStringLiteral("releaseButton"), tr("&Release"), tr("Give the item back to the queue (R)"));
    m_dismiss = addButton(QStringLiteral("dismissButton"), tr("&Dismiss…"), tr("Not a violation: close the item with a reason (D)"));
    m_confirm = addButton(QStringLiteral("confirmButton"), tr("&Confirm…"),
                          tr("Record the violation the item shows, with its consequences previewed (C)"));
    m_open = addButton(QStringLiteral("openButton"), tr("&Open creator"), tr("Open the creator in its browser (Enter)"));
    connect(m_claim, &QPushButton::clicked, this, &TriagePage::claimCurrent);
    connect(m_release, &QPushButton::clicked, this, &TriagePage::releaseCurrent);
    connect(m_dismiss, &QPushButton::clicked, this, [this] { dismissCurrent(); });
    connect(m_confirm, &QPushButton::clicked, this, &TriagePage::confirmCurrent);
    connect(m_open, &QPushButton::clicked, this, &TriagePage::openCurrent);

    heading->addWidget(m_filter);
    heading->addWidget(m_order);
    m_actOnAll = addButton(QStringLiteral("actOnAllShown"), tr("Act on all shown…"),
                           tr("Open the campaign wizard selecting the posts this filter shows (R-S3)"));
    connect(m_actOnAll, &QPushButton::clicked, this, &TriagePage::actOnAllShown);
    heading->addWidget(m_actOnAll);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_claim, m_release, m_dismiss, m_confirm, m_open})
        buttons->addWidget(b);
    auto *keys = new QLabel(tr("J / K move · A claim · R release · D dismiss · C confirm · Enter opens · F5 refreshes"), this);
    keys->setForegroundRole(QPalette::PlaceholderText);
    // The key legend must not widen the window past a laptop's screen: it wraps where the row is narrow.
    keys->setWordWrap(true);
    keys->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    buttons->addWidget(keys, 1);

    m_model = new TriageQueueModel(m_store, this);
    connect(m_model, &TriageQueueModel::errorOccurred, this, [this](const QString &message) {
        warnReadFailed(tr("Could not read the triage queue"),
                       tr("%1\n\nPress F5 to try again; if it persists, run `redline-cli verify` on the store.").arg(message));
    });
    createTable(m_model, QStringLiteral("triageTable"));
    table()->horizontalHeader()->setSectionResizeMode(TriageQueueModel::Excerpt, QHeaderView::Stretch);
    table()->setColumnWidth(TriageQueueModel::Received, 125);
    table()->setColumnWidth(TriageQueueModel::Subject, 170);
    table()->setColumnWidth(TriageQueueModel::Source, 80);
    table()->setColumnWidth(TriageQueueModel::Categories, 120);
    table()->setColumnWidth(TriageQueueModel::Suggests, 150);
    table()->setColumnWidth(TriageQueueModel::State, 120);
    connect(table(), &QTableView::activated, this, &TriagePage::openCurrent);

    m_itemView = new TriageItemView(m_store, this);
    auto *listAndItem = new QSplitter(Qt::Vertical, this);
    listAndItem->setObjectName(QStringLiteral("triageListSplitter"));
    listAndItem->addWidget(table());
    listAndItem->addWidget(m_itemView);
    listAndItem->setStretchFactor(0, 3);
    listAndItem->setStretchFactor(1, 2);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(heading);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(listAndItem, 1);

    createSplitter(left, QStringLiteral("triageSplitter"), 3, 2, {950, 550});

    addMoveShortcuts();
    addShortcut(QKeySequence(Qt::Key_A), [this] { claimCurrent(); });
    addShortcut(QKeySequence(Qt::Key_R), [this] { releaseCurrent(); });
    addShortcut(QKeySequence(Qt::Key_D), [this] { dismissCurrent(); });
    addShortcut(QKeySequence(Qt::Key_C), [this] { confirmCurrent(); });

    QSettings settings;
    m_filter->setCurrentIndex(std::max(0, m_filter->findData(settings.value(QLatin1String(kFilterKey)).toString())));
    m_order->setCurrentIndex(settings.value(QLatin1String(kOrderKey), false).toBool() ? 1 : 0);
    connect(m_filter, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { refresh(); });
    connect(m_order, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { refresh(); });
}

void TriagePage::saveState() const
{
    QueuePage::saveState();
    QSettings settings;
    settings.setValue(QLatin1String(kFilterKey), m_filter->currentData().toString());
    settings.setValue(QLatin1String(kOrderKey), m_order->currentData().toBool());
}

const TriageItem *TriagePage::current() const
{
    return m_model->itemAt(table()->currentIndex().row());
}

QString TriagePage::currentItem() const
{
    const TriageItem *item = current();
    return item ? item->id : QString();
}

int TriagePage::rowOfKey(const QString &key) const
{
    return m_model->rowOfItem(key);
}

void TriagePage::reloadModel()
{
    const auto filter = TriageQuery::filterFromId(m_filter->currentData().toString()).value_or(TriageQuery::Filter::ToDo);
    m_model->setFilter(filter, m_order->currentData().toBool(), session().user);
}

void TriagePage::updateSummary()
{
    TriageCounts counts;
    StoreError error;
    if (!TriageQuery(m_store).counts(&counts, &error)) {
        m_summary->setText(error.message);
        return;
    }
    QString text = tr("%1 open · %2 claimed · %3 confirmed · %4 dismissed")
                       .arg(PolicyText::groupedNumber(counts.open), PolicyText::groupedNumber(counts.claimed),
                            PolicyText::groupedNumber(counts.confirmed), PolicyText::groupedNumber(counts.dismissed));
    if (counts.oldestOpen != kNoInstant)
        text += tr(" · oldest open waiting %1").arg(PolicyText::durationText(counts.oldestOpen, m_store.now()));
    m_summary->setText(text);
    updateActOnAll(counts);
}

void TriagePage::updateActOnAll(const TriageCounts &counts)
{
    const QString filter = m_filter->currentData().toString();
    QString why;
    const std::optional<CampaignSelection> selection = CampaignListSelection::fromTriageFilter(filter, &why);
    qint64 shown = -1;
    if (filter == QLatin1String("open"))
        shown = counts.open;
    else if (filter == QLatin1String("claimed"))
        shown = counts.claimed;
    else if (filter == QLatin1String("confirmed"))
        shown = counts.confirmed;
    else if (filter == QLatin1String("dismissed"))
        shown = counts.dismissed;
    m_actOnAll->setText(shown >= 0 ? tr("Act on all %1 shown…").arg(PolicyText::groupedNumber(shown)) : tr("Act on all shown…"));
    m_actOnAll->setEnabled(selection.has_value() && shown != 0);
    m_actOnAll->setToolTip(selection ? m_actOnAll->property("defaultToolTip").toString() : why);
}

CampaignWizard *TriagePage::createCampaignWizard()
{
    QString why;
    const std::optional<CampaignSelection> selection =
        CampaignListSelection::fromTriageFilter(m_filter->currentData().toString(), &why);
    if (!selection)
        return nullptr;
    auto *wizard = new CampaignWizard(m_store, session(), this);
    wizard->setSelection(*selection);
    connect(wizard, &CampaignWizard::applied, this, [this] { afterWrite(); });
    return wizard;
}

void TriagePage::actOnAllShown()
{
    if (CampaignWizard *wizard = createCampaignWizard()) {
        wizard->exec();
        wizard->deleteLater();
    }
}

void TriagePage::onCurrentChanged()
{
    const TriageItem *item = current();
    // J at the end of what is loaded reads the next page, so the keys walk the whole queue.
    const int row = table()->currentIndex().row();
    if (row >= m_model->rowCount() - 1 && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (!item) {
        m_itemView->clear();
        showCaseFileOf(QString());
    } else {
        std::optional<TriageItem> fresh;
        QVector<FindingRecord> findings;
        StoreError error;
        if (TriageQuery(m_store).item(item->id, &fresh, &error, &findings) && fresh)
            m_itemView->showItem(*fresh, findings);
        else
            m_itemView->showItem(*item, {});
        showCaseFileOf(item->subject);
    }
    updateButtons();
}

void TriagePage::sessionChanged()
{
    QueuePage::sessionChanged();
    refresh(); // "claimed by me" and the buttons follow who is signed in
}

void TriagePage::updateButtons()
{
    const TriageItem *item = current();
    const QString refused = WriteGate::refusal(&m_store, session(), Permission::Triage);
    using S = TriageStatus::State;
    const bool open = item && item->status.state == S::Open;
    const bool mine = item && item->status.state == S::Claimed && Identity::same(item->status.by, session().user);
    const bool writable = refused.isEmpty();
    m_claim->setEnabled(writable && open);
    m_release->setEnabled(writable && mine);
    m_dismiss->setEnabled(writable && (open || mine));
    m_confirm->setEnabled(writable && (open || mine));
    QString why = refused;
    if (why.isEmpty() && item && item->status.state == S::Claimed && !mine)
        why = tr("Claimed by %1: only they can act on it.").arg(item->status.by);
    else if (why.isEmpty() && item && (item->status.state == S::Confirmed || item->status.state == S::Dismissed))
        why = tr("This item is closed.");
    for (QPushButton *b : {m_claim, m_release, m_dismiss, m_confirm})
        b->setToolTip(why.isEmpty() ? b->property("defaultToolTip").toString() : why);
    m_open->setEnabled(item != nullptr);
}

void TriagePage::openCurrent()
{
    if (const TriageItem *item = current())
        emit openSubjectRequested(item->subject);
}

bool TriagePage::takeStep(const std::function<bool(StoreError *)> &step, const QString &failedTitle)
{
    StoreError error;
    if (step(&error)) {
        afterWrite();
        return true;
    }
    QMessageBox::warning(this, failedTitle, tr("%1\n\nNothing was written.").arg(error.message));
    refresh(); // someone else may have acted on it: show where it stands now
    return false;
}

void TriagePage::afterWrite()
{
    refresh();
    table()->setFocus();
    emit actionRecorded();
    emit storeChanged();
}

bool TriagePage::claimCurrent()
{
    const QString item = currentItem();
    if (item.isEmpty() || !m_claim->isEnabled())
        return false;
    return takeStep([&](StoreError *e) { return Actions(m_store, session()).claimItem(item, e); },
                    tr("The item was not claimed"));
}

bool TriagePage::releaseCurrent()
{
    const QString item = currentItem();
    if (item.isEmpty() || !m_release->isEnabled())
        return false;
    return takeStep([&](StoreError *e) { return Actions(m_store, session()).releaseItem(item, e); },
                    tr("The item was not released"));
}

bool TriagePage::dismissCurrent(const QString &givenReason)
{
    const QString item = currentItem();
    if (item.isEmpty() || !m_dismiss->isEnabled())
        return false;
    QString reason = givenReason;
    if (reason.isEmpty()) {
        const QStringList reasons{tr("Not a violation: the finding is a false alarm"),
                                  tr("Not a violation: context makes it acceptable"),
                                  tr("Already handled in another item"), tr("The post was already removed")};
        bool ok = false;
        reason = QInputDialog::getItem(this, tr("Dismiss %1").arg(item), tr("Why is this not a violation?"), reasons, 0,
                                       true, &ok).trimmed();
        if (!ok || reason.isEmpty())
            return false;
    }
    return takeStep([&](StoreError *e) { return Actions(m_store, session()).dismissItem(item, reason, e); },
                    tr("The item was not dismissed"));
}

bool TriagePage::confirmCurrent()
{
    const TriageItem *item = current();
    if (!item || !m_confirm->isEnabled())
        return false;
    const TriageItem chosen = *item;
    // The claim comes first, so everyone else's queue shows who is deciding it while the dialog is open.
    if (chosen.status.state == TriageStatus::State::Open
        && !takeStep([&](StoreError *e) { return Actions(m_store, session()).claimItem(chosen.id, e); },
                     tr("The item was not claimed")))
        return false;
    QVector<FindingRecord> findings;
    StoreError error;
    TriageQuery(m_store).findings(chosen, &findings, &error);
    RecordViolationDialog dialog(m_store, session(), chosen.subject, this);
    dialog.setTriageItem(chosen.id, chosen.code,
                         chosen.source == TriageItem::Source::Report ? QStringLiteral("user_report") : QStringLiteral("algorithm"),
                         TriageQuery::evidence(chosen, findings));
    if (dialog.exec() != QDialog::Accepted || dialog.recordedViolationId().isEmpty()) {
        refresh();
        return false;
    }
    if (ActionHistory *h = history())
        h->recordedViolation(dialog.recordedViolationId());
    emit violationRecorded(dialog.recordedViolationId());
    afterWrite();
    return true;
}

} // namespace redline
