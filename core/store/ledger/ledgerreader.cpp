#include "ledgerreader.h"

#include "store/sql/sqlerror.h"
#include "base/storedevent.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace redline {

namespace {

const char kSubjectSql[] = "SELECT id, handle, kind, at, attrs FROM subjects WHERE id = ?1";
const char kSubjectRangeSql[] = "SELECT id, handle, kind, at, attrs FROM subjects WHERE id BETWEEN ?1 AND ?2 ORDER BY id";
// The queries have the same columns; only the range query needs subject_id (column 0).
const char kEventsSql[] = "SELECT 0, seq, type, at, ext_id, ref_seq, code, points, severity, action, outcome, amount, "
                          "counterparty_id FROM events WHERE subject_id = ?1 ORDER BY at, seq";
// --known-at (docs/contracts.md): only the events recorded by then; the covering index does not hold
// recorded_at, so this reads the table, which is fine for the one subject it is asked for.
const char kKnownEventsSql[] = "SELECT 0, seq, type, at, ext_id, ref_seq, code, points, severity, action, outcome, "
                               "amount, counterparty_id FROM events WHERE subject_id = ?1 "
                               "AND (recorded_at IS NULL OR recorded_at <= ?2) ORDER BY at, seq";
const char kEventBySeqSql[] = "SELECT 0, seq, type, at, ext_id, ref_seq, code, points, severity, action, outcome, "
                              "amount, counterparty_id FROM events WHERE seq = ?1";
const char kEventRangeSql[] = "SELECT subject_id, seq, type, at, ext_id, ref_seq, code, points, severity, action, "
                              "outcome, amount, counterparty_id FROM events WHERE subject_id BETWEEN ?1 AND ?2 "
                              "ORDER BY subject_id, at, seq";
enum EventColumn { SubjectId, Seq, Type, At, ExtId, RefSeq, Code, Points, Severity, Action, Outcome, Amount, Counterparty };

SubjectInfo subjectInfo(const SqlStatement &row)
{
    SubjectInfo info;
    info.handle = row.text(1);
    info.kind = static_cast<SubjectKind>(row.integer(2));
    info.registeredAt = row.int64(3);
    if (info.kind == SubjectKind::Mcn) { // only MCNs carry attributes the engine reads (R-M4)
        const QJsonObject attrs = QJsonDocument::fromJson(row.utf8(4)).object();
        info.registeredMcn = attrs.value(QLatin1String("registered_mcn")).toBool();
        info.region = attrs.value(QLatin1String("region")).toString();
        info.company = attrs.value(QLatin1String("company")).toString();
    }
    return info;
}

} // namespace

bool LedgerReader::toLedgerType(EventType type, LedgerEventType *out)
{
    switch (type) {
    case EventType::Violation: *out = LedgerEventType::Violation; return true;
    case EventType::Appeal: *out = LedgerEventType::Appeal; return true;
    case EventType::Decision: *out = LedgerEventType::Decision; return true;
    case EventType::Retraction: *out = LedgerEventType::Retraction; return true;
    case EventType::Exam: *out = LedgerEventType::Exam; return true;
    case EventType::Deposit: *out = LedgerEventType::Deposit; return true;
    case EventType::Certification: *out = LedgerEventType::Certification; return true;
    case EventType::Contract: *out = LedgerEventType::Contract; return true;
    case EventType::Ban: *out = LedgerEventType::Ban; return true;
    default: return false;
    }
}

LedgerReader::LedgerReader(sqlite3 *db, const QString &path)
    : m_db(db)
    , m_path(path)
    , m_subject(db, kSubjectSql)
    , m_subjectRange(db, kSubjectRangeSql)
    , m_events(db, kEventsSql)
    , m_eventBySeq(db, kEventBySeqSql)
    , m_eventRange(db, kEventRangeSql)
    , m_handle(db, "SELECT handle FROM subjects WHERE id = ?1")
{
}

bool LedgerReader::failRead(StoreError *error)
{
    return SqlError::fail(error, m_db, m_path, tr("read the ledger"));
}

int LedgerReader::codeKey(const SqlStatement &row, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(row.raw(), column));
    const int size = sqlite3_column_bytes(row.raw(), column);
    const QByteArray probe = QByteArray::fromRawData(text ? text : "", size);
    const auto it = m_codeKeys.constFind(probe);
    if (it != m_codeKeys.constEnd())
        return it.value();
    const int key = m_codeNames.size();
    const QByteArray owned(probe.constData(), probe.size());
    m_codeKeys.insert(owned, key);
    m_codeNames.append(QString::fromUtf8(owned));
    return key;
}

void LedgerReader::appendEvent(SubjectLedger &ledger, const SqlStatement &row, QVector<PendingRef> &refs)
{
    const auto type = static_cast<EventType>(row.integer(Type));
    LedgerEvent e;
    if (!LedgerReader::toLedgerType(type, &e.type))
        return;
    e.seq = row.int64(Seq);
    e.at = row.int64(At);
    switch (e.type) {
    case LedgerEventType::Violation:
        e.id = row.text(ExtId);
        e.code = codeKey(row, Code);
        e.points = row.isNull(Points) ? -1 : row.integer(Points);
        e.severe = row.integer(Severity) == 1;
        break;
    case LedgerEventType::Appeal:
        e.id = row.text(ExtId);
        refs.append({int(ledger.events.size()), row.int64(RefSeq)});
        break;
    case LedgerEventType::Decision:
        e.overturned = row.integer(Outcome) == 1;
        refs.append({int(ledger.events.size()), row.int64(RefSeq)});
        break;
    case LedgerEventType::Retraction:
        refs.append({int(ledger.events.size()), row.int64(RefSeq)});
        break;
    case LedgerEventType::Deposit:
    case LedgerEventType::Certification:
        e.action = quint8(row.integer(Action));
        e.amount = row.int64(Amount);
        break;
    case LedgerEventType::Contract: {
        e.action = quint8(row.integer(Action));
        const qint64 mcn = row.int64(Counterparty);
        e.counterparty = handleOf(mcn);
        ledger.contracts.append({e.at, e.seq, mcn, e.action == quint8(ContractAction::Start)});
        break;
    }
    case LedgerEventType::Exam:
    case LedgerEventType::Ban:
        break;
    }
    ledger.events.append(std::move(e));
}

// Appeals and retractions point at their violation's seq, decisions at their appeal's: all become the
// violation's index in the same vector.
void LedgerReader::resolveTargets(SubjectLedger &ledger, const QVector<PendingRef> &refs)
{
    if (refs.isEmpty())
        return;
    QHash<qint64, int> indexOfSeq;
    indexOfSeq.reserve(ledger.events.size());
    for (int i = 0; i < ledger.events.size(); ++i)
        indexOfSeq.insert(ledger.events[i].seq, i);
    for (const PendingRef &ref : refs) {
        int target = indexOfSeq.value(ref.refSeq, -1);
        if (target >= 0 && ledger.events[target].type == LedgerEventType::Appeal)
            target = ledger.events[target].target;
        ledger.events[ref.event].target = target;
    }
}

bool LedgerReader::readSubject(qint64 subjectId, SubjectLedger *out, StoreError *error)
{
    m_subject.reset();
    m_subject.bind(1, subjectId);
    if (!m_subject.next()) {
        if (m_subject.resultCode() != SQLITE_DONE)
            return failRead(error);
        return StoreError::fail(error, StoreError::Kind::Internal, tr("%1: no subject %2").arg(m_path).arg(subjectId));
    }
    *out = SubjectLedger();
    out->id = subjectId;
    out->info = subjectInfo(m_subject);
    m_subject.reset();
    return true;
}

void LedgerReader::setKnownAt(Instant knownAt)
{
    m_knownAt = knownAt;
    m_events = SqlStatement(m_db, knownAt == kNoInstant ? kEventsSql : kKnownEventsSql);
}

bool LedgerReader::read(qint64 subjectId, SubjectLedger *out, StoreError *error)
{
    if (!m_subject.isValid() || !m_events.isValid())
        return failRead(error);
    if (!readSubject(subjectId, out, error))
        return false;
    QVector<PendingRef> refs;
    m_events.reset();
    m_events.bind(1, subjectId);
    if (m_knownAt != kNoInstant)
        m_events.bind(2, m_knownAt);
    while (m_events.next())
        appendEvent(*out, m_events, refs);
    if (m_events.resultCode() != SQLITE_DONE)
        return failRead(error);
    // Appeals are resolved before the decisions that name them, as they come earlier in (at, seq) order.
    resolveTargets(*out, refs);
    return true;
}

bool LedgerReader::readSeqs(qint64 subjectId, const QVector<qint64> &seqs, SubjectLedger *out, StoreError *error)
{
    if (!m_subject.isValid() || !m_eventBySeq.isValid())
        return failRead(error);
    if (!readSubject(subjectId, out, error))
        return false;
    QVector<PendingRef> refs;
    for (qint64 seq : seqs) {
        m_eventBySeq.reset();
        m_eventBySeq.bind(1, seq);
        if (m_eventBySeq.next())
            appendEvent(*out, m_eventBySeq, refs);
        if (m_eventBySeq.resultCode() != SQLITE_ROW && m_eventBySeq.resultCode() != SQLITE_DONE)
            return failRead(error);
    }
    m_eventBySeq.reset();
    resolveTargets(*out, refs);
    return true;
}

bool LedgerReader::readRange(qint64 firstId, qint64 lastId, QVector<SubjectLedger> *out, StoreError *error)
{
    if (!m_subjectRange.isValid() || !m_eventRange.isValid())
        return failRead(error);
    const int firstNew = out->size();
    m_subjectRange.reset();
    m_subjectRange.bind(1, firstId);
    m_subjectRange.bind(2, lastId);
    while (m_subjectRange.next()) {
        SubjectLedger ledger;
        ledger.id = m_subjectRange.int64(0);
        ledger.info = subjectInfo(m_subjectRange);
        out->append(std::move(ledger));
    }
    if (m_subjectRange.resultCode() != SQLITE_DONE)
        return failRead(error);

    m_eventRange.reset();
    m_eventRange.bind(1, firstId);
    m_eventRange.bind(2, lastId);
    int current = firstNew;
    QVector<PendingRef> refs;
    while (m_eventRange.next()) {
        const qint64 subjectId = m_eventRange.int64(SubjectId);
        if (current < out->size() && (*out)[current].id != subjectId) {
            resolveTargets((*out)[current], refs);
            refs.clear();
            while (current < out->size() && (*out)[current].id < subjectId)
                ++current;
        }
        if (current >= out->size() || (*out)[current].id != subjectId)
            continue; // an event of a subject that vanished: verify reports that, replays skip it
        appendEvent((*out)[current], m_eventRange, refs);
    }
    if (m_eventRange.resultCode() != SQLITE_DONE)
        return failRead(error);
    if (current < out->size())
        resolveTargets((*out)[current], refs);
    return true;
}

bool LedgerReader::readRangeRows(qint64 firstId, qint64 lastId, LedgerRows *out, StoreError *error)
{
    if (!m_subjectRange.isValid() || !m_eventRange.isValid())
        return failRead(error);
    out->clear();
    m_subjectRange.reset();
    m_subjectRange.bind(1, firstId);
    m_subjectRange.bind(2, lastId);
    sqlite3_stmt *subjects = m_subjectRange.raw();
    while (m_subjectRange.next()) {
        const auto *handle = reinterpret_cast<const char *>(sqlite3_column_text(subjects, 1));
        LedgerRows::Subject &s = out->addSubject(sqlite3_column_int64(subjects, 0),
                                                 static_cast<SubjectKind>(sqlite3_column_int(subjects, 2)),
                                                 sqlite3_column_int64(subjects, 3), handle,
                                                 sqlite3_column_bytes(subjects, 1));
        if (s.kind == SubjectKind::Mcn)
            out->setMcnInfo(s, subjectInfo(m_subjectRange));
    }
    if (m_subjectRange.resultCode() != SQLITE_DONE)
        return failRead(error);

    m_eventRange.reset();
    m_eventRange.bind(1, firstId);
    m_eventRange.bind(2, lastId);
    int current = 0;
    while (m_eventRange.next()) {
        const qint64 subjectId = sqlite3_column_int64(m_eventRange.raw(), SubjectId);
        while (current < out->size() && out->subject(current).id < subjectId)
            ++current;
        if (current >= out->size() || out->subject(current).id != subjectId)
            continue; // an event of a subject that vanished: verify reports that, replays skip it
        appendEventRow(*out, current, m_eventRange);
    }
    if (m_eventRange.resultCode() != SQLITE_DONE)
        return failRead(error);
    return true;
}

// appendEvent's reading of a row, into flat rows: the same columns for the same types.
void LedgerReader::appendEventRow(LedgerRows &rows, int subjectIndex, const SqlStatement &row)
{
    sqlite3_stmt *r = row.raw();
    LedgerEventType type;
    if (!LedgerReader::toLedgerType(static_cast<EventType>(sqlite3_column_int(r, Type)), &type))
        return;
    LedgerRows::Event &e = rows.addEvent(subjectIndex);
    e.type = type;
    e.seq = sqlite3_column_int64(r, Seq);
    e.at = sqlite3_column_int64(r, At);
    auto setId = [&] {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(r, ExtId));
        rows.setId(e, text, sqlite3_column_bytes(r, ExtId));
    };
    switch (type) {
    case LedgerEventType::Violation:
        setId();
        e.code = codeKey(row, Code);
        e.points = sqlite3_column_type(r, Points) == SQLITE_NULL ? -1 : sqlite3_column_int(r, Points);
        e.severe = sqlite3_column_int(r, Severity) == 1;
        break;
    case LedgerEventType::Appeal:
        setId();
        e.refSeq = sqlite3_column_int64(r, RefSeq);
        break;
    case LedgerEventType::Decision:
        e.overturned = sqlite3_column_int(r, Outcome) == 1;
        e.refSeq = sqlite3_column_int64(r, RefSeq);
        break;
    case LedgerEventType::Retraction:
        e.refSeq = sqlite3_column_int64(r, RefSeq);
        break;
    case LedgerEventType::Deposit:
    case LedgerEventType::Certification:
        e.action = quint8(sqlite3_column_int(r, Action));
        e.amount = sqlite3_column_int64(r, Amount);
        break;
    case LedgerEventType::Contract: {
        e.action = quint8(sqlite3_column_int(r, Action));
        e.mcnId = sqlite3_column_int64(r, Counterparty);
        rows.setHasContracts(subjectIndex);
        e.counterparty = rows.counterpartyOf(e.mcnId);
        if (e.counterparty < 0)
            e.counterparty = rows.addCounterparty(e.mcnId, handleOf(e.mcnId));
        break;
    }
    case LedgerEventType::Exam:
    case LedgerEventType::Ban:
        break;
    }
}

qint64 LedgerReader::maxSubjectId(StoreError *error)
{
    SqlStatement max(m_db, "SELECT coalesce(max(id), 0) FROM subjects");
    if (!max.isValid() || !max.next()) {
        failRead(error);
        return 0;
    }
    return max.int64(0);
}

QString LedgerReader::handleOf(qint64 subjectId)
{
    const auto it = m_handles.constFind(subjectId);
    if (it != m_handles.constEnd())
        return it.value();
    m_handle.reset();
    m_handle.bind(1, subjectId);
    const QString handle = m_handle.next() ? m_handle.text(0) : QString();
    m_handle.reset();
    m_handles.insert(subjectId, handle);
    return handle;
}

QVector<int> LedgerReader::codeIndices(const Policy &policy) const
{
    QVector<int> indices;
    indices.reserve(m_codeNames.size());
    for (const QString &name : m_codeNames) {
        int index = -1;
        for (int kind = 0; kind < kSubjectKindCount && index < 0; ++kind)
            index = policy.scales[kind].codeIndex(name);
        indices.append(index);
    }
    return indices;
}

QVector<LedgerEvent> LedgerReader::resolve(const SubjectLedger &ledger, const QVector<int> &codeIndices)
{
    QVector<LedgerEvent> events = ledger.events;
    for (LedgerEvent &e : events) {
        if (e.type == LedgerEventType::Violation)
            e.code = e.code >= 0 && e.code < codeIndices.size() ? codeIndices[e.code] : -1;
    }
    return events;
}

} // namespace redline
