#pragma once

#include "engine/subjectstate.h"
#include "policy/policy.h"
#include "policy/policyschedule.h"
#include "store/policyversion.h"
#include "store/auditentry.h"
#include "store/cachedstate.h"
#include "base/progress.h"
#include "base/storedevent.h"
#include "base/storeerror.h"
#include "store/storeoptions.h"
#include "store/subjectrecord.h"
#include "store/userrecord.h"
#include "store/writerequest.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

namespace redline {

class EventSink;
class StoreLink;

// Filters of `redline-cli list` and the console's subject table; all run in SQL on the cache's indexes.
struct StateFilter {
    std::optional<SubjectKind> kind;
    std::optional<int> below;   // score < below
    QString restriction;        // an id active in the cached state
    qint64 limit = -1;
    qint64 offset = 0;
};

// One Redline store: a SQLite file holding the append-only ledger, the current-state cache, the
// hash-chained audit log, the users and the policy in force (DESIGN.md "The store").
//
// Every write is one transaction that appends events through BulkWriter, which validates them (R-L3,
// R-L4, R-M3, R-M4 and the field rules), refreshes the cache of the subjects it touched and appends
// one audit row. Reads replay the ledger through ScoreEngine or read the cache.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)
public:
    // The page cache outside bulk writes (64 MiB).
    static constexpr const char *kCacheSizePragma = "PRAGMA cache_size = -65536";
    // How long a writer waits for another process's transaction before it reports the store busy.
    static constexpr int kBusyTimeoutMs = 10000;

    // A new store at `path` (the file must not exist, or be empty); the stored policy is the default.
    static std::unique_ptr<Store> create(const QString &path, const StoreOptions &options, StoreError *error);
    // An existing store; migrated (after a backup) when it is older, refused when it is newer or not a store.
    static std::unique_ptr<Store> open(const QString &path, const StoreOptions &options, StoreError *error);
    ~Store();

    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_options.readOnly; }
    // Whether this process may write the store at `path`: the file and its folder (SQLite's journal and
    // write-ahead log live beside it). A store that is not writable opens read-only (docs/architecture.md
    // "Read-only stores").
    static bool isWritableLocation(const QString &path);
    // A read-only store whose cache was due for a refresh (or stale) keeps its fresh state in this
    // connection's memory (a TEMP table shadowing `state`): reads are current, the file is untouched.
    bool hasMemoryState() const { return m_memoryState; }
    sqlite3 *handle() const { return m_db; }

    // The policy stored versions put in force at now() (docs/rules.md "Policy versions").
    const Policy &storedPolicy() const { return m_storedSchedule.at(now()); }
    // The store's versions over time: what the cache, verify and every replay of the store compute under.
    const PolicySchedule &storedSchedule() const { return m_storedSchedule; }
    // The base policy, in force from the beginning of history until an activation takes over.
    const Policy &basePolicy() const { return *m_storedPolicy; }
    // The policy in force for this session: an override (--policy), else the stored one at now().
    const Policy &policy() const { return m_override ? *m_override : storedPolicy(); }
    // The schedule replays use: the override over all time, else the stored versions.
    const PolicySchedule &schedule() const { return m_override ? m_overrideSchedule : m_storedSchedule; }
    bool isPolicyOverridden() const { return m_override != nullptr; }
    void overridePolicy(const Policy &policy);
    // Replaces the base policy (audited, as `actor`, empty: actor()) and rebuilds the cache under it.
    bool replaceStoredPolicy(const Policy &policy, StoreError *error, const QString &actor = QString());

    // Policy versions (docs/rules.md "Policy versions"): the base first, then the drafts as added.
    QVector<PolicyVersion> policyVersions(StoreError *error = nullptr) const;
    std::optional<PolicyVersion> policyVersion(const QString &name, StoreError *error = nullptr) const;
    // Store primitives of Actions::addPolicy / activatePolicy: one transaction with the audit row; an
    // activation recomputes the cache under the new schedule.
    bool addPolicyVersion(const Policy &policy, const QString &name, const QString &note, const QString &actor,
                          StoreError *error);
    bool activatePolicyVersion(const QString &name, Instant effectiveAt, const QString &actor, StoreError *error);

    Instant now() const;
    void setNow(Instant at) { m_options.now = at; }
    QString actor() const;
    // Replays (replay()) see only the events recorded by then: "what the console showed that day".
    void setKnownAt(Instant knownAt) { m_knownAt = knownAt; }
    void setActor(const QString &name) { m_options.actor = name; }

    // A working copy of a team store (docs/teamstore.md "Working copies"): from now on its writes go through
    // the link to the server. TeamStore::open sets it.
    void setLink(std::unique_ptr<StoreLink> link);
    StoreLink *link() const { return m_link.get(); }
    bool isTeamStore() const { return m_link != nullptr; }
    // Where the store is, as messages and the window title show it: the team store's URL, else the file.
    QString location() const;
    // Takes into the working copy what the team recorded since the last catch-up, and reloads the policy when
    // that changed it; a local store has nothing to catch up. *changed (may be null): some row was taken.
    bool catchUp(bool *changed, StoreError *error);
    // How many catch-ups have taken rows in, a write's own included (its validator sees the team's latest even
    // when the write is then refused): a reader that remembers the count knows when to read again.
    quint64 catchUps() const { return m_catchUps; }

    // Reads.
    std::optional<SubjectRecord> subject(const QString &handle, StoreError *error = nullptr) const;
    std::optional<SubjectRecord> subjectById(qint64 id, StoreError *error = nullptr) const;
    // The subject's state at `at` and its timeline up to `at`, replayed from the ledger under policy().
    bool replay(const QString &handle, Instant at, Replay *out, StoreError *error,
                SubjectRecord *record = nullptr) const;
    std::optional<CachedState> cachedState(const QString &handle, StoreError *error = nullptr) const;
    // Cached states matching the filter, lowest score first (by handle when no score filter is given).
    bool listStates(const StateFilter &filter, const std::function<bool(const CachedState &)> &sink,
                    StoreError *error) const;
    qint64 subjectCount() const;
    qint64 eventCount() const;
    // Every ledger event in sequence order, as imported (the order is a valid import order).
    bool forEachEvent(const std::function<bool(qint64 seq, const StoredEvent &)> &sink, StoreError *error,
                      const ProgressFn &progress = {}) const;
    QVector<AuditEntry> auditTrail(const QString &subjectHandle, StoreError *error = nullptr) const;
    // Users and their roles, from `user` events, with their password hashes (docs/roles.md).
    QVector<UserRecord> users(StoreError *error = nullptr) const;
    std::optional<UserRecord> user(const QString &name, StoreError *error = nullptr) const;
    // Secured: some user has a password, so writes need a signed-in user (Authenticator, docs/roles.md).
    bool isSecured(StoreError *error = nullptr) const;

    // Writes. The action layer (core/actions) is what the console and the CLI call; these are its store
    // primitives, each one transaction that first checks the store's integrity (AuditLog::checkHead,
    // Schema::checkGuards), then validates and appends the events `produce` hands to the sink, refreshes
    // the cache and appends the audit row. Nothing is written unless all of it succeeds.
    bool write(const WriteRequest &request, const std::function<bool(EventSink &, StoreError *)> &produce,
               StoreError *error, qint64 *appended = nullptr, qint64 *skipped = nullptr);
    // One event as one write (test fixtures; the action layer adds the permission and the preview).
    bool append(const StoredEvent &event, StoreError *error);
    // Sets (or with an empty hash clears) a user's password hash, audited as `actor`.
    bool setPasswordHash(const QString &name, const QByteArray &hash, const QString &actor, StoreError *error);
    // What every write checks first (docs/architecture.md "Integrity on every write"): the audit head
    // (AuditLog::checkHead) and the store's guards (Schema::checkGuards); an Integrity error when not intact.
    bool checkIntegrity(StoreError *error) const;

    // BulkWriter's steps of a write on a team store's working copy (StoreLink), no-ops on a local store:
    // before the local BEGIN, before the local COMMIT, after a rollback.
    bool beginLinkedWrite(StoreError *error);
    bool commitLinkedWrite(StoreError *error);
    void abandonLinkedWrite();

    // The cache (always under the stored policy).
    bool refreshDue(const ProgressFn &progress, StoreError *error);
    bool rebuildCache(const ProgressFn &progress, StoreError *error);

    // integrity_check, the audit chain, and the cache against a fresh replay: the first problem found.
    bool verify(const ProgressFn &progress, StoreError *error);

private:
    Store(const QString &path, const StoreOptions &options);
    static void configureSqliteLibrary();
    bool connect(StoreError *error);
    bool configure(StoreError *error);
    bool useWriteAheadLog(StoreError *error);
    bool loadStoredPolicy(StoreError *error);
    bool initialise(StoreError *error);
    bool rebuildIfStale(StoreError *error);
    bool cacheIsStale(bool *stale, StoreError *error) const;
    // Read-only: a copy of the cache in TEMP, refreshed there when due (see hasMemoryState()).
    bool refreshInMemory(StoreError *error);
    bool createMemoryStateTable(StoreError *error);

    QString m_path;
    StoreOptions m_options;
    QString m_connection;
    sqlite3 *m_db = nullptr;
    bool m_memoryState = false;
    bool loadSchedule(StoreError *error);
    void reloadPolicyAfterFailedWrite();
    bool inWriteTransaction(StoreError *error, const std::function<bool()> &work);

    std::unique_ptr<Policy> m_storedPolicy; // the base (meta)
    PolicySchedule m_storedSchedule;
    std::unique_ptr<Policy> m_override;
    PolicySchedule m_overrideSchedule;
    Instant m_knownAt = kNoInstant;
    std::unique_ptr<StoreLink> m_link;
    quint64 m_catchUps = 0;
};

} // namespace redline
