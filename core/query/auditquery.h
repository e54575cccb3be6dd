#pragma once

#include "store/auditentry.h"
#include "base/storeerror.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

struct sqlite3;

namespace redline {

class Store;

// The audit log page: the whole hash-chained log, newest first, in pages (keyset on the row id), with
// an optional filter by actor or subject substring.
class AuditQuery
{
    Q_DECLARE_TR_FUNCTIONS(AuditQuery)
public:
    explicit AuditQuery(const Store &store);

    // Up to `limit` rows with id < beforeId (0: from the newest).
    bool fetch(const QString &search, qint64 beforeId, int limit, QVector<AuditEntry> *out, StoreError *error) const;
    qint64 count(StoreError *error) const;

private:
    const Store &m_store;
    sqlite3 *m_db;
};

} // namespace redline
