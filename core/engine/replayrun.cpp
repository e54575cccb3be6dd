#include "replayrun.h"

#include "engine/ladderhistory.h"

#include <algorithm>

namespace redline {

namespace {

Instant endAfter(Instant from, const std::optional<int> &daysCount)
{
    return daysCount ? from + days(*daysCount) : kNoInstant;
}

// Keeps one rule per sanction id, the longest (permanent beats any length): a violation that gets the
// same sanction from its ladder level and from its code serves it once.
void mergeRule(SanctionRules &rules, const SanctionRule &rule)
{
    for (SanctionRule &existing : rules) {
        if (existing.id != rule.id)
            continue;
        if (!rule.days || (existing.days && *rule.days > *existing.days))
            existing.days = rule.days;
        return;
    }
    rules.append(rule);
}

} // namespace

ReplayRun::ReplayRun(const PolicySchedule &schedule, const SubjectInfo &subject, const QVector<LedgerEvent> &ledger,
                     const QVector<AffiliateFreeze> &affiliates, bool recordTimeline, Workspace *workspace)
    : m_schedule(schedule)
    , m_policy(&schedule.at(subject.registeredAt))
    , m_scale(&m_policy->scale(subject.kind))
    , m_nextSwitch(schedule.nextSwitchAfter(subject.registeredAt))
    , m_subject(subject)
    , m_ledger(ledger)
    , m_affiliates(affiliates)
    , m_recordTimeline(recordTimeline)
    , m_score(m_scale->initial)
    , m_scoreChangedAt(subject.registeredAt)
    , m_workspace(workspace)
{
    if (m_workspace)
        borrow(*m_workspace);
    m_inForceByCode.fill(0, m_scale->codes.size());
    m_outcomeOfEvent.fill(-1, ledger.size());
    orderActions();
    m_state.violations.reserve(ledger.size());
    m_state.sanctions.reserve(ledger.size() * 2);
    m_state.max = m_scale->max;
    if (m_recordTimeline)
        m_timeline.points.append({subject.registeredAt, m_score, 0, PointCause::Initial, QString()});
}

// R-M5: an MCN violation dated before the policy took effect deducts only after the grace period (the
// transition of the policy in force when the violation happened).
Instant ReplayRun::actionTime(const LedgerEvent &event) const
{
    if (event.type != LedgerEventType::Violation || m_subject.kind != SubjectKind::Mcn)
        return event.at;
    const Transition &transition = m_schedule.isSingle() ? m_policy->transition : m_schedule.at(event.at).transition;
    if (event.at < transition.effectiveFrom)
        return transition.effectiveFrom + days(transition.graceDays);
    return event.at;
}

ReplayRun::~ReplayRun()
{
    if (m_workspace)
        giveBack(*m_workspace);
}

// The vectors are swapped in and out, never copied: the workspace holds them empty between runs.
void ReplayRun::borrow(Workspace &w)
{
    m_actions.swap(w.actions);
    m_certifications.swap(w.certifications);
    m_contracts.swap(w.contracts);
    m_inForceByCode.swap(w.inForceByCode);
    m_blockingSanctions.swap(w.blockingSanctions);
    m_sanctionsOfOutcome.swap(w.sanctionsOfOutcome);
    m_outcomeOfEvent.swap(w.outcomeOfEvent);
    m_state.sanctions.swap(w.sanctions);
    m_state.violations.swap(w.violations);
}

void ReplayRun::giveBack(Workspace &w)
{
    auto keep = [](auto &mine, auto &theirs) {
        mine.clear(); // keeps the capacity
        mine.swap(theirs);
    };
    keep(m_actions, w.actions);
    keep(m_certifications, w.certifications);
    keep(m_contracts, w.contracts);
    keep(m_inForceByCode, w.inForceByCode);
    keep(m_blockingSanctions, w.blockingSanctions);
    keep(m_sanctionsOfOutcome, w.sanctionsOfOutcome);
    keep(m_outcomeOfEvent, w.outcomeOfEvent);
    keep(m_state.sanctions, w.sanctions);
    keep(m_state.violations, w.violations);
}

void ReplayRun::orderActions()
{
    m_actions.reserve(m_ledger.size());
    for (int i = 0; i < m_ledger.size(); ++i)
        m_actions.append({actionTime(m_ledger[i]), m_ledger[i].seq, i});
    const auto before = [](const Action &a, const Action &b) { return a.at != b.at ? a.at < b.at : a.seq < b.seq; };
    // A ledger read from the store is already in (at, seq) order unless R-M5 defers a violation; a stable
    // sort of a sorted range changes nothing, so it is skipped (it would allocate a buffer).
    if (!std::is_sorted(m_actions.cbegin(), m_actions.cend(), before))
        std::stable_sort(m_actions.begin(), m_actions.end(), before);
}

void ReplayRun::runUntil(Instant at)
{
    while (m_nextAction < m_actions.size() && m_actions[m_nextAction].at <= at) {
        const Action &action = m_actions[m_nextAction++];
        advanceTo(action.at);
        apply(m_ledger[action.event], action.event, action.at);
    }
    advanceTo(at);
    finishState(at);
}

// Timers and policy switches up to `limit`, in time order. A switch at an instant comes before the timers
// and events of that instant: from its effective instant on, the new policy decides (docs/rules.md
// "Policy versions").
void ReplayRun::advanceTo(Instant limit)
{
    while (m_nextSwitch != kNoInstant && m_nextSwitch <= limit) {
        const Instant when = m_nextSwitch;
        fireTimersUntil(when - 1);
        switchPolicy(when);
    }
    fireTimersUntil(limit);
}

// The readings of a policy change at `when`: sanctions already started keep their terms (R-L7); a pending
// recovery step keeps its date and adds the new step, later steps follow the new period; thresholds,
// bands and ladders apply from `when`; a score outside the new range is clamped to it at `when`.
void ReplayRun::switchPolicy(Instant when)
{
    m_policy = &m_schedule.at(when);
    m_scale = &m_policy->scale(m_subject.kind);
    m_nextSwitch = m_schedule.nextSwitchAfter(when);
    m_state.max = m_scale->max;
    if (!m_scale->removal)
        m_removed = false;
    if (!m_scale->suspension)
        m_suspensionEnd = kNoInstant;
    const int clamped = std::clamp(m_score, m_scale->min, m_scale->max);
    if (clamped != m_score)
        changeScore(clamped, when, PointCause::PolicyChange, QString());
    if (!m_scale->recovery || m_score >= m_scale->max)
        m_nextRecovery = kNoInstant;
    else if (m_nextRecovery == kNoInstant)
        m_nextRecovery = when + days(m_scale->recovery->periodDays);
}

Replay ReplayRun::result() &&
{
    Replay replay{std::move(m_state), std::move(m_timeline)};
    if (m_workspace) { // the state's vectors go with the result: the workspace gets empty ones
        m_state.sanctions = QVector<Sanction>();
        m_state.violations = QVector<ViolationOutcome>();
    }
    return replay;
}

SubjectState ReplayRun::summary() &&
{
    SubjectState state;
    state.at = m_state.at;
    state.score = m_state.score;
    state.max = m_state.max;
    state.restrictions = std::move(m_state.restrictions);
    state.ladderLevel = m_state.ladderLevel;
    state.depositBalance = m_state.depositBalance;
    state.certified = m_state.certified;
    state.removed = m_state.removed;
    state.lastCountedExam = m_state.lastCountedExam;
    state.penaltyFreeExitUntil = m_state.penaltyFreeExitUntil;
    state.nextChange = m_state.nextChange;
    state.scoreChangedAt = m_state.scoreChangedAt;
    return state;
}

// Timers due at or before `limit` fire in time order; a recovery step and a suspension end at the same
// instant fire suspension first, so the reset is not followed by a pointless step.
void ReplayRun::fireTimersUntil(Instant limit)
{
    for (;;) {
        const Instant due = std::min(m_nextRecovery, m_suspensionEnd);
        if (due == kNoInstant || due > limit)
            return;
        if (m_suspensionEnd == due)
            fireSuspensionEnd(due);
        else
            fireRecovery(due);
    }
}

// R-L5: a step while below max; the schedule goes on while removed (R-M2) or banned (R-C5), and stops
// once the score is back at max.
void ReplayRun::fireRecovery(Instant due)
{
    if (m_score >= m_scale->max) {
        m_nextRecovery = kNoInstant;
        return;
    }
    if (!recoveryBlockedAt(due))
        changeScore(std::min(m_scale->max, m_score + m_scale->recovery->step), due, PointCause::Recovery, QString());
    m_nextRecovery = m_score < m_scale->max ? due + days(m_scale->recovery->periodDays) : kNoInstant;
}

// R-B1: a suspension served in full resets the points.
void ReplayRun::fireSuspensionEnd(Instant due)
{
    m_suspensionEnd = kNoInstant;
    const QString violation = std::exchange(m_suspensionViolation, QString());
    if (m_scale->suspension->resetTo)
        changeScore(*m_scale->suspension->resetTo, due, PointCause::Reset, violation);
}

bool ReplayRun::recoveryBlockedAt(Instant when) const
{
    if (m_removed)
        return true;
    // Newest first: a permanent ban, once started, is usually the one still active.
    for (auto it = m_blockingSanctions.crbegin(); it != m_blockingSanctions.crend(); ++it) {
        if (m_state.sanctions[*it].activeAt(when))
            return true;
    }
    return false;
}

void ReplayRun::apply(const LedgerEvent &event, int index, Instant when)
{
    switch (event.type) {
    case LedgerEventType::Violation: applyViolation(event, index, when); break;
    case LedgerEventType::Decision:
        if (event.overturned)
            applyVoid(event, when, PointCause::Overturn);
        break;
    case LedgerEventType::Retraction: applyVoid(event, when, PointCause::Retraction); break;
    case LedgerEventType::Exam: applyExam(when); break;
    case LedgerEventType::Deposit: applyDeposit(event); break;
    case LedgerEventType::Certification: applyCertification(event, when); break;
    case LedgerEventType::Contract: applyContract(event, when); break;
    case LedgerEventType::Ban:
        if (m_scale->governanceBan) // R-B2: attached to no violation, so no overturn lifts it
            startSanctions(SanctionRules{*m_scale->governanceBan}, QString(), when);
        break;
    case LedgerEventType::Appeal: break; // R-L3: a pending appeal changes nothing
    }
}

bool ReplayRun::isZeroPointCode(int code) const
{
    return m_scale->codes[code].points == 0;
}

void ReplayRun::applyViolation(const LedgerEvent &event, int index, Instant when)
{
    if (event.code < 0 || event.code >= m_scale->codes.size())
        return;
    const ViolationCode &code = m_scale->codes[event.code];
    ViolationOutcome outcome;
    if (!m_summaryOnly)
        outcome.id = event.id;
    outcome.code = event.code;
    outcome.at = event.at;
    outcome.pointsCharged = event.points >= 0 ? event.points : code.points; // R-L2
    m_outcomeOfEvent[index] = m_state.violations.size();

    // R-M5: overturned before its deferred deduction, it never deducts.
    if (m_pendingVoids.contains(index)) {
        outcome.effectiveAt = kNoInstant;
        outcome.voidedAt = m_pendingVoids.value(index);
        m_state.violations.append(outcome);
        m_sanctionsOfOutcome.resize(m_state.violations.size());
        return;
    }
    outcome.effectiveAt = when;

    const bool ladderStep = !isZeroPointCode(event.code);
    SanctionRules rules;
    if (ladderStep)
        attachLadderSanctions(outcome, event, when, rules);
    attachCodeSanctions(code, event.code, rules);

    const int before = m_score;
    m_state.violations.append(outcome);
    changeScore(std::max(m_scale->min, m_score - outcome.pointsCharged), when, PointCause::Violation, event.id);
    m_state.violations.last().deducted = before - m_score; // R-T6: what was actually deducted

    if (ladderStep && m_scale->recovery) // R-L5 (restarts even when clamped); R-C6: 0-point codes do not
        m_nextRecovery = when + days(m_scale->recovery->periodDays);
    if (m_scale->removal && m_score < m_scale->removal->below) // R-M2
        m_removed = true;
    ++m_inForceByCode[event.code];
    const int firstSanction = m_state.sanctions.size();
    startSanctions(rules, event.id, when);
    maybeStartSuspension(event.id, when);
    m_sanctionsOfOutcome.resize(m_state.violations.size());
    m_sanctionsOfOutcome.last() = {firstSanction, m_state.sanctions.size() - firstSanction};
}

// R-C1: n counts the violations in force within (t - window, t], this one included; severity "severe"
// jumps to the level marked for it. The highest applicable level wins.
void ReplayRun::attachLadderSanctions(ViolationOutcome &outcome, const LedgerEvent &event, Instant when,
                                      SanctionRules &rules) const
{
    if (!m_scale->ladder)
        return;
    const int n = countLadderViolationsInWindow(when) + 1;
    outcome.countInWindow = n;
    const LadderLevel *chosen = nullptr;
    for (const LadderLevel &level : m_scale->ladder->levels) {
        if (n >= level.minCount || (event.severe && level.appliesToSevere))
            chosen = &level;
    }
    if (!chosen)
        return;
    outcome.ladderLevel = chosen->level;
    for (const SanctionRule &rule : chosen->sanctions)
        mergeRule(rules, rule);
}

int ReplayRun::countLadderViolationsInWindow(Instant when) const
{
    // Outcomes are appended in time order (creators have no deferred violations), so the window is a
    // suffix of the list.
    const Instant windowStart = when - days(m_scale->ladder->windowDays);
    int n = 0;
    for (auto it = m_state.violations.crbegin(); it != m_state.violations.crend() && it->at > windowStart; ++it) {
        if (it->deducts() && it->voidedAt > when && it->at <= when && !isZeroPointCode(it->code))
            ++n;
    }
    return n;
}

int ReplayRun::countSameCodeInForce(int code) const
{
    return m_inForceByCode[code];
}

// POLICY.md 4, "extra sanction on this code": first of the code in force, or the Nth in force ever.
void ReplayRun::attachCodeSanctions(const ViolationCode &code, int codeIndex, SanctionRules &rules) const
{
    const int earlier = countSameCodeInForce(codeIndex);
    for (const CodeSanction &cs : code.sanctions) {
        const bool applies = cs.condition == SanctionCondition::Always
                             || (cs.condition == SanctionCondition::FirstOfCode && earlier == 0)
                             || (cs.condition == SanctionCondition::NthInForceEver && earlier + 1 >= cs.nth);
        if (applies)
            mergeRule(rules, cs.sanction);
    }
}

void ReplayRun::startSanctions(const SanctionRules &rules, const QString &violation, Instant when)
{
    for (const SanctionRule &rule : rules) {
        Sanction s;
        s.id = rule.id;
        s.from = when;
        s.until = endAfter(when, rule.days);
        s.scheduledUntil = s.until;
        if (!m_summaryOnly)
            s.violation = violation;
        if (m_scale->recoveryBlockedBy.contains(s.id))
            m_blockingSanctions.append(m_state.sanctions.size());
        m_state.sanctions.append(s);
    }
}

// R-B1: reaching the bottom starts a suspension attached to this violation; one already running is
// not extended.
void ReplayRun::maybeStartSuspension(const QString &violation, Instant when)
{
    if (!m_scale->suspension || m_score > m_scale->suspension->atOrBelow || m_suspensionEnd != kNoInstant)
        return;
    startSanctions(SanctionRules{m_scale->suspension->sanction}, violation, when);
    m_suspensionEnd = m_state.sanctions.last().until;
    m_suspensionViolation = violation;
}

// R-L3 (overturn) and undo: the violation is void from `when`, gives back what it actually deducted,
// its sanctions end, and it stops counting. The recovery clock does not move (R-L5).
void ReplayRun::applyVoid(const LedgerEvent &event, Instant when, PointCause cause)
{
    if (event.target < 0 || event.target >= m_ledger.size())
        return;
    const int outcomeIndex = m_outcomeOfEvent[event.target];
    if (outcomeIndex < 0) {
        if (!m_pendingVoids.contains(event.target))
            m_pendingVoids.insert(event.target, when);
        return;
    }
    ViolationOutcome &v = m_state.violations[outcomeIndex];
    if (v.voidedAt != kNoInstant)
        return;
    v.voidedAt = when;
    v.retracted = cause == PointCause::Retraction;
    if (!v.deducts())
        return;
    const QString &id = m_ledger[event.target].id; // v.id, which a summary-only run leaves empty
    const int giveBack = v.deducted;
    --m_inForceByCode[v.code];
    const auto [first, count] = m_sanctionsOfOutcome[outcomeIndex];
    for (int i = first; i < first + count; ++i) {
        Sanction &s = m_state.sanctions[i];
        if (s.until > when) {
            s.until = when;
            s.endedEarly = true;
        }
    }
    if (m_suspensionViolation == id) { // lifted early: resets nothing (R-B1)
        m_suspensionEnd = kNoInstant;
        m_suspensionViolation.clear();
    }
    changeScore(std::min(m_scale->max, m_score + giveBack), when, cause, id);
    if (m_removed && m_score >= m_scale->removal->below) // R-M2: a wrongful removal is undone
        m_removed = false;
}

// R-C3: +points, clamped; an exam within the cooldown after the last one that counted gives nothing, and
// an exam never moves the recovery clock.
void ReplayRun::applyExam(Instant when)
{
    if (!m_scale->exam)
        return;
    if (m_lastCountedExam != kNoInstant && when < m_lastCountedExam + days(m_scale->exam->cooldownDays))
        return;
    m_lastCountedExam = when;
    changeScore(std::min(m_scale->max, m_score + m_scale->exam->points), when, PointCause::Exam, QString());
}

// R-M3: the balance never goes below zero (the store refuses a larger deduction; this guards replays).
void ReplayRun::applyDeposit(const LedgerEvent &event)
{
    switch (static_cast<DepositAction>(event.action)) {
    case DepositAction::Pay: m_depositBalance += event.amount; break;
    case DepositAction::Deduct:
    case DepositAction::Refund: m_depositBalance = std::max<qint64>(0, m_depositBalance - event.amount); break;
    }
}

void ReplayRun::applyCertification(const LedgerEvent &event, Instant when)
{
    const bool open = !m_certifications.isEmpty() && m_certifications.last().until == kNoInstant;
    if (static_cast<CertificationAction>(event.action) == CertificationAction::Grant) {
        if (!open)
            m_certifications.append({when, kNoInstant});
    } else if (open) {
        m_certifications.last().until = when;
    }
}

void ReplayRun::applyContract(const LedgerEvent &event, Instant when)
{
    if (static_cast<ContractAction>(event.action) == ContractAction::Start) {
        m_contracts.append({event.counterparty, {when, kNoInstant}});
        return;
    }
    for (ContractPeriod &c : m_contracts) {
        if (c.mcn == event.counterparty && c.period.until == kNoInstant)
            c.period.until = when;
    }
}

void ReplayRun::changeScore(int newScore, Instant when, PointCause cause, const QString &ref)
{
    const int before = m_score;
    m_score = newScore;
    if (newScore != before)
        m_scoreChangedAt = when;
    if (!m_recordTimeline)
        return;
    m_timeline.points.append({when, newScore, newScore - before, cause, ref});
    recordCrossings(before, newScore, when);
    recordProtectionNotices(before, newScore, when);
}

// R-L6: down when the score goes from >= t to < t, up when from < t to >= t.
void ReplayRun::recordCrossings(int before, int after, Instant when)
{
    if (after < before) {
        for (int t : m_scale->thresholds) {
            if (before >= t && after < t)
                m_timeline.crossings.append({when, t, true});
        }
    } else if (after > before) {
        for (auto it = m_scale->thresholds.crbegin(); it != m_scale->thresholds.crend(); ++it) {
            if (before < *it && after >= *it)
                m_timeline.crossings.append({when, *it, false});
        }
    }
}

// R-M6: a fall into [t, t + margin] of a critical threshold t not yet crossed warns affiliated creators.
void ReplayRun::recordProtectionNotices(int before, int after, Instant when)
{
    if (m_subject.kind != SubjectKind::Mcn || after >= before)
        return;
    const int margin = m_policy->protection.noticeMargin;
    for (int t : m_policy->protection.criticalThresholds) {
        const bool inBandNow = after >= t && after <= t + margin;
        const bool inBandBefore = before >= t && before <= t + margin;
        if (inBandNow && !inBandBefore)
            m_timeline.notices.append({when, t, after});
    }
}

void ReplayRun::finishState(Instant at)
{
    m_state.at = at;
    m_state.score = m_score;
    m_state.scoreChangedAt = m_scoreChangedAt;
    m_state.removed = m_removed;
    m_state.depositBalance = m_depositBalance;
    m_state.certified = certifiedAt(at);
    m_state.lastCountedExam = m_lastCountedExam;
    m_state.ladderLevel = ladderLevelAt(at);
    m_state.restrictions = restrictionsAt(at);
    m_state.nextChange = nextChangeAfter(at);
}

bool ReplayRun::certifiedAt(Instant at) const
{
    for (const Interval &i : m_certifications) {
        if (i.from <= at && at < i.until)
            return true;
    }
    return false;
}

QStringList ReplayRun::restrictionsAt(Instant at)
{
    QStringList out;
    for (const RestrictionBand &band : m_scale->bands) { // R-M1 and the brand table: cumulative
        if (m_score < band.below)
            out += band.ids;
    }
    if (m_removed)
        out.append(m_scale->removal->restriction);
    for (const Sanction &s : m_state.sanctions) {
        if (s.activeAt(at))
            out.append(s.id);
    }
    addHistoryWeight(at, out);
    addTransitionRestrictions(at, out);
    addAffiliateProtection(at, out);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// R-C4: every violation in force weighs on the account for N days after it.
void ReplayRun::addHistoryWeight(Instant at, QStringList &out) const
{
    if (!m_scale->historyWeight)
        return;
    const Instant span = days(m_scale->historyWeight->days);
    for (const ViolationOutcome &v : m_state.violations) {
        if (v.deducts() && v.voidedAt > at && !isZeroPointCode(v.code) && at < v.at + span) {
            out.append(m_scale->historyWeight->restriction);
            return;
        }
    }
}

// R-M5: from the later of effective_from and registration, an uncertified MCN is restricted after the
// two transition periods.
void ReplayRun::addTransitionRestrictions(Instant at, QStringList &out) const
{
    if (m_subject.kind != SubjectKind::Mcn || m_state.certified)
        return;
    const Transition &t = m_policy->transition;
    const Instant start = std::max(t.effectiveFrom, m_subject.registeredAt);
    if (at >= start + days(t.withdrawalAfterDays))
        out.append(t.withdrawalRestriction);
    if (at >= start + days(t.commercialAfterDays))
        out.append(t.commercialRestriction);
}

// R-M6: while a contracted MCN has revenue frozen, the creator has an alternative payment channel and
// may leave without penalty within the grace period that starts with the freeze.
void ReplayRun::addAffiliateProtection(Instant at, QStringList &out)
{
    m_state.penaltyFreeExitUntil = kNoInstant;
    for (const ContractPeriod &c : m_contracts) {
        if (!(c.period.from <= at && at < c.period.until))
            continue;
        for (const AffiliateFreeze &a : m_affiliates) {
            if (a.mcn != c.mcn)
                continue;
            for (const Interval &f : a.frozen) {
                if (f.from <= at && at < f.until) {
                    out.append(m_policy->protection.creatorRestriction);
                    const Instant exitUntil = f.from + days(m_policy->protection.graceDays);
                    if (at < exitUntil)
                        m_state.penaltyFreeExitUntil = exitUntil;
                }
            }
        }
    }
}

// The creator's standing on the ladder: the highest level among violations still in force whose window
// covers `at`, and the top level while a permanent ban stands.
int ReplayRun::ladderLevelAt(Instant at) const
{
    return LadderHistory::levelAt(*m_scale, m_state.violations, m_scale->ladder && recoveryBlockedAt(at), at);
}

// The first instant after `at` at which the state changes with no new event: what the store's cache
// waits for before it recomputes a subject.
Instant ReplayRun::nextChangeAfter(Instant at) const
{
    Instant next = kNoInstant;
    auto consider = [&](Instant t) {
        if (t > at && t < next)
            next = t;
    };
    consider(m_nextSwitch); // a policy switch changes bands and restrictions (docs/rules.md "Policy versions")
    if (m_nextRecovery != kNoInstant && !recoveryBlockedAt(m_nextRecovery) && m_score < m_scale->max)
        consider(m_nextRecovery);
    consider(m_suspensionEnd);
    for (const Sanction &s : m_state.sanctions)
        consider(s.until);
    if (m_scale->historyWeight) {
        for (const ViolationOutcome &v : m_state.violations) {
            if (v.deducts() && v.voidedAt > at)
                consider(v.at + days(m_scale->historyWeight->days));
        }
    }
    if (m_scale->ladder) {
        for (const ViolationOutcome &v : m_state.violations) {
            if (v.deducts() && v.voidedAt > at)
                consider(v.at + days(m_scale->ladder->windowDays));
        }
    }
    if (m_subject.kind == SubjectKind::Mcn && !m_state.certified) {
        const Transition &t = m_policy->transition;
        const Instant start = std::max(t.effectiveFrom, m_subject.registeredAt);
        consider(start + days(t.withdrawalAfterDays));
        consider(start + days(t.commercialAfterDays));
    }
    for (const ContractPeriod &c : m_contracts) {
        consider(c.period.until);
        for (const AffiliateFreeze &a : m_affiliates) {
            for (const Interval &f : a.frozen) {
                if (a.mcn != c.mcn)
                    continue;
                consider(f.from);
                consider(f.until);
                consider(f.from + days(m_policy->protection.graceDays));
            }
        }
    }
    if (m_nextAction < m_actions.size())
        consider(m_actions[m_nextAction].at);
    return next;
}

} // namespace redline
