#include "casefileview.h"

#include "ledgeractiondialog.h"

#include "health/healthtab.h"
#include "health/healthtext.h"

#include "policytext.h"
#include "scorechart.h"
#include "writegate.h"

#include "base/identity.h"
#include "store/store.h"

#include <QApplication>
#include <QCheckBox>
#include <QSettings>
#include <QFrame>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace redline {

namespace {

QString chipHtml(const QString &text, const QColor &background, const QColor &foreground = Qt::white)
{
    return QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>")
        .arg(background.name(), foreground.name(), text.toHtmlEscaped());
}

QColor toneColor(TimelineEntry::Tone tone)
{
    switch (tone) {
    case TimelineEntry::Tone::Adverse: return QColor(0xb7, 0x1c, 0x1c);
    case TimelineEntry::Tone::Favourable: return QColor(0x1b, 0x5e, 0x20);
    case TimelineEntry::Tone::Derived: return QColor(0x61, 0x61, 0x61);
    case TimelineEntry::Tone::Neutral: break;
    }
    return QColor();
}

enum ItemRole { IdRole = Qt::UserRole + 1, HandleRole, EntryRole };

const QColor kBackdatedColor(0xb2, 0x6a, 0x00);

// A small amber clock: the mark of an event recorded more than a day after it happened.
QIcon backdatedIcon()
{
    static const QIcon icon = [] {
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(kBackdatedColor, 3));
        p.setBrush(QColor(0xff, 0xf3, 0xe0));
        p.drawEllipse(QRectF(3, 3, 26, 26));
        p.drawLine(QPointF(16, 16), QPointF(16, 8));
        p.drawLine(QPointF(16, 16), QPointF(10, 19));
        return QIcon(pixmap);
    }();
    return icon;
}

// Rows stay one line: the trees use uniform row heights, so one multi-line reason would make every row
// as tall as it. Each cell shows its text on one line; a cell that had more keeps it whole in its tooltip.
void keepOnOneLine(QTreeWidgetItem *item)
{
    for (int c = 0; c < item->columnCount(); ++c) {
        const QString text = item->text(c);
        const QString line = text.simplified();
        if (line == text)
            continue;
        item->setText(c, line);
        if (item->toolTip(c).isEmpty())
            item->setToolTip(c, text);
    }
}

void markBackdated(QTreeWidgetItem *item, const QString &note)
{
    item->setIcon(0, backdatedIcon());
    item->setToolTip(0, note);
    item->setForeground(0, kBackdatedColor);
    item->setData(0, CaseFileView::BackdatedRole, true);
}

} // namespace

CaseFileView::CaseFileView(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("caseFileView"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_emptyLabel = new QLabel(tr("Select a subject to open its case file.\n\nEnter or double-click opens it; "
                                 "Ctrl+N records a violation on it."), this);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setStyleSheet(QStringLiteral("color: #757575;"));
    m_stack->addWidget(m_emptyLabel);

    m_content = new QWidget(this);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(buildHeader());
    layout->addWidget(buildActions());

    m_tabs = new QTabWidget(m_content);
    m_tabs->setObjectName(QStringLiteral("caseFileTabs"));
    m_tabs->setDocumentMode(true);
    m_timeline = newTree({tr("When"), tr("Event"), tr("Score"), tr("By"), tr("Why / evidence")},
                         QStringLiteral("timelineTree"));
    m_timeline->setRootIsDecorated(true);
    m_timelineTab = new QWidget(m_content);
    auto *timelineLayout = new QVBoxLayout(m_timelineTab);
    timelineLayout->setContentsMargins(0, 4, 0, 0);
    m_showDerived = new QCheckBox(tr("Show consequences the engine derived (recovery steps, crossings, sanctions)"),
                                  m_timelineTab);
    m_showDerived->setObjectName(QStringLiteral("showDerived"));
    // A narrow case pane clips the label instead of widening the window; the tooltip keeps it whole.
    m_showDerived->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_showDerived->setToolTip(m_showDerived->text());
    m_showDerived->setChecked(QSettings().value(QStringLiteral("caseFile/showDerived"), true).toBool());
    timelineLayout->addWidget(m_showDerived);
    timelineLayout->addWidget(m_timeline, 1);
    m_tabs->addTab(m_timelineTab, tr("Timeline"));
    connect(m_showDerived, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("caseFile/showDerived"), on);
        fillTimeline();
    });
    m_violations = newTree({tr("When"), tr("ID"), tr("Code"), tr("Points"), tr("Level"), tr("Source"), tr("By"),
                            tr("Status"), tr("Evidence")},
                           QStringLiteral("violationsTree"));
    m_tabs->addTab(m_violations, tr("Violations"));
    m_sanctions = newTree({tr("Sanction"), tr("Violation"), tr("From"), tr("Until"), tr("Length"), tr("Status")},
                          QStringLiteral("sanctionsTree"));
    m_tabs->addTab(m_sanctions, tr("Sanctions"));
    m_chart = new ScoreChart(m_content);
    m_tabs->addTab(m_chart, tr("Chart"));
    m_health = new HealthTab(m_store, m_content);
    m_tabs->addTab(m_health, tr("Content health"));

    m_checklist = newTree({tr("Requirement"), tr("Met"), tr("Why")}, QStringLiteral("checklistTree"));
    m_tabs->addTab(m_checklist, tr("Checklist"));

    auto summaryTab = [this](QLabel **summary, QTreeWidget *tree) {
        auto *tab = new QWidget(m_content);
        auto *tabLayout = new QVBoxLayout(tab);
        tabLayout->setContentsMargins(4, 6, 4, 0);
        *summary = new QLabel(tab);
        (*summary)->setWordWrap(true);
        (*summary)->setTextFormat(Qt::RichText);
        tabLayout->addWidget(*summary);
        tabLayout->addWidget(tree, 1);
        return tab;
    };
    m_deposits = newTree({tr("When"), tr("Action"), tr("Amount"), tr("Balance"), tr("By"), tr("Reason")},
                         QStringLiteral("depositTree"));
    m_depositTab = summaryTab(&m_depositSummary, m_deposits);
    m_tabs->addTab(m_depositTab, tr("Deposit"));
    m_affiliates = newTree({tr("Handle"), tr("Name"), tr("Credit score"), tr("Active restrictions"), tr("Last violation")},
                           QStringLiteral("affiliatesTree"));
    m_affiliateTab = summaryTab(&m_affiliateSummary, m_affiliates);
    m_tabs->addTab(m_affiliateTab, tr("Creators"));
    m_notices = newTree({tr("When"), tr("Score"), tr("Critical threshold"), tr("Notice")}, QStringLiteral("noticesTree"));
    m_protectionTab = summaryTab(&m_protectionSummary, m_notices);
    m_protectionSummary->setObjectName(QStringLiteral("protectionSummary"));
    m_tabs->addTab(m_protectionTab, tr("Protection"));
    layout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_content);

    connect(m_violations, &QTreeWidget::currentItemChanged, this, &CaseFileView::updateActions);
    connect(m_violations, &QTreeWidget::itemActivated, this, [this] {
        if (m_fileAppeal->isEnabled())
            m_fileAppeal->click();
        else if (m_decideAppeal->isEnabled())
            m_decideAppeal->click();
    });
    connect(m_affiliates, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit openSubjectRequested(item->data(0, HandleRole).toString());
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &CaseFileView::updateActions);
    // The chart and the timeline point at the same rows of m_data.timeline.
    connect(m_chart, &ScoreChart::entryClicked, this, &CaseFileView::selectTimelineEntry);
    connect(m_timeline, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_chart->highlightEntry(item ? item->data(0, EntryRole).toInt() : -1);
    });
    clear();
}

QWidget *CaseFileView::buildHeader()
{
    auto *header = new QFrame(m_content);
    header->setObjectName(QStringLiteral("caseFileHeader"));
    header->setFrameShape(QFrame::StyledPanel);
    header->setStyleSheet(QStringLiteral("#caseFileHeader { background: palette(base); border-radius: 4px; }"));
    auto *grid = new QVBoxLayout(header);
    grid->setContentsMargins(12, 10, 12, 10);
    grid->setSpacing(4);

    auto *top = new QHBoxLayout;
    m_name = new QLabel(header);
    m_name->setObjectName(QStringLiteral("caseFileName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_name);
    m_kind = new QLabel(header);
    m_kind->setTextFormat(Qt::RichText);
    top->addWidget(m_kind);
    top->addStretch(1);
    m_score = new QLabel(header);
    m_score->setObjectName(QStringLiteral("caseFileScore"));
    m_score->setTextFormat(Qt::RichText);
    QFont scoreFont = m_score->font();
    scoreFont.setPointSizeF(scoreFont.pointSizeF() * 1.6);
    scoreFont.setBold(true);
    m_score->setFont(scoreFont);
    top->addWidget(m_score);
    grid->addLayout(top);

    auto *second = new QHBoxLayout;
    m_subtitle = new QLabel(header);
    m_subtitle->setTextFormat(Qt::RichText);
    m_subtitle->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_subtitle, &QLabel::linkActivated, this, &CaseFileView::openSubjectRequested);
    second->addWidget(m_subtitle, 1);
    m_band = new QLabel(header);
    m_band->setObjectName(QStringLiteral("caseFileBand"));
    m_band->setTextFormat(Qt::RichText);
    second->addWidget(m_band);
    grid->addLayout(second);

    m_facts = new QLabel(header);
    m_facts->setObjectName(QStringLiteral("caseFileFacts"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    grid->addWidget(m_facts);

    m_restrictions = new QLabel(header);
    m_restrictions->setObjectName(QStringLiteral("caseFileRestrictions"));
    m_restrictions->setTextFormat(Qt::RichText);
    m_restrictions->setWordWrap(true);
    grid->addWidget(m_restrictions);

    m_banNotice = new QLabel(header);
    m_banNotice->setObjectName(QStringLiteral("banNotice"));
    m_banNotice->setWordWrap(true);
    m_banNotice->setTextFormat(Qt::RichText);
    m_banNotice->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #8e0000; border: 1px solid #e57373; border-radius: 4px; padding: 8px; }"));
    grid->addWidget(m_banNotice);

    m_certificationWarning = new QLabel(header);
    m_certificationWarning->setObjectName(QStringLiteral("certificationWarning"));
    m_certificationWarning->setWordWrap(true);
    m_certificationWarning->setTextFormat(Qt::RichText);
    m_certificationWarning->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff8e1; color: #6d4c00; border: 1px solid #ffca28; border-radius: 4px; padding: 6px; }"));
    grid->addWidget(m_certificationWarning);
    return header;
}

QWidget *CaseFileView::buildActions()
{
    auto *bar = new QWidget(m_content);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_record = new QPushButton(style()->standardIcon(QStyle::SP_MessageBoxWarning), tr("Record violation…"), bar);
    m_record->setObjectName(QStringLiteral("recordViolationButton"));
    m_record->setToolTip(tr("Record a violation on this subject, with its consequences shown first (Ctrl+N)"));
    m_fileAppeal = new QPushButton(style()->standardIcon(QStyle::SP_MessageBoxQuestion), tr("File appeal…"), bar);
    m_fileAppeal->setObjectName(QStringLiteral("fileAppealButton"));
    m_decideAppeal = new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Decide appeal…"), bar);
    m_decideAppeal->setObjectName(QStringLiteral("decideAppealButton"));
    row->addWidget(m_record);
    row->addWidget(m_fileAppeal);
    row->addWidget(m_decideAppeal);
    buildLedgerActions(bar, row);
    row->addStretch(1);
    connect(m_record, &QPushButton::clicked, this, [this] { emit recordViolationRequested(m_handle); });
    connect(m_fileAppeal, &QPushButton::clicked, this, [this] {
        if (const ViolationEntry *v = selectedViolation())
            emit fileAppealRequested(v->outcome.id);
    });
    connect(m_decideAppeal, &QPushButton::clicked, this, [this] {
        if (const ViolationEntry *v = selectedViolation())
            emit decideAppealRequested(v->appeal.id);
    });
    return bar;
}

QTreeWidget *CaseFileView::newTree(const QStringList &headers, const QString &objectName)
{
    auto *tree = new QTreeWidget(m_content);
    tree->setObjectName(objectName);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->setAllColumnsShowFocus(true);
    tree->header()->setStretchLastSection(true);
    tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    return tree;
}

void CaseFileView::showSubject(const QString &handle)
{
    m_handle = handle;
    reload();
}

void CaseFileView::reload()
{
    if (m_handle.isEmpty()) {
        clear();
        return;
    }
    CaseFileData data;
    QString error;
    if (!data.load(m_store, m_handle, &error)) {
        showError(error);
        return;
    }
    const QString previousViolation = selectedViolationId();
    m_data = std::move(data);
    fillHeader();
    fillTimeline();
    fillViolations();
    fillSanctions();
    m_chart->setCaseFile(m_data, m_store.policy(), m_data.now);
    fillHealthTab();
    fillMcnTabs();
    for (int i = 0; i < m_violations->topLevelItemCount(); ++i) {
        if (m_violations->topLevelItem(i)->data(0, IdRole).toString() == previousViolation)
            m_violations->setCurrentItem(m_violations->topLevelItem(i));
    }
    m_stack->setCurrentWidget(m_content);
    updateActions();
}

void CaseFileView::clear()
{
    m_handle.clear();
    m_data = CaseFileData();
    m_emptyLabel->setText(tr("Select a subject to open its case file.\n\nEnter or double-click opens it; "
                             "Ctrl+N records a violation on it."));
    m_stack->setCurrentWidget(m_emptyLabel);
}

void CaseFileView::showError(const QString &message)
{
    m_emptyLabel->setText(tr("The case file of %1 could not be read:\n%2\n\nPress F5 to try again, or check the store with "
                             "`redline-cli verify`.").arg(m_handle, message));
    m_stack->setCurrentWidget(m_emptyLabel);
}

void CaseFileView::focusTabs()
{
    if (m_stack->currentWidget() == m_content)
        m_tabs->currentWidget()->setFocus(Qt::OtherFocusReason);
}

void CaseFileView::fillHeader()
{
    const Policy &policy = m_store.policy();
    const SubjectKind kind = m_data.record.kind;
    const Scale &scale = policy.scale(kind);
    const SubjectState &state = m_data.state();
    const std::optional<int> band = [&]() -> std::optional<int> {
        std::optional<int> b;
        for (const RestrictionBand &r : scale.bands)
            if (state.score < r.below)
                b = std::min(b.value_or(r.below), r.below);
        return b;
    }();
    bool barred = m_data.banned;
    for (const QString &id : scale.recoveryBlockedBy)
        barred = barred || state.hasRestriction(id);
    const QColor standing = PolicyText::standingColor(scale, state.score, band, barred);

    m_name->setText(m_data.record.name.isEmpty() ? m_data.record.handle : m_data.record.name);
    m_kind->setText(chipHtml(PolicyText::kindName(kind), QColor(0x45, 0x5a, 0x64)));
    m_score->setText(chipHtml(tr("%1 / %2").arg(state.score).arg(state.max), standing));
    m_score->setToolTip(PolicyText::scaleName(kind));
    m_band->setText(scale.bands.isEmpty() ? QString()
                                          : tr("%1: <b>%2</b>").arg(PolicyText::scaleName(kind), PolicyText::bandLabel(band)));

    QStringList subtitle{QStringLiteral("<code>%1</code>").arg(m_data.record.handle.toHtmlEscaped()),
                         tr("registered %1").arg(PolicyText::formatDate(m_data.record.at))};
    if (kind == SubjectKind::Creator) {
        subtitle << (m_data.cached.mcn.isEmpty()
                         ? tr("no MCN")
                         : tr("MCN <a href=\"%1\">%1</a>").arg(m_data.cached.mcn.toHtmlEscaped()));
    }
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));

    QStringList facts;
    if (kind == SubjectKind::Creator) {
        facts << tr("%1 <b>%2</b> of %3").arg(PolicyText::scaleName(kind)).arg(state.score).arg(state.max);
        facts << (state.ladderLevel > 0 ? tr("ladder level <b>L%1</b> (R-C1)").arg(state.ladderLevel)
                                        : tr("ladder level <b>none</b> in the window (R-C1)"));
        if (state.penaltyFreeExitUntil != kNoInstant && state.penaltyFreeExitUntil > m_data.now)
            facts << tr("may leave the MCN without penalty until %1 (R-M6)")
                         .arg(PolicyText::formatDate(state.penaltyFreeExitUntil));
        if (m_data.health)
            facts << healthFact(*m_data.health, policy);
    } else if (kind == SubjectKind::Mcn) {
        facts << (state.certified ? tr("commercially <b>certified</b>") : tr("<b>not certified</b>"));
        facts << tr("deposit %1 of %2 required").arg(PolicyText::money(state.depositBalance),
                                                     PolicyText::money(m_data.requiredDeposit));
        facts << tr("%n affiliated creator(s)", nullptr, int(m_data.affiliateCount));
        if (state.removed)
            facts << tr("<b>removed</b> (R-M2)");
    } else {
        facts << tr("%1 <b>%2</b> of %3").arg(PolicyText::scaleName(kind)).arg(state.score).arg(state.max);
    }
    int inForce = 0;
    for (const ViolationEntry &v : m_data.violations)
        inForce += v.outcome.voidedAt > m_data.now ? 1 : 0;
    facts << tr("%n violation(s) in force", nullptr, inForce);
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    m_facts->setToolTip(kind == SubjectKind::Creator && m_data.health ? healthBreakdown(*m_data.health) : QString());

    QStringList chips;
    for (const QString &id : state.restrictions) {
        const QString term = m_data.restrictionTerm(policy, id);
        const QString text = term.isEmpty() ? PolicyText::restrictionLabel(policy, id)
                                            : tr("%1 — %2").arg(PolicyText::restrictionLabel(policy, id), term);
        chips << chipHtml(text, QColor(0xff, 0xeb, 0xee), QColor(0xb7, 0x1c, 0x1c));
    }
    m_restrictions->setText(chips.isEmpty() ? tr("<span style=\"color:#2e7d32;\">No active restrictions</span>")
                                            : tr("Active restrictions: %1").arg(chips.join(QStringLiteral(" "))));

    fillCertificationWarning();
    m_banNotice->setVisible(m_data.banned);
    if (m_data.banned) {
        // R-B2: the notice the platform's search shows for a banned brand.
        m_banNotice->setText(QStringLiteral("<b>%1</b><br>%2")
                                 .arg(CaseFileData::banNoticeTranslated().toHtmlEscaped(),
                                      tr("Search shows: %1").arg(CaseFileData::banNoticeOfficial()).toHtmlEscaped()));
    }
}

QTreeWidgetItem *CaseFileView::timelineItem(const TimelineEntry &t) const
{
    const QString why = t.why.isEmpty() ? t.detail : t.why;
    // The tag leads, so a narrow column still shows it.
    const QString what = t.backdated ? tr("Backdated · %1", "a timeline event recorded later than it happened").arg(t.what)
                                     : t.what;
    auto *item = new QTreeWidgetItem({PolicyText::formatDateTime(t.at), what, t.scoreChange, t.by, why});
    const QColor color = toneColor(t.tone);
    if (color.isValid()) {
        for (int c = 0; c < item->columnCount(); ++c)
            item->setForeground(c, color);
    }
    if (t.tone == TimelineEntry::Tone::Derived) {
        QFont f = item->font(1);
        f.setItalic(true);
        item->setFont(1, f);
    }
    QString tip = t.detail.isEmpty() ? t.what : t.what + QLatin1Char('\n') + t.detail;
    if (t.backdated) {
        tip += QLatin1Char('\n') + t.backdatedNote;
        markBackdated(item, t.backdatedNote);
    }
    item->setToolTip(1, tip);
    item->setToolTip(4, why);
    item->setData(0, IdRole, t.ref);
    item->setData(0, EntryRole, int(&t - m_data.timeline.constData()));
    keepOnOneLine(item);
    return item;
}

void CaseFileView::selectTimelineEntry(int entry)
{
    for (QTreeWidgetItemIterator it(m_timeline); *it; ++it) {
        if ((*it)->data(0, EntryRole).toInt() == entry) {
            m_timeline->setCurrentItem(*it);
            m_timeline->scrollToItem(*it);
            break;
        }
    }
    const QString violation = entry >= 0 && entry < m_data.timeline.size() ? m_data.timeline.at(entry).ref : QString();
    for (int i = 0; i < m_violations->topLevelItemCount() && !violation.isEmpty(); ++i) {
        if (m_violations->topLevelItem(i)->data(0, IdRole).toString() == violation)
            m_violations->setCurrentItem(m_violations->topLevelItem(i));
    }
}

QString CaseFileView::healthFact(const HealthIndex &health, const Policy &policy)
{
    const auto tenth = [](const std::optional<double> &v) {
        return v ? QString::number(HealthIndexCalculator::roundToTenth(*v), 'f', 1) : QStringLiteral("–");
    };
    QStringList dimensions;
    for (const HealthDimension &d : health.dimensions)
        dimensions << tr("%1 %2").arg(PolicyText::healthDimensionLabel(d.id), tenth(d.score));
    QString fact = tr("content health <b>%1</b> (%2)").arg(tenth(health.index), dimensions.join(QStringLiteral(", ")));
    if (!health.effects.isEmpty())
        fact += tr(": %1").arg(PolicyText::restrictionList(policy, health.effects));
    return fact;
}

QString CaseFileView::healthBreakdown(const HealthIndex &health)
{
    QStringList rows;
    for (const HealthIndicator &i : health.indicators) {
        rows << (i.value ? tr("%1: %2 → %3 (%4)")
                               .arg(HealthText::indicatorLabel(i.id), HealthText::value(i.id, i.value),
                                    HealthText::score(i.score), HealthText::source(i.source))
                         : tr("%1: no value").arg(HealthText::indicatorLabel(i.id)));
    }
    return tr("Content health indicators (R-H1; the Content health tab takes them apart):\n%1")
        .arg(rows.join(QLatin1Char('\n')));
}

void CaseFileView::fillTimeline()
{
    m_timeline->clear();
    const bool derived = m_showDerived->isChecked();
    QList<QTreeWidgetItem *> items;
    QHash<QString, QTreeWidgetItem *> violationItems;
    QVector<const TimelineEntry *> children;
    for (const TimelineEntry &t : m_data.timeline) {
        if (!derived && t.tone == TimelineEntry::Tone::Derived)
            continue;
        if (!t.parentRef.isEmpty()) {
            children << &t;
            continue;
        }
        QTreeWidgetItem *item = timelineItem(t);
        if (t.violation)
            violationItems.insert(t.ref, item);
        items << item;
    }
    // The sanctions a violation started sit under it (expand to see them), so the list reads as events.
    for (const TimelineEntry *t : children) {
        if (QTreeWidgetItem *parent = violationItems.value(t->parentRef))
            parent->addChild(timelineItem(*t));
        else
            items << timelineItem(*t);
    }
    for (auto it = violationItems.cbegin(); it != violationItems.cend(); ++it) {
        QTreeWidgetItem *item = it.value();
        if (item->childCount() > 0)
            item->setToolTip(2, tr("%n sanction(s) started: expand the row", nullptr, item->childCount()));
    }
    m_timeline->addTopLevelItems(items);
    m_timeline->setColumnWidth(0, 170); // room for the backdated mark beside the instant
    m_timeline->setColumnWidth(1, 320);
    m_timeline->setColumnWidth(2, 100);
    m_timeline->setColumnWidth(3, 80);
    m_tabs->setTabText(m_tabs->indexOf(m_timelineTab), tr("Timeline (%1)").arg(items.size()));
}

void CaseFileView::fillViolations()
{
    const Policy &policy = m_store.policy();
    m_violations->clear();
    for (const ViolationEntry &v : m_data.violations) {
        const QString points = v.outcome.deducted == v.outcome.pointsCharged
                                   ? QString::number(v.outcome.pointsCharged)
                                   : tr("%1 (deducted %2)").arg(v.outcome.pointsCharged).arg(v.outcome.deducted);
        QString source = PolicyText::sourceLabel(v.recorded.source);
        if (v.recorded.severity == QLatin1String("severe"))
            source += tr(", severe");
        auto *item = new QTreeWidgetItem({PolicyText::formatDateTime(v.outcome.at), v.outcome.id,
                                          PolicyText::codeDescription(policy, m_data.record.kind, v.recorded.code), points,
                                          v.outcome.ladderLevel > 0 ? tr("L%1").arg(v.outcome.ladderLevel) : QString(),
                                          source, v.recorded.by, v.status, v.recorded.text});
        item->setToolTip(2, v.recorded.code);
        keepOnOneLine(item);
        item->setToolTip(8, v.recorded.text);
        QString appealTip;
        if (v.appealState != ViolationEntry::AppealState::None)
            appealTip = tr("Appeal %1 filed %2 by %3: %4").arg(v.appeal.id, PolicyText::formatDateTime(v.appeal.at),
                                                               v.appeal.by, v.appeal.text);
        if (!v.decision.text.isEmpty())
            appealTip += QLatin1Char('\n') + tr("Decision by %1: %2").arg(v.decision.by, v.decision.text);
        item->setToolTip(7, appealTip);
        item->setData(0, IdRole, v.outcome.id);
        if (v.backdated) {
            markBackdated(item, v.backdatedNote);
            item->setText(7, tr("%1 · backdated", "a violation recorded later than it happened").arg(v.status));
            item->setToolTip(7, appealTip.isEmpty() ? v.backdatedNote : v.backdatedNote + QLatin1Char('\n') + appealTip);
        }
        const bool voided = v.outcome.voidedAt <= m_data.now;
        QColor color = voided ? QColor(0x75, 0x75, 0x75)
                       : v.appealState == ViolationEntry::AppealState::Pending ? QColor(0xe6, 0x51, 0x00)
                                                                               : QColor();
        if (color.isValid())
            item->setForeground(7, color);
        if (voided) {
            for (int c = 0; c < 4; ++c) {
                QFont f = item->font(c);
                f.setStrikeOut(true);
                item->setFont(c, f);
                item->setForeground(c, color);
            }
        }
        m_violations->addTopLevelItem(item);
    }
    m_violations->setColumnWidth(0, 140);
    m_violations->setColumnWidth(1, 90);
    m_violations->setColumnWidth(2, 250);
    m_violations->setColumnWidth(3, 60);
    m_violations->setColumnWidth(4, 50);
    m_violations->setColumnWidth(5, 110);
    m_violations->setColumnWidth(6, 80);
    m_violations->setColumnWidth(7, 260);
    m_tabs->setTabText(m_tabs->indexOf(m_violations), tr("Violations (%1)").arg(m_data.violations.size()));
}

void CaseFileView::fillSanctions()
{
    const Policy &policy = m_store.policy();
    m_sanctions->clear();
    int active = 0;
    for (const Sanction &s : m_data.sanctions) {
        QString status;
        QColor color;
        if (s.activeAt(m_data.now)) {
            status = tr("Active");
            color = QColor(0xb7, 0x1c, 0x1c);
            ++active;
        } else if (s.endedEarly) {
            status = tr("Ended early (violation voided); was due %1").arg(PolicyText::formatUntil(s.scheduledUntil));
            color = QColor(0x75, 0x75, 0x75);
        } else {
            status = tr("Served");
            color = QColor(0x75, 0x75, 0x75);
        }
        auto *item = new QTreeWidgetItem({PolicyText::restrictionLabel(policy, s.id), s.violation,
                                          PolicyText::formatDateTime(s.from), PolicyText::formatUntil(s.until),
                                          PolicyText::durationText(s.from, s.until), status});
        item->setToolTip(0, s.id);
        item->setForeground(5, color);
        m_sanctions->addTopLevelItem(item);
    }
    m_sanctions->setColumnWidth(0, 220);
    m_sanctions->setColumnWidth(1, 90);
    m_sanctions->setColumnWidth(2, 120);
    m_sanctions->setColumnWidth(3, 120);
    m_sanctions->setColumnWidth(4, 80);
    m_tabs->setTabText(m_tabs->indexOf(m_sanctions), tr("Sanctions (%1 active)").arg(active));
    m_sanctions->setToolTip(tr("%1 active, %2 past").arg(active).arg(m_data.sanctions.size() - active));
}

void CaseFileView::setTabVisible(QWidget *tab, bool visible, const QString &title)
{
    const int index = m_tabs->indexOf(tab);
    m_tabs->setTabVisible(index, visible);
    m_tabs->setTabText(index, title);
}

// R-H1: a creator's content health, over time and taken apart; brands and MCNs have none.
void CaseFileView::fillHealthTab()
{
    const bool creator = m_data.record.kind == SubjectKind::Creator && m_data.health;
    if (!creator && m_tabs->currentWidget() == m_health)
        m_tabs->setCurrentIndex(0);
    setTabVisible(m_health, creator, tr("Content health"));
    if (creator)
        m_health->showCreator(m_data.record.handle, *m_data.health, m_data.now);
    else
        m_health->clear();
}

void CaseFileView::fillMcnTabs()
{
    const bool mcn = m_data.record.kind == SubjectKind::Mcn;
    if (!mcn && m_tabs->currentIndex() >= m_tabs->indexOf(m_checklist))
        m_tabs->setCurrentIndex(0);
    int unmet = 0;
    for (const CertificationRequirement &r : m_data.checklist)
        unmet += r.met ? 0 : 1;
    setTabVisible(m_checklist, mcn, unmet ? tr("Checklist (%1 unmet)").arg(unmet) : tr("Checklist"));
    setTabVisible(m_depositTab, mcn, tr("Deposit"));
    setTabVisible(m_affiliateTab, mcn, tr("Creators (%1)").arg(m_data.affiliateCount));
    setTabVisible(m_protectionTab, mcn, tr("Protection (%1)").arg(m_data.replay.timeline.notices.size()));
    if (!mcn)
        return;
    fillChecklist();
    fillDeposits();
    fillAffiliates();
    fillProtection();
}

void CaseFileView::fillChecklist()
{
    m_checklist->clear();
    const QIcon yes = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon no = style()->standardIcon(QStyle::SP_DialogCancelButton);
    auto requirementName = [](const QString &key) {
        if (key == QLatin1String("registered_mcn"))
            return tr("Registered as an MCN on the platform");
        if (key == QLatin1String("mainland_company"))
            return tr("Mainland-China company, not a sole proprietorship");
        if (key == QLatin1String("authentic_engagement"))
            return tr("Authentic content and interactions");
        if (key == QLatin1String("deposit"))
            return tr("Security deposit paid");
        return key;
    };
    for (const CertificationRequirement &r : m_data.checklist) {
        auto *item = new QTreeWidgetItem({requirementName(r.key), r.met ? tr("Met") : tr("Not met"), r.detail});
        item->setIcon(1, r.met ? yes : no);
        item->setForeground(1, r.met ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb7, 0x1c, 0x1c));
        item->setToolTip(2, r.detail);
        m_checklist->addTopLevelItem(item);
    }
    m_checklist->setColumnWidth(0, 320);
    m_checklist->setColumnWidth(1, 90);
}

void CaseFileView::fillDeposits()
{
    const SubjectState &state = m_data.state();
    const bool shortfall = state.depositBalance < m_data.requiredDeposit;
    m_depositSummary->setText(
        tr("Balance <b>%1</b>; required <b>%2</b>%3 (R-M3).%4")
            .arg(PolicyText::money(state.depositBalance), PolicyText::money(m_data.requiredDeposit),
                 m_data.requiredDeposit > m_store.policy().deposit.required ? tr(" (increased while the score is low)") : QString(),
                 shortfall ? tr(" <span style=\"color:#b71c1c;\">Short by %1.</span>")
                                 .arg(PolicyText::money(m_data.requiredDeposit - state.depositBalance))
                           : QString()));
    m_deposits->clear();
    for (const DepositEntry &d : m_data.deposits) {
        const QString action = d.action == QLatin1String("pay") ? tr("Payment")
                               : d.action == QLatin1String("deduct") ? tr("Deduction (liquidated damages)")
                                                                      : tr("Refund");
        auto *item = new QTreeWidgetItem({PolicyText::formatDateTime(d.at), action,
                                          (d.amount >= 0 ? QStringLiteral("+") : QStringLiteral("−"))
                                              + PolicyText::money(std::abs(d.amount)),
                                          PolicyText::money(d.balance), d.by, d.text});
        keepOnOneLine(item);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        if (d.amount < 0)
            item->setForeground(2, QColor(0xb7, 0x1c, 0x1c));
        if (d.backdated) {
            markBackdated(item, d.backdatedNote);
            item->setText(1, tr("Backdated · %1", "a deposit entry recorded later than it happened").arg(action));
            item->setToolTip(1, d.backdatedNote);
        }
        m_deposits->addTopLevelItem(item);
    }
    m_deposits->setColumnWidth(0, 140);
    m_deposits->setColumnWidth(1, 200);
    m_deposits->setColumnWidth(2, 100);
    m_deposits->setColumnWidth(3, 100);
}

void CaseFileView::fillAffiliates()
{
    const Policy &policy = m_store.storedPolicy();
    const Scale &scale = policy.scale(SubjectKind::Creator);
    int restricted = 0;
    m_affiliates->clear();
    QList<QTreeWidgetItem *> items;
    for (const CachedState &c : m_data.affiliates) {
        auto *item = new QTreeWidgetItem({c.handle, c.name, tr("%1 / %2").arg(c.score).arg(c.max),
                                          PolicyText::restrictionList(policy, c.restrictions),
                                          PolicyText::formatDate(c.lastViolationAt)});
        item->setData(0, HandleRole, c.handle);
        item->setForeground(2, PolicyText::standingColor(scale, c.score, c.band));
        QFont bold = item->font(2);
        bold.setBold(true);
        item->setFont(2, bold);
        item->setToolTip(3, PolicyText::restrictionList(policy, c.restrictions));
        restricted += c.restrictions.isEmpty() ? 0 : 1;
        items << item;
    }
    m_affiliates->addTopLevelItems(items);
    QString summary = tr("%n creator(s) contracted now, lowest credit score first; %1 with active restrictions. "
                         "Enter or double-click opens a creator's case file.", nullptr, int(m_data.affiliateCount))
                          .arg(restricted);
    if (m_data.affiliateCount > m_data.affiliates.size())
        summary += tr(" Showing the first %1; filter the Creators page by this MCN for all.").arg(m_data.affiliates.size());
    m_affiliateSummary->setText(summary);
    m_affiliates->setColumnWidth(0, 150);
    m_affiliates->setColumnWidth(1, 140);
    m_affiliates->setColumnWidth(2, 90);
    m_affiliates->setColumnWidth(3, 320);
}

void CaseFileView::fillProtection()
{
    const Policy &policy = m_store.policy();
    const CreatorProtection &p = policy.protection;
    const SubjectState &state = m_data.state();
    QStringList critical;
    for (int t : p.criticalThresholds)
        critical << QString::number(t);
    QString summary = tr("R-M6: when the score is within %1 of a critical threshold (%2) not yet crossed, each affiliated "
                         "creator gets an advance notice.").arg(p.noticeMargin).arg(critical.join(QStringLiteral(", ")));
    if (state.hasRestriction(p.triggerRestriction)) {
        // The freeze began when the score last fell below the band that brings the trigger restriction; the
        // creators' penalty-free exit runs graceDays from then (R-M6), so say until when, not "within N days".
        int freezeBelow = -1;
        for (const RestrictionBand &band : policy.scale(SubjectKind::Mcn).bands) {
            if (band.ids.contains(p.triggerRestriction))
                freezeBelow = std::max(freezeBelow, band.below);
        }
        Instant frozenSince = kNoInstant;
        for (const Crossing &c : m_data.replay.timeline.crossings) {
            if (c.threshold == freezeBelow)
                frozenSince = c.down ? c.at : kNoInstant;
        }
        QString frozen;
        if (frozenSince == kNoInstant)
            frozen = tr("Revenue is frozen: affiliated creators have an alternative payment channel.");
        else if (frozenSince + days(p.graceDays) > m_data.now)
            frozen = tr("Revenue is frozen since %1: affiliated creators have an alternative payment channel and may "
                        "leave without penalty until %2.")
                         .arg(PolicyText::formatDate(frozenSince), PolicyText::formatDate(frozenSince + days(p.graceDays)));
        else
            frozen = tr("Revenue is frozen since %1: affiliated creators have an alternative payment channel; their "
                        "penalty-free exit ended on %2.")
                         .arg(PolicyText::formatDate(frozenSince), PolicyText::formatDate(frozenSince + days(p.graceDays)));
        summary += QStringLiteral(" <b style=\"color:#b71c1c;\">%1</b>").arg(frozen.toHtmlEscaped());
    }
    m_protectionSummary->setText(summary);
    m_notices->clear();
    for (auto it = m_data.replay.timeline.notices.crbegin(); it != m_data.replay.timeline.notices.crend(); ++it) {
        auto *item = new QTreeWidgetItem({PolicyText::formatDateTime(it->at), QString::number(it->score),
                                          QString::number(it->threshold),
                                          tr("Advance notice to every creator contracted then")});
        m_notices->addTopLevelItem(item);
    }
    m_notices->setColumnWidth(0, 120);
}

const ViolationEntry *CaseFileView::selectedViolation() const
{
    const QTreeWidgetItem *item = m_violations->currentItem();
    if (!item)
        return nullptr;
    const QString id = item->data(0, IdRole).toString();
    for (const ViolationEntry &v : m_data.violations) {
        if (v.outcome.id == id)
            return &v;
    }
    return nullptr;
}

QString CaseFileView::selectedViolationId() const
{
    const ViolationEntry *v = selectedViolation();
    return v ? v->outcome.id : QString();
}

void CaseFileView::setSession(const Session &session)
{
    m_session = session;
    updateActions();
}

// The agency, brand and creator actions besides violations (LedgerActionDialog), grouped in menu buttons
// per subject kind: an MCN's deposit and certification, a creator's contract and exam, a brand's ban.
void CaseFileView::buildLedgerActions(QWidget *bar, QHBoxLayout *row)
{
    using Kind = LedgerActionDialog::Kind;
    const auto menuButton = [&](const QString &text, const QString &name, const QList<Kind> &kinds) {
        auto *button = new QPushButton(text, bar);
        button->setObjectName(name);
        auto *menu = new QMenu(button);
        menu->setToolTipsVisible(true); // a disabled entry says why
        for (Kind kind : kinds) {
            QAction *action = menu->addAction(LedgerActionDialog::actionText(kind));
            action->setObjectName(QStringLiteral("ledgerAction%1").arg(int(kind)));
            connect(action, &QAction::triggered, this, [this, kind] { emit ledgerActionRequested(int(kind), m_handle); });
            m_ledgerActions.insert(int(kind), action);
        }
        button->setMenu(menu);
        row->addWidget(button);
        m_ledgerButtons.append(button);
        return button;
    };
    menuButton(tr("Deposit"), QStringLiteral("depositButton"), {Kind::DepositPay, Kind::DepositDeduct, Kind::DepositRefund});
    menuButton(tr("Certification"), QStringLiteral("certificationButton"), {Kind::CertificationGrant, Kind::CertificationRevoke});
    menuButton(tr("Contract"), QStringLiteral("contractButton"), {Kind::ContractStart, Kind::ContractEnd});
    menuButton(tr("Exam"), QStringLiteral("examButton"), {Kind::Exam});
    menuButton(tr("Governance"), QStringLiteral("governanceButton"), {Kind::BrandBan});
}

// Why a ledger action cannot be taken on this subject now ("" when it can): the role first, then the
// state the action needs, so the menu says what to do instead of failing in the dialog.
QString CaseFileView::ledgerActionRefusal(int kindValue) const
{
    using Kind = LedgerActionDialog::Kind;
    const auto kind = Kind(kindValue);
    const QString refusal = WriteGate::refusal(&m_store, m_session, LedgerActionDialog::permission(kind));
    if (!refusal.isEmpty())
        return refusal;
    const SubjectState &state = m_data.state();
    switch (kind) {
    case Kind::DepositDeduct:
    case Kind::DepositRefund:
        return state.depositBalance > 0 ? QString() : tr("The deposit balance is ¥0: there is nothing to deduct or refund.");
    case Kind::CertificationGrant:
        if (state.certified)
            return tr("%1 already holds a certification.").arg(m_handle);
        for (const CertificationRequirement &r : m_data.checklist) {
            if (!r.met)
                return tr("Not possible now: %1 (R-M4).").arg(r.detail);
        }
        return QString();
    case Kind::CertificationRevoke:
        return state.certified ? QString() : tr("%1 holds no certification to revoke.").arg(m_handle);
    case Kind::ContractStart:
        return m_data.cached.mcn.isEmpty() ? QString() : tr("Contracted to %1: end that contract first.").arg(m_data.cached.mcn);
    case Kind::ContractEnd:
        return m_data.cached.mcn.isEmpty() ? tr("%1 has no MCN contract.").arg(m_handle) : QString();
    case Kind::BrandBan:
        return m_data.banned ? tr("%1 is already banned (R-B2).").arg(m_handle) : QString();
    default:
        break;
    }
    return QString();
}

void CaseFileView::updateLedgerActions()
{
    const SubjectKind kind = m_data.record.kind;
    for (QPushButton *button : qAsConst(m_ledgerButtons)) {
        bool any = false;
        for (QAction *action : button->menu()->actions()) {
            const int actionKind = m_ledgerActions.key(action, -1);
            const bool forThis = hasSubject() && LedgerActionDialog::subjectKind(LedgerActionDialog::Kind(actionKind)) == kind;
            action->setVisible(forThis);
            if (!forThis)
                continue;
            any = true;
            const QString refusal = ledgerActionRefusal(actionKind);
            action->setEnabled(refusal.isEmpty());
            action->setToolTip(refusal);
        }
        button->setVisible(any);
    }
}

// R-M4: a certification stays until revoked; a requirement that no longer holds is a warning with what to
// do, not an automatic loss (POLICY.md R-M4).
void CaseFileView::fillCertificationWarning()
{
    QStringList unmet;
    if (m_data.record.kind == SubjectKind::Mcn && m_data.state().certified) {
        for (const CertificationRequirement &r : m_data.checklist) {
            if (r.met)
                continue;
            QString advice;
            if (r.key == QLatin1String("deposit"))
                advice = tr("ask the MCN to pay the missing amount (Deposit > Record a deposit payment).");
            else if (r.key == QLatin1String("authentic_engagement"))
                advice = tr("review its fabricated-engagement violations; if they stand, revoke the certification "
                            "(Certification > Revoke).");
            else
                advice = tr("verify the MCN's registration documents; if it no longer qualifies, revoke the "
                            "certification (Certification > Revoke).");
            unmet << tr("<b>%1</b> — %2").arg(r.detail.toHtmlEscaped(), advice.toHtmlEscaped());
        }
    }
    m_certificationWarning->setVisible(!unmet.isEmpty());
    if (!unmet.isEmpty())
        m_certificationWarning->setText(tr("⚠ Certified, but not every R-M4 requirement holds now:<br>%1")
                                            .arg(unmet.join(QStringLiteral("<br>"))));
}

void CaseFileView::updateActions()
{
    updateLedgerActions();
    // What core would refuse is disabled here, with why and which role may (docs/roles.md).
    const QString recordRefusal = WriteGate::refusal(&m_store, m_session, Permission::RecordViolation);
    m_record->setEnabled(hasSubject() && recordRefusal.isEmpty());
    m_record->setToolTip(!recordRefusal.isEmpty()
                             ? recordRefusal
                             : tr("Record a violation on this subject, with its consequences shown first (Ctrl+N)"));
    const ViolationEntry *v = selectedViolation();
    const bool voided = v && v->outcome.voidedAt <= m_data.now;
    const QString fileRefusal = WriteGate::refusal(&m_store, m_session, Permission::FileAppeal);
    const bool appealable = v && !voided && v->appealState == ViolationEntry::AppealState::None;
    m_fileAppeal->setEnabled(hasSubject() && appealable && fileRefusal.isEmpty());
    m_fileAppeal->setToolTip(!v ? tr("Select a violation in the Violations tab to file an appeal on it")
                             : voided ? tr("This violation is no longer in force")
                             : v->appealState != ViolationEntry::AppealState::None
                                 ? tr("Violation %1 already has appeal %2 (R-L3: one appeal per violation)").arg(v->outcome.id, v->appeal.id)
                             : !fileRefusal.isEmpty()
                                 ? fileRefusal
                                 : tr("File an appeal on %1 with the subject's reason and materials").arg(v->outcome.id));
    const bool pending = v && v->appealState == ViolationEntry::AppealState::Pending;
    const QString decideRefusal = WriteGate::refusal(&m_store, m_session, Permission::DecideAppeal);
    // R-L4 four-eyes: the recorder of a violation may not decide its appeal; the store refuses it too.
    const bool ownViolation = pending && !m_session.user.isEmpty() && Identity::same(v->recorded.by, m_session.user);
    m_decideAppeal->setEnabled(hasSubject() && pending && !ownViolation && decideRefusal.isEmpty());
    m_decideAppeal->setToolTip(!pending ? tr("Select a violation with a pending appeal to decide it")
                               : !decideRefusal.isEmpty() ? decideRefusal
                               : ownViolation ? tr("You (%1) recorded %2, so another moderator must decide its appeal (R-L4 four-eyes)")
                                                    .arg(m_session.user, v->outcome.id)
                                              : tr("Decide appeal %1: uphold or overturn, with a reason").arg(v->appeal.id));
}

} // namespace redline
