#include "auditlog.h"

#include "base/eventdigest.h"
#include "store/ledger/eventreader.h"
#include "store/sql/sqlerror.h"
#include "store/sql/sqlstatement.h"

#include <QCryptographicHash>

#include <sqlite3.h>

namespace redline {

namespace {

constexpr int kHashSize = 32;

void appendField(QByteArray &out, const QByteArray &bytes)
{
    out += QByteArray::number(bytes.size());
    out += ':';
    out += bytes;
}

AuditEntry entryFromRow(const SqlStatement &row)
{
    AuditEntry e;
    e.id = row.int64(0);
    e.at = row.int64(1);
    e.actor = row.text(2);
    e.action = row.text(3);
    e.subject = row.text(4);
    e.firstSeq = row.int64(5);
    e.lastSeq = row.int64(6);
    e.eventsHash = row.blob(7);
    e.detail = row.text(8);
    e.prevHash = row.blob(9);
    e.hash = row.blob(10);
    e.format = row.isNull(11) ? 0 : row.integer(11);
    return e;
}

const char kSelectColumns[] =
    "SELECT id, at, actor, action, subject, first_seq, last_seq, events_hash, detail, prev_hash, hash, format FROM audit ";

bool isPolicyAction(const QString &action)
{
    return action == QLatin1String("init") || action == QLatin1String("policy");
}

} // namespace

AuditLog::AuditLog(sqlite3 *db, const QString &path)
    : m_db(db)
    , m_path(path)
{
}

QByteArray AuditLog::content(const AuditEntry &e)
{
    QByteArray out;
    appendField(out, QByteArray::number(e.id));
    appendField(out, QByteArray::number(e.at));
    appendField(out, e.actor.toUtf8());
    appendField(out, e.action.toUtf8());
    appendField(out, e.subject.toUtf8());
    appendField(out, QByteArray::number(e.firstSeq));
    appendField(out, QByteArray::number(e.lastSeq));
    appendField(out, e.eventsHash.toHex());
    appendField(out, e.detail.toUtf8());
    if (e.format > 0) // rows from before schema version 3 keep the content they were hashed with
        appendField(out, QByteArray::number(e.format));
    return out;
}

QByteArray AuditLog::chainHash(const AuditEntry &entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(entry.prevHash);
    hash.addData(content(entry));
    return hash.result();
}

QByteArray AuditLog::policyHash(const QByteArray &policyJson)
{
    return QCryptographicHash::hash(policyJson, QCryptographicHash::Sha256);
}

bool AuditLog::append(AuditEntry &entry, StoreError *error)
{
    const QString doing = tr("append to the audit log");
    SqlStatement last(m_db, "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1");
    if (!last.isValid())
        return SqlError::fail(error, m_db, m_path, doing);
    entry.id = 1;
    entry.prevHash = QByteArray(kHashSize, '\0');
    if (last.next()) {
        entry.id = last.int64(0) + 1;
        entry.prevHash = last.blob(1);
    }
    entry.hash = chainHash(entry);

    SqlStatement insert(m_db, "INSERT INTO audit(id, at, actor, action, subject, first_seq, last_seq, events_hash, "
                              "detail, prev_hash, hash, format) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    if (!insert.isValid())
        return SqlError::fail(error, m_db, m_path, doing);
    insert.bind(1, entry.id);
    insert.bind(2, entry.at);
    insert.bindText(3, entry.actor.toUtf8());
    insert.bindText(4, entry.action.toUtf8());
    insert.bind(5, entry.subject);
    if (entry.firstSeq > 0) {
        insert.bind(6, entry.firstSeq);
        insert.bind(7, entry.lastSeq);
    }
    if (!entry.eventsHash.isEmpty())
        insert.bindBlob(8, entry.eventsHash);
    insert.bindText(9, entry.detail.toUtf8());
    insert.bindBlob(10, entry.prevHash);
    insert.bindBlob(11, entry.hash);
    if (entry.format > 0)
        insert.bind(12, entry.format);
    if (!insert.exec())
        return SqlError::fail(error, m_db, m_path, doing);

    SqlStatement head(m_db, "INSERT OR REPLACE INTO meta(key, value) VALUES('audit_head', ?1)");
    head.bindText(1, entry.hash.toHex());
    if (!head.isValid() || !head.exec())
        return SqlError::fail(error, m_db, m_path, doing);
    return true;
}

bool AuditLog::checkHead(StoreError *error)
{
    const QString doing = tr("check the audit log before writing");
    SqlStatement last(m_db, "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1");
    SqlStatement head(m_db, "SELECT value FROM meta WHERE key = 'audit_head'");
    SqlStatement covered(m_db, "SELECT last_seq FROM audit WHERE last_seq IS NOT NULL ORDER BY id DESC LIMIT 1");
    SqlStatement ledgerEnd(m_db, "SELECT coalesce(max(seq), 0) FROM events");
    if (!last.isValid() || !head.isValid() || !covered.isValid() || !ledgerEnd.isValid())
        return SqlError::fail(error, m_db, m_path, doing);
    const bool hasRows = last.next();
    const QByteArray storedHead = head.next() ? head.utf8(0) : QByteArray();
    const auto damaged = [&](const QString &why) {
        return StoreError::fail(error, StoreError::Kind::Integrity,
                                tr("%1: %2; nothing was written (run `redline-cli verify` for the details)").arg(m_path, why));
    };
    if (hasRows && storedHead != last.blob(1).toHex())
        return damaged(tr("the audit log's last row %1 is not its recorded head: rows were deleted or edited").arg(last.int64(0)));
    if (!hasRows && !storedHead.isEmpty())
        return damaged(tr("the audit log is empty but has a recorded head: its rows were deleted"));
    const qint64 lastCovered = covered.next() ? covered.int64(0) : 0;
    if (!ledgerEnd.next())
        return SqlError::fail(error, m_db, m_path, doing);
    const qint64 lastSeq = ledgerEnd.int64(0);
    if (lastSeq < lastCovered)
        return damaged(tr("ledger events %1..%2 recorded in the audit log are missing: they were deleted")
                           .arg(lastSeq + 1).arg(lastCovered));
    if (lastSeq > lastCovered)
        return damaged(tr("ledger events %1..%2 are not in the audit log: they were added outside Redline")
                           .arg(lastCovered + 1).arg(lastSeq));
    SqlStatement policyRow(m_db, "SELECT events_hash FROM audit WHERE action IN ('init', 'policy') ORDER BY id DESC LIMIT 1");
    SqlStatement policy(m_db, "SELECT value FROM meta WHERE key = 'policy'");
    if (!policyRow.isValid() || !policy.isValid())
        return SqlError::fail(error, m_db, m_path, doing);
    if (policyRow.next() && (!policy.next() || policyHash(policy.utf8(0)) != policyRow.blob(0)))
        return damaged(tr("the stored policy is not the one the audit log recorded: it was changed outside Redline"));
    return true;
}

QString AuditLog::where(const AuditEntry &entry) const
{
    return tr("%1: audit log row %2 (%3 by %4 at %5)")
        .arg(m_path)
        .arg(entry.id)
        .arg(entry.action, entry.actor, formatInstant(entry.at));
}

bool AuditLog::verify(const ProgressFn &progress, StoreError *error)
{
    const auto damaged = [&](const QString &message) {
        return StoreError::fail(error, StoreError::Kind::Integrity, message);
    };
    SqlStatement rows(m_db, (QByteArray(kSelectColumns) + "ORDER BY id").constData());
    SqlStatement total(m_db, "SELECT count(*) FROM audit");
    if (!rows.isValid() || !total.isValid() || !total.next())
        return SqlError::fail(error, m_db, m_path, tr("read the audit log"));
    const qint64 rowCount = total.int64(0);

    EventReader reader(m_db, m_path);
    QByteArray expectedPrev(kHashSize, '\0');
    qint64 expectedId = 1;
    qint64 lastCovered = 0;
    QByteArray lastPolicyHash;
    qint64 done = 0;
    const auto brokenAt = [&](qint64 row) {
        if (error && error->kind == StoreError::Kind::Integrity && error->auditRow == 0)
            error->auditRow = row;
        return false;
    };
    while (rows.next()) {
        const AuditEntry entry = entryFromRow(rows);
        if (entry.id != expectedId)
            return damaged(tr("%1: audit log row %2 is missing (the next row is %3): a row was deleted")
                               .arg(m_path).arg(expectedId).arg(entry.id))
                   || brokenAt(entry.id);
        if (entry.prevHash != expectedPrev)
            return damaged(tr("%1: the chain is broken: its previous-row hash does not match row %2")
                               .arg(where(entry)).arg(entry.id - 1))
                   || brokenAt(entry.id);
        if (chainHash(entry) != entry.hash)
            return damaged(tr("%1: the row was edited: its hash does not match its content").arg(where(entry)))
                   || brokenAt(entry.id);
        if (entry.firstSeq > 0) {
            if (!verifyEvents(entry, lastCovered + 1, reader, error))
                return brokenAt(entry.id);
            lastCovered = entry.lastSeq;
        }
        if (isPolicyAction(entry.action))
            lastPolicyHash = entry.eventsHash;
        expectedPrev = entry.hash;
        ++expectedId;
        if (progress && !progress(++done, rowCount))
            return StoreError::fail(error, StoreError::Kind::Internal, tr("verify cancelled"));
    }
    if (rows.resultCode() != SQLITE_DONE)
        return SqlError::fail(error, m_db, m_path, tr("read the audit log"));

    SqlStatement head(m_db, "SELECT value FROM meta WHERE key = 'audit_head'");
    const QByteArray storedHead = head.isValid() && head.next() ? head.utf8(0) : QByteArray();
    if (expectedId > 1 && storedHead != expectedPrev.toHex())
        return damaged(tr("%1: the audit log ends at row %2 but its recorded head is another row: the last rows were deleted")
                           .arg(m_path).arg(expectedId - 1))
               || brokenAt(expectedId - 1);
    return verifyCoverage(lastCovered, error) && verifyPolicy(lastPolicyHash, error) && verifyPolicyVersions(error);
}

// The events an audit row covers must follow the previous row's and hash to what was recorded.
bool AuditLog::verifyEvents(const AuditEntry &entry, qint64 expectedFirst, EventReader &reader,
                            StoreError *error)
{
    if (entry.firstSeq != expectedFirst || entry.lastSeq < entry.firstSeq)
        return StoreError::fail(error, StoreError::Kind::Integrity,
                                tr("%1: covers ledger events %2..%3 where %4 was expected next")
                                    .arg(where(entry)).arg(entry.firstSeq).arg(entry.lastSeq).arg(expectedFirst));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 expectedSeq = entry.firstSeq;
    qint64 gap = 0;
    const bool ok = reader.forRange(entry.firstSeq, entry.lastSeq, [&](qint64 seq, const StoredEvent &event) {
        if (seq != expectedSeq) {
            gap = expectedSeq;
            return false;
        }
        hash.addData(entry.format >= 2 ? EventDigest::recordedCanonical(event) : EventDigest::canonical(event));
        ++expectedSeq;
        return true;
    }, error);
    if (!ok)
        return false;
    if (gap == 0 && expectedSeq != entry.lastSeq + 1)
        gap = expectedSeq;
    if (gap != 0)
        return StoreError::fail(error, StoreError::Kind::Integrity,
                                tr("%1: ledger event %2 is missing: it was deleted").arg(where(entry)).arg(gap));
    if (hash.result() != entry.eventsHash)
        return StoreError::fail(error, StoreError::Kind::Integrity,
                                tr("%1: ledger events %2..%3 do not match what was recorded: an event was edited")
                                    .arg(where(entry)).arg(entry.firstSeq).arg(entry.lastSeq));
    return true;
}

bool AuditLog::verifyCoverage(qint64 lastCovered, StoreError *error)
{
    SqlStatement max(m_db, "SELECT max(seq) FROM events WHERE seq > ?1");
    if (!max.isValid())
        return SqlError::fail(error, m_db, m_path, tr("read the ledger"));
    max.bind(1, lastCovered);
    if (max.next() && !max.isNull(0))
        return StoreError::fail(error, StoreError::Kind::Integrity,
                                tr("%1: ledger events %2..%3 are not in the audit log: they were added outside Redline")
                                    .arg(m_path).arg(lastCovered + 1).arg(max.int64(0)));
    return true;
}

bool AuditLog::verifyPolicy(const QByteArray &lastPolicyHash, StoreError *error)
{
    SqlStatement policy(m_db, "SELECT value FROM meta WHERE key = 'policy'");
    if (!policy.isValid() || !policy.next())
        return StoreError::fail(error, StoreError::Kind::Integrity, tr("%1: the stored policy is missing").arg(m_path));
    if (policyHash(policy.utf8(0)) != lastPolicyHash)
        return StoreError::fail(error, StoreError::Kind::Integrity,
                                tr("%1: the stored policy is not the one the audit log recorded: it was changed outside Redline")
                                    .arg(m_path));
    return true;
}

bool AuditLog::verifyPolicyVersions(StoreError *error)
{
    // Versions in the order they were added, beside their audit rows in the same order.
    SqlStatement versions(m_db, "SELECT name, json FROM policy_versions ORDER BY id");
    SqlStatement added(m_db, "SELECT events_hash FROM audit WHERE action = 'policy_add' ORDER BY id");
    SqlStatement counts(m_db, "SELECT (SELECT count(*) FROM policy_activations), "
                              "(SELECT count(*) FROM audit WHERE action = 'policy_activate')");
    if (!versions.isValid() || !added.isValid() || !counts.isValid() || !counts.next())
        return SqlError::fail(error, m_db, m_path, tr("read the policy versions"));
    while (versions.next()) {
        if (!added.next() || policyHash(versions.utf8(1)) != added.blob(0))
            return StoreError::fail(error, StoreError::Kind::Integrity,
                                    tr("%1: policy version %2 is not the one the audit log recorded: it was changed outside Redline")
                                        .arg(m_path, versions.text(0)));
    }
    if (added.next() || counts.int64(0) != counts.int64(1))
        return StoreError::fail(error, StoreError::Kind::Integrity,
                                tr("%1: the policy versions do not match the audit log: they were changed outside Redline").arg(m_path));
    return true;
}

QVector<AuditEntry> AuditLog::forSubject(const QString &handle, StoreError *error)
{
    QVector<AuditEntry> entries;
    SqlStatement rows(m_db, (QByteArray(kSelectColumns) + "WHERE subject = ?1 ORDER BY id").constData());
    if (!rows.isValid()) {
        SqlError::fail(error, m_db, m_path, tr("read the audit log"));
        return entries;
    }
    rows.bind(1, handle);
    while (rows.next())
        entries.append(entryFromRow(rows));
    return entries;
}

} // namespace redline
