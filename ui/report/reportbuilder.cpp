#include "reportbuilder.h"

#include "casefiledata.h"
#include "audittablemodel.h"
#include "policytext.h"
#include "query/audittext.h"

#include <QFileInfo>

#include <algorithm>
#include <optional>

namespace redline {

namespace {

const QString kDash = QStringLiteral("—");

// The lowest band (`below` value) the score is under, as the case file's header computes it.
std::optional<int> bandOf(const Scale &scale, int score)
{
    std::optional<int> band;
    for (const RestrictionBand &r : scale.bands) {
        if (score < r.below)
            band = std::min(band.value_or(r.below), r.below);
    }
    return band;
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? kDash : text;
}

QString sourceLabel(const QString &source)
{
    if (source == QLatin1String("algorithm"))
        return ReportBuilder::tr("Algorithm");
    if (source == QLatin1String("human_review"))
        return ReportBuilder::tr("Human review");
    if (source == QLatin1String("user_report"))
        return ReportBuilder::tr("User report");
    return orDash(source);
}

QString requirementName(const QString &key)
{
    if (key == QLatin1String("registered_mcn"))
        return ReportBuilder::tr("Registered as an MCN on the platform");
    if (key == QLatin1String("mainland_company"))
        return ReportBuilder::tr("Mainland-China company, not a sole proprietorship");
    if (key == QLatin1String("authentic_engagement"))
        return ReportBuilder::tr("Authentic content and interactions");
    if (key == QLatin1String("deposit"))
        return ReportBuilder::tr("Security deposit paid");
    return key;
}

QString depositAction(const QString &action)
{
    if (action == QLatin1String("pay"))
        return ReportBuilder::tr("Payment");
    if (action == QLatin1String("deduct"))
        return ReportBuilder::tr("Deduction (liquidated damages)");
    return ReportBuilder::tr("Refund");
}

QString appealText(const ViolationEntry &v)
{
    switch (v.appealState) {
    case ViolationEntry::AppealState::None: return kDash;
    case ViolationEntry::AppealState::Pending:
        return ReportBuilder::tr("%1 filed %2, pending").arg(v.appeal.id, PolicyText::formatDate(v.appeal.at));
    case ViolationEntry::AppealState::Upheld:
        return ReportBuilder::tr("%1 filed %2, upheld %3 by %4")
            .arg(v.appeal.id, PolicyText::formatDate(v.appeal.at), PolicyText::formatDate(v.decision.at), v.decision.by);
    case ViolationEntry::AppealState::Overturned:
        return ReportBuilder::tr("%1 filed %2, overturned %3 by %4")
            .arg(v.appeal.id, PolicyText::formatDate(v.appeal.at), PolicyText::formatDate(v.decision.at), v.decision.by);
    }
    return kDash;
}

ReportTable table(const QString &key, const QString &title, const QStringList &headers, const QVector<int> &weights,
                  const QVector<int> &rightColumns = {})
{
    ReportTable t;
    t.key = key;
    t.title = title;
    t.headers = headers;
    t.weights = weights;
    t.rightAligned = QVector<bool>(headers.size(), false);
    for (int c : rightColumns)
        t.rightAligned[c] = true;
    return t;
}

} // namespace

QStringList ReportBuilder::tableKeys(SubjectKind kind)
{
    QStringList keys{QStringLiteral("restrictions")};
    if (kind == SubjectKind::Mcn)
        keys << QStringLiteral("checklist") << QStringLiteral("deposits");
    keys << QStringLiteral("violations") << QStringLiteral("sanctions");
    if (kind == SubjectKind::Mcn)
        keys << QStringLiteral("affiliates") << QStringLiteral("notices");
    keys << QStringLiteral("audit");
    return keys;
}

ReportDocument ReportBuilder::build(const Policy &policy, const CaseFileData &data, const ReportContext &context)
{
    const SubjectKind kind = data.record.kind;
    const SubjectState &state = data.state();
    ReportDocument doc;
    doc.title = kind == SubjectKind::Mcn     ? tr("MCN compliance report")
                : kind == SubjectKind::Brand ? tr("Brand compliance report")
                                             : tr("Creator compliance report");
    doc.subjectName = data.record.name.isEmpty() ? data.record.handle : data.record.name;
    doc.subjectHandle = data.record.handle;
    addSubjectFacts(&doc, policy, data);
    addProvenance(&doc, context);

    const Scale &scale = policy.scale(kind);
    const std::optional<int> band = bandOf(scale, state.score);
    doc.standing = scale.bands.isEmpty()
                       ? tr("%1 %2 of %3").arg(PolicyText::scaleName(kind)).arg(state.score).arg(state.max)
                       : tr("%1 %2 of %3 · %4")
                             .arg(PolicyText::scaleName(kind))
                             .arg(state.score)
                             .arg(state.max)
                             .arg(PolicyText::bandLabel(band));
    if (kind == SubjectKind::Creator && state.ladderLevel > 0)
        doc.standing = tr("%1 · ladder level L%2 (R-C1)").arg(doc.standing).arg(state.ladderLevel);
    if (data.banned) {
        // R-B2: the notice the platform's search shows for a banned brand, in the platform's words (as the
        // case file shows it).
        doc.standing = tr("%1 %2 of %3 · banned (R-B2)").arg(PolicyText::scaleName(kind)).arg(state.score).arg(state.max);
        doc.notices << tr("Banned in special governance: content related to this brand is not displayed (R-B2).")
                    << tr("Search shows: %1").arg(CaseFileData::banNoticeOfficial());
    }
    if (kind == SubjectKind::Mcn && state.removed)
        doc.notices << tr("Removed from the platform (R-M2).");

    doc.verified = context.verified;
    doc.verification = context.verification;
    doc.footer = tr("%1 (%2) · as of %3").arg(doc.subjectName, doc.subjectHandle, PolicyText::formatDateTime(context.at));

    doc.chartTitle = scale.thresholds.isEmpty()
                         ? tr("%1 over time, with the sanctions below it").arg(PolicyText::scaleName(kind))
                         : tr("%1 over time, with the scale's thresholds, each crossing and the sanctions below it")
                               .arg(PolicyText::scaleName(kind));
    doc.caseFile = std::make_shared<const CaseFileData>(data);
    doc.policy = std::make_shared<const Policy>(policy);
    doc.timeline = data.replay.timeline;
    doc.scale = scale;
    doc.chartFrom = data.record.at;
    doc.chartTo = context.at;

    doc.tables << restrictions(policy, data);
    if (kind == SubjectKind::Mcn)
        doc.tables << checklist(data) << deposits(policy, data);
    doc.tables << violations(policy, data) << sanctions(policy, data);
    if (kind == SubjectKind::Mcn)
        doc.tables << affiliates(policy, data) << notices(data);
    doc.tables << audit(policy, context);
    return doc;
}

void ReportBuilder::addSubjectFacts(ReportDocument *doc, const Policy &policy, const CaseFileData &data)
{
    const SubjectKind kind = data.record.kind;
    const SubjectState &state = data.state();
    QVector<ReportFact> &facts = doc->subjectFacts;
    facts << ReportFact{tr("Name"), doc->subjectName} << ReportFact{tr("Handle"), data.record.handle}
          << ReportFact{tr("Kind"), PolicyText::kindName(kind)}
          << ReportFact{tr("Registered"), PolicyText::formatDate(data.record.at)}
          << ReportFact{PolicyText::scaleName(kind), tr("%1 of %2").arg(state.score).arg(state.max)};
    if (kind == SubjectKind::Mcn) {
        facts << ReportFact{tr("Certification"), state.certified ? tr("Certified (R-M4)") : tr("Not certified (R-M4)")}
              << ReportFact{tr("Deposit"), tr("%1 paid, %2 required (R-M3)")
                                               .arg(PolicyText::money(state.depositBalance),
                                                    PolicyText::money(data.requiredDeposit))}
              << ReportFact{tr("Affiliated creators"), QString::number(data.affiliateCount)};
    } else if (kind == SubjectKind::Creator) {
        facts << ReportFact{tr("Ladder level"), state.ladderLevel > 0 ? tr("L%1 (R-C1)").arg(state.ladderLevel)
                                                                      : tr("none in the window (R-C1)")}
              << ReportFact{tr("MCN"), data.cached.mcn.isEmpty() ? tr("no MCN contract") : data.cached.mcn};
        if (state.penaltyFreeExitUntil != kNoInstant && state.penaltyFreeExitUntil > data.now)
            facts << ReportFact{tr("Penalty-free exit"), tr("until %1 (R-M6)").arg(PolicyText::formatDate(state.penaltyFreeExitUntil))};
    } else {
        facts << ReportFact{tr("Special-governance ban"), data.banned ? tr("Banned (R-B2)") : tr("Not banned")};
    }
    int inForce = 0;
    for (const ViolationEntry &v : data.violations)
        inForce += v.outcome.voidedAt > data.now ? 1 : 0;
    facts << ReportFact{tr("Violations"), tr("%1 recorded, %2 in force").arg(data.violations.size()).arg(inForce)};
    Q_UNUSED(policy)
}

void ReportBuilder::addProvenance(ReportDocument *doc, const ReportContext &context)
{
    doc->provenance << ReportFact{tr("Report as of"), PolicyText::formatDateTime(context.at)}
                    << ReportFact{tr("Made"), tr("%1 by %2").arg(PolicyText::formatDateTime(context.madeAt),
                                                                 orDash(context.madeBy))}
                    << ReportFact{tr("Store"), QFileInfo(context.storePath).absoluteFilePath()}
                    << ReportFact{tr("Schema version"), QString::number(context.schemaVersion)}
                    << ReportFact{tr("Policy"), context.policyIdentity}
                    << ReportFact{tr("Audit chain"), context.verification};
}

ReportTable ReportBuilder::restrictions(const Policy &policy, const CaseFileData &data)
{
    ReportTable t = table(QStringLiteral("restrictions"), tr("Active restrictions"),
                          {tr("Restriction"), tr("Id"), tr("Lasts")}, {4, 3, 4});
    for (const QString &id : data.state().restrictions)
        t.rows << QStringList{PolicyText::restrictionLabel(policy, id), id, orDash(data.restrictionTerm(policy, id))};
    t.emptyText = tr("No active restrictions.");
    return t;
}

ReportTable ReportBuilder::checklist(const CaseFileData &data)
{
    ReportTable t = table(QStringLiteral("checklist"), tr("Certification checklist (R-M4)"),
                          {tr("Requirement"), tr("Met"), tr("Why")}, {4, 1, 5});
    int unmet = 0;
    for (const CertificationRequirement &r : data.checklist) {
        t.rows << QStringList{requirementName(r.key), r.met ? tr("Met") : tr("Not met"), orDash(r.detail)};
        unmet += r.met ? 0 : 1;
    }
    t.note = data.state().certified ? tr("Certified; %n requirement(s) unmet now.", nullptr, unmet)
                                    : tr("Not certified; %n requirement(s) unmet.", nullptr, unmet);
    return t;
}

ReportTable ReportBuilder::deposits(const Policy &policy, const CaseFileData &data)
{
    ReportTable t = table(QStringLiteral("deposits"), tr("Deposit ledger (R-M3)"),
                          {tr("When"), tr("Action"), tr("Amount"), tr("Balance"), tr("By"), tr("Reason")},
                          {26, 40, 20, 20, 18, 56}, {2, 3});
    for (const DepositEntry &d : data.deposits) {
        const QString amount = (d.amount >= 0 ? QStringLiteral("+") : QStringLiteral("−")) + PolicyText::money(std::abs(d.amount));
        t.rows << QStringList{PolicyText::formatDateTime(d.at), depositAction(d.action), amount,
                              PolicyText::money(d.balance), orDash(d.by), orDash(d.text)};
    }
    const qint64 balance = data.state().depositBalance;
    t.note = tr("Balance %1; required %2%3.")
                 .arg(PolicyText::money(balance), PolicyText::money(data.requiredDeposit),
                      data.requiredDeposit > policy.deposit.required ? tr(" (increased while the score is low)") : QString());
    if (balance < data.requiredDeposit)
        t.note += QLatin1Char(' ') + tr("Short by %1.").arg(PolicyText::money(data.requiredDeposit - balance));
    t.emptyText = tr("No deposit entries.");
    return t;
}

ReportTable ReportBuilder::violations(const Policy &policy, const CaseFileData &data)
{
    const SubjectKind kind = data.record.kind;
    const bool creator = kind == SubjectKind::Creator;
    // Weights are millimetres of the PDF's 180 mm line: the instant and the id on one line each.
    QStringList headers{tr("When"), tr("ID"), tr("Code"), tr("Points"), tr("Deducted")};
    QVector<int> weights{24, 16, creator ? 35 : 37, 10, 14};
    if (creator) {
        headers << tr("Level");
        weights << 8;
    }
    headers << tr("Source") << tr("By") << tr("Appeal") << tr("Outcome");
    weights << 14 << 16 << (creator ? 22 : 24) << (creator ? 21 : 25);
    ReportTable t = table(QStringLiteral("violations"), tr("Violations"), headers, weights, {3, 4});
    int inForce = 0;
    for (const ViolationEntry &v : data.violations) {
        QString source = sourceLabel(v.recorded.source);
        if (v.recorded.severity == QLatin1String("severe"))
            source = tr("%1, severe").arg(source);
        // Deducted: what the score actually lost, after clamping at zero (R-T6) or deferral (R-M5).
        QStringList row{PolicyText::formatDateTime(v.outcome.at), v.outcome.id, v.recorded.code,
                        QString::number(v.outcome.pointsCharged), QString::number(v.outcome.deducted)};
        if (creator)
            row << (v.outcome.ladderLevel > 0 ? tr("L%1").arg(v.outcome.ladderLevel) : kDash);
        QString outcome = v.status;
        if (v.backdated)
            outcome = tr("%1 · backdated", "a violation recorded later than it happened").arg(outcome);
        row << source << orDash(v.recorded.by) << appealText(v) << outcome;
        t.rows << row;
        inForce += v.outcome.voidedAt > data.now ? 1 : 0;
    }
    t.note = tr("%n violation(s), newest first; %1 in force.", nullptr, int(data.violations.size())).arg(inForce);
    Q_UNUSED(policy)
    t.emptyText = tr("No violations recorded.");
    return t;
}

ReportTable ReportBuilder::sanctions(const Policy &policy, const CaseFileData &data)
{
    ReportTable t = table(QStringLiteral("sanctions"), tr("Sanctions"),
                          {tr("Sanction"), tr("Violation"), tr("From"), tr("Until"), tr("Length"), tr("Status")},
                          {4, 2, 3, 3, 2, 4});
    int active = 0;
    for (const Sanction &s : data.sanctions) {
        QString status;
        if (s.activeAt(data.now)) {
            status = tr("Active");
            ++active;
        } else if (s.endedEarly) {
            status = tr("Ended early (violation voided); was due %1").arg(PolicyText::formatUntil(s.scheduledUntil));
        } else {
            status = tr("Served");
        }
        t.rows << QStringList{PolicyText::restrictionLabel(policy, s.id), orDash(s.violation),
                              PolicyText::formatDateTime(s.from), PolicyText::formatUntil(s.until),
                              PolicyText::durationText(s.from, s.until), status};
    }
    t.note = tr("%1 active, %2 past.").arg(active).arg(data.sanctions.size() - active);
    t.emptyText = tr("No sanctions.");
    return t;
}

ReportTable ReportBuilder::affiliates(const Policy &policy, const CaseFileData &data)
{
    ReportTable t = table(QStringLiteral("affiliates"), tr("Affiliated creators (R-M6)"),
                          {tr("Handle"), tr("Name"), tr("Credit score"), tr("Active restrictions"), tr("Last violation")},
                          {3, 3, 2, 6, 2}, {2});
    int restricted = 0;
    for (const CachedState &c : data.affiliates) {
        t.rows << QStringList{c.handle, orDash(c.name), tr("%1 / %2").arg(c.score).arg(c.max),
                              c.restrictions.isEmpty() ? kDash : PolicyText::restrictionList(policy, c.restrictions),
                              c.lastViolationAt == kNoInstant ? kDash : PolicyText::formatDate(c.lastViolationAt)};
        restricted += c.restrictions.isEmpty() ? 0 : 1;
    }
    t.note = tr("%n creator(s) contracted now, lowest credit score first; %1 with active restrictions.", nullptr,
                int(data.affiliateCount))
                 .arg(restricted);
    if (data.affiliateCount > data.affiliates.size())
        t.note += QLatin1Char(' ') + tr("The first %1 are listed.").arg(data.affiliates.size());
    t.emptyText = tr("No creators are contracted to this MCN.");
    return t;
}

ReportTable ReportBuilder::notices(const CaseFileData &data)
{
    ReportTable t = table(QStringLiteral("notices"), tr("Creator-protection notices (R-M6)"),
                          {tr("When"), tr("Score"), tr("Critical threshold")}, {3, 1, 2}, {1, 2});
    const QVector<ProtectionNotice> &notices = data.replay.timeline.notices;
    for (auto it = notices.crbegin(); it != notices.crend(); ++it)
        t.rows << QStringList{PolicyText::formatDateTime(it->at), QString::number(it->score), QString::number(it->threshold)};
    t.note = tr("Each notice went to every creator contracted then.");
    t.emptyText = tr("No advance notices were due.");
    return t;
}

ReportTable ReportBuilder::audit(const Policy &policy, const ReportContext &context)
{
    ReportTable t = table(QStringLiteral("audit"), tr("Audit log"), {tr("When"), tr("Who"), tr("Action"), tr("What")},
                          {3, 2, 2, 9});
    for (const AuditEntry &e : context.audit)
        t.rows << QStringList{PolicyText::formatDateTime(e.at), e.actor, AuditTableModel::actionLabel(e.action), AuditText::describe(e, policy)};
    t.note = tr("Every audit row naming this subject, newest first; the chain's verification closes the report.");
    t.emptyText = tr("No audit row names this subject alone (its events came in a load of many subjects).");
    return t;
}

} // namespace redline
