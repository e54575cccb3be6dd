#include "storeverifier.h"

#include "store/auditlog.h"
#include "store/schema/schema.h"
#include "store/ledger/bulkreplayer.h"
#include "store/sql/sqlerror.h"
#include "store/sql/sqlstatement.h"
#include "store/statecache.h"
#include "store/write/triagewriter.h"
#include "store/store.h"

#include <sqlite3.h>

namespace redline {

namespace {

QString instantText(Instant at)
{
    return at == kNoInstant ? StoreVerifier::tr("never") : formatInstant(at);
}

QString bandText(const std::optional<int> &band)
{
    return band ? QString::number(*band) : StoreVerifier::tr("none");
}

} // namespace

StoreVerifier::StoreVerifier(const Store &store)
    : m_store(store)
{
}

bool StoreVerifier::run(const ProgressFn &progress, StoreError *error)
{
    // The chain first: an edit made by dropping a guard shows as the edit, then the guard as missing.
    return checkSqlite(error) && AuditLog(m_store.handle(), m_store.path()).verify(progress, error)
           && Schema::checkGuards(m_store.handle(), m_store.path(), error) && checkCache(progress, error)
           && checkTriage(error);
}

// The `triage` table is derived (TriageWriter): every item the ledger has (a post with findings, a report, a
// post a step named) has its row, and every row equals the one folded afresh from the item's steps.
bool StoreVerifier::checkTriage(StoreError *error)
{
    static_assert(int(EventType::Report) == 17 && int(EventType::Triage) == 18, "the SQL names the types");
    sqlite3 *db = m_store.handle();
    const char *const missing[] = {
        "SELECT f.post_seq FROM findings f WHERE NOT EXISTS(SELECT 1 FROM triage t WHERE t.item_seq = f.post_seq) LIMIT 1",
        "SELECT e.seq FROM events e WHERE e.type = 17 AND NOT EXISTS(SELECT 1 FROM triage t WHERE t.item_seq = e.seq) LIMIT 1",
        "SELECT i.seq FROM events s JOIN events i ON i.ext_id = s.code WHERE s.type = 18 "
        "AND NOT EXISTS(SELECT 1 FROM triage t WHERE t.item_seq = i.seq) LIMIT 1",
    };
    for (const char *sql : missing) {
        SqlStatement q(db, sql);
        if (!q.isValid())
            return SqlError::fail(error, db, m_store.path(), tr("check the triage queue"));
        if (q.next())
            return StoreError::fail(error, StoreError::Kind::Integrity,
                                    tr("%1: the triage queue has no row for ledger item %2").arg(m_store.path()).arg(q.int64(0)));
        if (q.resultCode() != SQLITE_DONE)
            return SqlError::fail(error, db, m_store.path(), tr("check the triage queue"));
    }
    return checkTriageRows(error);
}

bool StoreVerifier::checkTriageRows(StoreError *error)
{
    sqlite3 *db = m_store.handle();
    SqlStatement rows(db, "SELECT item_seq, subject_id, at, source, code, state, by, since, violation, reason FROM triage "
                          "ORDER BY item_seq");
    if (!rows.isValid())
        return SqlError::fail(error, db, m_store.path(), tr("check the triage queue"));
    TriageWriter fold(db, m_store.path());
    while (rows.next()) {
        TriageRow stored;
        stored.itemSeq = rows.int64(0);
        stored.subjectId = rows.int64(1);
        stored.at = rows.int64(2);
        stored.source = rows.integer(3);
        stored.code = rows.text(4);
        stored.status.state = TriageStatus::State(rows.integer(5));
        stored.status.by = rows.text(6);
        stored.status.since = rows.isNull(7) ? kNoInstant : rows.int64(7);
        stored.status.violation = rows.text(8);
        stored.status.reason = rows.text(9);
        std::optional<TriageRow> fresh;
        if (!fold.computeRow(stored.itemSeq, &fresh, error))
            return false;
        if (!fresh || !(*fresh == stored))
            return StoreError::fail(error, StoreError::Kind::Integrity,
                                    tr("%1: the triage queue's row for ledger item %2 does not match the item's steps")
                                        .arg(m_store.path()).arg(stored.itemSeq));
    }
    return rows.resultCode() == SQLITE_DONE || SqlError::fail(error, db, m_store.path(), tr("check the triage queue"));
}

bool StoreVerifier::checkSqlite(StoreError *error)
{
    sqlite3 *db = m_store.handle();
    SqlStatement integrity(db, "PRAGMA integrity_check(1)");
    if (!integrity.isValid() || !integrity.next())
        return SqlError::fail(error, db, m_store.path(), tr("check the database's integrity"));
    const QString verdict = integrity.text(0);
    if (verdict != QLatin1String("ok"))
        return StoreError::fail(error, StoreError::Kind::Integrity,
                                tr("%1: SQLite integrity check failed: %2").arg(m_store.path(), verdict));
    SqlStatement foreignKeys(db, "PRAGMA foreign_key_check");
    if (!foreignKeys.isValid())
        return SqlError::fail(error, db, m_store.path(), tr("check the database's references"));
    if (foreignKeys.next())
        return StoreError::fail(error, StoreError::Kind::Integrity,
                                tr("%1: %2 row %3 refers to a missing %4 row")
                                    .arg(m_store.path(), foreignKeys.text(0))
                                    .arg(foreignKeys.int64(1))
                                    .arg(foreignKeys.text(2)));
    return true;
}

QString StoreVerifier::difference(const CachedState &cached, const CachedState &fresh)
{
    const auto differ = [](const QString &what, const QString &a, const QString &b) {
        return tr("cached %1 %2, a fresh replay gives %3").arg(what, a, b);
    };
    if (cached.score != fresh.score)
        return differ(tr("score"), QString::number(cached.score), QString::number(fresh.score));
    if (cached.max != fresh.max)
        return differ(tr("max"), QString::number(cached.max), QString::number(fresh.max));
    if (cached.band != fresh.band)
        return differ(tr("band"), bandText(cached.band), bandText(fresh.band));
    if (cached.restrictions != fresh.restrictions)
        return differ(tr("restrictions"), cached.restrictions.join(QLatin1Char(',')),
                      fresh.restrictions.join(QLatin1Char(',')));
    if (cached.ladderLevel != fresh.ladderLevel)
        return differ(tr("ladder level"), QString::number(cached.ladderLevel), QString::number(fresh.ladderLevel));
    if (cached.lastViolationAt != fresh.lastViolationAt)
        return differ(tr("last violation"), instantText(cached.lastViolationAt), instantText(fresh.lastViolationAt));
    if (cached.mcnId != fresh.mcnId)
        return differ(tr("MCN"), QString::number(cached.mcnId), QString::number(fresh.mcnId));
    if (cached.certified != fresh.certified)
        return differ(tr("certification"), QString::number(cached.certified), QString::number(fresh.certified));
    if (cached.depositBalance != fresh.depositBalance)
        return differ(tr("deposit"), QString::number(cached.depositBalance), QString::number(fresh.depositBalance));
    if (cached.nextChange != fresh.nextChange)
        return differ(tr("next change"), instantText(cached.nextChange), instantText(fresh.nextChange));
    return QString();
}

// The cache rows and the replays are both walked in subject id order, side by side, so nothing is held.
bool StoreVerifier::checkCache(const ProgressFn &progress, StoreError *error)
{
    sqlite3 *db = m_store.handle();
    const QString &path = m_store.path();
    StateCache cache(db, path, m_store.storedSchedule());
    SqlStatement instants(db, "SELECT subject_id, computed_at FROM state ORDER BY subject_id");
    SqlStatement rows = cache.rowsInOrder();
    if (!instants.isValid() || !rows.isValid())
        return SqlError::fail(error, db, path, tr("read the state cache"));

    bool instantsLeft = instants.next();
    const auto instantOf = [&](qint64 subjectId) {
        while (instantsLeft && instants.int64(0) < subjectId)
            instantsLeft = instants.next();
        return instantsLeft && instants.int64(0) == subjectId ? instants.int64(1) : m_store.now();
    };
    bool rowsLeft = rows.next();
    const auto damaged = [&](const QString &message) {
        return StoreError::fail(error, StoreError::Kind::Integrity, message);
    };

    BulkReplayer replayer(db, path, {&m_store.storedSchedule()});
    replayer.setInstantOf(instantOf);
    const bool ok = replayer.run(
        [&](const SubjectLedger &ledger, Instant, const QVector<SubjectState> &states) {
            while (rowsLeft && rows.int64(0) < ledger.id)
                rowsLeft = rows.next();
            if (!rowsLeft || rows.int64(0) != ledger.id)
                return damaged(tr("%1: subject %2 has no row in the state cache").arg(path, ledger.info.handle));
            const CachedState cached = StateCache::fromRow(rows);
            const CachedState fresh = StateCache::fromState(ledger, states.first(), m_store.storedSchedule().at(states.first().at));
            const QString why = difference(cached, fresh);
            if (!why.isEmpty())
                return damaged(tr("%1: state cache of subject %2 at %3: %4")
                                   .arg(path, ledger.info.handle, formatInstant(cached.computedAt), why));
            return true;
        },
        progress, error);
    return ok;
}

} // namespace redline
