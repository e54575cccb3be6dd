#include "ledgerrows.h"

#include <QPair>

namespace redline {

namespace {

// Below this many events a linear search for a referenced seq beats building a hash (most ledgers hold a
// handful of events).
constexpr int kLinearSearchEvents = 64;

} // namespace

void LedgerRows::clear()
{
    m_subjects.clear();
    m_events.clear();
    m_text.resize(0); // keeps the capacity (clear() would give the buffer back)
    m_mcnInfos.clear();
    m_counterparties.clear();
    m_counterpartyIndex.clear();
}

LedgerRows::Subject &LedgerRows::addSubject(qint64 id, SubjectKind kind, Instant registeredAt, const char *handle,
                                            int handleBytes)
{
    Subject s;
    s.id = id;
    s.kind = kind;
    s.registeredAt = registeredAt;
    if (handle) {
        s.handleStart = int(m_text.size());
        s.handleLength = handleBytes;
        m_text.append(handle, handleBytes);
    }
    m_subjects.append(s);
    return m_subjects.last();
}

void LedgerRows::setMcnInfo(Subject &subject, const SubjectInfo &info)
{
    subject.mcnInfo = int(m_mcnInfos.size());
    m_mcnInfos.append(info);
}

LedgerRows::Event &LedgerRows::addEvent(int subjectIndex)
{
    Subject &s = m_subjects[subjectIndex];
    if (s.eventCount++ == 0) // a subject's events come together, after every subject of the range
        s.firstEvent = int(m_events.size());
    m_events.append(Event());
    return m_events.last();
}

void LedgerRows::setId(Event &event, const char *bytes, int size)
{
    if (!bytes) {
        event.idLength = -1;
        return;
    }
    event.idStart = int(m_text.size());
    event.idLength = size;
    m_text.append(bytes, size);
}

int LedgerRows::addCounterparty(qint64 mcnId, const QString &handle)
{
    const int index = int(m_counterparties.size());
    m_counterparties.append(handle);
    m_counterpartyIndex.insert(mcnId, index);
    return index;
}

QString LedgerRows::textAt(int start, int length) const
{
    // As SqlStatement::text: NULL is a null string, anything else its UTF-8.
    return length < 0 ? QString() : QString::fromUtf8(m_text.constData() + start, length);
}

void LedgerRows::build(int subjectIndex, SubjectLedger *out) const
{
    const Subject &s = m_subjects[subjectIndex];
    out->id = s.id;
    if (s.mcnInfo >= 0)
        out->info = m_mcnInfos[s.mcnInfo];
    out->info.handle = textAt(s.handleStart, s.handleLength);
    out->info.kind = s.kind;
    out->info.registeredAt = s.registeredAt;
    out->events.clear();
    out->events.reserve(s.eventCount);
    out->contracts.clear();
    QVector<QPair<int, qint64>> refs; // (event index, the seq it points at), in event order
    for (int i = s.firstEvent; i < s.firstEvent + s.eventCount; ++i) {
        const Event &row = m_events[i];
        LedgerEvent e;
        e.type = row.type;
        e.seq = row.seq;
        e.at = row.at;
        switch (row.type) {
        case LedgerEventType::Violation:
            e.id = textAt(row.idStart, row.idLength);
            e.code = row.code;
            e.points = row.points;
            e.severe = row.severe;
            break;
        case LedgerEventType::Appeal:
            e.id = textAt(row.idStart, row.idLength);
            refs.append({int(out->events.size()), row.refSeq});
            break;
        case LedgerEventType::Decision:
            e.overturned = row.overturned;
            refs.append({int(out->events.size()), row.refSeq});
            break;
        case LedgerEventType::Retraction:
            refs.append({int(out->events.size()), row.refSeq});
            break;
        case LedgerEventType::Deposit:
        case LedgerEventType::Certification:
            e.action = row.action;
            e.amount = row.amount;
            break;
        case LedgerEventType::Contract:
            e.action = row.action;
            e.counterparty = m_counterparties.value(row.counterparty);
            out->contracts.append({e.at, e.seq, row.mcnId, e.action == quint8(ContractAction::Start)});
            break;
        case LedgerEventType::Exam:
        case LedgerEventType::Ban:
            break;
        }
        out->events.append(std::move(e));
    }
    resolveTargets(*out, refs);
}

// As LedgerReader::resolveTargets: appeals and retractions point at their violation's seq, decisions at
// their appeal's; all become the violation's index. Appeals come before the decisions that name them.
void LedgerRows::resolveTargets(SubjectLedger &ledger, const QVector<QPair<int, qint64>> &refs)
{
    if (refs.isEmpty())
        return;
    QVector<LedgerEvent> &events = ledger.events;
    QHash<qint64, int> indexOfSeq;
    const bool linear = events.size() <= kLinearSearchEvents;
    if (!linear) {
        indexOfSeq.reserve(events.size());
        for (int i = 0; i < events.size(); ++i)
            indexOfSeq.insert(events[i].seq, i);
    }
    auto indexOf = [&](qint64 seq) {
        if (!linear)
            return indexOfSeq.value(seq, -1);
        for (int i = 0; i < events.size(); ++i) { // seqs are unique: the first is the only one
            if (events[i].seq == seq)
                return i;
        }
        return -1;
    };
    for (const auto &[event, refSeq] : refs) {
        int target = indexOf(refSeq);
        if (target >= 0 && events[target].type == LedgerEventType::Appeal)
            target = events[target].target;
        events[event].target = target;
    }
}

} // namespace redline
