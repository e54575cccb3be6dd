#include "campaignpreviewview.h"

#include "consequencespanel.h"
#include "policy/policytierbars.h"
#include "policytext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace redline {

namespace {

QTableWidget *table(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setHighlightSections(false);
    return t;
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

QString CampaignPreviewView::actionLabel(const QString &id)
{
    if (id == QLatin1String("revoke_certification"))
        return tr("Revoke certification");
    if (id == QLatin1String("remove_posts"))
        return tr("Remove posts");
    if (id == QLatin1String("ban"))
        return tr("Ban brand");
    if (id == QLatin1String("violation"))
        return tr("Record violation");
    if (id == QLatin1String("note"))
        return tr("Add note");
    if (id == QLatin1String("select"))
        return tr("Selection");
    if (id == QLatin1String("retract") || id == QLatin1String("retraction"))
        return tr("Retract violation");
    if (id == QLatin1String("restore") || id == QLatin1String("restore_posts"))
        return tr("Restore posts");
    if (id == QLatin1String("grant") || id == QLatin1String("grant_certification"))
        return tr("Grant certification back");
    return id;
}

CampaignPreviewView::CampaignPreviewView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("campaignPreview"));
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("previewHeadline"));
    m_headline->setWordWrap(true);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_headline->setFont(big);
    m_kinds = new QLabel(this);
    m_kinds->setObjectName(QStringLiteral("previewKinds"));
    m_kinds->setWordWrap(true);

    m_counts = table(this, QStringLiteral("previewCounts"), {tr("Action"), tr("Acts on"), tr("Refused"), tr("Kept")});
    m_counts->setSelectionMode(QAbstractItemView::NoSelection);
    m_counts->setColumnWidth(0, 200);

    m_sample = table(this, QStringLiteral("previewSample"),
                     {tr("Target"), tr("Action"), tr("Post"), tr("Score"), tr("Crosses"), tr("Starts")});
    const QVector<int> widths{105, 120, 95, 110, 70};
    for (int c = 0; c < widths.size(); ++c)
        m_sample->setColumnWidth(c, widths[c]);
    m_panel = new ConsequencesPanel(this);
    m_panel->showNote(tr("Select a row of the sample to see its consequences in full."));
    connect(m_sample, &QTableWidget::currentCellChanged, this, [this](int row) { showSample(row); });

    m_bars = new PolicyTierBars(this);
    m_bars->setObjectName(QStringLiteral("previewTiers"));
    m_bars->setSeriesNames(tr("Now"), tr("After"));

    m_refusalsTitle = sectionTitle(QString(), this);
    m_refusalsTitle->setObjectName(QStringLiteral("refusalsTitle"));
    m_refusals = table(this, QStringLiteral("previewRefusals"), {tr("Target"), tr("Action"), tr("Why refused")});
    m_refusals->setColumnWidth(0, 150);
    m_refusals->setColumnWidth(1, 160);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_headline);
    topLayout->addWidget(m_kinds);
    topLayout->addWidget(m_counts);

    auto *sampleBox = new QWidget(this);
    auto *sampleLayout = new QVBoxLayout(sampleBox);
    sampleLayout->setContentsMargins(0, 0, 0, 0);
    auto *sampleTitle = sectionTitle(tr("Sample: the first targets, with what the action does to each"), sampleBox);
    sampleTitle->setObjectName(QStringLiteral("sampleTitle"));
    sampleLayout->addWidget(sampleTitle);
    auto *sampleSplit = new QSplitter(Qt::Horizontal, sampleBox);
    sampleSplit->addWidget(m_sample);
    sampleSplit->addWidget(m_panel);
    sampleSplit->setStretchFactor(0, 3);
    sampleSplit->setStretchFactor(1, 2);
    sampleLayout->addWidget(sampleSplit, 1);

    auto *tiersBox = new QWidget(this);
    auto *tiersLayout = new QVBoxLayout(tiersBox);
    tiersLayout->setContentsMargins(0, 0, 0, 0);
    tiersLayout->addWidget(sectionTitle(tr("Subjects per tier: now (grey) and after (orange)"), tiersBox));
    tiersLayout->addWidget(m_bars, 1);

    auto *refusalsBox = new QWidget(this);
    auto *refusalsLayout = new QVBoxLayout(refusalsBox);
    refusalsLayout->setContentsMargins(0, 0, 0, 0);
    refusalsLayout->addWidget(m_refusalsTitle);
    refusalsLayout->addWidget(m_refusals, 1);

    // The headline and counts keep their height; the sample, tiers and refusals share the rest.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("previewSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(sampleBox);
    split->addWidget(tiersBox);
    split->addWidget(refusalsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(top);
    layout->addWidget(split, 1);
    clear();
}

void CampaignPreviewView::clear()
{
    m_hasOutcome = false;
    m_outcome = CampaignOutcome();
    m_counts->setRowCount(0);
    m_sampleOrder.clear();
    m_sample->setRowCount(0);
    m_refusals->setRowCount(0);
    m_bars->clear();
    m_kinds->clear();
    m_refusalsTitle->setText(tr("Refusals"));
    m_panel->showNote(tr("Select a row of the sample to see its consequences in full."));
    m_headline->setText(tr("Press Preview to see exactly what the campaign would do. Nothing is written until Apply."));
}

void CampaignPreviewView::showMessage(const QString &text)
{
    clear();
    m_headline->setText(text);
}

void CampaignPreviewView::showOutcome(const CampaignOutcome &outcome, const Policy &policy)
{
    m_policy = &policy;
    m_outcome = outcome;
    m_hasOutcome = true;
    const QString targets = PolicyText::groupedNumber(outcome.targets);
    const QString subjects = PolicyText::groupedNumber(outcome.subjects);
    if (!outcome.undoes.isEmpty())
        m_headline->setText(outcome.applied
                                ? tr("Undid campaign %1: %2 events written").arg(outcome.undoes, PolicyText::groupedNumber(outcome.eventsWritten))
                                : tr("Undo of campaign %1 (preview, nothing written)").arg(outcome.undoes));
    else if (outcome.applied)
        m_headline->setText(tr("Applied %1 (%2): %3 targets, %4 subjects, %5 events written, %6 notices sent")
                                .arg(outcome.name, outcome.id, targets, subjects,
                                     PolicyText::groupedNumber(outcome.eventsWritten), PolicyText::groupedNumber(outcome.notices)));
    else
        m_headline->setText(tr("Preview: %1 targets selected, %2 subjects, %3 notices would be sent · nothing written")
                                .arg(targets, subjects, PolicyText::groupedNumber(outcome.notices)));
    QStringList kinds;
    for (auto it = outcome.subjectsByKind.begin(); it != outcome.subjectsByKind.end(); ++it)
        kinds << tr("%1: %2").arg(PolicyText::kindPlural(static_cast<SubjectKind>(it.key())), PolicyText::groupedNumber(it.value()));
    m_kinds->setText(kinds.isEmpty() ? tr("No subject is acted on.") : tr("Subjects acted on · %1").arg(kinds.join(QStringLiteral(" · "))));
    fillCounts();
    fillSample();
    fillTiers();
    fillRefusals();
}

void CampaignPreviewView::fillCounts()
{
    QStringList ids = m_outcome.accepted.keys();
    for (const QString &id : m_outcome.refused.keys() + m_outcome.kept.keys()) {
        if (!ids.contains(id))
            ids << id;
    }
    m_counts->setColumnHidden(3, m_outcome.kept.isEmpty());
    m_counts->setRowCount(int(ids.size()));
    for (int r = 0; r < ids.size(); ++r) {
        const QString &id = ids.at(r);
        m_counts->setItem(r, 0, cell(actionLabel(id)));
        m_counts->setItem(r, 1, cell(PolicyText::groupedNumber(m_outcome.accepted.value(id)), true));
        auto *refused = cell(PolicyText::groupedNumber(m_outcome.refused.value(id)), true);
        if (m_outcome.refused.value(id) > 0)
            refused->setForeground(QColor(0xc6, 0x28, 0x28));
        m_counts->setItem(r, 2, refused);
        m_counts->setItem(r, 3, cell(PolicyText::groupedNumber(m_outcome.kept.value(id)), true));
    }
    m_counts->setFixedHeight(m_counts->horizontalHeader()->height() + m_counts->verticalHeader()->defaultSectionSize() * std::max<int>(1, int(ids.size()))
                             + 2 * m_counts->frameWidth() + 2);
}

// Rows with consequences (violations, revocations) first, then the rest, each in core's order: the
// scores are what a reviewer reads first; a removal's row has none to show.
void CampaignPreviewView::fillSample()
{
    m_sampleOrder.clear();
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < m_outcome.sample.size(); ++i) {
            if (m_outcome.sample.at(i).hasConsequences == (pass == 0))
                m_sampleOrder.append(i);
        }
    }
    m_sample->setRowCount(int(m_sampleOrder.size()));
    for (int r = 0; r < m_sampleOrder.size(); ++r) {
        const CampaignSample &s = m_outcome.sample.at(m_sampleOrder.at(r));
        m_sample->setItem(r, 0, cell(s.target));
        m_sample->setItem(r, 1, cell(actionLabel(s.action)));
        m_sample->setItem(r, 2, cell(s.post == s.target ? QString() : s.post));
        if (!s.hasConsequences) {
            for (int c = 3; c < 6; ++c)
                m_sample->setItem(r, c, cell(QString()));
            continue;
        }
        const ActionConsequences &c = s.consequences;
        auto *score = cell(QStringLiteral("%1 → %2").arg(c.scoreBefore()).arg(c.scoreAfter()));
        score->setToolTip(ConsequencesPanel::scoreChange(c));
        m_sample->setItem(r, 3, score);
        m_sample->setItem(r, 4, cell(ConsequencesPanel::crossingsText(c)));
        QStringList started;
        for (const Sanction &sanction : c.sanctionsStarted)
            started << ConsequencesPanel::sanctionText(sanction, *m_policy, true);
        auto *starts = cell(started.join(QStringLiteral("; ")));
        starts->setToolTip(started.join(QLatin1Char('\n')));
        m_sample->setItem(r, 5, starts);
    }
    // The post column only when a target is about a post other than itself.
    bool posts = false;
    for (const CampaignSample &s : std::as_const(m_outcome.sample))
        posts = posts || (!s.post.isEmpty() && s.post != s.target);
    m_sample->setColumnHidden(2, !posts);
    if (!m_sampleOrder.isEmpty()) {
        m_sample->setCurrentCell(0, 0);
        showSample(0); // a new preview whose first row was already current emits no currentCellChanged
    } else {
        m_panel->showNote(m_outcome.acceptedTotal() > 0 ? tr("These actions have no score consequences to show.")
                                                        : tr("Nothing to act on."));
    }
}

int CampaignPreviewView::sampleIndex(int row) const
{
    return row >= 0 && row < m_sampleOrder.size() ? m_sampleOrder.at(row) : -1;
}

void CampaignPreviewView::showSample(int row)
{
    const int index = sampleIndex(row);
    if (!m_policy || index < 0)
        return;
    const CampaignSample &s = m_outcome.sample.at(index);
    if (s.hasConsequences)
        m_panel->showConsequences(s.consequences, *m_policy);
    else
        m_panel->showNote(tr("%1 on %2: no change to the score or sanctions.").arg(actionLabel(s.action), s.target));
}

// The policy lab's tiers (a band between two thresholds, a creator's ladder level), top tier first; a
// kind the campaign leaves alone shows its tiers unchanged.
void CampaignPreviewView::fillTiers()
{
    m_bars->clear();
    for (int k = 0; k < kSubjectKindCount; ++k) {
        const auto kind = static_cast<SubjectKind>(k);
        QVector<CampaignTierCount> rows;
        for (const CampaignTierCount &t : m_outcome.tiers) {
            if (t.kind == kind)
                rows << t;
        }
        std::stable_sort(rows.begin(), rows.end(),
                         [](const CampaignTierCount &a, const CampaignTierCount &b) { return a.tier < b.tier; });
        QVector<PolicyTierBars::Category> categories;
        for (const CampaignTierCount &t : std::as_const(rows))
            categories.append({t.label, t.before, t.after});
        m_bars->setCategories(kind, categories, QString());
    }
}

void CampaignPreviewView::fillRefusals()
{
    const qint64 total = std::max<qint64>(m_outcome.refusalCount, m_outcome.refusals.size());
    QVector<CampaignRefusal> rows = m_outcome.refusals;
    const bool undo = !m_outcome.undoes.isEmpty();
    if (undo)
        rows += m_outcome.keptReasons;
    if (total == 0 && !(undo && !m_outcome.keptReasons.isEmpty()))
        m_refusalsTitle->setText(m_outcome.applied || undo ? tr("Refusals: none.")
                                                           : tr("Refusals: none. Apply would act on every target."));
    else if (total > m_outcome.refusals.size())
        m_refusalsTitle->setText(tr("Refusals: %1 (the first %2 listed). Apply refuses the whole campaign while any remain.")
                                     .arg(PolicyText::groupedNumber(total)).arg(m_outcome.refusals.size()));
    else if (total > 0)
        m_refusalsTitle->setText(tr("Refusals: %1. Apply refuses the whole campaign while any remain.").arg(PolicyText::groupedNumber(total)));
    else
        m_refusalsTitle->setText(tr("Left as they are (%1)").arg(m_outcome.keptReasons.size()));
    m_refusalsTitle->setStyleSheet(total > 0 ? QStringLiteral("color:#c62828") : QString());
    m_refusals->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        m_refusals->setItem(r, 0, cell(rows.at(r).target));
        m_refusals->setItem(r, 1, cell(actionLabel(rows.at(r).action)));
        m_refusals->setItem(r, 2, cell(rows.at(r).reason));
    }
}

} // namespace redline
