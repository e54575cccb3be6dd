#include "schema.h"

#include "store/sql/sqlerror.h"
#include "store/sql/sqlstatement.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QStringList>

#include <sqlite3.h>

namespace redline {

namespace {

// Version 1: the ledger. Event type numbers are EventType's values (storedevent.h). The ledger and the
// audit log are append-only, enforced here so that nothing in the program can edit them by mistake.
// R-L3 (one appeal per violation; likewise one decision per appeal and one retraction per violation) is a
// unique index and R-L4 (four-eyes) a trigger, so the file refuses them whoever writes to it.
const char kLedgerSchema[] = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
INSERT INTO meta(key, value) VALUES('application', 'redline');
CREATE TABLE users(name TEXT PRIMARY KEY, role TEXT NOT NULL, since INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE subjects(
  id INTEGER PRIMARY KEY,
  handle TEXT NOT NULL UNIQUE,
  kind INTEGER NOT NULL,
  name TEXT NOT NULL,
  at INTEGER NOT NULL,
  attrs TEXT NOT NULL);
CREATE TABLE events(
  seq INTEGER PRIMARY KEY,
  type INTEGER NOT NULL,
  subject_id INTEGER REFERENCES subjects(id),
  at INTEGER NOT NULL,
  ext_id TEXT,
  ref_seq INTEGER REFERENCES events(seq),
  by TEXT,
  code TEXT,
  points INTEGER,
  severity INTEGER,
  source INTEGER,
  action INTEGER,
  outcome INTEGER,
  counterparty_id INTEGER REFERENCES subjects(id),
  campaign_seq INTEGER REFERENCES events(seq),
  amount INTEGER,
  text TEXT,
  name TEXT,
  role TEXT,
  attrs TEXT,
  digest INTEGER);
CREATE UNIQUE INDEX events_by_ext_id ON events(ext_id) WHERE ext_id IS NOT NULL;
CREATE UNIQUE INDEX events_by_ref ON events(ref_seq, type) WHERE ref_seq IS NOT NULL;
CREATE INDEX events_by_counterparty ON events(counterparty_id) WHERE counterparty_id IS NOT NULL;
CREATE INDEX events_by_digest ON events(digest) WHERE digest IS NOT NULL;
)sql";

// Covering: a subject's whole ledger, as the engine reads it, is one range of this index, so bulk replays
// never visit the table (LedgerReader's columns, in its order). BulkWriter builds it at the end of a load
// into an empty ledger (Schema::deferSubjectIndex); version 1 creates it with this same text.
const char kSubjectIndex[] =
    "CREATE INDEX events_by_subject ON events(subject_id, at, seq, type, ext_id, ref_seq, code, points, severity,\n"
    "                                         action, outcome, amount, counterparty_id)";

// While the subject index is deferred: the one per-subject query a load runs for creators
// (EventValidator's contract check) finds their contracts here.
const char kLoadingContractsIndex[] =
    "CREATE INDEX events_loading_contracts ON events(subject_id, at, seq) WHERE type = 8";

// BulkWriter suspends this trigger inside its transactions (Schema::suspendFourEyesTrigger). Names are
// identities compared case-insensitively (docs/roles.md), so lower() on both sides; version 1 created the
// trigger without it and version 3 replaces it with this text.
const char kFourEyesTrigger[] =
    "CREATE TRIGGER events_four_eyes BEFORE INSERT ON events "
    "WHEN NEW.type = 3 AND lower(NEW.by) = (SELECT lower(v.by) FROM events a JOIN events v ON v.seq = a.ref_seq "
    "WHERE a.seq = NEW.ref_seq) "
    "BEGIN SELECT RAISE(ABORT, 'R-L4: the decider recorded the violation'); END";

const char kFourEyesTriggerV1[] =
    "CREATE TRIGGER events_four_eyes BEFORE INSERT ON events "
    "WHEN NEW.type = 3 AND NEW.by = (SELECT v.by FROM events a JOIN events v ON v.seq = a.ref_seq "
    "WHERE a.seq = NEW.ref_seq) "
    "BEGIN SELECT RAISE(ABORT, 'R-L4: the decider recorded the violation'); END";

const char kEventsAppendOnlyUpdate[] =
    "CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events\n"
    "  BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END";

const char kLedgerSchemaRest[] = R"sql(
CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
  BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
CREATE TABLE audit(
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT,
  first_seq INTEGER,
  last_seq INTEGER,
  events_hash BLOB,
  detail TEXT NOT NULL,
  prev_hash BLOB NOT NULL,
  hash BLOB NOT NULL);
CREATE INDEX audit_by_subject ON audit(subject) WHERE subject IS NOT NULL;
CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql";

// Version 2: the current-state cache, one row per subject, rebuilt from the ledger after the migration
// (meta cache_stale). Indexed for the list filters and for the refresh of subjects whose moment passed.
const char kStateCacheSchema[] = R"sql(
CREATE TABLE state(
  subject_id INTEGER PRIMARY KEY REFERENCES subjects(id),
  kind INTEGER NOT NULL,
  score INTEGER NOT NULL,
  max INTEGER NOT NULL,
  band INTEGER,
  restrictions TEXT NOT NULL,
  ladder INTEGER NOT NULL,
  last_violation_at INTEGER,
  mcn_id INTEGER REFERENCES subjects(id),
  certified INTEGER NOT NULL,
  deposit INTEGER NOT NULL,
  next_change INTEGER,
  computed_at INTEGER NOT NULL);
)sql";

// Built after the state rows of a load into an empty ledger are written (Schema::deferStateIndexes);
// version 2 creates them with this same text.
const char kStateIndexes[] = R"sql(
CREATE INDEX state_by_score ON state(kind, score);
CREATE INDEX state_by_next_change ON state(next_change) WHERE next_change IS NOT NULL;
CREATE INDEX state_by_mcn ON state(mcn_id) WHERE mcn_id IS NOT NULL;
)sql";

const char kStateCacheStale[] = "INSERT OR REPLACE INTO meta(key, value) VALUES('cache_stale', '1');\n";

// Version 3: identities and recording. Users are keyed by name case-insensitively and carry a disabled
// flag and a password hash (docs/roles.md); every event records when and by whom it was recorded, beside
// when it happened (docs/contracts.md); audit rows say which format their events hash and detail take.
const char kIdentitySchema[] = R"sql(
CREATE TABLE users_v3(
  name TEXT PRIMARY KEY COLLATE NOCASE,
  role TEXT NOT NULL,
  since INTEGER NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  password_hash TEXT) WITHOUT ROWID;
INSERT OR REPLACE INTO users_v3(name, role, since)
  SELECT name, CASE role WHEN 'policy' THEN 'policy_admin' ELSE role END, since FROM users ORDER BY since;
DROP TABLE users;
ALTER TABLE users_v3 RENAME TO users;
ALTER TABLE events ADD COLUMN recorded_at INTEGER;
ALTER TABLE events ADD COLUMN recorded_by TEXT;
ALTER TABLE audit ADD COLUMN format INTEGER;
DROP TRIGGER events_four_eyes;
DROP TRIGGER events_append_only_update;
)sql";

// Version 4: the dashboard's aggregates (docs/architecture.md "The dashboard"). Two partial indexes of the
// ledger by instant: violations with their code (the weekly counts), and the events that answer another
// (appeals, decisions, retractions: `ref_seq` set) with their outcome (appeals by outcome, the voided
// violations). Partial, so that they are small and no other query of the program is planned onto them
// unless it names their condition (`code IS NOT NULL`, `ref_seq IS NOT NULL`). And the state cache's
// score_since (SubjectState::scoreChangedAt), indexed, so that the subjects whose score can have moved lately
// are one range; the cache is rebuilt after the migration to fill it.
const char kDashboardIndexes[] =
    "CREATE INDEX events_violations_by_at ON events(at, code) WHERE type = 1 AND code IS NOT NULL;\n"
    "CREATE INDEX events_answers_by_at ON events(type, at, ref_seq, outcome) WHERE ref_seq IS NOT NULL;\n";
const char kStateScoreSinceIndex[] = "CREATE INDEX state_by_score_since ON state(score_since)";
const char kDashboardSchema[] = "ALTER TABLE state ADD COLUMN score_since INTEGER NOT NULL DEFAULT 0;\n";

// Version 5: policy versions (docs/rules.md "Policy versions"). Named versions beside the base policy in
// meta, and their activations (version_id NULL: the base), each effective from an instant; both append-only, like the ledger, so the
// history of which policy was in force when can only grow. A version's JSON is audited when it is added
// (its hash in the audit row), and the schedule replayed from these rows is what the cache is computed under.
const char kPolicyVersionsSchema[] = R"sql(
CREATE TABLE policy_versions(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  json TEXT NOT NULL,
  author TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  note TEXT NOT NULL);
CREATE TABLE policy_activations(
  id INTEGER PRIMARY KEY,
  version_id INTEGER REFERENCES policy_versions(id),
  effective_at INTEGER NOT NULL,
  recorded_at INTEGER NOT NULL,
  by TEXT NOT NULL);
CREATE TRIGGER policy_versions_append_only_update BEFORE UPDATE ON policy_versions
  BEGIN SELECT RAISE(ABORT, 'policy versions are append-only'); END;
CREATE TRIGGER policy_versions_append_only_delete BEFORE DELETE ON policy_versions
  BEGIN SELECT RAISE(ABORT, 'policy versions are append-only'); END;
CREATE TRIGGER policy_activations_append_only_update BEFORE UPDATE ON policy_activations
  BEGIN SELECT RAISE(ABORT, 'policy activations are append-only'); END;
CREATE TRIGGER policy_activations_append_only_delete BEFORE DELETE ON policy_activations
  BEGIN SELECT RAISE(ABORT, 'policy activations are append-only'); END;
)sql";

// Version 6: content governance (docs/architecture.md "Posts and findings"). Posts and qualifications are
// ledger events (types 15 and 16); a post's findings (R-S1 spans, R-H1 regulated topics and teen mode) are
// derived from it and kept here, written in the transaction that appends the post (FindingsWriter) and
// rewritten for a creator whose qualifications change. Not append-only: like the state cache, they are a
// reading of the ledger.
const char kFindingsSchema[] = R"sql(
CREATE TABLE findings(
  id INTEGER PRIMARY KEY,
  post_seq INTEGER NOT NULL REFERENCES events(seq),
  subject_id INTEGER NOT NULL REFERENCES subjects(id),
  at INTEGER NOT NULL,
  rule TEXT NOT NULL,
  category TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  match TEXT NOT NULL,
  code TEXT);
CREATE INDEX findings_by_subject ON findings(subject_id, at);
CREATE INDEX findings_by_post ON findings(post_seq);
)sql";

// Version 7: the triage queue (docs/rules.md "Triage"). Reports (type 17) and triage steps (type 18) are
// ledger events; a step names its item (a post's or a report's id) in `code`, found through this index.
// The `triage` table is the queue as the ledger reads now, one row per item: a post with findings, a
// report, or any post a step names. Like `findings` it is derived, kept in step by TriageWriter in the
// transaction that appends what changes it, and rebuilt from the ledger by `verify`'s comparison.
// The review queue it replaces kept an index of flagged violations; nothing reads it now.
const char kTriageSchema[] = R"sql(
DROP INDEX IF EXISTS events_flagged_by_at;
CREATE INDEX events_triage_by_item ON events(code, seq) WHERE type = 18;
CREATE TABLE triage(
  item_seq INTEGER PRIMARY KEY REFERENCES events(seq),
  subject_id INTEGER NOT NULL REFERENCES subjects(id),
  at INTEGER NOT NULL,
  source INTEGER NOT NULL,
  code TEXT,
  state INTEGER NOT NULL,
  by TEXT,
  since INTEGER,
  violation TEXT,
  reason TEXT);
CREATE INDEX triage_by_state ON triage(state, at, item_seq);
CREATE INDEX triage_by_subject ON triage(subject_id);
)sql";

// The posts stored before version 7 with findings are open items; no step or report existed.
const char kTriageFromFindings[] =
    "INSERT INTO triage(item_seq, subject_id, at, source, code, state) "
    "SELECT f.post_seq, f.subject_id, f.at, 0, "
    "       (SELECT g.code FROM findings g WHERE g.post_seq = f.post_seq AND g.code IS NOT NULL "
    "        ORDER BY g.span_start, g.id LIMIT 1), 0 "
    "FROM findings f GROUP BY f.post_seq";

// Version 8: campaigns (docs/rules.md "Campaigns"). A campaign's events are found through the first index
// (its report, its undo); a post's removals and restorations (type 19, the post's id in `code`) through
// the second, so "is this post removed?" is one probe.
const char kCampaignSchema[] = R"sql(
CREATE INDEX events_by_campaign ON events(campaign_seq, type) WHERE campaign_seq IS NOT NULL;
CREATE INDEX events_removal_by_post ON events(code, seq) WHERE type = 19;
)sql";

bool exec(sqlite3 *db, const QByteArray &sql, const QString &path, StoreError *error, const QString &doing)
{
    return SqlError::exec(db, sql.constData(), error, path, doing);
}

bool migrateToVersion1(sqlite3 *db, const QString &path, StoreError *error, const QString &doing)
{
    const QByteArray ledger = QByteArray(kLedgerSchema) + kSubjectIndex + ";\n" + kFourEyesTriggerV1 + ";\n"
                              + kEventsAppendOnlyUpdate + ";\n" + kLedgerSchemaRest;
    return exec(db, ledger, path, error, doing);
}

bool migrateToVersion2(sqlite3 *db, const QString &path, StoreError *error, const QString &doing)
{
    return exec(db, QByteArray(kStateCacheSchema) + kStateIndexes + kStateCacheStale, path, error, doing);
}

// The events already stored were recorded when the audit row that covers them was written, by its actor:
// each row's range is stamped with them (a range update per audit row, not a lookup per event).
bool stampRecordedFromAudit(sqlite3 *db, const QString &path, StoreError *error, const QString &doing)
{
    SqlStatement rows(db, "SELECT at, actor, first_seq, last_seq FROM audit WHERE first_seq IS NOT NULL ORDER BY id");
    SqlStatement stamp(db, "UPDATE events SET recorded_at = ?1, recorded_by = ?2 WHERE seq BETWEEN ?3 AND ?4");
    if (!rows.isValid() || !stamp.isValid())
        return SqlError::fail(error, db, path, doing);
    while (rows.next()) {
        stamp.reset();
        stamp.bind(1, rows.int64(0));
        stamp.bind(2, rows.text(1));
        stamp.bind(3, rows.int64(2));
        stamp.bind(4, rows.int64(3));
        if (!stamp.exec())
            return SqlError::fail(error, db, path, doing);
    }
    return rows.resultCode() == SQLITE_DONE || SqlError::fail(error, db, path, doing);
}

bool migrateToVersion3(sqlite3 *db, const QString &path, StoreError *error, const QString &doing)
{
    return exec(db, kIdentitySchema, path, error, doing) && stampRecordedFromAudit(db, path, error, doing)
           && exec(db, kFourEyesTrigger, path, error, doing) && exec(db, kEventsAppendOnlyUpdate, path, error, doing);
}

bool migrateToVersion4(sqlite3 *db, const QString &path, StoreError *error, const QString &doing)
{
    return exec(db, QByteArray(kDashboardSchema) + kDashboardIndexes + kStateScoreSinceIndex + ";\n" + kStateCacheStale,
                path, error, doing);
}

bool migrateToVersion5(sqlite3 *db, const QString &path, StoreError *error, const QString &doing)
{
    return exec(db, kPolicyVersionsSchema, path, error, doing);
}

// Posts did not exist before version 6, so there are no findings to compute for an existing store.
bool migrateToVersion6(sqlite3 *db, const QString &path, StoreError *error, const QString &doing)
{
    return exec(db, kFindingsSchema, path, error, doing);
}

bool migrateToVersion7(sqlite3 *db, const QString &path, StoreError *error, const QString &doing)
{
    return exec(db, kTriageSchema, path, error, doing) && exec(db, kTriageFromFindings, path, error, doing);
}

bool migrateToVersion8(sqlite3 *db, const QString &path, StoreError *error, const QString &doing)
{
    return exec(db, kCampaignSchema, path, error, doing);
}

bool migrateToVersion(int version, sqlite3 *db, const QString &path, StoreError *error, const QString &doing)
{
    switch (version) {
    case 1: return migrateToVersion1(db, path, error, doing);
    case 2: return migrateToVersion2(db, path, error, doing);
    case 3: return migrateToVersion3(db, path, error, doing);
    case 4: return migrateToVersion4(db, path, error, doing);
    case 5: return migrateToVersion5(db, path, error, doing);
    case 6: return migrateToVersion6(db, path, error, doing);
    case 7: return migrateToVersion7(db, path, error, doing);
    case 8: return migrateToVersion8(db, path, error, doing);
    }
    return StoreError::fail(error, StoreError::Kind::Internal, Schema::tr("no migration to version %1").arg(version));
}

constexpr int kCurrentVersion = 8; // the last version migrateToVersion() knows

} // namespace

int Schema::currentVersion()
{
    return kCurrentVersion;
}

QString Schema::backupPath(const QString &path, int version)
{
    return QStringLiteral("%1.bak-v%2").arg(path).arg(version);
}

int Schema::userVersion(sqlite3 *db, StoreError *error, const QString &path)
{
    SqlStatement query(db, "PRAGMA user_version");
    if (!query.isValid() || !query.next()) {
        SqlError::fail(error, db, path, tr("read the schema version"));
        return -1;
    }
    return query.integer(0);
}

bool Schema::hasTables(sqlite3 *db, StoreError *error, const QString &path)
{
    SqlStatement query(db, "SELECT count(*) FROM sqlite_schema");
    if (!query.isValid() || !query.next())
        return SqlError::fail(error, db, path, tr("read the schema"));
    return query.int64(0) > 0;
}

bool Schema::isRedlineStore(sqlite3 *db)
{
    SqlStatement query(db, "SELECT value FROM meta WHERE key = 'application'");
    return query.isValid() && query.next() && query.text(0) == QLatin1String("redline");
}

bool Schema::create(sqlite3 *db, const QString &path, StoreError *error, int targetVersion)
{
    const int version = userVersion(db, error, path);
    if (version < 0)
        return false;
    StoreError tableError;
    const bool tables = hasTables(db, &tableError, path);
    if (tableError.isSet())
        return StoreError::fail(error, tableError.kind, tableError.message);
    if (version != 0 || tables) {
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                isRedlineStore(db) ? tr("%1: already a Redline store").arg(path)
                                                   : tr("%1: not empty and not a Redline store; refusing to overwrite it").arg(path));
    }
    return migrateTo(db, path, 0, targetVersion < 0 ? kCurrentVersion : targetVersion, error);
}

bool Schema::check(sqlite3 *db, const QString &path, StoreError *error)
{
    const int version = userVersion(db, error, path);
    if (version < 0)
        return false;
    if (version == 0) {
        StoreError tableError;
        const bool tables = hasTables(db, &tableError, path);
        if (tableError.isSet())
            return StoreError::fail(error, tableError.kind, tableError.message);
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                tables ? tr("%1: a SQLite database but not a Redline store").arg(path)
                                       : tr("%1: empty file, not a Redline store (create one with `init`)").arg(path));
    }
    if (!isRedlineStore(db))
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                tr("%1: a SQLite database but not a Redline store").arg(path));
    if (version > kCurrentVersion)
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                tr("%1: store schema version %2 is newer than this Redline supports (%3); use a newer Redline")
                                    .arg(path).arg(version).arg(kCurrentVersion));
    return true;
}

bool Schema::upgrade(sqlite3 *db, const QString &path, StoreError *error, bool *migrated)
{
    if (migrated)
        *migrated = false;
    if (!check(db, path, error))
        return false;
    const int version = userVersion(db, error, path);
    if (version == kCurrentVersion)
        return true;
    if (!backup(db, path, version, error) || !migrateTo(db, path, version, kCurrentVersion, error))
        return false;
    if (migrated)
        *migrated = true;
    return true;
}

// A consistent copy (VACUUM INTO) rather than a file copy, so a WAL that holds recent commits is included.
bool Schema::backup(sqlite3 *db, const QString &path, int version, StoreError *error)
{
    const QString target = backupPath(path, version);
    if (QFile::exists(target) && !QFile::remove(target))
        return StoreError::fail(error, StoreError::Kind::Internal,
                                tr("%1: cannot replace the old backup %2 before migrating").arg(path, target));
    SqlStatement vacuum(db, "VACUUM INTO ?1");
    if (!vacuum.isValid())
        return SqlError::fail(error, db, path, tr("back up the store before migrating"));
    vacuum.bind(1, target);
    if (!vacuum.exec())
        return SqlError::fail(error, db, path, tr("back up the store to %1 before migrating").arg(target));
    return true;
}

bool Schema::migrateTo(sqlite3 *db, const QString &path, int from, int to, StoreError *error)
{
    for (int version = from + 1; version <= to; ++version) {
        const QString doing = tr("migrate the store to schema version %1").arg(version);
        if (!SqlError::exec(db, "BEGIN IMMEDIATE", error, path, doing))
            return false;
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(version);
        if (!migrateToVersion(version, db, path, error, doing)
            || !SqlError::exec(db, setVersion.constData(), error, path, doing)
            || !SqlError::exec(db, "COMMIT", error, path, doing)) {
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            return false;
        }
    }
    return true;
}

namespace {

struct Guard {
    QString type;
    QByteArray sql;
};

// A new store's triggers and indexes, made once per process in memory.
const QHash<QString, Guard> &expectedGuards()
{
    static const QHash<QString, Guard> guards = [] {
        QHash<QString, Guard> out;
        sqlite3 *memory = nullptr;
        if (sqlite3_open(":memory:", &memory) == SQLITE_OK && Schema::create(memory, QStringLiteral(":memory:"), nullptr)) {
            SqlStatement rows(memory, "SELECT name, type, sql FROM sqlite_schema WHERE type IN ('trigger', 'index') "
                                      "AND sql IS NOT NULL");
            while (rows.isValid() && rows.next())
                out.insert(rows.text(0), Guard{rows.text(1), rows.utf8(2)});
        }
        sqlite3_close(memory);
        return out;
    }();
    return guards;
}

} // namespace

bool Schema::checkGuards(sqlite3 *db, const QString &path, StoreError *error)
{
    const QHash<QString, Guard> &expected = expectedGuards();
    if (expected.isEmpty())
        return StoreError::fail(error, StoreError::Kind::Internal, tr("%1: cannot build the expected schema").arg(path));
    QHash<QString, QByteArray> present;
    SqlStatement rows(db, "SELECT name, sql FROM sqlite_schema WHERE type IN ('trigger', 'index') AND sql IS NOT NULL");
    if (!rows.isValid())
        return SqlError::fail(error, db, path, tr("read the schema"));
    while (rows.next())
        present.insert(rows.text(0), rows.utf8(1));
    QStringList names = expected.keys();
    names.sort();
    for (const QString &name : std::as_const(names)) {
        const Guard &guard = expected.value(name);
        const auto found = present.constFind(name);
        if (found == present.constEnd())
            return StoreError::fail(error, StoreError::Kind::Integrity,
                                    tr("%1: the store's %2 %3 is missing: it was dropped outside Redline").arg(path, guard.type, name));
        if (found.value() != guard.sql)
            return StoreError::fail(error, StoreError::Kind::Integrity,
                                    tr("%1: the store's %2 %3 differs from this schema version's: it was altered outside Redline")
                                        .arg(path, guard.type, name));
    }
    return true;
}

bool Schema::suspendFourEyesTrigger(sqlite3 *db, const QString &path, StoreError *error)
{
    return SqlError::exec(db, "DROP TRIGGER events_four_eyes", error, path, tr("start a bulk write"));
}

bool Schema::restoreFourEyesTrigger(sqlite3 *db, const QString &path, StoreError *error)
{
    return SqlError::exec(db, kFourEyesTrigger, error, path, tr("finish a bulk write"));
}

bool Schema::deferSubjectIndex(sqlite3 *db, const QString &path, StoreError *error)
{
    const QString doing = tr("start a bulk write");
    return SqlError::exec(db, "DROP INDEX events_by_subject", error, path, doing)
           && SqlError::exec(db, kLoadingContractsIndex, error, path, doing);
}

bool Schema::buildSubjectIndex(sqlite3 *db, const QString &path, StoreError *error)
{
    const QString doing = tr("index the ledger by subject");
    return SqlError::exec(db, "DROP INDEX events_loading_contracts", error, path, doing)
           && SqlError::exec(db, kSubjectIndex, error, path, doing);
}

bool Schema::deferStateIndexes(sqlite3 *db, const QString &path, StoreError *error)
{
    return SqlError::exec(db, "DROP INDEX state_by_score; DROP INDEX state_by_next_change; DROP INDEX state_by_mcn; "
                              "DROP INDEX state_by_score_since",
                          error, path, tr("start a bulk write"));
}

bool Schema::buildStateIndexes(sqlite3 *db, const QString &path, StoreError *error)
{
    const QByteArray indexes = QByteArray(kStateIndexes) + kStateScoreSinceIndex;
    return SqlError::exec(db, indexes.constData(), error, path, tr("index the state cache"));
}

} // namespace redline
