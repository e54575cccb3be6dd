#pragma once

#include "store/auditentry.h"
#include "base/progress.h"
#include "base/storeerror.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

struct sqlite3;

namespace redline {

class EventReader;

// The hash-chained audit log (DESIGN.md "The store"): one row per write, each carrying the SHA-256 of
// the previous row's hash and its own content; the head hash is also kept in meta so that deleting the
// last row shows. verify() walks the chain and re-hashes the ledger events each row covers.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    AuditLog(sqlite3 *db, const QString &path);

    // Fills entry.id, prevHash and hash and inserts the row (inside the caller's transaction).
    bool append(AuditEntry &entry, StoreError *error);
    bool verify(const ProgressFn &progress, StoreError *error);
    // What every write checks first (docs/architecture.md "Integrity on every write"): the head recorded
    // in meta is the last row, and the last row's events are the ledger's last. A few indexed lookups, so
    // that a store whose last rows were deleted refuses writes instead of growing past the gap; and the
    // stored policy is the one the log last recorded.
    bool checkHead(StoreError *error);
    QVector<AuditEntry> forSubject(const QString &handle, StoreError *error);

    static QByteArray content(const AuditEntry &entry);
    static QByteArray chainHash(const AuditEntry &entry);
    static QByteArray policyHash(const QByteArray &policyJson);

private:
    bool verifyEvents(const AuditEntry &entry, qint64 expectedFirst, EventReader &reader, StoreError *error);
    bool verifyPolicy(const QByteArray &lastPolicyHash, StoreError *error);
    // Every policy version and activation has its audit row, and each version's JSON is the one recorded.
    bool verifyPolicyVersions(StoreError *error);
    bool verifyCoverage(qint64 lastCovered, StoreError *error);
    QString where(const AuditEntry &entry) const;

    sqlite3 *m_db;
    QString m_path;
};

} // namespace redline
