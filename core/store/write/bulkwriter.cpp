#include "bulkwriter.h"

#include "base/eventvocabulary.h"
#include "base/identity.h"
#include "store/auditlog.h"
#include "base/eventdigest.h"
#include "store/write/eventvalidator.h"
#include "store/write/findingswriter.h"
#include "store/write/triagewriter.h"
#include "store/schema/schema.h"
#include "store/sql/sqlerror.h"
#include "store/statecache.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <sqlite3.h>

#include <algorithm>

namespace redline {

namespace {

constexpr size_t kHashBatch = 8192;
constexpr const char *kBulkCacheSizePragma = "PRAGMA cache_size = -4194304";

const char kInsertEvent[] =
    "INSERT INTO events(type, subject_id, at, ext_id, ref_seq, by, code, points, severity, source, action, "
    "outcome, counterparty_id, campaign_seq, amount, text, name, role, attrs, digest, recorded_at, recorded_by) "
    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)";

void bindOptional(SqlStatement &q, int index, qint64 value, qint64 none)
{
    if (value == none)
        q.bindNull(index);
    else
        q.bind(index, value);
}

} // namespace

BulkWriter::BulkWriter(Store &store, const WriteRequest &request)
    : m_store(store)
    , m_request(request)
    , m_actor(request.actor.isEmpty() ? store.actor() : request.actor)
    , m_now(store.now())
{
}

BulkWriter::~BulkWriter()
{
    rollback();
}

bool BulkWriter::failWrite(StoreError *error)
{
    return SqlError::fail(error, m_store.handle(), m_store.path(), tr("append to the ledger"));
}

bool BulkWriter::begin(StoreError *error)
{
    sqlite3 *db = m_store.handle();
    if (m_store.isReadOnly())
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                tr("%1: opened read-only; cannot %2").arg(m_store.path(), m_request.action));
    // Every reference an event carries (subject, violation or appeal, MCN, campaign) is resolved by
    // EventValidator against the store inside this transaction, so SQLite's own foreign-key probes (one
    // B-tree search per reference per row, a fifth of the insert cost) only repeat them. The pragma is a
    // no-op inside a transaction, hence before BEGIN; rollback() and commit() turn the checks back on.
    // A team store's working copy first takes the server's write lock and catches up (StoreLink), so the
    // validator below sees what the team recorded, under the policy the team has in force.
    if (!m_store.beginLinkedWrite(error))
        return false;
    sqlite3_exec(db, "PRAGMA foreign_keys = OFF", nullptr, nullptr, nullptr);
    if (!useRollbackJournalIfEmpty(error)) {
        m_store.abandonLinkedWrite();
        return false;
    }
    if (!SqlError::exec(db, "BEGIN IMMEDIATE", error, m_store.path(), tr("start a transaction"))) {
        restoreConnection();
        m_store.abandonLinkedWrite();
        return false;
    }
    m_open = true;
    // Integrity on every write (docs/architecture.md): a store whose audit head or guards were tampered
    // with is refused before anything is appended, so no write can make it verify again.
    if (!m_store.checkIntegrity(error) || !Schema::suspendFourEyesTrigger(db, m_store.path(), error) || !deferIndexesIfEmpty(error)) {
        rollback();
        return false;
    }
    // Up to 4 GiB while bulk-inserting, so that a store of millions of events keeps its indexes (and the
    // transaction's dirty pages) in memory instead of spilling them to the WAL and reading them back.
    setCacheSize(kBulkCacheSizePragma);
    m_validator = std::make_unique<EventValidator>(db, m_store.path(), m_store.policy(), m_store.schedule());
    if (m_indexesDeferred)
        m_validator->startFromEmptyLedger();
    m_insertEvent = SqlStatement(db, kInsertEvent);
    m_insertSubject = SqlStatement(db, "INSERT INTO subjects(handle, kind, name, at, attrs) VALUES(?1, ?2, ?3, ?4, ?5)");
    // A role change takes effect when it is recorded (docs/roles.md); the password hash stays.
    m_upsertUser = SqlStatement(db, "INSERT INTO users(name, role, since, disabled) VALUES(?1, ?2, ?3, ?4) "
                                    "ON CONFLICT(name) DO UPDATE SET role = excluded.role, since = excluded.since, "
                                    "disabled = excluded.disabled");
    if (!m_insertEvent.isValid() || !m_insertSubject.isValid() || !m_upsertUser.isValid()) {
        failWrite(error);
        rollback();
        return false;
    }
    return true;
}

// A load into an empty ledger (a new store's generate or first import) is the whole file: under WAL its
// pages would be written twice, to the log and then by the checkpoint. A rollback journal has next to
// nothing to save for an empty store, so the pages go once, straight into the file, and a crash still
// leaves the empty store (the journal is rolled back when the file is next opened). Only when no other
// connection has the file open, so nobody waits on it: the mode change would otherwise be refused.
bool BulkWriter::useRollbackJournalIfEmpty(StoreError *error)
{
    sqlite3 *db = m_store.handle();
    bool empty = false;
    if (!ledgerIsEmpty(&empty, error))
        return false;
    if (!empty)
        return true;
    sqlite3_busy_timeout(db, 0);
    SqlStatement mode(db, "PRAGMA journal_mode = DELETE");
    m_rollbackJournal = mode.isValid() && mode.next() && mode.text(0) == QLatin1String("delete");
    mode = SqlStatement();
    sqlite3_busy_timeout(db, Store::kBusyTimeoutMs);
    return true;
}

bool BulkWriter::ledgerIsEmpty(bool *empty, StoreError *error)
{
    SqlStatement query(m_store.handle(), "SELECT NOT EXISTS (SELECT 1 FROM events)");
    if (!query.isValid() || !query.next())
        return failWrite(error);
    *empty = query.integer(0) != 0;
    return true;
}

// Checked again inside the transaction: another process may have written between the journal-mode
// switch and BEGIN.
bool BulkWriter::deferIndexesIfEmpty(StoreError *error)
{
    bool empty = false;
    if (!ledgerIsEmpty(&empty, error))
        return false;
    if (!empty)
        return true;
    m_indexesDeferred = Schema::deferSubjectIndex(m_store.handle(), m_store.path(), error)
                             && Schema::deferStateIndexes(m_store.handle(), m_store.path(), error);
    return m_indexesDeferred;
}

// CREATE INDEX sorts the ledger with SQLite's sorter, which sorts runs on worker threads only when it
// has several (a cache smaller than the data; the transaction's dirty pages stay, as spilling is off)
// in temporary files (not memory). On this 2-core machine: 18 s on one thread, 10 s on two.
bool BulkWriter::buildSubjectIndex(StoreError *error)
{
    const QByteArray threads = "PRAGMA threads = " + QByteArray::number(QThread::idealThreadCount());
    sqlite3 *db = m_store.handle();
    sqlite3_exec(db, threads.constData(), nullptr, nullptr, nullptr);
    sqlite3_exec(db, "PRAGMA cache_spill = OFF", nullptr, nullptr, nullptr);
    setCacheSize("PRAGMA cache_size = -65536");
    const bool built = Schema::buildSubjectIndex(db, m_store.path(), error);
    setCacheSize(kBulkCacheSizePragma);
    sqlite3_exec(db, "PRAGMA cache_spill = ON", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "PRAGMA threads = 0", nullptr, nullptr, nullptr);
    return built;
}

void BulkWriter::rollback()
{
    m_hashing.waitForFinished(); // it uses m_hash
    if (!m_open)
        return;
    m_open = false;
    m_indexesDeferred = false;
    sqlite3_exec(m_store.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    restoreConnection();
    m_store.abandonLinkedWrite();
}

void BulkWriter::setCacheSize(const char *pragma)
{
    sqlite3_exec(m_store.handle(), pragma, nullptr, nullptr, nullptr);
}

// The connection as Store::configure left it, once no bulk transaction is open.
void BulkWriter::restoreConnection()
{
    if (m_rollbackJournal) { // when another connection is reading, the store stays in this mode until its next open
        sqlite3_exec(m_store.handle(), "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
        m_rollbackJournal = false;
    }
    setCacheSize(Store::kCacheSizePragma);
    sqlite3_exec(m_store.handle(), "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
}

bool BulkWriter::append(const StoredEvent &event, StoreError *error)
{
    return append(StoredEvent(event), error);
}

bool BulkWriter::append(StoredEvent &&event, StoreError *error)
{
    ResolvedEvent r;
    return EventValidator::prepare(std::move(event), &r, error) && appendPrepared(std::move(r), error);
}

bool BulkWriter::appendPrepared(ResolvedEvent &&prepared, StoreError *error)
{
    if (!m_open)
        return StoreError::fail(error, StoreError::Kind::Internal, tr("append outside a transaction"));
    ResolvedEvent r = std::move(prepared);
    if ((m_request.authorize && !m_request.authorize(r.event, error)) || !stampRecorded(r.event, error)
        || !m_validator->validatePrepared(r, error))
        return false;
    if (r.alreadyStored) {
        ++m_skipped;
        return true;
    }
    return insert(r, error);
}

// When and by whom (R-P2, docs/contracts.md): the store's clock and the writer, unless the line carries them
// (an export being imported again); a recording in the store's future is refused.
bool BulkWriter::stampRecorded(StoredEvent &event, StoreError *error) const
{
    if (event.recordedAt == kNoInstant)
        event.recordedAt = m_now;
    else if (event.recordedAt > m_now)
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                tr("field recorded_at: %1 is later than now (%2)")
                                    .arg(formatInstant(event.recordedAt), formatInstant(m_now)));
    if (event.recordedBy.isEmpty())
        event.recordedBy = m_actor;
    return true;
}

bool BulkWriter::insert(ResolvedEvent &r, StoreError *error)
{
    if (r.event.type == EventType::Subject) {
        if (!insertSubject(r, error))
            return false;
        if (r.alreadyStored) {
            ++m_skipped;
            return true;
        }
    }
    bool duplicateId = false;
    if (!insertEventRow(r, &duplicateId, error))
        return false;
    if (duplicateId) { // the same line again (a no-op), or another event under a used id (an error)
        if (!m_validator->findStoredById(r, error))
            return false;
        if (!r.alreadyStored)
            return StoreError::fail(error, StoreError::Kind::Internal, tr("id %1 clashed but was not found").arg(r.event.id));
        ++m_skipped;
        return true;
    }
    if (r.event.type == EventType::User && !recordUser(r, error))
        return false;
    const qint64 seq = sqlite3_last_insert_rowid(m_store.handle());
    m_validator->rememberEvent(r, seq);
    if (m_firstSeq == 0)
        m_firstSeq = seq;
    m_lastSeq = seq;
    if (m_appended == 0)
        m_onlyEvent = r.event;
    ++m_appended;
    if (r.event.type == EventType::Notice)
        ++m_notices;
    if (r.event.type == EventType::Post)
        m_postsAppended = true;
    if (r.event.type == EventType::Qualification)
        m_requalified.insert(r.subjectId);
    if (r.event.type == EventType::Report)
        m_reports.append(seq);
    if (r.event.type == EventType::Triage)
        m_steppedItems.insert(r.event.code);
    if (r.subjectId != 0) {
        if (size_t(r.subjectId) >= m_touched.size())
            m_touched.resize(size_t(r.subjectId) * 2 + 1024);
        m_touched[size_t(r.subjectId)] = true;
        if (r.kind == SubjectKind::Mcn)
            m_touchedMcns.insert(r.subjectId);
        if (!m_manySubjects) {
            if (m_onlySubject.isEmpty())
                m_onlySubject = r.event.subject;
            else if (m_onlySubject != r.event.subject)
                m_manySubjects = true;
        }
    }
    m_toHash.push_back(std::move(r.event));
    if (m_toHash.size() >= kHashBatch)
        hashInBackground();
    return true;
}

// The audit row's hash of the appended events (their canonical form, in ledger order) is a tenth of a bulk
// load's work: one batch at a time runs on the thread pool while this thread goes on inserting, and the
// events are freed there too.
void BulkWriter::hashInBackground()
{
    m_hashing.waitForFinished();
    m_hashing = QtConcurrent::run([this, events = std::move(m_toHash)]() {
        for (const StoredEvent &event : events)
            m_hash.addData(EventDigest::recordedCanonical(event));
    });
    m_toHash = {};
    m_toHash.reserve(kHashBatch);
}

QByteArray BulkWriter::eventsHash()
{
    hashInBackground();
    m_hashing.waitForFinished();
    return m_hash.result();
}

bool BulkWriter::insertSubject(ResolvedEvent &r, StoreError *error)
{
    const StoredEvent &e = r.event;
    SqlStatement &q = m_insertSubject;
    q.bind(1, e.subject);
    q.bind(2, int(r.kind));
    q.bindText(3, e.name.toUtf8());
    if (e.name.isEmpty()) // NOT NULL: a subject may have no display name
        sqlite3_bind_text(q.raw(), 3, "", 0, SQLITE_STATIC);
    q.bind(4, e.at);
    q.bindText(5, e.attrs);
    if (!q.exec()) {
        // The handle is taken: the same registration again (a no-op), or another one (an error).
        if (sqlite3_extended_errcode(m_store.handle()) == SQLITE_CONSTRAINT_UNIQUE)
            return m_validator->findStoredSubject(r, error);
        return failWrite(error);
    }
    r.subjectId = sqlite3_last_insert_rowid(m_store.handle());
    m_validator->rememberSubject(e.subject, r.subjectId, r.kind);
    return true;
}

bool BulkWriter::insertEventRow(const ResolvedEvent &r, bool *duplicateId, StoreError *error)
{
    const StoredEvent &e = r.event;
    const bool subject = e.type == EventType::Subject; // its content lives in the subjects row
    SqlStatement &q = m_insertEvent;
    q.bind(1, int(e.type));
    bindOptional(q, 2, r.subjectId, 0);
    q.bind(3, e.at);
    q.bindUnowned(4, e.id);
    bindOptional(q, 5, r.refSeq, 0);
    q.bindUnowned(6, e.by);
    q.bindUnowned(7, e.code);
    bindOptional(q, 8, e.points, -1);
    bindOptional(q, 9, r.severity, -1);
    bindOptional(q, 10, r.source, -1);
    bindOptional(q, 11, r.action, -1);
    bindOptional(q, 12, r.outcome, -1);
    bindOptional(q, 13, r.counterpartyId, 0);
    bindOptional(q, 14, r.campaignSeq, 0);
    bindOptional(q, 15, e.amount, 0);
    q.bindUnowned(16, e.text);
    q.bindUnowned(17, subject ? QString() : e.name);
    q.bindUnowned(18, subject ? QString() : e.kind);
    q.bindText(19, subject ? QByteArray() : e.attrs);
    bindOptional(q, 20, r.digest, 0);
    q.bind(21, e.recordedAt);
    q.bindUnowned(22, e.recordedBy);
    if (!q.exec()) {
        const int code = sqlite3_extended_errcode(m_store.handle());
        // A violation's only unique key is its id (EventValidator leaves that check to this insert).
        if (code == SQLITE_CONSTRAINT_UNIQUE && e.type == EventType::Violation) {
            *duplicateId = true;
            return true;
        }
        if (code == SQLITE_CONSTRAINT_UNIQUE && !m_validator->explainDuplicateRef(r, error))
            return false;
        if ((code & 0xff) == SQLITE_CONSTRAINT) // the schema's own R-L3/R-L4 guards, should validation miss
            return StoreError::fail(error, StoreError::Kind::BadInput,
                                    tr("refused by the store: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_store.handle()))));
        return failWrite(error);
    }
    return true;
}

bool BulkWriter::recordUser(const ResolvedEvent &r, StoreError *error)
{
    m_upsertUser.bind(1, r.event.name);
    m_upsertUser.bind(2, r.event.kind);
    m_upsertUser.bind(3, r.event.recordedAt);
    m_upsertUser.bind(4, r.event.action == QLatin1String("disable") ? 1 : 0);
    return m_upsertUser.exec() || failWrite(error);
}

// R-M6: a creator's state depends on its MCN's, so touching an MCN touches its creators.
bool BulkWriter::subjectsToRefresh(QVector<qint64> *ids, StoreError *error)
{
    std::vector<bool> refresh = m_touched;
    SqlStatement creators(m_store.handle(), "SELECT DISTINCT subject_id FROM events WHERE counterparty_id = ?1");
    if (!creators.isValid())
        return failWrite(error);
    for (qint64 mcn : std::as_const(m_touchedMcns)) {
        creators.reset();
        creators.bind(1, mcn);
        while (creators.next()) {
            const size_t creator = size_t(creators.int64(0));
            if (creator >= refresh.size())
                refresh.resize(creator + 1);
            refresh[creator] = true;
        }
        if (creators.resultCode() != SQLITE_DONE)
            return failWrite(error);
    }
    ids->clear();
    for (size_t id = 0; id < refresh.size(); ++id) {
        if (refresh[id])
            ids->append(qint64(id));
    }
    return true;
}

bool BulkWriter::appendAudit(StoreError *error)
{
    AuditEntry entry;
    entry.at = m_now;
    entry.actor = m_actor;
    entry.action = m_request.action;
    entry.subject = m_manySubjects ? QString() : m_onlySubject;
    entry.firstSeq = m_firstSeq;
    entry.lastSeq = m_lastSeq;
    if (m_appended > 0)
        entry.eventsHash = eventsHash();
    entry.detail = auditDetail();
    entry.format = 2;
    return AuditLog(m_store.handle(), m_store.path()).append(entry, error);
}

bool BulkWriter::setPasswordHash(const QString &name, const QByteArray &hash, StoreError *error)
{
    SqlStatement update(m_store.handle(), "UPDATE users SET password_hash = ?2 WHERE name = ?1");
    if (!update.isValid())
        return failWrite(error);
    update.bind(1, name);
    update.bindText(2, hash);
    if (hash.isEmpty())
        update.bindNull(2);
    if (!update.exec())
        return failWrite(error);
    if (sqlite3_changes(m_store.handle()) != 1)
        return StoreError::fail(error, StoreError::Kind::BadInput, tr("no user %1").arg(name));
    m_passwordSet = true;
    m_request.detail.insert(QStringLiteral("user"), name);
    return true;
}

// The facts AuditText turns into a sentence (docs/architecture.md "Audit log"): the counts, and for a
// one-event write the event itself, in the words of its JSON line.
QString BulkWriter::auditDetail() const
{
    QJsonObject detail = m_request.detail;
    detail.insert(QStringLiteral("events"), m_appended);
    if (m_skipped > 0)
        detail.insert(QStringLiteral("skipped"), m_skipped);
    if (m_passwordSet)
        detail.insert(QStringLiteral("password"), true);
    // An action's notices follow its one event in the same write (core/notice): the row still describes
    // that event, and counts the notices.
    if (m_notices > 0 && m_appended > m_notices)
        detail.insert(QStringLiteral("notices"), m_notices);
    // A triage confirmation (Actions::confirmItem) is one action of two events: the violation, described
    // here, and the step naming it, which the request's triage_item stands for.
    const qint64 confirmation = m_request.detail.contains(QLatin1String("triage_item")) ? 1 : 0;
    if (m_appended == 1 || (m_appended - m_notices - confirmation == 1 && m_onlyEvent.type != EventType::Notice)) {
        const StoredEvent &e = m_onlyEvent;
        const auto put = [&](const QString &key, const QString &value) {
            if (!value.isEmpty() && !detail.contains(key))
                detail.insert(key, value);
        };
        put(QStringLiteral("type"), eventTypeName(e.type));
        put(QStringLiteral("id"), e.id);
        put(EventVocabulary::refField(e.type), e.ref);
        put(QStringLiteral("subject"), e.subject);
        put(EventVocabulary::codeField(e.type), e.code);
        put(QStringLiteral("action"), e.action);
        put(QStringLiteral("outcome"), e.outcome);
        put(QStringLiteral("mcn"), e.counterparty);
        put(QStringLiteral("by"), e.by);
        if (e.type == EventType::User) {
            put(QStringLiteral("name"), e.name);
            put(QStringLiteral("role"), e.kind);
        }
        if (e.points >= 0)
            detail.insert(QStringLiteral("points"), e.points);
        if (e.amount != 0)
            detail.insert(QStringLiteral("amount"), e.amount);
        detail.insert(QStringLiteral("at"), formatInstant(e.at));
    }
    return QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
}

bool BulkWriter::commit(StoreError *error)
{
    if (!m_open)
        return StoreError::fail(error, StoreError::Kind::Internal, tr("commit outside a transaction"));
    if (!Schema::restoreFourEyesTrigger(m_store.handle(), m_store.path(), error)
        || (m_indexesDeferred && !buildSubjectIndex(error))) {
        rollback();
        return false;
    }
    // After the subject index is built: the findings read each creator's qualifications by subject.
    if ((m_postsAppended || !m_requalified.isEmpty())
        && !FindingsWriter(m_store.handle(), m_store.path(), m_store.storedPolicy())
                .write(m_firstSeq, m_lastSeq, m_requalified, error)) {
        rollback();
        return false;
    }
    if ((m_postsAppended || !m_requalified.isEmpty() || !m_reports.isEmpty() || !m_steppedItems.isEmpty())
        && !TriageWriter(m_store.handle(), m_store.path())
                .write(m_postsAppended ? m_firstSeq : 0, m_lastSeq, m_reports, m_steppedItems, m_requalified, error)) {
        rollback();
        return false;
    }
    if (m_appended > 0) {
        QVector<qint64> ids;
        StateCache cache(m_store.handle(), m_store.path(), m_store.storedSchedule());
        if (!subjectsToRefresh(&ids, error) || !cache.refresh(ids, m_now, m_request.refreshProgress, error)) {
            rollback();
            return false;
        }
    }
    // A write that changed nothing (every event already stored) leaves no audit row; a password set does.
    if ((m_appended > 0 || m_passwordSet) && !appendAudit(error)) {
        rollback();
        return false;
    }
    if (m_indexesDeferred && !Schema::buildStateIndexes(m_store.handle(), m_store.path(), error)) {
        rollback();
        return false;
    }
    if (!m_store.commitLinkedWrite(error)
        || !SqlError::exec(m_store.handle(), "COMMIT", error, m_store.path(), tr("commit"))) {
        rollback();
        return false;
    }
    m_open = false;
    restoreConnection();
    return true;
}

} // namespace redline
