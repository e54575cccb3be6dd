#include "policy/policyform.h"

#include "policy/policyfields.h"
#include "policytext.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace redline {

namespace {

QString at(const QString &base, const QString &key)
{
    return base + QLatin1Char('.') + key;
}

QString item(const QString &base, int index)
{
    return base + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QJsonArray intArray(const QVector<int> &values)
{
    QJsonArray array;
    for (int value : values)
        array.append(value);
    return array;
}

QWidget *scrolled(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setWidget(content);
    return area;
}

QLabel *hint(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: palette(mid);"));
    return label;
}

} // namespace

PolicyForm::PolicyForm(const Policy &policy, QWidget *parent)
    : QTabWidget(parent)
    , m_policy(policy)
    , m_fields(new PolicyFields(policy, this))
{
    setObjectName(QStringLiteral("policyForm"));
    for (int k = 0; k < kSubjectKindCount; ++k) {
        const SubjectKind kind = static_cast<SubjectKind>(k);
        m_fields->setCurrentTab(k);
        m_tabTitles << PolicyText::kindName(kind);
        addTab(scaleTab(kind), m_tabTitles.last());
    }
    m_fields->setCurrentTab(kSubjectKindCount);
    m_tabTitles << tr("MCN rules");
    addTab(mcnRulesTab(), m_tabTitles.last());
    m_fields->setCurrentTab(kSubjectKindCount + 1);
    m_tabTitles << tr("Triage");
    addTab(triageTab(), m_tabTitles.last());
}

void PolicyForm::markErrorTab(int tab)
{
    for (int i = 0; i < count(); ++i)
        setTabText(i, i == tab ? tr("%1 (error)").arg(m_tabTitles.at(i)) : m_tabTitles.at(i));
}

QGroupBox *PolicyForm::group(const QString &title, const QString &path, QFormLayout **form)
{
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    if (!path.isEmpty())
        layout->addWidget(m_fields->errorLabel(path));
    *form = new QFormLayout;
    (*form)->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(*form);
    return box;
}

QWidget *PolicyForm::scaleTab(SubjectKind kind)
{
    const Scale &scale = m_policy.scale(kind);
    const QString base = QLatin1String("scales.") + subjectKindName(kind);
    auto *content = new QWidget;
    auto *outer = new QVBoxLayout(content);
    outer->addWidget(m_fields->errorLabel(base));
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    outer->addLayout(columns);

    addBoundsGroup(left, base, scale);
    addRecoveryGroup(left, base, scale);
    addRemovalGroup(left, base, scale);
    addSuspensionGroup(left, base, scale);
    addCreatorRulesGroup(left, base, scale);
    addBandsGroup(right, base, scale);
    addLadderGroup(right, base, scale);
    left->addStretch(1);
    right->addStretch(1);
    addCodesGroup(outer, base, scale);
    addCodeSanctionsGroup(outer, base, scale);
    outer->addStretch(1);
    return scrolled(content);
}

// Bounds, default points (R-C2), thresholds (R-L6) and the warning (R-M1).
void PolicyForm::addBoundsGroup(QVBoxLayout *column, const QString &base, const Scale &scale)
{
    QFormLayout *form = nullptr;
    column->addWidget(group(tr("Scale"), QString(), &form));
    form->addRow(tr("Initial score"), m_fields->intField(at(base, "initial"), scale.initial));
    form->addRow(tr("Lowest score"), m_fields->intField(at(base, "min"), scale.min));
    form->addRow(tr("Highest score"), m_fields->intField(at(base, "max"), scale.max));
    form->addRow(tr("Default points"), m_fields->intField(at(base, "default_points"), scale.defaultPoints));
    form->addRow(tr("Thresholds"), m_fields->intListField(at(base, "thresholds"), intArray(scale.thresholds)));
    form->addRow(tr("Warning at or above"),
                 m_fields->optionalIntField(at(base, "warning_at_or_above"), scale.warningAtOrAbove, tr("none"), true));
}

// R-L5 and R-C5.
void PolicyForm::addRecoveryGroup(QVBoxLayout *column, const QString &base, const Scale &scale)
{
    QFormLayout *form = nullptr;
    const QString path = at(base, "recovery");
    column->addWidget(group(tr("Recovery"), path, &form));
    if (scale.recovery) {
        form->addRow(tr("Step (points)"), m_fields->intField(at(path, "step"), scale.recovery->step));
        form->addRow(tr("Period (days)"), m_fields->intField(at(path, "period_days"), scale.recovery->periodDays));
    } else {
        form->addRow(hint(tr("This scale does not recover with time.")));
    }
    form->addRow(tr("Blocked by"),
                 m_fields->restrictionListField(at(base, "recovery_blocked_by"), scale.recoveryBlockedBy));
}

// R-M1: cumulative bands, mildest first.
void PolicyForm::addBandsGroup(QVBoxLayout *column, const QString &base, const Scale &scale)
{
    QFormLayout *form = nullptr;
    const QString path = at(base, "bands");
    column->addWidget(group(tr("Restriction bands"), path, &form));
    if (scale.bands.isEmpty())
        form->addRow(hint(tr("No bands on this scale.")));
    for (int i = 0; i < scale.bands.size(); ++i) {
        const QString band = item(path, i);
        form->addRow(tr("Below"), m_fields->intField(at(band, "below"), scale.bands.at(i).below));
        form->addRow(tr("Restrictions"),
                     m_fields->restrictionListField(at(band, "restrictions"), scale.bands.at(i).ids));
    }
}

// R-M2
void PolicyForm::addRemovalGroup(QVBoxLayout *column, const QString &base, const Scale &scale)
{
    if (!scale.removal)
        return;
    QFormLayout *form = nullptr;
    const QString path = at(base, "removal");
    column->addWidget(group(tr("Removal"), path, &form));
    form->addRow(tr("Below"), m_fields->intField(at(path, "below"), scale.removal->below));
    form->addRow(tr("Restriction"), m_fields->restrictionChoice(at(path, "restriction"), scale.removal->restriction));
}

// R-B1 and R-B2.
void PolicyForm::addSuspensionGroup(QVBoxLayout *column, const QString &base, const Scale &scale)
{
    if (scale.suspension) {
        QFormLayout *form = nullptr;
        const QString path = at(base, "suspension");
        column->addWidget(group(tr("Suspension and reset"), path, &form));
        const Suspension &suspension = *scale.suspension;
        form->addRow(tr("At or below"), m_fields->intField(at(path, "at_or_below"), suspension.atOrBelow));
        form->addRow(tr("Sanction"), m_fields->restrictionChoice(at(path, "sanction"), suspension.sanction.id));
        form->addRow(tr("Days"), m_fields->optionalIntField(at(path, "days"), suspension.sanction.days,
                                                            tr("permanent"), false));
        form->addRow(tr("Reset to"), m_fields->optionalIntField(at(path, "reset_to"), suspension.resetTo,
                                                                tr("no reset"), true));
    }
    if (scale.governanceBan) {
        QFormLayout *form = nullptr;
        const QString path = at(base, "governance_ban");
        column->addWidget(group(tr("Special-governance ban"), path, &form));
        form->addRow(tr("Sanction"), m_fields->sanctionField(path, scale.governanceBan->id, scale.governanceBan->days));
    }
}

// R-C1
void PolicyForm::addLadderGroup(QVBoxLayout *column, const QString &base, const Scale &scale)
{
    if (!scale.ladder)
        return;
    QFormLayout *form = nullptr;
    const QString path = at(base, "ladder");
    column->addWidget(group(tr("Ladder"), path, &form));
    form->addRow(tr("Window (days)"), m_fields->intField(at(path, "window_days"), scale.ladder->windowDays));
    const QString levels = at(path, "levels");
    for (int i = 0; i < scale.ladder->levels.size(); ++i) {
        const LadderLevel &level = scale.ladder->levels.at(i);
        const QString row = item(levels, i);
        auto *title = new QLabel(tr("<b>Row %1</b>").arg(i + 1));
        form->addRow(title, m_fields->errorLabel(row));
        form->addRow(tr("Level"), m_fields->intField(at(row, "level"), level.level));
        form->addRow(tr("Minimum count in window"), m_fields->intField(at(row, "min_count"), level.minCount));
        form->addRow(QString(), m_fields->boolField(at(row, "severe"), level.appliesToSevere,
                                                    tr("Also applies to a violation recorded as severe")));
        for (int s = 0; s < level.sanctions.size(); ++s) {
            const SanctionRule &sanction = level.sanctions.at(s);
            form->addRow(tr("Sanction %1").arg(s + 1),
                         m_fields->sanctionField(item(at(row, "sanctions"), s), sanction.id, sanction.days));
        }
    }
}

// R-C3, R-C4: the exam and the history weight of creators.
void PolicyForm::addCreatorRulesGroup(QVBoxLayout *column, const QString &base, const Scale &scale)
{
    if (scale.exam) {
        QFormLayout *form = nullptr;
        const QString path = at(base, "exam");
        column->addWidget(group(tr("Exam"), path, &form));
        form->addRow(tr("Points restored"), m_fields->intField(at(path, "points"), scale.exam->points));
        form->addRow(tr("Cooldown (days)"), m_fields->intField(at(path, "cooldown_days"), scale.exam->cooldownDays));
    }
    if (scale.historyWeight) {
        QFormLayout *form = nullptr;
        const QString path = at(base, "history_weight");
        column->addWidget(group(tr("History weight"), path, &form));
        form->addRow(tr("Restriction"),
                     m_fields->restrictionChoice(at(path, "restriction"), scale.historyWeight->restriction));
        form->addRow(tr("Days"), m_fields->intField(at(path, "days"), scale.historyWeight->days));
    }
}

// R-L2: a code's default deduction and the range an explicit amount must lie in.
void PolicyForm::addCodesGroup(QVBoxLayout *column, const QString &base, const Scale &scale)
{
    QFormLayout *form = nullptr;
    const QString path = at(base, "codes");
    column->addWidget(group(tr("Violation codes"), path, &form));
    auto *table = new QTableWidget(scale.codes.size(), 5);
    table->setObjectName(path);
    table->setHorizontalHeaderLabels({tr("Code"), tr("Points"), tr("Lowest"), tr("Highest"), tr("Problem")});
    table->verticalHeader()->setVisible(false);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    for (int i = 0; i < scale.codes.size(); ++i) {
        const ViolationCode &code = scale.codes.at(i);
        const QString row = item(path, i);
        auto *name = new QTableWidgetItem(PolicyText::codeDescription(m_policy, scale.kind, code.id));
        name->setToolTip(code.id);
        name->setFlags(Qt::ItemIsEnabled);
        table->setItem(i, 0, name);
        QLabel *problem = m_fields->errorLabel(row);
        table->setCellWidget(i, 1, m_fields->intCell(at(row, "points"), code.points, problem));
        table->setCellWidget(i, 2, m_fields->intCell(at(row, "min"), code.minPoints, problem));
        table->setCellWidget(i, 3, m_fields->intCell(at(row, "max"), code.maxPoints, problem));
        table->setCellWidget(i, 4, problem);
        problem->setVisible(true); // only once in its cell: shown without a parent it would be a window
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    for (int c = 1; c <= 3; ++c)
        table->setColumnWidth(c, 100);
    const int rowsHeight = table->verticalHeader()->length() + table->horizontalHeader()->height() + 4;
    table->setMinimumHeight(rowsHeight);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    form->addRow(table);
}

// POLICY.md 4, "extra sanction on this code": which restriction, how long, and (read-only here) when.
void PolicyForm::addCodeSanctionsGroup(QVBoxLayout *column, const QString &base, const Scale &scale)
{
    QFormLayout *form = nullptr;
    QGroupBox *box = nullptr;
    for (int i = 0; i < scale.codes.size(); ++i) {
        const ViolationCode &code = scale.codes.at(i);
        for (int s = 0; s < code.sanctions.size(); ++s) {
            if (!box) {
                box = group(tr("Sanctions of codes"), QString(), &form);
                column->addWidget(box);
            }
            const CodeSanction &sanction = code.sanctions.at(s);
            const QString path = item(at(item(at(base, "codes"), i), "sanctions"), s);
            QString label = PolicyText::codeDescription(m_policy, scale.kind, code.id);
            if (sanction.condition == SanctionCondition::FirstOfCode)
                label = tr("%1 (first of the code)").arg(label);
            form->addRow(label, m_fields->sanctionField(path, sanction.sanction.id, sanction.sanction.days));
            if (sanction.condition == SanctionCondition::NthInForceEver)
                form->addRow(tr("…from the nth in force, ever"), m_fields->intField(at(path, "nth"), sanction.nth));
        }
    }
}

QWidget *PolicyForm::mcnRulesTab()
{
    auto *content = new QWidget;
    auto *outer = new QVBoxLayout(content);
    outer->addWidget(m_fields->errorLabel(QStringLiteral("mcn")));
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    outer->addLayout(columns);
    QFormLayout *form = nullptr;

    const DepositRule &deposit = m_policy.deposit;
    left->addWidget(group(tr("Deposit (R-M3)"), QStringLiteral("mcn.deposit"), &form));
    form->addRow(tr("Required (yuan)"), m_fields->intField("mcn.deposit.required", int(deposit.required)));
    form->addRow(tr("Increased (yuan)"), m_fields->intField("mcn.deposit.increased", int(deposit.increased)));
    form->addRow(tr("Increase restriction"),
                 m_fields->restrictionChoice("mcn.deposit.increase_restriction", deposit.increaseRestriction));
    form->addRow(tr("Quiet days before a refund"),
                 m_fields->intField("mcn.deposit.refund_quiet_days", deposit.refundQuietDays));

    const CertificationRule &certification = m_policy.certification;
    left->addWidget(group(tr("Certification (R-M4)"), QStringLiteral("mcn.certification"), &form));
    form->addRow(tr("Fabricated-engagement code"),
                 m_fields->codeChoice("mcn.certification.fabricated_code", SubjectKind::Mcn, certification.fabricatedCode));
    form->addRow(tr("Lookback (days)"),
                 m_fields->intField("mcn.certification.lookback_days", certification.fabricatedLookbackDays));

    const Transition &transition = m_policy.transition;
    right->addWidget(group(tr("Transition (R-M5)"), QStringLiteral("mcn.transition"), &form));
    form->addRow(tr("Effective from"),
                 m_fields->textField("mcn.transition.effective_from", formatInstant(transition.effectiveFrom)));
    form->addRow(tr("Grace (days)"), m_fields->intField("mcn.transition.grace_days", transition.graceDays));
    form->addRow(tr("Withdrawal restriction"),
                 m_fields->restrictionChoice("mcn.transition.withdrawal_restriction", transition.withdrawalRestriction));
    form->addRow(tr("…after (days)"),
                 m_fields->intField("mcn.transition.withdrawal_after_days", transition.withdrawalAfterDays));
    form->addRow(tr("Commercial restriction"),
                 m_fields->restrictionChoice("mcn.transition.commercial_restriction", transition.commercialRestriction));
    form->addRow(tr("…after (days)"),
                 m_fields->intField("mcn.transition.commercial_after_days", transition.commercialAfterDays));

    const CreatorProtection &protection = m_policy.protection;
    right->addWidget(group(tr("Creator protection (R-M6)"), QStringLiteral("mcn.protection"), &form));
    form->addRow(tr("Critical thresholds"),
                 m_fields->intListField("mcn.protection.critical_thresholds", intArray(protection.criticalThresholds)));
    form->addRow(tr("Notice margin (points)"), m_fields->intField("mcn.protection.notice_margin", protection.noticeMargin));
    form->addRow(tr("Trigger restriction"),
                 m_fields->restrictionChoice("mcn.protection.trigger_restriction", protection.triggerRestriction));
    form->addRow(tr("Creators' restriction"),
                 m_fields->restrictionChoice("mcn.protection.creator_restriction", protection.creatorRestriction));
    form->addRow(tr("Exit grace (days)"), m_fields->intField("mcn.protection.grace_days", protection.graceDays));
    left->addStretch(1);
    right->addStretch(1);
    outer->addStretch(1);
    return scrolled(content);
}

// docs/rules.md "Triage": how long a claim holds an item before it is open again.
QWidget *PolicyForm::triageTab()
{
    auto *content = new QWidget;
    auto *outer = new QVBoxLayout(content);
    QFormLayout *form = nullptr;
    outer->addWidget(group(tr("Claims"), QStringLiteral("triage"), &form));
    form->addRow(tr("Claim expiry (hours)"),
                 m_fields->intField(QStringLiteral("triage.claim_expiry_hours"), m_policy.triage.claimExpiryHours));
    outer->addWidget(hint(tr("A claim lapses this many hours after it was made (1 to 720); the item is then open to "
                             "anyone again, its former holder included. Nothing is written when it lapses.")));
    outer->addStretch(1);
    return scrolled(content);
}

} // namespace redline
