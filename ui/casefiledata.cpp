#include "casefiledata.h"

#include "query/healthquery.h"

#include "noticetablemodel.h"

#include "policytext.h"
#include "store/ledger/ledgerreader.h"
#include "store/store.h"
#include "query/subjectquery.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace redline {

namespace {

QString signedPoints(int delta)
{
    if (delta == 0)
        return CaseFileData::tr("nothing left to deduct, R-T6");
    return delta > 0 ? QStringLiteral("+%1").arg(delta) : QStringLiteral("−%1").arg(-delta);
}

} // namespace

QString CaseFileData::banNoticeOfficial()
{
    return QStringLiteral("该品牌涉嫌虚假营销,相关内容不予展示");
}

QString CaseFileData::banNoticeTranslated()
{
    return tr("This brand is suspected of false marketing; content related to it will not be displayed.");
}

bool CaseFileData::load(const Store &store, const QString &handle, QString *error, Instant at)
{
    now = at == kNoInstant ? store.now() : at;
    StoreError storeError;
    if (!store.replay(handle, now, &replay, &storeError, &record)) {
        *error = storeError.message;
        return false;
    }
    const Policy &policy = store.policy();
    if (const std::optional<CachedState> c = store.cachedState(handle, &storeError))
        cached = *c;
    if (!SubjectEvents(store).read(record.id, &events, &storeError)) {
        *error = storeError.message;
        return false;
    }
    LedgerReader reader(store.handle(), store.path());
    SubjectLedger ledger;
    if (!reader.read(record.id, &ledger, &storeError)) {
        *error = storeError.message;
        return false;
    }
    info = ledger.info;
    if (record.kind == SubjectKind::Creator && cached.mcn.isEmpty()) {
        if (const qint64 mcnId = ledger.mcnAt(now))
            cached.mcn = reader.handleOf(mcnId);
    }
    if (record.kind == SubjectKind::Creator) { // the content health index at the same instant (R-H1)
        HealthIndex index;
        if (!HealthQuery(store).index(handle, now, &index, &storeError)) {
            *error = storeError.message;
            return false;
        }
        health = index;
    }

    buildViolations(policy);
    buildSanctions();
    buildTimeline(policy);

    if (record.kind == SubjectKind::Mcn) {
        checklist = CertificationChecklist::evaluate(policy, info, replay.state);
        requiredDeposit = CertificationChecklist::requiredDeposit(policy, replay.state);
        buildDeposits();
        SubjectListSpec spec;
        spec.kind = SubjectKind::Creator;
        spec.mcnId = record.id;
        spec.sort = SubjectListSpec::Sort::Score;
        const SubjectQuery query(store);
        if (!query.fetch(spec, {}, kAffiliateLimit, &affiliates, &storeError)) {
            *error = storeError.message;
            return false;
        }
        affiliateCount = affiliates.size() < kAffiliateLimit ? affiliates.size() : query.count(spec, &storeError);
    }
    banned = record.kind == SubjectKind::Brand && replay.state.hasRestriction(QStringLiteral("banned"));
    return true;
}

const Sanction *CaseFileData::activeSanctionFor(const QString &restriction) const
{
    const Sanction *found = nullptr;
    for (const Sanction &s : replay.state.sanctions) {
        if (s.id == restriction && s.activeAt(now) && (!found || s.until > found->until))
            found = &s;
    }
    return found;
}

QString CaseFileData::restrictionTerm(const Policy &policy, const QString &restriction) const
{
    if (const Sanction *s = activeSanctionFor(restriction))
        return s->permanent() ? tr("permanent") : tr("until %1").arg(PolicyText::formatDateTime(s->until));
    const Scale &scale = policy.scale(record.kind);
    for (const RestrictionBand &band : scale.bands) {
        if (band.ids.contains(restriction))
            return tr("while the score is below %1").arg(band.below);
    }
    if (scale.removal && scale.removal->restriction == restriction)
        return tr("until an overturn lifts the score to %1 (R-M2)").arg(scale.removal->below);
    if (restriction == policy.transition.withdrawalRestriction
        || restriction == policy.transition.commercialRestriction)
        return tr("until certified (R-M5)");
    if (scale.historyWeight && scale.historyWeight->restriction == restriction) {
        // R-C4: it lasts the window after the latest violation still in force.
        Instant latest = kNoInstant;
        for (const ViolationOutcome &v : replay.state.violations) {
            if (v.voidedAt > now && (latest == kNoInstant || v.at > latest))
                latest = v.at;
        }
        if (latest != kNoInstant)
            return tr("until %1 (R-C4)").arg(PolicyText::formatDateTime(latest + days(scale.historyWeight->days)));
    }
    if (restriction == policy.protection.creatorRestriction && replay.state.penaltyFreeExitUntil != kNoInstant)
        return tr("penalty-free exit until %1 (R-M6)").arg(PolicyText::formatDateTime(replay.state.penaltyFreeExitUntil));
    return QString();
}

bool CaseFileData::isBackdated(const StoredEvent &event)
{
    return event.recordedAt != kNoInstant && event.recordedAt - event.at > kBackdatedAfterSeconds;
}

QString CaseFileData::backdatedNote(const StoredEvent &event)
{
    if (!isBackdated(event))
        return QString();
    return tr("Backdated: happened %1, recorded %2 by %3")
        .arg(PolicyText::formatDateTime(event.at), PolicyText::formatDateTime(event.recordedAt),
             event.recordedBy.isEmpty() ? tr("an unknown user") : event.recordedBy);
}

void CaseFileData::buildViolations(const Policy &policy)
{
    QHash<QString, const StoredEvent *> recordedById;
    QHash<QString, const StoredEvent *> appealByViolation;
    QHash<QString, const StoredEvent *> decisionByAppeal;
    for (const SubjectEventRow &row : events) {
        const StoredEvent &e = row.event;
        if (e.type == EventType::Violation)
            recordedById.insert(e.id, &e);
        else if (e.type == EventType::Appeal)
            appealByViolation.insert(e.ref, &e);
        else if (e.type == EventType::Decision)
            decisionByAppeal.insert(e.ref, &e);
    }
    const Scale &scale = policy.scale(record.kind);
    for (const ViolationOutcome &v : replay.state.violations) {
        ViolationEntry entry;
        entry.outcome = v;
        if (const StoredEvent *e = recordedById.value(v.id))
            entry.recorded = *e;
        else if (v.code >= 0 && v.code < scale.codes.size())
            entry.recorded.code = scale.codes.at(v.code).id;
        if (const StoredEvent *appeal = appealByViolation.value(v.id)) {
            entry.appeal = *appeal;
            entry.appealState = ViolationEntry::AppealState::Pending;
            if (const StoredEvent *decision = decisionByAppeal.value(appeal->id)) {
                entry.decision = *decision;
                entry.appealState = decision->outcome == QLatin1String("overturned")
                                        ? ViolationEntry::AppealState::Overturned
                                        : ViolationEntry::AppealState::Upheld;
            }
        }
        if (v.retracted)
            entry.status = tr("Retracted on %1 (undo)").arg(PolicyText::formatDateTime(v.voidedAt));
        else if (entry.appealState == ViolationEntry::AppealState::Overturned)
            entry.status = tr("Overturned on appeal %1 on %2 by %3")
                               .arg(entry.appeal.id, PolicyText::formatDateTime(entry.decision.at), entry.decision.by);
        else if (entry.appealState == ViolationEntry::AppealState::Upheld)
            entry.status = tr("Upheld on appeal %1 on %2 by %3")
                               .arg(entry.appeal.id, PolicyText::formatDateTime(entry.decision.at), entry.decision.by);
        else if (entry.appealState == ViolationEntry::AppealState::Pending)
            entry.status = tr("Appeal %1 pending since %2").arg(entry.appeal.id, PolicyText::formatDateTime(entry.appeal.at));
        else if (!v.deducts())
            entry.status = tr("In force; deducts from %1 (R-M5)").arg(PolicyText::formatDate(v.effectiveAt));
        else
            entry.status = tr("In force");
        entry.backdated = isBackdated(entry.recorded);
        entry.backdatedNote = backdatedNote(entry.recorded);
        violations.append(entry);
    }
    std::sort(violations.begin(), violations.end(), [](const ViolationEntry &a, const ViolationEntry &b) {
        return a.outcome.at != b.outcome.at ? a.outcome.at > b.outcome.at : a.outcome.id > b.outcome.id;
    });
}

void CaseFileData::buildSanctions()
{
    sanctions = replay.state.sanctions;
    const Instant at = now;
    std::stable_sort(sanctions.begin(), sanctions.end(), [at](const Sanction &a, const Sanction &b) {
        const bool activeA = a.activeAt(at), activeB = b.activeAt(at);
        if (activeA != activeB)
            return activeA;
        return a.from > b.from;
    });
}

QString CaseFileData::scoreChangeFor(PointCause cause, const QString &ref, Instant at, int *point) const
{
    for (int i = 0; i < replay.timeline.points.size(); ++i) {
        const ScorePoint &p = replay.timeline.points.at(i);
        if (p.cause != cause || p.at != at || (!ref.isEmpty() && p.ref != ref))
            continue;
        *point = i;
        return tr("%1 → %2 (%3)").arg(p.score - p.delta).arg(p.score).arg(signedPoints(p.delta));
    }
    return QString();
}

QString CaseFileData::violationCodeOf(const QString &violationId) const
{
    for (const SubjectEventRow &row : events) {
        if (row.event.type == EventType::Violation && row.event.id == violationId)
            return row.event.code;
    }
    return QString();
}

TimelineEntry CaseFileData::ledgerEntry(const Policy &policy, const SubjectEventRow &row) const
{
    const StoredEvent &e = row.event;
    TimelineEntry t;
    t.at = e.at;
    t.seq = row.seq;
    t.by = e.by;
    t.why = e.text;
    t.what = PolicyText::eventTypeLabel(e.type);
    t.backdated = isBackdated(e);
    t.backdatedNote = backdatedNote(e);
    switch (e.type) {
    case EventType::Subject:
        t.what = tr("Registered as %1").arg(PolicyText::kindName(record.kind));
        t.detail = PolicyText::attributesText(record.attrs);
        break;
    case EventType::Violation: {
        t.tone = TimelineEntry::Tone::Adverse;
        t.ref = e.id;
        t.violation = true;
        t.what = tr("Violation %1: %2").arg(e.id, PolicyText::codeDescription(policy, record.kind, e.code));
        QStringList parts{e.code};
        if (e.points >= 0)
            parts << tr("%n point(s) (explicit)", nullptr, e.points);
        if (!e.severity.isEmpty())
            parts << PolicyText::severityLabel(e.severity);
        if (!e.source.isEmpty())
            parts << PolicyText::sourceLabel(e.source);
        t.detail = parts.join(QLatin1String(" · "));
        t.scoreChange = scoreChangeFor(PointCause::Violation, e.id, e.at, &t.point);
        break;
    }
    case EventType::Appeal:
        t.ref = e.id;
        t.what = tr("Appeal %1 filed against %2").arg(e.id, e.ref);
        break;
    case EventType::Decision: {
        const bool overturned = e.outcome == QLatin1String("overturned");
        t.tone = overturned ? TimelineEntry::Tone::Favourable : TimelineEntry::Tone::Neutral;
        t.ref = e.ref;
        t.what = overturned ? tr("Appeal %1 decided: overturned").arg(e.ref) : tr("Appeal %1 decided: upheld").arg(e.ref);
        if (overturned)
            t.scoreChange = scoreChangeFor(PointCause::Overturn, QString(), e.at, &t.point);
        break;
    }
    case EventType::Retraction:
        t.tone = TimelineEntry::Tone::Favourable;
        t.ref = e.ref;
        t.what = tr("Violation %1 retracted (undo)").arg(e.ref);
        t.scoreChange = scoreChangeFor(PointCause::Retraction, QString(), e.at, &t.point);
        break;
    case EventType::Exam:
        t.tone = TimelineEntry::Tone::Favourable;
        t.what = tr("Community-norms exam passed");
        t.scoreChange = scoreChangeFor(PointCause::Exam, QString(), e.at, &t.point);
        if (t.scoreChange.isEmpty())
            t.detail = tr("No points: within the cooldown after the last exam that counted (R-C3)");
        break;
    case EventType::Deposit:
        t.what = e.action == QLatin1String("pay") ? tr("Deposit paid: %1").arg(PolicyText::money(e.amount))
                 : e.action == QLatin1String("deduct") ? tr("Deposit deducted: %1").arg(PolicyText::money(e.amount))
                                                        : tr("Deposit refunded: %1").arg(PolicyText::money(e.amount));
        t.tone = e.action == QLatin1String("deduct") ? TimelineEntry::Tone::Adverse : TimelineEntry::Tone::Neutral;
        break;
    case EventType::Certification:
        t.what = e.action == QLatin1String("grant") ? tr("Commercial certification granted")
                                                     : tr("Commercial certification revoked");
        t.tone = e.action == QLatin1String("grant") ? TimelineEntry::Tone::Favourable : TimelineEntry::Tone::Adverse;
        break;
    case EventType::Contract:
        if (record.kind == SubjectKind::Mcn)
            t.what = e.action == QLatin1String("start") ? tr("Creator %1 signed").arg(e.subject)
                                                         : tr("Creator %1 left").arg(e.subject);
        else
            t.what = e.action == QLatin1String("start") ? tr("Signed with MCN %1").arg(e.counterparty)
                                                         : tr("Left MCN %1").arg(e.counterparty);
        break;
    case EventType::Qualification: // R-H1: a regulated domain's qualification on file, with its document
        t.what = e.action == QLatin1String("grant") ? tr("Qualification granted: %1").arg(PolicyText::topicLabel(e.code))
                                                     : tr("Qualification revoked: %1").arg(PolicyText::topicLabel(e.code));
        t.detail = e.text;
        t.tone = e.action == QLatin1String("grant") ? TimelineEntry::Tone::Favourable : TimelineEntry::Tone::Adverse;
        break;
    case EventType::Post:
        t.ref = e.id;
        t.what = e.name.isEmpty() ? tr("Post %1").arg(e.id) : tr("Post %1: %2").arg(e.id, e.name);
        break;
    case EventType::Report: // a verified user report: a triage item (docs/rules.md "Triage")
        t.ref = e.id;
        t.what = tr("User report %1: %2").arg(e.id, e.text);
        t.tone = TimelineEntry::Tone::Adverse;
        break;
    case EventType::Triage: {
        const QString violation = QJsonDocument::fromJson(e.attrs).object().value(QLatin1String("violation")).toString();
        t.ref = e.code;
        t.what = e.action == QLatin1String("claim")     ? tr("Triage: %1 claimed by %2").arg(e.code, e.by)
                 : e.action == QLatin1String("release") ? tr("Triage: %1 released by %2").arg(e.code, e.by)
                 : e.action == QLatin1String("dismiss") ? tr("Triage: %1 dismissed by %2").arg(e.code, e.by)
                                                        : tr("Triage: %1 confirmed by %2 as %3").arg(e.code, e.by, violation);
        t.detail = e.text;
        break;
    }
    case EventType::Removal: // a post taken down or put back (docs/rules.md "Post removals")
        t.ref = e.code;
        t.what = e.action == QLatin1String("remove") ? tr("Post %1 removed").arg(e.code) : tr("Post %1 restored").arg(e.code);
        t.detail = e.text;
        t.tone = e.action == QLatin1String("remove") ? TimelineEntry::Tone::Adverse : TimelineEntry::Tone::Favourable;
        break;
    case EventType::Ban:
        t.tone = TimelineEntry::Tone::Adverse;
        t.what = e.campaign.isEmpty() ? tr("Banned (R-B2)") : tr("Banned in campaign %1 (R-B2, R-S3)").arg(e.campaign);
        break;
    case EventType::Notice: { // the notice an action sent the subject (core/notice); its whole text is the why
        const QJsonObject attrs = QJsonDocument::fromJson(e.attrs).object();
        t.ref = attrs.value(QStringLiteral("ref")).toString();
        t.what = tr("Notice sent: %1").arg(NoticeTableModel::templateLabel(e.code));
        t.detail = NoticeTableModel::languageLabel(attrs.value(QStringLiteral("language")).toString());
        if (!t.ref.isEmpty())
            t.detail += tr(" · about %1").arg(t.ref);
        break;
    }
    default:
        break;
    }
    if (!e.campaign.isEmpty() && e.type != EventType::Ban)
        t.detail = (t.detail.isEmpty() ? QString() : t.detail + QLatin1String(" · ")) + tr("campaign %1").arg(e.campaign);
    return t;
}

void CaseFileData::buildTimeline(const Policy &policy)
{
    timeline.clear();
    for (const SubjectEventRow &row : events)
        timeline.append(ledgerEntry(policy, row));
    const QString system = tr("system");
    for (int i = 0; i < replay.timeline.points.size(); ++i) {
        const ScorePoint &p = replay.timeline.points.at(i);
        if (p.cause != PointCause::Recovery && p.cause != PointCause::Reset)
            continue;
        TimelineEntry t;
        t.at = p.at;
        t.point = i;
        t.priority = 1;
        t.by = system;
        t.tone = TimelineEntry::Tone::Derived;
        t.what = PolicyText::pointCauseLabel(p.cause);
        t.scoreChange = tr("%1 → %2 (%3)").arg(p.score - p.delta).arg(p.score).arg(signedPoints(p.delta));
        t.why = p.cause == PointCause::Recovery ? tr("R-L5 recovery clock") : tr("R-B1 suspension served in full");
        timeline.append(t);
    }
    for (int i = 0; i < replay.timeline.crossings.size(); ++i) {
        const Crossing &c = replay.timeline.crossings.at(i);
        TimelineEntry t;
        t.at = c.at;
        t.crossing = i;
        t.priority = 2;
        t.by = system;
        t.tone = c.down ? TimelineEntry::Tone::Adverse : TimelineEntry::Tone::Favourable;
        t.what = c.down ? tr("Fell below %1").arg(c.threshold) : tr("Back to %1 or above").arg(c.threshold);
        t.why = tr("R-L6 threshold crossing");
        timeline.append(t);
    }
    for (const ProtectionNotice &n : replay.timeline.notices) {
        TimelineEntry t;
        t.at = n.at;
        t.priority = 2;
        t.by = system;
        t.tone = TimelineEntry::Tone::Derived;
        t.what = tr("Creator-protection notice: score %1 within reach of %2").arg(n.score).arg(n.threshold);
        t.why = tr("R-M6 advance notice to affiliated creators");
        timeline.append(t);
    }
    for (int i = 0; i < replay.state.sanctions.size(); ++i) {
        const Sanction &s = replay.state.sanctions.at(i);
        const QString label = PolicyText::restrictionLabel(policy, s.id);
        TimelineEntry start;
        start.at = s.from;
        start.sanction = i;
        start.priority = 1;
        start.by = system;
        start.tone = TimelineEntry::Tone::Derived;
        start.ref = s.violation;
        start.what = s.permanent() ? tr("Sanction: %1 (permanent)").arg(label)
                                   : tr("Sanction: %1 until %2").arg(label, PolicyText::formatDateTime(s.until));
        start.why = s.violation.isEmpty() ? QString() : tr("triggered by %1").arg(s.violation);
        if (!violationCodeOf(s.violation).isEmpty())
            start.parentRef = s.violation;
        timeline.append(start);
        if (!s.permanent() && s.until <= now) {
            TimelineEntry end;
            end.at = s.until;
            end.sanction = i;
            end.priority = 1;
            end.by = system;
            end.tone = TimelineEntry::Tone::Derived;
            end.ref = s.violation;
            end.what = s.endedEarly ? tr("Sanction ended early: %1").arg(label) : tr("Sanction served: %1").arg(label);
            end.why = s.endedEarly ? tr("its violation %1 was voided (R-L3)").arg(s.violation) : QString();
            timeline.append(end);
        }
    }
    std::stable_sort(timeline.begin(), timeline.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
        if (a.at != b.at)
            return a.at > b.at;
        if (a.priority != b.priority)
            return a.priority > b.priority;
        return a.seq > b.seq;
    });
}

void CaseFileData::buildDeposits()
{
    QVector<DepositEntry> ascending;
    qint64 balance = 0;
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        const StoredEvent &e = it->event;
        if (e.type != EventType::Deposit)
            continue;
        DepositEntry d;
        d.at = e.at;
        d.action = e.action;
        d.amount = e.action == QLatin1String("pay") ? e.amount : -e.amount;
        balance += d.amount;
        d.balance = balance;
        d.by = e.by;
        d.text = e.text;
        d.backdated = isBackdated(e);
        d.backdatedNote = backdatedNote(e);
        ascending.append(d);
    }
    deposits.clear();
    for (auto it = ascending.crbegin(); it != ascending.crend(); ++it)
        deposits.append(*it);
}

} // namespace redline
