#pragma once

#include "store/ledger/subjectledger.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>

namespace redline {

// The ledgers of a range of subjects as flat rows: what a bulk replay's reading thread collects from SQLite
// (plain numbers, ids and handles as bytes in one buffer), so that the SubjectLedgers, with their strings
// and vectors, are built by the thread pool (build()) and the reading thread allocates almost nothing per
// row (docs/performance.md, `bench_replaywith`). Buffers are kept across clear() for the next chunk.
class LedgerRows
{
public:
    // One ledger event as LedgerReader::appendEvent would build it, its strings still bytes.
    struct Event {
        Instant at = 0;
        qint64 seq = 0;
        qint64 refSeq = 0;   // Appeal/Decision/Retraction: the seq it points at
        qint64 amount = 0;
        qint64 mcnId = 0;    // Contract: the counterparty's subject id
        int idStart = 0;     // Violation/Appeal: the id's bytes in text()
        int idLength = -1;   // -1: NULL
        int code = -1;       // Violation: code key (LedgerReader::codeNames)
        int points = -1;
        int counterparty = -1; // Contract: index into counterparties()
        LedgerEventType type = LedgerEventType::Violation;
        quint8 action = 0;
        bool severe = false;
        bool overturned = false;
    };

    struct Subject {
        qint64 id = 0;
        Instant registeredAt = 0;
        int handleStart = 0;
        int handleLength = -1; // -1: NULL
        int firstEvent = 0;
        int eventCount = 0;
        int mcnInfo = -1;      // an MCN's attributes, parsed by the reader: index into mcnInfos
        bool hasContracts = false;
        SubjectKind kind = SubjectKind::Creator;
    };

    void clear();
    bool isEmpty() const { return m_subjects.isEmpty(); }
    int size() const { return int(m_subjects.size()); }
    const Subject &subject(int index) const { return m_subjects[index]; }
    const Event &event(int index) const { return m_events[index]; }

    // Filled by LedgerReader::readRangeRows, in subject id order and each subject's events in (at, seq) order.
    Subject &addSubject(qint64 id, SubjectKind kind, Instant registeredAt, const char *handle, int handleBytes);
    void setMcnInfo(Subject &subject, const SubjectInfo &info);
    Event &addEvent(int subjectIndex);
    void setId(Event &event, const char *bytes, int size);
    void setHasContracts(int subjectIndex) { m_subjects[subjectIndex].hasContracts = true; }
    // Contract counterparties: each MCN's handle once per chunk (-1: not yet added).
    int counterpartyOf(qint64 mcnId) const { return m_counterpartyIndex.value(mcnId, -1); }
    int addCounterparty(qint64 mcnId, const QString &handle);

    // The subject's ledger as LedgerReader::readRange builds it: the same events, targets and contracts.
    void build(int subjectIndex, SubjectLedger *out) const;

private:
    QString textAt(int start, int length) const;
    static void resolveTargets(SubjectLedger &ledger, const QVector<QPair<int, qint64>> &refs);

    QVector<Subject> m_subjects;
    QVector<Event> m_events;
    QByteArray m_text;
    QVector<SubjectInfo> m_mcnInfos;
    QVector<QString> m_counterparties;
    QHash<qint64, int> m_counterpartyIndex;
};

} // namespace redline
