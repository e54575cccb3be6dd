#include "store.h"

#include "base/identity.h"
#include "engine/scoreengine.h"
#include "policy/policyloader.h"
#include "store/ledger/affiliatefreezes.h"
#include "store/auditlog.h"
#include "store/ledger/bulkreplayer.h"
#include "store/write/bulkwriter.h"
#include "store/ledger/eventreader.h"
#include "store/ledger/ledgerreader.h"
#include "store/schema/schema.h"
#include "store/sql/sqlerror.h"
#include "store/sql/sqlstatement.h"
#include "store/policyversions.h"
#include "store/statecache.h"
#include "store/storelink.h"
#include "store/storeverifier.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>

namespace redline {

namespace {

// SQLite reads a write-ahead-logged file through its -shm index, which it creates beside the file. In a
// folder this process may not write, a store closed cleanly has no -shm and none can be made: it is then
// opened immutable (nothing can change it while nobody may write there). Where the index exists or can
// be made, a plain read-only open still sees another process's committed writes.
QString readOnlyUri(const QString &path)
{
    QString uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                  + QStringLiteral("?mode=ro");
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isWritable() && !QFileInfo::exists(path + QStringLiteral("-shm")))
        uri += QStringLiteral("&immutable=1");
    return uri;
}

} // namespace

namespace {

QAtomicInt connectionCounter;

// Runs `work` in one transaction: committed when it returns true, rolled back otherwise.
bool inTransaction(sqlite3 *db, const QString &path, StoreError *error, const std::function<bool()> &work)
{
    if (!SqlError::exec(db, "BEGIN IMMEDIATE", error, path, Store::tr("start a transaction")))
        return false;
    if (work() && SqlError::exec(db, "COMMIT", error, path, Store::tr("commit")))
        return true;
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    return false;
}

// The audit detail of a store's creation and of a policy replacement (AuditText words it).
QString policyDetail(const Policy &policy)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("policy"), policy.name},
                                                       {QStringLiteral("version"), policy.version}})
                                 .toJson(QJsonDocument::Compact));
}

} // namespace

Store::Store(const QString &path, const StoreOptions &options)
    : m_path(path)
    , m_options(options)
{
}

Store::~Store()
{
    m_link.reset(); // its session on the connection, if a write is open, goes before the connection
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<Store> Store::create(const QString &path, const StoreOptions &options, StoreError *error)
{
    const QFileInfo info(path);
    if (info.exists() && info.isDir()) {
        StoreError::fail(error, StoreError::Kind::BadInput, tr("%1: is a directory").arg(path));
        return nullptr;
    }
    std::unique_ptr<Store> store(new Store(path, options));
    store->m_options.readOnly = false;
    if (!store->connect(error) || !Schema::create(store->m_db, path, error) || !store->configure(error)
        || !store->initialise(error))
        return nullptr;
    return store;
}

std::unique_ptr<Store> Store::open(const QString &path, const StoreOptions &options, StoreError *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        StoreError::fail(error, StoreError::Kind::BadInput,
                         tr("%1: no such store (create one with `redline-cli --db %1 init`)").arg(path));
        return nullptr;
    }
    if (info.isDir()) {
        StoreError::fail(error, StoreError::Kind::BadInput, tr("%1: is a directory, not a store").arg(path));
        return nullptr;
    }
    std::unique_ptr<Store> store(new Store(path, options));
    bool migrated = false;
    if (!store->connect(error))
        return nullptr;
    const bool schemaOk = options.readOnly ? Schema::check(store->m_db, path, error)
                                           : Schema::upgrade(store->m_db, path, error, &migrated);
    if (!schemaOk || !store->configure(error) || !store->loadStoredPolicy(error))
        return nullptr;
    if (options.readOnly && Schema::userVersion(store->m_db, error, path) != Schema::currentVersion()) {
        StoreError::fail(error, StoreError::Kind::BadInput,
                         tr("%1: the store needs a migration to schema version %2; open it writable once")
                             .arg(path).arg(Schema::currentVersion()));
        return nullptr;
    }
    if (!options.readOnly) {
        if (!store->rebuildIfStale(error))
            return nullptr;
        if (options.refreshDue && !store->refreshDue(options.progress, error))
            return nullptr;
    } else if (options.refreshDue && !store->refreshInMemory(error)) {
        return nullptr;
    }
    return store;
}

bool Store::isWritableLocation(const QString &path)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    return folder.isWritable() && (!file.exists() || file.isWritable());
}

// SQLite's memory statistics take a global mutex on every allocation, which a bulk load makes millions of
// (a few percent of it); nothing here reads them. Effective only before SQLite initialises, so before the
// first connection of the process; later calls are refused by SQLite and change nothing.
void Store::configureSqliteLibrary()
{
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    Q_UNUSED(configured);
}

bool Store::connect(StoreError *error)
{
    configureSqliteLibrary();
    m_connection = QStringLiteral("redline-store-%1").arg(connectionCounter.fetchAndAddRelaxed(1) + 1);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (m_options.readOnly) {
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        db.setDatabaseName(readOnlyUri(m_path));
    }
    if (!db.open())
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                tr("%1: cannot open the store: %2").arg(m_path, db.lastError().text()));
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return StoreError::fail(error, StoreError::Kind::Internal, tr("%1: the SQLite driver gave no handle").arg(m_path));
    m_db = *static_cast<sqlite3 *const *>(handle.constData());
    return m_db != nullptr
           || StoreError::fail(error, StoreError::Kind::Internal, tr("%1: the SQLite driver gave no handle").arg(m_path));
}

// After the file proved to be a store (a foreign file is never changed, not even its journal mode).
bool Store::configure(StoreError *error)
{
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    const QString doing = tr("configure the connection");
    // Temporary storage stays in files (SQLite's default): its sorter uses worker threads only then
    // (BulkWriter::buildSubjectIndex), and the console's temporary search tables are small.
    if (!SqlError::exec(m_db, "PRAGMA foreign_keys = ON", error, m_path, doing)
        || !SqlError::exec(m_db, kCacheSizePragma, error, m_path, doing))
        return false;
    if (m_options.readOnly)
        return true;
    return useWriteAheadLog(error)
           && SqlError::exec(m_db, "PRAGMA synchronous = NORMAL", error, m_path, doing);
}

// Another process's load into an empty ledger holds the file in rollback-journal mode until it commits
// (BulkWriter). Switching back to WAL has to wait for it, and SQLite reports busy at once for a journal
// mode change rather than calling the busy handler, so the waiting is done here, as long as a write would.
bool Store::useWriteAheadLog(StoreError *error)
{
    QElapsedTimer waited;
    waited.start();
    while (true) {
        const int code = sqlite3_exec(m_db, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
        if (code == SQLITE_OK)
            return true;
        if ((code & 0xff) != SQLITE_BUSY || waited.elapsed() > kBusyTimeoutMs)
            return SqlError::fail(error, m_db, m_path, tr("configure the connection"));
        QThread::msleep(20);
    }
}

bool Store::initialise(StoreError *error)
{
    const Policy &policy = PolicyLoader::defaultPolicy();
    const QByteArray json = PolicyLoader::toJson(policy);
    m_storedPolicy = std::make_unique<Policy>(policy);
    m_storedSchedule = PolicySchedule(*m_storedPolicy);
    return inTransaction(m_db, m_path, error, [&] {
        SqlStatement meta(m_db, "INSERT OR REPLACE INTO meta(key, value) VALUES('policy', ?1), ('created_at', ?2)");
        meta.bindText(1, json);
        meta.bind(2, formatInstant(now()));
        if (!meta.isValid() || !meta.exec())
            return SqlError::fail(error, m_db, m_path, tr("store the policy"));
        SqlStatement fresh(m_db, "DELETE FROM meta WHERE key = 'cache_stale'");
        if (!fresh.isValid() || !fresh.exec())
            return SqlError::fail(error, m_db, m_path, tr("store the policy"));
        AuditEntry entry;
        entry.at = now();
        entry.actor = actor();
        entry.action = QStringLiteral("init");
        entry.eventsHash = AuditLog::policyHash(json);
        entry.format = 2;
        entry.detail = policyDetail(policy);
        return AuditLog(m_db, m_path).append(entry, error);
    });
}

bool Store::loadStoredPolicy(StoreError *error)
{
    SqlStatement meta(m_db, "SELECT value FROM meta WHERE key = 'policy'");
    if (!meta.isValid())
        return SqlError::fail(error, m_db, m_path, tr("read the stored policy"));
    if (!meta.next())
        return StoreError::fail(error, StoreError::Kind::Integrity, tr("%1: the stored policy is missing").arg(m_path));
    QString why;
    std::optional<Policy> policy = PolicyLoader::loadJson(meta.utf8(0), &why);
    if (!policy)
        return StoreError::fail(error, StoreError::Kind::Integrity,
                                tr("%1: the stored policy is damaged: %2").arg(m_path, why));
    m_storedPolicy = std::make_unique<Policy>(std::move(*policy));
    return loadSchedule(error);
}

// What the rolled-back write changed in memory is read back from the store: a team store's catch-up at
// the write's start may have changed the policy too, so restoring a copy taken before would undo that.
void Store::reloadPolicyAfterFailedWrite()
{
    StoreError ignored;
    if (!loadStoredPolicy(&ignored))
        qWarning("%s", qPrintable(ignored.message));
}

bool Store::loadSchedule(StoreError *error)
{
    return PolicyVersions(m_db, m_path).schedule(*m_storedPolicy, &m_storedSchedule, error);
}

QVector<PolicyVersion> Store::policyVersions(StoreError *error) const
{
    QVector<PolicyVersion> versions;
    PolicyVersions(m_db, m_path).list(*m_storedPolicy, now(), &versions, error);
    return versions;
}

std::optional<PolicyVersion> Store::policyVersion(const QString &name, StoreError *error) const
{
    for (const PolicyVersion &v : policyVersions(error)) {
        if (v.name.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return std::nullopt;
}

bool Store::addPolicyVersion(const Policy &policy, const QString &name, const QString &note, const QString &actor,
                             StoreError *error)
{
    const QByteArray json = PolicyLoader::toJson(policy);
    return inWriteTransaction(error, [&] {
        if (!checkIntegrity(error))
            return false;
        AuditEntry entry;
        entry.at = now();
        entry.actor = actor.isEmpty() ? this->actor() : actor;
        entry.action = QStringLiteral("policy_add");
        entry.eventsHash = AuditLog::policyHash(json);
        entry.format = 2;
        entry.detail = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("name"), name},
                                                                   {QStringLiteral("policy"), policy.name},
                                                                   {QStringLiteral("version"), policy.version},
                                                                   {QStringLiteral("note"), note}})
                                             .toJson(QJsonDocument::Compact));
        return PolicyVersions(m_db, m_path).add(name, json, entry.actor, entry.at, note, error)
               && AuditLog(m_db, m_path).append(entry, error);
    });
}

bool Store::activatePolicyVersion(const QString &name, Instant effectiveAt, const QString &actor, StoreError *error)
{
    const std::optional<PolicyVersion> version = policyVersion(name, error);
    if (!version)
        return StoreError::fail(error, StoreError::Kind::BadInput, tr("no policy version named %1").arg(name));
    const bool ok = inWriteTransaction(error, [&] {
        if (!checkIntegrity(error))
            return false;
        AuditEntry entry;
        entry.at = now();
        entry.actor = actor.isEmpty() ? this->actor() : actor;
        entry.action = QStringLiteral("policy_activate");
        entry.eventsHash = AuditLog::policyHash(version->json);
        entry.format = 2;
        entry.detail = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("name"), version->name},
                                                                   {QStringLiteral("effective_at"), formatInstant(effectiveAt)},
                                                                   {QStringLiteral("backdated"), effectiveAt < entry.at}})
                                             .toJson(QJsonDocument::Compact));
        PolicyVersions versions(m_db, m_path);
        if (!versions.activate(version->name, version->base, effectiveAt, entry.at, entry.actor, error))
            return false;
        PolicySchedule next;
        StoreError why;
        if (!versions.schedule(*m_storedPolicy, &next, &why))
            return StoreError::fail(error, StoreError::Kind::BadInput,
                                    tr("cannot activate %1: %2").arg(version->name, why.message));
        m_storedSchedule = std::move(next);
        // Every state from the effective instant on may change, so the whole cache is recomputed.
        StateCache cache(m_db, m_path, m_storedSchedule);
        return AuditLog(m_db, m_path).append(entry, error)
               && SqlError::exec(m_db, "DELETE FROM state", error, m_path, tr("rebuild the state cache"))
               && cache.refreshAll(now(), m_options.progress, error);
    });
    if (!ok)
        reloadPolicyAfterFailedWrite();
    return ok;
}

bool Store::cacheIsStale(bool *stale, StoreError *error) const
{
    SqlStatement marker(m_db, "SELECT 1 FROM meta WHERE key = 'cache_stale'");
    if (!marker.isValid())
        return SqlError::fail(error, m_db, m_path, tr("read the store's state"));
    *stale = marker.next();
    return true;
}

// A migration that added the cache leaves it empty and marked stale: rebuild it from the ledger.
bool Store::rebuildIfStale(StoreError *error)
{
    bool stale = false;
    if (!cacheIsStale(&stale, error))
        return false;
    return !stale || rebuildCache(m_options.progress, error);
}

// A read-only store still answers "now" (docs/architecture.md "Read-only stores"): when the cache is
// stale or some subject's next change has passed, the cache is copied into a TEMP table of the same name,
// which shadows the file's in every unqualified query of this connection, and refreshed there.
bool Store::refreshInMemory(StoreError *error)
{
    bool stale = false;
    if (!cacheIsStale(&stale, error))
        return false;
    StateCache fileCache(m_db, m_path, m_storedSchedule);
    StoreError readError;
    const QVector<qint64> due = stale ? QVector<qint64>() : fileCache.dueSubjects(now(), &readError);
    if (readError.isSet())
        return StoreError::fail(error, readError.kind, readError.message);
    if (!stale && due.isEmpty())
        return true;
    if (!createMemoryStateTable(error))
        return false;
    m_memoryState = true;
    StateCache cache(m_db, m_path, m_storedSchedule);
    // A deferred transaction: it writes only TEMP, so it never asks for the file's write lock.
    if (!SqlError::exec(m_db, "BEGIN", error, m_path, tr("start a transaction")))
        return false;
    const bool refreshed = stale ? cache.refreshAll(now(), m_options.progress, error)
                                 : cache.refresh(due, now(), m_options.progress, error);
    if (refreshed && SqlError::exec(m_db, "COMMIT", error, m_path, tr("commit")))
        return true;
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    return false;
}

// The file's own definition of `state` and its indexes, minus the foreign keys (a TEMP table cannot
// reference the file's tables), filled with the file's rows.
bool Store::createMemoryStateTable(StoreError *error)
{
    const QString doing = tr("keep the state in memory");
    SqlStatement schema(m_db, "SELECT type, sql FROM main.sqlite_master WHERE tbl_name = 'state' AND sql IS NOT NULL "
                              "ORDER BY type = 'index'");
    if (!schema.isValid())
        return SqlError::fail(error, m_db, m_path, doing);
    QStringList statements;
    while (schema.next()) {
        QString sql = schema.text(1);
        if (schema.text(0) == QLatin1String("table")) {
            sql.replace(QRegularExpression(QStringLiteral("\\s+REFERENCES\\s+\\w+\\s*\\(\\s*\\w+\\s*\\)")), QString());
            sql.replace(QRegularExpression(QStringLiteral("^CREATE TABLE")), QStringLiteral("CREATE TEMP TABLE"));
        } else {
            sql.replace(QRegularExpression(QStringLiteral("^CREATE (UNIQUE )?INDEX ")), QStringLiteral("CREATE \\1INDEX temp."));
        }
        statements << sql;
    }
    if (statements.isEmpty())
        return StoreError::fail(error, StoreError::Kind::Integrity, tr("%1: the store has no state table").arg(m_path));
    statements.insert(1, QStringLiteral("INSERT INTO temp.state SELECT * FROM main.state"));
    for (const QString &sql : statements) {
        if (!SqlError::exec(m_db, sql.toUtf8().constData(), error, m_path, doing))
            return false;
    }
    return true;
}

void Store::overridePolicy(const Policy &policy)
{
    m_override = std::make_unique<Policy>(policy);
    m_overrideSchedule = PolicySchedule(*m_override);
}

bool Store::replaceStoredPolicy(const Policy &policy, StoreError *error, const QString &actor)
{
    const QByteArray json = PolicyLoader::toJson(policy);
    const bool ok = inWriteTransaction(error, [&] {
        if (!checkIntegrity(error))
            return false;
        m_storedPolicy = std::make_unique<Policy>(policy);
        SqlStatement meta(m_db, "UPDATE meta SET value = ?1 WHERE key = 'policy'");
        meta.bindText(1, json);
        if (!meta.isValid() || !meta.exec())
            return SqlError::fail(error, m_db, m_path, tr("store the policy"));
        AuditEntry entry;
        entry.at = now();
        entry.actor = actor.isEmpty() ? this->actor() : actor;
        entry.action = QStringLiteral("policy");
        entry.eventsHash = AuditLog::policyHash(json);
        entry.format = 2;
        entry.detail = policyDetail(policy);
        if (!loadSchedule(error))
            return false;
        StateCache cache(m_db, m_path, m_storedSchedule);
        return AuditLog(m_db, m_path).append(entry, error)
               && SqlError::exec(m_db, "DELETE FROM state", error, m_path, tr("rebuild the state cache"))
               && cache.refreshAll(now(), m_options.progress, error);
    });
    if (!ok)
        reloadPolicyAfterFailedWrite();
    return ok;
}

Instant Store::now() const
{
    return m_options.now != kNoInstant ? m_options.now : nowInstant();
}

QString Store::actor() const
{
    return m_options.actor.isEmpty() ? Identity::osUser() : m_options.actor;
}

std::optional<SubjectRecord> Store::subject(const QString &handle, StoreError *error) const
{
    SqlStatement q(m_db, "SELECT id, handle, kind, name, at, attrs FROM subjects WHERE handle = ?1");
    if (!q.isValid()) {
        SqlError::fail(error, m_db, m_path, tr("read the subjects"));
        return std::nullopt;
    }
    q.bind(1, handle);
    if (!q.next())
        return std::nullopt;
    return SubjectRecord{q.int64(0), q.text(1), static_cast<SubjectKind>(q.integer(2)), q.text(3), q.int64(4), q.utf8(5)};
}

std::optional<SubjectRecord> Store::subjectById(qint64 id, StoreError *error) const
{
    SqlStatement q(m_db, "SELECT id, handle, kind, name, at, attrs FROM subjects WHERE id = ?1");
    if (!q.isValid()) {
        SqlError::fail(error, m_db, m_path, tr("read the subjects"));
        return std::nullopt;
    }
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    return SubjectRecord{q.int64(0), q.text(1), static_cast<SubjectKind>(q.integer(2)), q.text(3), q.int64(4), q.utf8(5)};
}

bool Store::replay(const QString &handle, Instant at, Replay *out, StoreError *error, SubjectRecord *record) const
{
    const std::optional<SubjectRecord> subject = this->subject(handle, error);
    if (!subject)
        return error && error->isSet() ? false
                                       : StoreError::fail(error, StoreError::Kind::BadInput,
                                                          tr("%1: no subject %2").arg(m_path, handle));
    if (record)
        *record = *subject;
    LedgerReader reader(m_db, m_path);
    if (m_knownAt != kNoInstant)
        reader.setKnownAt(m_knownAt);
    SubjectLedger ledger;
    if (!reader.read(subject->id, &ledger, error))
        return false;
    // R-M6: a creator's state depends on the MCNs it is contracted to.
    AffiliateFreezes freezes(reader, schedule());
    QVector<AffiliateFreeze> affiliates;
    Instant affiliatesNext = kNoInstant;
    if (!freezes.forCreator(ledger, at, &affiliates, &affiliatesNext, error))
        return false;
    const QVector<LedgerEvent> events = LedgerReader::resolve(ledger, reader.codeIndices(schedule().latest()));
    *out = ScoreEngine(schedule()).replay(ledger.info, events, at, affiliates);
    out->state.nextChange = std::min(out->state.nextChange, affiliatesNext);
    return true;
}

std::optional<CachedState> Store::cachedState(const QString &handle, StoreError *error) const
{
    const std::optional<SubjectRecord> subject = this->subject(handle, error);
    if (!subject)
        return std::nullopt;
    return StateCache(m_db, m_path, m_storedSchedule).read(subject->id, error);
}

bool Store::listStates(const StateFilter &filter, const std::function<bool(const CachedState &)> &sink,
                       StoreError *error) const
{
    if (!isPolicyOverridden())
        return StateCache(m_db, m_path, m_storedSchedule).list(filter, sink, error);

    // The cache holds the stored policy's states: under an override every subject is replayed.
    QVector<CachedState> rows;
    BulkReplayer replayer(m_db, m_path, {&schedule()});
    replayer.setInstant(now());
    LedgerReader names(m_db, m_path);
    const bool ok = replayer.run(
        [&](const SubjectLedger &ledger, Instant, const QVector<SubjectState> &states) {
            CachedState row = StateCache::fromState(ledger, states.first(), policy());
            if ((filter.kind && row.kind != *filter.kind) || (filter.below && row.score >= *filter.below)
                || (!filter.restriction.isEmpty() && !row.restrictions.contains(filter.restriction)))
                return true;
            if (row.mcnId)
                row.mcn = names.handleOf(row.mcnId);
            if (const std::optional<SubjectRecord> subject = subjectById(ledger.id))
                row.name = subject->name;
            rows.append(row);
            return true;
        },
        {}, error);
    if (!ok)
        return false;
    if (filter.below)
        std::stable_sort(rows.begin(), rows.end(),
                         [](const CachedState &a, const CachedState &b) { return a.score < b.score; });
    const qint64 end = filter.limit < 0 ? rows.size() : std::min<qint64>(rows.size(), filter.offset + filter.limit);
    for (qint64 i = filter.offset; i < end; ++i) {
        if (!sink(rows[int(i)]))
            break;
    }
    return true;
}

qint64 Store::subjectCount() const
{
    SqlStatement q(m_db, "SELECT count(*) FROM subjects");
    return q.isValid() && q.next() ? q.int64(0) : 0;
}

qint64 Store::eventCount() const
{
    SqlStatement q(m_db, "SELECT count(*) FROM events");
    return q.isValid() && q.next() ? q.int64(0) : 0;
}

bool Store::forEachEvent(const std::function<bool(qint64, const StoredEvent &)> &sink, StoreError *error,
                         const ProgressFn &progress) const
{
    SqlStatement max(m_db, "SELECT coalesce(max(seq), 0) FROM events");
    if (!max.isValid() || !max.next())
        return SqlError::fail(error, m_db, m_path, tr("read the ledger"));
    const qint64 last = max.int64(0);
    EventReader reader(m_db, m_path);
    bool cancelled = false;
    const bool ok = reader.forRange(1, last, [&](qint64 seq, const StoredEvent &event) {
        if (!sink(seq, event))
            return false;
        if (progress && seq % 4096 == 0 && !progress(seq, last)) {
            cancelled = true;
            return false;
        }
        return true;
    }, error);
    if (cancelled)
        return StoreError::fail(error, StoreError::Kind::Internal, tr("cancelled"));
    return ok;
}

QVector<AuditEntry> Store::auditTrail(const QString &subjectHandle, StoreError *error) const
{
    return AuditLog(m_db, m_path).forSubject(subjectHandle, error);
}

namespace {

const char kUserColumns[] = "SELECT name, role, since, disabled, password_hash FROM users ";

UserRecord userFromRow(const SqlStatement &q)
{
    return UserRecord{q.text(0), q.text(1), q.int64(2), q.integer(3) != 0, q.utf8(4)};
}

} // namespace

QVector<UserRecord> Store::users(StoreError *error) const
{
    QVector<UserRecord> users;
    SqlStatement q(m_db, (QByteArray(kUserColumns) + "ORDER BY name COLLATE NOCASE").constData());
    if (!q.isValid()) {
        SqlError::fail(error, m_db, m_path, tr("read the users"));
        return users;
    }
    while (q.next())
        users.append(userFromRow(q));
    return users;
}

std::optional<UserRecord> Store::user(const QString &name, StoreError *error) const
{
    SqlStatement q(m_db, (QByteArray(kUserColumns) + "WHERE name = ?1").constData()); // COLLATE NOCASE key
    if (!q.isValid()) {
        SqlError::fail(error, m_db, m_path, tr("read the users"));
        return std::nullopt;
    }
    q.bind(1, name);
    if (!q.next())
        return std::nullopt;
    return userFromRow(q);
}

bool Store::isSecured(StoreError *error) const
{
    SqlStatement q(m_db, "SELECT EXISTS (SELECT 1 FROM users WHERE password_hash IS NOT NULL)");
    if (!q.isValid() || !q.next())
        return SqlError::fail(error, m_db, m_path, tr("read the users"));
    return q.integer(0) != 0;
}

bool Store::write(const WriteRequest &request, const std::function<bool(EventSink &, StoreError *)> &produce,
                  StoreError *error, qint64 *appended, qint64 *skipped)
{
    BulkWriter writer(*this, request);
    if (!writer.begin(error) || !produce(writer, error) || !writer.commit(error)) {
        writer.rollback();
        return false;
    }
    if (appended)
        *appended = writer.appended();
    if (skipped)
        *skipped = writer.skipped();
    return true;
}

bool Store::append(const StoredEvent &event, StoreError *error)
{
    WriteRequest request;
    request.action = QStringLiteral("append");
    return write(request, [&](EventSink &sink, StoreError *e) { return sink.append(StoredEvent(event), e); }, error);
}

// A write with no events: BulkWriter's transaction, integrity check and audit row serve it as any other.
bool Store::setPasswordHash(const QString &name, const QByteArray &hash, const QString &actor, StoreError *error)
{
    WriteRequest request;
    request.action = QStringLiteral("set_password");
    request.actor = actor;
    return write(request, [&](EventSink &sink, StoreError *e) { return sink.setPasswordHash(name, hash, e); }, error);
}

bool Store::checkIntegrity(StoreError *error) const
{
    return AuditLog(m_db, m_path).checkHead(error) && Schema::checkGuards(m_db, m_path, error);
}

bool Store::refreshDue(const ProgressFn &progress, StoreError *error)
{
    if (isReadOnly())
        return true;
    StateCache cache(m_db, m_path, m_storedSchedule);
    StoreError readError;
    const QVector<qint64> due = cache.dueSubjects(now(), &readError);
    if (readError.isSet())
        return StoreError::fail(error, readError.kind, readError.message);
    if (due.isEmpty())
        return true;
    return inTransaction(m_db, m_path, error, [&] { return cache.refresh(due, now(), progress, error); });
}

bool Store::rebuildCache(const ProgressFn &progress, StoreError *error)
{
    if (isReadOnly())
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                tr("%1: opened read-only; cannot rebuild the cache").arg(m_path));
    StateCache cache(m_db, m_path, m_storedSchedule);
    return inTransaction(m_db, m_path, error, [&] {
        return SqlError::exec(m_db, "DELETE FROM state; DELETE FROM meta WHERE key = 'cache_stale'", error, m_path,
                              tr("rebuild the state cache"))
               && cache.refreshAll(now(), progress, error);
    });
}

void Store::setLink(std::unique_ptr<StoreLink> link)
{
    m_link = std::move(link);
}

QString Store::location() const
{
    return m_link ? m_link->location() : m_path;
}

bool Store::catchUp(bool *changed, StoreError *error)
{
    bool taken = false;
    bool policyChanged = false;
    if (m_link && !m_link->catchUp(m_db, &taken, &policyChanged, error))
        return false;
    if (changed)
        *changed = taken;
    if (taken)
        ++m_catchUps;
    return !policyChanged || loadStoredPolicy(error);
}

// Local writes and the team store's (docs/teamstore.md "Working copies"): with a link, the server's
// transaction is opened first and committed just before the local one.
bool Store::inWriteTransaction(StoreError *error, const std::function<bool()> &work)
{
    if (!beginLinkedWrite(error))
        return false;
    if (inTransaction(m_db, m_path, error, [&] { return work() && commitLinkedWrite(error); }))
        return true;
    abandonLinkedWrite();
    return false;
}

bool Store::beginLinkedWrite(StoreError *error)
{
    if (!m_link)
        return true;
    bool changed = false;
    bool policyChanged = false;
    if (!m_link->beginWrite(m_db, &changed, &policyChanged, error))
        return false;
    if (changed)
        ++m_catchUps;
    if (policyChanged && !loadStoredPolicy(error)) {
        m_link->abandonWrite();
        return false;
    }
    return true;
}

bool Store::commitLinkedWrite(StoreError *error)
{
    return !m_link || m_link->commitWrite(m_db, error);
}

void Store::abandonLinkedWrite()
{
    if (m_link)
        m_link->abandonWrite();
}

bool Store::verify(const ProgressFn &progress, StoreError *error)
{
    return StoreVerifier(*this).run(progress, error);
}

} // namespace redline
