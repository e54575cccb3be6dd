#pragma once

#include "base/instant.h"
#include "base/storeerror.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace redline {

class Store;

// One notice as the ledger holds it (a `notice` event, docs/contracts.md).
struct NoticeRecord {
    qint64 seq = 0;
    QString subject;      // handle
    QString subjectName;
    QString templateId;
    QString language;
    QString ref;          // the violation, appeal or campaign it is about; may be empty
    QString text;
    Instant at = 0;
    QString by;
    Instant recordedAt = kNoInstant;

    // The first line that says something: a shipped template opens with a heading (【…】 or […]) and a
    // salutation ("NAME (handle):"), which the template column and the subject already tell.
    QString firstLine() const;
};

// Which notices the outbox lists: an exact subject handle and/or a template id; empty = any.
struct NoticeFilter {
    QString subject;
    QString templateId;
};

// Read-only queries of the notices (the outbox, `redline-cli notices`) and of who gets an MCN's R-M6
// notices. Newest first, paged by sequence number so that a long outbox reads one page at a time.
class NoticeQuery
{
    Q_DECLARE_TR_FUNCTIONS(NoticeQuery)
public:
    explicit NoticeQuery(const Store &store);

    // A partial index over the notices, so that the outbox does not walk the whole ledger. Idempotent;
    // skipped on a read-only store.
    static bool ensureIndex(const Store &store, StoreError *error);

    // Up to `limit` notices older than `beforeSeq` (0: from the newest), newest first.
    bool fetch(const NoticeFilter &filter, qint64 beforeSeq, int limit, QVector<NoticeRecord> *out,
               StoreError *error) const;
    bool count(const NoticeFilter &filter, qint64 *out, StoreError *error) const;
    // The creators contracted to `mcn` at `at` (R-M6), by handle.
    bool affiliatesAt(const QString &mcn, Instant at, QStringList *out, StoreError *error) const;

private:
    const Store &m_store;
};

} // namespace redline
