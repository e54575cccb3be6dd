#pragma once

#include "base/progress.h"
#include "store/write/resolvedevent.h"
#include "store/sql/sqlstatement.h"
#include "base/storedevent.h"
#include "base/storeerror.h"
#include "store/write/eventsink.h"
#include "store/writerequest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFuture>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

namespace redline {

class EventValidator;
class Store;

// The one way events enter the ledger: a transaction that validates each event against the store as
// it grows (EventValidator), inserts it with prepared statements, and on commit refreshes the cached
// state of every subject touched (and of the creators of a touched MCN, R-M6), appends one audit row and
// commits. Nothing is written unless commit() succeeds: an error or the destructor rolls back.
//
//   BulkWriter writer(store, "generate", "seed 7");
//   if (!writer.begin(&error)) ...
//   for (...) if (!writer.append(event, &error)) return false;   // error: "field F: why"
//   writer.commit(progress, &error);
//
// Re-appending an event already stored with the same content is a no-op (counted in skipped()).
//
// For speed at scale: the checks an event needs no store for can run on the caller's other threads
// (EventValidator::prepare, then appendPrepared()); the audit hash runs on the thread pool; the R-L4
// trigger is suspended inside the transaction (Schema::suspendFourEyesTrigger); and a load into an empty
// ledger writes under a rollback journal instead of WAL (useRollbackJournalIfEmpty) and builds the subject
// and state indexes at its end (Schema::deferSubjectIndex, deferStateIndexes).
class BulkWriter : public EventSink
{
    Q_DECLARE_TR_FUNCTIONS(BulkWriter)
public:
    // Only the store makes one (Store::write), so every write passes its checks and its audit.
    BulkWriter(Store &store, const WriteRequest &request);
    ~BulkWriter() override;
    BulkWriter(const BulkWriter &) = delete;
    BulkWriter &operator=(const BulkWriter &) = delete;

    bool begin(StoreError *error);
    bool append(const StoredEvent &event, StoreError *error);
    bool append(StoredEvent &&event, StoreError *error) override;
    // An event that passed EventValidator::prepare (on another thread, say): the store checks remain.
    bool appendPrepared(ResolvedEvent &&prepared, StoreError *error) override;
    bool setPasswordHash(const QString &name, const QByteArray &hash, StoreError *error) override;
    bool commit(StoreError *error);
    void rollback();

    qint64 appended() const override { return m_appended; }
    qint64 skipped() const override { return m_skipped; }

private:
    bool ledgerIsEmpty(bool *empty, StoreError *error);
    bool useRollbackJournalIfEmpty(StoreError *error);
    bool deferIndexesIfEmpty(StoreError *error);
    bool buildSubjectIndex(StoreError *error);
    bool insert(ResolvedEvent &r, StoreError *error);
    bool insertSubject(ResolvedEvent &r, StoreError *error);
    bool insertEventRow(const ResolvedEvent &r, bool *duplicateId, StoreError *error);
    void setCacheSize(const char *pragma);
    void restoreConnection();
    bool recordUser(const ResolvedEvent &r, StoreError *error);
    bool stampRecorded(StoredEvent &event, StoreError *error) const;
    QString auditDetail() const;
    bool subjectsToRefresh(QVector<qint64> *ids, StoreError *error);
    bool appendAudit(StoreError *error);
    void hashInBackground();
    QByteArray eventsHash();
    bool failWrite(StoreError *error);

    Store &m_store;
    WriteRequest m_request;
    QString m_actor;
    Instant m_now = 0;
    StoredEvent m_onlyEvent; // the first appended, to describe a one-event write in the audit log
    std::unique_ptr<EventValidator> m_validator;
    SqlStatement m_insertEvent;
    SqlStatement m_insertSubject;
    SqlStatement m_upsertUser;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    std::vector<StoredEvent> m_toHash; // appended, not yet in m_hash
    QFuture<void> m_hashing;
    qint64 m_firstSeq = 0;
    qint64 m_lastSeq = 0;
    qint64 m_appended = 0;
    qint64 m_notices = 0; // of m_appended
    qint64 m_skipped = 0;
    std::vector<bool> m_touched; // by subject id: ids are dense, and this is set once per event
    QSet<qint64> m_touchedMcns;
    bool m_postsAppended = false;  // their findings are written at commit (FindingsWriter)
    QSet<qint64> m_requalified;    // creators with a qualification appended: their posts' R-H1 findings change
    QVector<qint64> m_reports;     // reports appended: new triage items (TriageWriter)
    QSet<QString> m_steppedItems;  // the items triage steps appended name: their state changes
    QString m_onlySubject; // the handle, while every event so far concerned one subject
    bool m_manySubjects = false;
    bool m_open = false;
    bool m_passwordSet = false;
    bool m_rollbackJournal = false; // switched from WAL for a load into an empty ledger
    bool m_indexesDeferred = false; // the subject and state indexes, built at commit (Schema::deferSubjectIndex)
};

} // namespace redline
