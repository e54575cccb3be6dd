#include "actionpreview.h"

#include "engine/scoreengine.h"
#include "store/ledger/affiliatefreezes.h"
#include "base/eventvocabulary.h"
#include "store/ledger/ledgerreader.h"
#include "store/store.h"
#include "store/ledger/subjectledger.h"
#include "store/sql/sqlerror.h"
#include "store/sql/sqlstatement.h"

#include <sqlite3.h>

#include <algorithm>

namespace redline {

namespace {

bool sameSanction(const Sanction &a, const Sanction &b)
{
    return a.id == b.id && a.violation == b.violation && a.from == b.from;
}

const Sanction *findSanction(const QVector<Sanction> &sanctions, const Sanction &wanted)
{
    for (const Sanction &s : sanctions) {
        if (sameSanction(s, wanted))
            return &s;
    }
    return nullptr;
}

QStringList minus(const QStringList &a, const QStringList &b)
{
    QStringList out;
    for (const QString &id : a) {
        if (!b.contains(id))
            out.append(id);
    }
    out.sort();
    return out;
}

// The crossings of `after` that `before` lacks, as a multiset difference: the two timelines share
// everything before the action.
QVector<Crossing> newCrossings(const QVector<Crossing> &before, const QVector<Crossing> &after)
{
    QVector<bool> used(before.size(), false);
    QVector<Crossing> out;
    for (const Crossing &c : after) {
        bool matched = false;
        for (int i = 0; i < before.size() && !matched; ++i) {
            if (!used[i] && before[i].at == c.at && before[i].threshold == c.threshold && before[i].down == c.down) {
                used[i] = true;
                matched = true;
            }
        }
        if (!matched)
            out.append(c);
    }
    return out;
}

QString kindLabel(SubjectKind kind)
{
    switch (kind) {
    case SubjectKind::Mcn: return ActionPreview::tr("an MCN");
    case SubjectKind::Brand: return ActionPreview::tr("a brand");
    case SubjectKind::Creator: return ActionPreview::tr("a creator");
    }
    return QString();
}

QVector<ProtectionNotice> newNotices(const QVector<ProtectionNotice> &before, const QVector<ProtectionNotice> &after)
{
    QVector<ProtectionNotice> out;
    for (const ProtectionNotice &n : after) {
        const bool known = std::any_of(before.begin(), before.end(), [&n](const ProtectionNotice &b) {
            return b.at == n.at && b.threshold == n.threshold && b.score == n.score;
        });
        if (!known)
            out.append(n);
    }
    return out;
}

qint64 nextSeq(const QVector<LedgerEvent> &events)
{
    qint64 seq = 0;
    for (const LedgerEvent &e : events)
        seq = std::max(seq, e.seq);
    return seq + 1;
}

} // namespace

ActionPreview::~ActionPreview() = default;

ActionPreview::ActionPreview(const Store &store)
    : m_store(store)
{
}

bool ActionPreview::preview(const QString &handle, const StoredEvent &event, ActionConsequences *out,
                            StoreError *error) const
{
    if (!m_reader) {
        m_reader = std::make_unique<LedgerReader>(m_store.handle(), m_store.path());
        m_subjectId = std::make_unique<SqlStatement>(m_store.handle(), "SELECT id FROM subjects WHERE handle = ?1");
    }
    m_subjectId->reset();
    m_subjectId->bind(1, handle);
    const bool found = m_subjectId->next();
    const qint64 subjectId = found ? m_subjectId->int64(0) : 0;
    const bool failed = !found && m_subjectId->resultCode() != SQLITE_DONE;
    m_subjectId->reset();
    if (failed)
        return SqlError::fail(error, m_store.handle(), m_store.path(), tr("read the subjects"));
    if (!found)
        return StoreError::fail(error, StoreError::Kind::BadInput, tr("field subject: no subject \"%1\" in the store").arg(handle));
    const Policy &policy = m_store.policy();
    LedgerReader &reader = *m_reader;
    SubjectLedger ledger;
    if (!reader.read(subjectId, &ledger, error))
        return false;
    QVector<LedgerEvent> events = LedgerReader::resolve(ledger, reader.codeIndices(policy));

    LedgerEvent action;
    if (!toLedgerEvent(ledger, event, &action, error))
        return false;
    action.seq = nextSeq(events); // recorded last: after every event at the same instant (R-T7)

    QVector<AffiliateFreeze> affiliates;
    Instant affiliatesNext = kNoInstant;
    AffiliateFreezes freezes(reader, m_store.schedule());
    if (!freezes.forCreator(ledger, action.at, &affiliates, &affiliatesNext, error))
        return false;

    const ScoreEngine engine(m_store.schedule());
    const Replay before = engine.replay(ledger.info, events, action.at, affiliates);
    events.append(action);
    const Replay after = engine.replay(ledger.info, events, action.at, affiliates);

    *out = ActionConsequences();
    out->subject = handle;
    out->kind = ledger.info.kind;
    out->at = action.at;
    out->before = before.state;
    out->after = after.state;
    out->crossings = newCrossings(before.timeline.crossings, after.timeline.crossings);
    out->notices = newNotices(before.timeline.notices, after.timeline.notices);
    compare(out);
    if (action.type == LedgerEventType::Violation)
        describeViolation(action.id, out);
    else if (action.type == LedgerEventType::Retraction || (action.type == LedgerEventType::Decision && action.overturned))
        describeVoid(action.target, events, out);
    return true;
}

bool ActionPreview::toLedgerEvent(const SubjectLedger &ledger, const StoredEvent &event, LedgerEvent *out,
                                  StoreError *error) const
{
    *out = LedgerEvent();
    out->at = event.at > 0 ? event.at : m_store.now();
    out->id = event.id;
    const auto missingRef = [&](const QString &field, const QString &what) {
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                tr("field %1: no %2 \"%3\" in the ledger of %4").arg(field, what, event.ref, ledger.info.handle));
    };
    switch (event.type) {
    case EventType::Violation:
        return resolveViolation(ledger.info.kind, event, out, error);
    case EventType::Appeal:
        out->type = LedgerEventType::Appeal;
        out->target = indexOfEvent(ledger.events, LedgerEventType::Violation, event.ref);
        return out->target >= 0 || missingRef(QStringLiteral("violation"), tr("violation"));
    case EventType::Decision: {
        out->type = LedgerEventType::Decision;
        out->overturned = event.outcome == QLatin1String("overturned");
        const int appeal = indexOfEvent(ledger.events, LedgerEventType::Appeal, event.ref);
        if (appeal < 0)
            return missingRef(QStringLiteral("appeal"), tr("appeal"));
        out->target = ledger.events[appeal].target;
        return true;
    }
    case EventType::Retraction:
        out->type = LedgerEventType::Retraction;
        out->target = indexOfEvent(ledger.events, LedgerEventType::Violation, event.ref);
        return out->target >= 0 || missingRef(QStringLiteral("violation"), tr("violation"));
    case EventType::Exam:
        out->type = LedgerEventType::Exam;
        return true;
    case EventType::Ban:
        out->type = LedgerEventType::Ban;
        return true;
    case EventType::Deposit:
    case EventType::Certification:
    case EventType::Contract: {
        LedgerReader::toLedgerType(event.type, &out->type);
        const int action = EventVocabulary::indexOf(EventVocabulary::actions(event.type), event.action);
        if (action < 0)
            return StoreError::fail(error, StoreError::Kind::BadInput,
                                    tr("field action: \"%1\" is not one of %2")
                                        .arg(event.action, EventVocabulary::actions(event.type).join(QStringLiteral(", "))));
        out->action = quint8(action);
        out->amount = event.amount;             // a deposit's; 0 otherwise
        out->counterparty = event.counterparty; // a contract's MCN; empty otherwise
        return true;
    }
    default:
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                tr("field type: a %1 event has no consequences to preview").arg(eventTypeName(event.type)));
    }
}

// R-L2: a code of the subject's own scale, with explicit points in the code's range.
bool ActionPreview::resolveViolation(SubjectKind kind, const StoredEvent &event, LedgerEvent *out,
                                     StoreError *error) const
{
    const Scale &scale = m_store.policy().scale(kind);
    out->type = LedgerEventType::Violation;
    out->code = scale.codeIndex(event.code);
    if (out->code < 0)
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                tr("field code: \"%1\" is not a violation code for %2").arg(event.code, kindLabel(kind)));
    const ViolationCode &code = scale.codes[out->code];
    if (event.points >= 0 && (event.points < code.minPoints || event.points > code.maxPoints))
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                tr("field points: %1 is outside the range %2..%3 of %4 (R-L2)")
                                    .arg(event.points).arg(code.minPoints).arg(code.maxPoints).arg(event.code));
    out->points = event.points;
    out->severe = event.severity == QLatin1String("severe");
    if (out->id.isEmpty())
        out->id = QStringLiteral("(new)");
    return true;
}

int ActionPreview::indexOfEvent(const QVector<LedgerEvent> &events, LedgerEventType type, const QString &id)
{
    for (int i = 0; i < events.size(); ++i) {
        if (events[i].type == type && events[i].id == id)
            return i;
    }
    return -1;
}

void ActionPreview::compare(ActionConsequences *out)
{
    for (const Sanction &s : out->after.sanctions) {
        const Sanction *old = findSanction(out->before.sanctions, s);
        if (!old)
            out->sanctionsStarted.append(s);
        else if (s.endedEarly && old->until != s.until)
            out->sanctionsEnded.append(s);
    }
    out->restrictionsGained = minus(out->after.restrictions, out->before.restrictions);
    out->restrictionsLost = minus(out->before.restrictions, out->after.restrictions);
}

void ActionPreview::describeViolation(const QString &id, ActionConsequences *out)
{
    for (const ViolationOutcome &v : out->after.violations) {
        if (v.id != id)
            continue;
        out->pointsCharged = v.pointsCharged;
        out->deducted = v.deducted;
        out->violationLevel = v.ladderLevel;
        out->countInWindow = v.countInWindow;
        out->effectiveAt = v.effectiveAt;
    }
}

// What the void gives back is what the violation actually deducted (R-T6), clamped to max (R-L3).
void ActionPreview::describeVoid(int target, const QVector<LedgerEvent> &events, ActionConsequences *out)
{
    if (target < 0 || target >= events.size())
        return;
    const QString &id = events[target].id;
    for (const ViolationOutcome &v : out->before.violations) {
        if (v.id == id && v.voidedAt == kNoInstant && v.deducts())
            out->givenBack = std::min(out->before.max, out->before.score + v.deducted) - out->before.score;
    }
}

} // namespace redline
