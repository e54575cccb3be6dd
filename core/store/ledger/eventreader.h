#pragma once

#include "store/sql/sqlstatement.h"
#include "base/storedevent.h"
#include "base/storeerror.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

struct sqlite3;

namespace redline {

// Reads ledger rows back as the StoredEvents that were appended: references become ids and handles again,
// so the result is what the exporter writes and what the audit chain hashed.
class EventReader
{
    Q_DECLARE_TR_FUNCTIONS(EventReader)
public:
    EventReader(sqlite3 *db, const QString &path);

    // Events with seq in [first, last], in seq order.
    bool forRange(qint64 first, qint64 last, const std::function<bool(qint64 seq, const StoredEvent &)> &sink,
                  StoreError *error);
    bool bySeq(qint64 seq, StoredEvent *out, StoreError *error);

    // A query whose rows eventAt() and seqAt() read, so every reader of the ledger turns rows back into
    // StoredEvents one way: `events` must name the ledger rows as `e` (a table or a join), `tail` follows
    // the joins that resolve references (WHERE, ORDER BY).
    static QByteArray query(const char *events, const char *tail);
    static StoredEvent eventAt(const SqlStatement &row);
    static qint64 seqAt(const SqlStatement &row);

private:

    sqlite3 *m_db;
    QString m_path;
    SqlStatement m_range;
};

} // namespace redline
