#pragma once

#include "policy/policy.h"
#include "base/progress.h"
#include "base/storeerror.h"

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace redline {

class Store;

// Substring search over subjects' handles and names (Chinese included) that stays fast on a million
// subjects: an FTS5 trigram index answers queries of three characters or more from its index, and a
// compact side table (id, kind, handle, name) answers shorter ones with one scan of a few dozen MB instead
// of the subjects table. Triggers on `subjects` keep both current, whoever writes to the file.
//
// prepare() lists the matching ids of one kind in a connection-private table, temp.search_hits, that the
// subject queries join and sort; when more than kHitCap subjects match, it says so instead, and the caller
// scans in sort order (a term that common fills a page within the first ten thousand rows). The cap
// bounds both costs: listing stops at kHitCap + 1, and sorting the hits sorts at most kHitCap rows.
class SubjectSearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(SubjectSearchIndex)
public:
    static constexpr int kHitCap = 5000;
    enum class Hits { Unavailable, Listed, TooMany };

    explicit SubjectSearchIndex(const Store &store);

    // Creates and fills the index once (idempotent). Skipped on a read-only store.
    static bool ensure(const Store &store, StoreError *error);
    bool exists() const;
    // Lists the `kind` subjects whose handle or name contains `text` (Latin letters in any case).
    Hits prepare(SubjectKind kind, const QString &text, StoreError *error) const;
    // How many ids the last prepare() listed.
    qint64 listedCount() const;

private:
    bool ensureTemporaryTables(StoreError *error) const;
    bool fill(SubjectKind kind, const QString &text, StoreError *error) const;

    const Store &m_store;
    sqlite3 *m_db;
};

} // namespace redline
