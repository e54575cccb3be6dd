#pragma once

#include "policy/policy.h"
#include "store/cachedstate.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <QVector>

#include <optional>

struct sqlite3;

namespace redline {

class Store;

// One browse request of the console's subject tables: a kind, filtered, searched and sorted, all in SQL
// on the state cache so that a million-row table answers from its indexes.
struct SubjectListSpec {
    enum class Sort { Handle, Name, Score, LastViolation, Mcn };
    static constexpr int kAnyBand = -2;
    static constexpr int kNoBand = -1; // at or above every restriction bound of the scale

    SubjectKind kind = SubjectKind::Creator;
    Sort sort = Sort::Handle;
    bool descending = false;
    QString search;                 // substring of the handle or the name (Latin letters case-insensitive)
    std::optional<int> minScore;    // inclusive
    std::optional<int> maxScore;    // inclusive
    QString restriction;            // an id active in the cached state
    int band = kAnyBand;            // a band's `below` value, kNoBand or kAnyBand
    qint64 mcnId = 0;               // creators contracted to this MCN; 0 = any
};

// Where a page of a keyset-paged list ended: the sort key and subject id of its last row. Paging by key
// instead of OFFSET keeps page 5,000 as fast as page 1.
struct SubjectCursor {
    bool valid = false;
    QVariant key;
    qint64 id = 0;
};

// An MCN as the filter bar and the creator table name it.
struct McnChoice {
    qint64 id = 0;
    QString handle;
    QString name;
};

class SubjectQuery
{
    Q_DECLARE_TR_FUNCTIONS(SubjectQuery)
public:
    explicit SubjectQuery(const Store &store);

    // The indexes the sort orders need (handle/name within a kind, last violation, MCN). Idempotent;
    // skipped on a read-only store, where sorting falls back to a slower plan.
    static bool ensureIndexes(const Store &store, StoreError *error);

    // Up to `limit` rows after `after` (the first page when !after.valid), in the spec's order.
    bool fetch(const SubjectListSpec &spec, const SubjectCursor &after, int limit, QVector<CachedState> *out,
               StoreError *error) const;
    // The cursor that continues after `row` in the spec's order.
    static SubjectCursor cursorAfter(const SubjectListSpec &spec, const CachedState &row);
    // How many subjects match the spec.
    qint64 count(const SubjectListSpec &spec, StoreError *error) const;
    // Subjects of one kind.
    qint64 countKind(SubjectKind kind, StoreError *error) const;
    // The cached row of one subject by handle, or nothing.
    std::optional<CachedState> byHandle(const QString &handle, StoreError *error) const;
    // Every MCN, by handle (the MCN filter's choices).
    QVector<McnChoice> mcns(StoreError *error) const;

private:
    struct Sql;
    Sql build(const SubjectListSpec &spec, const SubjectCursor *after, bool countOnly) const;
    bool fail(StoreError *error) const;

    const Store &m_store;
    sqlite3 *m_db;
};

} // namespace redline
