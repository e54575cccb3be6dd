#include "ledgeractiondialog.h"

#include "consequencespanel.h"
#include "policytext.h"
#include "writegate.h"

#include "base/instant.h"
#include "engine/certificationchecklist.h"
#include "store/store.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace redline {

namespace {

constexpr int kDebounceMs = 200;
constexpr int kMaxReasonLength = 2000;

QString actionId(LedgerActionDialog::Kind kind)
{
    using Kind = LedgerActionDialog::Kind;
    switch (kind) {
    case Kind::DepositPay: return QStringLiteral("pay");
    case Kind::DepositDeduct: return QStringLiteral("deduct");
    case Kind::DepositRefund: return QStringLiteral("refund");
    case Kind::CertificationGrant: return QStringLiteral("grant");
    case Kind::CertificationRevoke: return QStringLiteral("revoke");
    case Kind::ContractStart: return QStringLiteral("start");
    case Kind::ContractEnd: return QStringLiteral("end");
    case Kind::BrandBan:
    case Kind::Exam: break;
    }
    return QString();
}

EventType eventType(LedgerActionDialog::Kind kind)
{
    using Kind = LedgerActionDialog::Kind;
    switch (kind) {
    case Kind::DepositPay:
    case Kind::DepositDeduct:
    case Kind::DepositRefund: return EventType::Deposit;
    case Kind::CertificationGrant:
    case Kind::CertificationRevoke: return EventType::Certification;
    case Kind::ContractStart:
    case Kind::ContractEnd: return EventType::Contract;
    case Kind::BrandBan: return EventType::Ban;
    case Kind::Exam: break;
    }
    return EventType::Exam;
}

} // namespace

LedgerActionDialog::LedgerActionDialog(Store &store, const Session &session, Kind kind, const QString &handle,
                                       QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
    , m_kind(kind)
    , m_handle(handle)
{
    setObjectName(QStringLiteral("ledgerActionDialog"));
    if (!m_data.load(m_store, m_handle, &m_loadError) && m_loadError.isEmpty())
        m_loadError = tr("no subject %1 in the store").arg(m_handle);
    buildUi();
    refresh();
}

SubjectKind LedgerActionDialog::subjectKind(Kind kind)
{
    switch (kind) {
    case Kind::ContractStart:
    case Kind::ContractEnd:
    case Kind::Exam: return SubjectKind::Creator;
    case Kind::BrandBan: return SubjectKind::Brand;
    default: break;
    }
    return SubjectKind::Mcn;
}

Permission LedgerActionDialog::permission(Kind kind)
{
    return PermissionMatrix::forEvent(eventType(kind));
}

QString LedgerActionDialog::actionText(Kind kind)
{
    switch (kind) {
    case Kind::DepositPay: return tr("Record a deposit payment…");
    case Kind::DepositDeduct: return tr("Deduct liquidated damages…");
    case Kind::DepositRefund: return tr("Refund the deposit…");
    case Kind::CertificationGrant: return tr("Grant commercial certification…");
    case Kind::CertificationRevoke: return tr("Revoke commercial certification…");
    case Kind::ContractStart: return tr("Start a contract with an MCN…");
    case Kind::ContractEnd: return tr("End the MCN contract…");
    case Kind::BrandBan: return tr("Ban this brand (R-B2)…");
    case Kind::Exam: return tr("Record a passed community-norms exam…");
    }
    return QString();
}

bool LedgerActionDialog::needsAmount() const
{
    return eventType(m_kind) == EventType::Deposit;
}

bool LedgerActionDialog::needsCounterparty() const
{
    return m_kind == Kind::ContractStart;
}

// A deduction, a refund, a revocation and a ban are decisions someone may later have to justify.
bool LedgerActionDialog::needsReason() const
{
    return m_kind == Kind::DepositDeduct || m_kind == Kind::DepositRefund || m_kind == Kind::CertificationRevoke
           || m_kind == Kind::BrandBan;
}

QString LedgerActionDialog::introText() const
{
    const QString who = tr("%1 (%2)").arg(m_data.record.name.toHtmlEscaped(), m_handle.toHtmlEscaped());
    switch (m_kind) {
    case Kind::DepositPay:
        return tr("Record a payment into the security deposit of %1 (R-M3).").arg(who);
    case Kind::DepositDeduct:
        return tr("Deduct liquidated damages from the security deposit of %1: the balance never goes below zero (R-M3).")
            .arg(who);
    case Kind::DepositRefund:
        return tr("Refund the security deposit of %1, on termination: only with no appeal pending and no violation in "
                  "the last %n day(s) (R-M3).", nullptr, m_store.policy().deposit.refundQuietDays).arg(who);
    case Kind::CertificationGrant:
        return tr("Grant %1 the platform's commercial certification: every R-M4 requirement must hold now.").arg(who);
    case Kind::CertificationRevoke:
        return tr("Revoke the commercial certification of %1. Without it the transition restrictions of R-M5 apply.")
            .arg(who);
    case Kind::ContractStart:
        return tr("Record that %1 signs with an MCN: the creator becomes its affiliate (R-M6 protects affiliates).").arg(who);
    case Kind::ContractEnd:
        return tr("Record that %1 ends the contract with %2.").arg(who, m_data.cached.mcn.toHtmlEscaped());
    case Kind::BrandBan:
        return tr("Ban %1 as a special governance action (R-B2): the ban is permanent, and the brand's search shows "
                  "the notice below.").arg(who);
    case Kind::Exam:
        return tr("Record that %1 passed the community-norms exam (R-C3).").arg(who);
    }
    return QString();
}

void LedgerActionDialog::buildUi()
{
    setWindowTitle(QString(actionText(m_kind)).remove(QStringLiteral("…")));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(introText(), this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    layout->addWidget(intro);
    layout->addWidget(buildSummary());

    auto *form = new QFormLayout;
    if (needsAmount()) {
        m_amount = new QLineEdit(this);
        m_amount->setObjectName(QStringLiteral("amountEdit"));
        m_amount->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,13}")), m_amount));
        m_amount->setPlaceholderText(tr("whole yuan"));
        const SubjectState &state = m_data.state();
        if (m_kind == Kind::DepositRefund)
            m_amount->setText(QString::number(state.depositBalance)); // a refund on termination returns it all
        else if (m_kind == Kind::DepositPay && state.depositBalance < m_data.requiredDeposit)
            m_amount->setText(QString::number(m_data.requiredDeposit - state.depositBalance));
        form->addRow(tr("Amount (¥):"), m_amount);
        connect(m_amount, &QLineEdit::textChanged, this, [this] { m_debounce->start(); });
    }
    if (needsCounterparty()) {
        m_counterparty = new QLineEdit(this);
        m_counterparty->setObjectName(QStringLiteral("counterpartyEdit"));
        m_counterparty->setPlaceholderText(tr("the MCN's handle, e.g. mcn-starriver"));
        form->addRow(tr("MCN:"), m_counterparty);
        connect(m_counterparty, &QLineEdit::textChanged, this, [this] { m_debounce->start(); });
    }
    if (m_kind != Kind::Exam) {
        m_reason = new QPlainTextEdit(this);
        m_reason->setObjectName(QStringLiteral("reasonEdit"));
        m_reason->setPlaceholderText(needsReason() ? tr("Why (required): kept in the ledger and the audit log")
                                                   : tr("Note (optional)"));
        m_reason->setTabChangesFocus(true);
        m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4);
        form->addRow(needsReason() ? tr("Reason:") : tr("Note:"), m_reason);
        connect(m_reason, &QPlainTextEdit::textChanged, this, [this] { m_debounce->start(); });
    }
    layout->addLayout(form);

    auto *checksTitle = new QLabel(tr("<b>Checks</b>"), this);
    layout->addWidget(checksTitle);
    m_checks = new QTreeWidget(this);
    m_checks->setObjectName(QStringLiteral("checksTree"));
    m_checks->setHeaderHidden(true);
    m_checks->setRootIsDecorated(false);
    m_checks->setColumnCount(1);
    m_checks->setSelectionMode(QAbstractItemView::NoSelection);

    layout->addWidget(m_checks);

    if (m_kind == Kind::BrandBan) {
        m_notice = new QLabel(this);
        m_notice->setObjectName(QStringLiteral("banNoticePreview"));
        m_notice->setWordWrap(true);
        m_notice->setTextFormat(Qt::RichText);
        m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; border: 1px solid #e57373; padding: 6px; }"));
        m_notice->setText(tr("<b>Notice the brand's search will show:</b><br>%1<br>%2")
                              .arg(CaseFileData::banNoticeOfficial().toHtmlEscaped(),
                                   CaseFileData::banNoticeTranslated().toHtmlEscaped()));
        layout->addWidget(m_notice);
    }

    m_outgoing = new QLabel(this);
    m_outgoing->setObjectName(QStringLiteral("outgoingNotices"));
    m_outgoing->setWordWrap(true);
    m_outgoing->setTextFormat(Qt::RichText);
    m_outgoing->setStyleSheet(QStringLiteral("QLabel { background: #f5f5f5; border: 1px solid #bdbdbd; padding: 6px; }"));
    m_outgoing->setVisible(false);
    layout->addWidget(m_outgoing);
    m_effect = new QLabel(this);
    m_effect->setObjectName(QStringLiteral("effectLabel"));
    m_effect->setWordWrap(true);
    m_effect->setTextFormat(Qt::RichText);
    layout->addWidget(m_effect);
    m_panel = new ConsequencesPanel(this);
    layout->addWidget(m_panel, 1);

    m_acknowledge = new QCheckBox(this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeCheck"));
    m_acknowledge->setVisible(false);
    QFont strong = m_acknowledge->font();
    strong.setBold(true);
    m_acknowledge->setFont(strong);
    connect(m_acknowledge, &QCheckBox::toggled, this, &LedgerActionDialog::refresh);
    layout->addWidget(m_acknowledge);

    layout->addLayout(m_confirmRow.build(this));
    m_confirmRow.confirmButton()->setText(QString(actionText(m_kind)).remove(QStringLiteral("…")));

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &LedgerActionDialog::refresh);
    setMinimumWidth(560);
}

// The figures the action is about, as the case file shows them now.
QWidget *LedgerActionDialog::buildSummary()
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("summaryLabel"));
    label->setWordWrap(true);
    if (!m_loadError.isEmpty()) {
        label->setText(m_loadError);
        return label;
    }
    const SubjectState &state = m_data.state();
    QStringList facts;
    switch (subjectKind(m_kind)) {
    case SubjectKind::Mcn:
        facts << tr("Deposit balance %1; required for certification %2.")
                     .arg(PolicyText::money(state.depositBalance), PolicyText::money(m_data.requiredDeposit))
              << (state.certified ? tr("Certified.") : tr("Not certified."));
        break;
    case SubjectKind::Creator:
        facts << (m_data.cached.mcn.isEmpty() ? tr("No MCN contract.") : tr("Contracted to %1.").arg(m_data.cached.mcn));
        facts << tr("Credit score %1.").arg(state.score);
        break;
    case SubjectKind::Brand:
        facts << tr("Points %1.").arg(state.score) << (m_data.banned ? tr("Already banned.") : tr("Not banned."));
        break;
    }
    label->setText(facts.join(QLatin1Char(' ')));
    return label;
}

StoredEvent LedgerActionDialog::currentEvent() const
{
    StoredEvent e;
    e.type = eventType(m_kind);
    e.subject = m_handle;
    e.action = actionId(m_kind);
    if (m_amount)
        e.amount = m_amount->text().toLongLong();
    if (m_counterparty)
        e.counterparty = m_counterparty->text().trimmed();
    else if (m_kind == Kind::ContractEnd)
        e.counterparty = m_data.cached.mcn;
    if (m_reason)
        e.text = m_reason->toPlainText().trimmed();
    return e;
}

// What the form itself lacks, before core is asked.
QString LedgerActionDialog::inputProblem() const
{
    if (!m_loadError.isEmpty())
        return m_loadError;
    if (m_data.record.kind != subjectKind(m_kind))
        return tr("%1 is not a %2.").arg(m_handle, PolicyText::kindName(subjectKind(m_kind)));
    if (m_amount && m_amount->text().toLongLong() <= 0)
        return tr("Enter the amount in whole yuan.");
    if (m_amount && m_amount->text().toLongLong() > kMaxDepositAmount)
        return tr("The amount may be at most %1.").arg(PolicyText::money(kMaxDepositAmount));
    if (m_counterparty && m_counterparty->text().trimmed().isEmpty())
        return tr("Enter the MCN's handle.");
    if (m_kind == Kind::ContractEnd && m_data.cached.mcn.isEmpty())
        return tr("%1 has no MCN contract to end.").arg(m_handle);
    if (m_reason && needsReason() && m_reason->toPlainText().trimmed().isEmpty())
        return tr("Give the reason: it is kept in the ledger and the audit log.");
    if (m_reason && m_reason->toPlainText().size() > kMaxReasonLength)
        return tr("The reason may be at most %n character(s).", nullptr, kMaxReasonLength);
    return QString();
}

QVector<LedgerActionDialog::Check> LedgerActionDialog::ruleChecks() const
{
    if (!m_loadError.isEmpty())
        return {};
    switch (eventType(m_kind)) {
    case EventType::Deposit: return depositChecks();
    case EventType::Certification: return certificationChecks();
    case EventType::Contract: return contractChecks();
    case EventType::Exam: return examChecks();
    case EventType::Ban: return {{!m_data.banned, m_data.banned ? tr("The brand is already banned (R-B2).")
                                                                : tr("The brand is not banned yet.")}};
    default: break;
    }
    return {};
}

// R-M3: the balance never goes below zero; a refund needs no pending appeal and a quiet period.
QVector<LedgerActionDialog::Check> LedgerActionDialog::depositChecks() const
{
    const SubjectState &state = m_data.state();
    const qint64 amount = m_amount ? m_amount->text().toLongLong() : 0;
    QVector<Check> checks;
    if (m_kind == Kind::DepositPay) {
        const qint64 after = state.depositBalance + amount;
        checks.append({after >= m_data.requiredDeposit,
                       after >= m_data.requiredDeposit
                           ? tr("After the payment the balance %1 covers the required deposit %2.")
                                 .arg(PolicyText::money(after), PolicyText::money(m_data.requiredDeposit))
                           : tr("After the payment the balance %1 is still %2 short of the required deposit %3 "
                                "(certification needs it, R-M4).")
                                 .arg(PolicyText::money(after), PolicyText::money(m_data.requiredDeposit - after),
                                      PolicyText::money(m_data.requiredDeposit))});
        return checks;
    }
    checks.append({amount <= state.depositBalance,
                   tr("The amount %1 is within the balance %2.").arg(PolicyText::money(amount),
                                                                     PolicyText::money(state.depositBalance))});
    if (m_kind == Kind::DepositDeduct) {
        if (state.certified && state.depositBalance - amount < m_data.requiredDeposit)
            checks.append({false, tr("The balance falls below the required deposit: the certification stays, shown "
                                     "as a warning until the MCN pays it back (R-M4).")});
        return checks;
    }
    QStringList pending;
    for (const ViolationEntry &v : m_data.violations) {
        if (v.appealState == ViolationEntry::AppealState::Pending)
            pending << v.appeal.id;
    }
    checks.append({pending.isEmpty(), pending.isEmpty() ? tr("No appeal is pending.")
                                                        : tr("Appeal %1 is pending.").arg(pending.join(tr(", ")))});
    const int quietDays = m_store.policy().deposit.refundQuietDays;
    QStringList recent;
    for (const ViolationEntry &v : m_data.violations) {
        if (v.outcome.voidedAt > m_data.now && v.recorded.at > m_data.now - days(quietDays))
            recent << tr("%1 on %2").arg(v.recorded.id, PolicyText::formatDate(v.recorded.at));
    }
    checks.append({recent.isEmpty(),
                   recent.isEmpty() ? tr("No violation in force in the last %n day(s).", nullptr, quietDays)
                                    : tr("Violation in the last %n day(s): %1.", nullptr, quietDays).arg(recent.join(tr(", ")))});
    return checks;
}

// R-M4: the checklist decides a grant; a revocation needs a certification to revoke.
QVector<LedgerActionDialog::Check> LedgerActionDialog::certificationChecks() const
{
    const SubjectState &state = m_data.state();
    if (m_kind == Kind::CertificationRevoke)
        return {{state.certified, state.certified ? tr("The MCN holds a commercial certification.")
                                                  : tr("The MCN holds no certification to revoke.")}};
    QVector<Check> checks{{!state.certified, state.certified ? tr("The MCN already holds a certification.")
                                                             : tr("The MCN holds no certification yet.")}};
    for (const CertificationRequirement &r : m_data.checklist)
        checks.append({r.met, r.detail});
    return checks;
}

// R-M6: ending a contract while the MCN's revenue is frozen is without penalty during the grace period.
QVector<LedgerActionDialog::Check> LedgerActionDialog::contractChecks() const
{
    if (m_kind == Kind::ContractStart) {
        return {{m_data.cached.mcn.isEmpty(), m_data.cached.mcn.isEmpty()
                                                  ? tr("The creator has no MCN contract now.")
                                                  : tr("The creator is contracted to %1: end that contract first.")
                                                        .arg(m_data.cached.mcn)}};
    }
    const Instant until = m_data.state().penaltyFreeExitUntil;
    if (until != kNoInstant)
        return {{true, tr("Ending now is without penalty: %1 has its revenue frozen, and the grace period runs "
                          "until %2 (R-M6).").arg(m_data.cached.mcn, PolicyText::formatDate(until))}};
    return {{true, tr("No R-M6 grace period applies: the contract's own terms govern ending it.")}};
}

// R-C3: an exam counts once per cooldown; the preview shows what it adds.
QVector<LedgerActionDialog::Check> LedgerActionDialog::examChecks() const
{
    const std::optional<ExamRule> &rule = m_store.policy().scale(SubjectKind::Creator).exam;
    if (!rule)
        return {{false, tr("The policy has no exam rule: the exam changes nothing.")}};
    Instant last = kNoInstant;
    for (const ScorePoint &p : m_data.replay.timeline.points) {
        if (p.cause == PointCause::Exam)
            last = p.at;
    }
    if (last == kNoInstant)
        return {{true, tr("No earlier exam counted: this one adds up to %n point(s).", nullptr, rule->points)}};
    const Instant cooldownEnd = last + days(rule->cooldownDays);
    if (m_data.now < cooldownEnd)
        return {{false, tr("Within the %n-day cooldown after the exam of %1 (until %2): recorded, but it adds nothing.",
                           nullptr, rule->cooldownDays)
                            .arg(PolicyText::formatDate(last), PolicyText::formatDate(cooldownEnd))}};
    return {{true, tr("The last exam that counted was on %1, more than %n day(s) ago.", nullptr, rule->cooldownDays)
                       .arg(PolicyText::formatDate(last))}};
}

void LedgerActionDialog::showChecks(const QVector<Check> &checks)
{
    m_checks->clear();
    m_checkLines.clear();
    const QIcon yes = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon no = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const Check &c : checks) {
        auto *item = new QTreeWidgetItem({c.text});
        item->setIcon(0, c.met ? yes : no);
        item->setToolTip(0, c.text);
        m_checks->addTopLevelItem(item);
        m_checkLines << (c.met ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + c.text;
    }
    // As tall as its lines: the checks are read at a glance, not scrolled.
    const int rows = std::max(1, int(checks.size()));
    const int rowHeight = std::max(m_checks->fontMetrics().height(), style()->pixelMetric(QStyle::PM_SmallIconSize)) + 4;
    m_checks->setFixedHeight(rows * rowHeight + 2 * m_checks->frameWidth() + 4);
}

// What the action changes besides the standing: the deposit balance and the certification, which the
// consequences panel (scores, thresholds, sanctions) does not list.
QString LedgerActionDialog::effectText() const
{
    if (!m_hasPreview)
        return QString();
    const SubjectState &before = m_consequences.before;
    const SubjectState &after = m_consequences.after;
    QStringList lines;
    if (before.depositBalance != after.depositBalance)
        lines << tr("Deposit balance %1 → %2").arg(PolicyText::money(before.depositBalance), PolicyText::money(after.depositBalance));
    if (before.certified != after.certified)
        lines << (after.certified ? tr("Commercial certification: granted") : tr("Commercial certification: revoked"));
    return lines.isEmpty() ? QString() : QStringLiteral("<b>%1</b>").arg(lines.join(QStringLiteral("<br>")));
}

// The notices the action sends (NoticePlanner, docs/rules.md "Notices"), as Actions will append them.
void LedgerActionDialog::showOutgoingNotices(const QVector<PlannedNotice> &notices)
{
    m_noticeTexts.clear();
    QStringList blocks;
    for (const PlannedNotice &n : notices) {
        m_noticeTexts << n.text;
        blocks << tr("<b>Notice to %1 (%2):</b><br>%3")
                      .arg(n.subject.toHtmlEscaped(), n.language.toHtmlEscaped(),
                           n.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    m_outgoing->setVisible(!blocks.isEmpty());
    m_outgoing->setText(blocks.join(QStringLiteral("<br><br>")));
}

bool LedgerActionDialog::needsAcknowledgement() const
{
    return m_kind == Kind::BrandBan || m_kind == Kind::CertificationRevoke;
}

QString LedgerActionDialog::acknowledgementText() const
{
    if (m_kind == Kind::BrandBan)
        return tr("I understand this bans %1 permanently (R-B2):\nthe ban has no end, and its search shows the notice "
                  "above.").arg(m_handle);
    return tr("I understand this revokes the commercial certification of %1:\ngranting it again needs every R-M4 "
              "requirement met.").arg(m_handle);
}

void LedgerActionDialog::refresh()
{
    showChecks(ruleChecks());
    m_hasPreview = false;
    m_effect->clear();
    showOutgoingNotices({});
    const QString problem = inputProblem();
    if (!problem.isEmpty()) {
        m_panel->showNote(problem);
        setBlockingReason(problem);
        return;
    }
    // The action's own write, rolled back (Actions::check): the permission, core's validation and the
    // consequences, exactly as Confirm would meet them.
    ActionResult result;
    StoreError refusal;
    const bool accepted = Actions(m_store, m_session).check(currentEvent(), &result, &refusal);
    if (result.hasConsequences) {
        m_hasPreview = true;
        m_consequences = result.consequences;
        m_effect->setText(effectText());
        showOutgoingNotices(result.notices);
        if (m_consequences.changesNothing())
            m_panel->showNote(tr("The standing of %1 stays as it is: no score, threshold or restriction changes.")
                                  .arg(m_handle));
        else
            m_panel->showConsequences(m_consequences, m_store.policy());
    }
    if (!accepted) {
        // Who may not act (a role, a sign-in, a read-only store) is said as everywhere in the console;
        // anything else in core's own words.
        const QString gate = WriteGate::refusal(&m_store, m_session, permission(m_kind));
        const QString reason = !gate.isEmpty() ? gate : tr("Core would refuse this: %1").arg(refusal.message);
        if (!result.hasConsequences)
            m_panel->showNote(reason);
        setBlockingReason(reason);
        return;
    }
    if (needsAcknowledgement()) {
        m_acknowledge->setText(acknowledgementText());
        m_acknowledge->setVisible(true);
        if (!m_acknowledge->isChecked()) {
            setBlockingReason(tr("Tick the box to confirm this permanent step."));
            return;
        }
    }
    setBlockingReason(QString());
}

void LedgerActionDialog::setBlockingReason(const QString &reason)
{
    m_blockingReason = reason;
    m_confirmRow.showBlockingReason(reason);
}

void LedgerActionDialog::setAmount(qint64 yuan)
{
    if (m_amount)
        m_amount->setText(QString::number(yuan));
    refresh();
}

void LedgerActionDialog::setReason(const QString &text)
{
    if (m_reason)
        m_reason->setPlainText(text);
    refresh();
}

void LedgerActionDialog::setCounterparty(const QString &mcn)
{
    if (m_counterparty)
        m_counterparty->setText(mcn);
    refresh();
}

void LedgerActionDialog::setAcknowledged(bool acknowledged)
{
    m_acknowledge->setChecked(acknowledged);
    refresh();
}

void LedgerActionDialog::accept()
{
    m_debounce->stop();
    refresh();
    if (!m_blockingReason.isEmpty())
        return;
    StoreError error;
    ActionResult result;
    // The action layer checks the permission again and appends the event with its audit row in one
    // transaction; a refusal is shown in core's words and nothing is written.
    if (!Actions(m_store, m_session).perform(currentEvent(), &result, &error)) {
        QMessageBox::warning(this, tr("Nothing was written"), tr("%1\n\nNothing was written.").arg(error.message));
        refresh();
        return;
    }
    m_performed = true;
    QDialog::accept();
}

} // namespace redline
