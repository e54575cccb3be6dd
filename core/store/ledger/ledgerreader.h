#pragma once

#include "policy/policy.h"
#include "store/sql/sqlstatement.h"
#include "base/storedevent.h"
#include "base/storeerror.h"
#include "store/ledger/ledgerrows.h"
#include "store/ledger/subjectledger.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

struct sqlite3;

namespace redline {

// Loads subjects' ledgers from the store and builds the engine's input (ledger.h): decisions, appeals and
// retractions name their violation by index in the same vector; codes become indices once resolved
// against a policy. Reads one subject, or every subject in an id range in one pass over the
// (subject_id, at, seq) index for bulk replays.
class LedgerReader
{
    Q_DECLARE_TR_FUNCTIONS(LedgerReader)
public:
    LedgerReader(sqlite3 *db, const QString &path);

    // The ledger type the engine reads for a stored event type (ledger.h); false for the types it ignores
    // (subject, metrics, note...).
    static bool toLedgerType(EventType type, LedgerEventType *out);

    bool read(qint64 subjectId, SubjectLedger *out, StoreError *error);
    // From now on read() sees only the events recorded by `knownAt` (kNoInstant: all of them).
    void setKnownAt(Instant knownAt);
    // The same ledger from its events' seqs, given in (at, seq) order: for a load that defers the subject
    // index (Schema::deferSubjectIndex), when read() would scan the whole table.
    bool readSeqs(qint64 subjectId, const QVector<qint64> &seqs, SubjectLedger *out, StoreError *error);
    // Appends the ledger of every subject with an id in [firstId, lastId], in id order.
    bool readRange(qint64 firstId, qint64 lastId, QVector<SubjectLedger> *out, StoreError *error);
    // The same subjects as flat rows (LedgerRows::build makes each ledger), for a bulk replay that builds the
    // ledgers on its thread pool; `out` is cleared first.
    bool readRangeRows(qint64 firstId, qint64 lastId, LedgerRows *out, StoreError *error);
    qint64 maxSubjectId(StoreError *error);
    // An MCN's handle, as the engine names contract counterparties (cached: there are few MCNs).
    QString handleOf(qint64 subjectId);

    // Violation code keys read so far -> the code's name.
    const QStringList &codeNames() const { return m_codeNames; }
    // For each code key, its index in the policy's scale of the code's kind (-1: the policy lacks it).
    QVector<int> codeIndices(const Policy &policy) const;
    // The engine's ledger under one policy.
    static QVector<LedgerEvent> resolve(const SubjectLedger &ledger, const QVector<int> &codeIndices);

private:
    struct PendingRef {
        int event;
        qint64 refSeq;
    };

    bool readSubject(qint64 subjectId, SubjectLedger *out, StoreError *error);
    void appendEvent(SubjectLedger &ledger, const SqlStatement &row, QVector<PendingRef> &refs);
    void appendEventRow(LedgerRows &rows, int subjectIndex, const SqlStatement &row);
    static void resolveTargets(SubjectLedger &ledger, const QVector<PendingRef> &refs);
    int codeKey(const SqlStatement &row, int column);
    bool failRead(StoreError *error);

    sqlite3 *m_db;
    QString m_path;
    SqlStatement m_subject;
    SqlStatement m_subjectRange;
    SqlStatement m_events;
    SqlStatement m_eventBySeq;
    SqlStatement m_eventRange;
    SqlStatement m_handle;
    QHash<QByteArray, int> m_codeKeys;
    QStringList m_codeNames;
    QHash<qint64, QString> m_handles;
    Instant m_knownAt = kNoInstant;
};

} // namespace redline
