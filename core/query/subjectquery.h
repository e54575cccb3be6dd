#pragma once

#include "policy/policy.h"
#include "store/cachedstate.h"
#include "base/progress.h"
#include "base/storeerror.h"
#include "query/subjectsearchindex.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <QVector>

#include <functional>
#include <optional>

struct sqlite3;

namespace redline {

class SqlStatement;
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

// A count that reads every row it counts (a restriction filter, a search without the index): it runs on
// its own read-only connection, so a console can run it off the UI thread.
struct SubjectCountJob {
    QString path;
    QByteArray sql;
    QVector<QVariant> binds;
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

    // The indexes the sort orders need (handle/name within a kind, last violation, MCN) and the search
    // index (SubjectSearchIndex). Idempotent; skipped on a read-only store, where sorting and searching
    // fall back to slower plans. `progress` is called now and then (0, 0); returning false cancels.
    static bool ensureIndexes(const Store &store, StoreError *error, const ProgressFn &progress = {});

    // Up to `limit` rows after `after` (the first page when !after.valid), in the spec's order.
    bool fetch(const SubjectListSpec &spec, const SubjectCursor &after, int limit, QVector<CachedState> *out,
               StoreError *error) const;
    // The cursor that continues after `row` in the spec's order.
    static SubjectCursor cursorAfter(const SubjectListSpec &spec, const CachedState &row);
    // How many subjects match the spec. With `exact`, a search matching more than the search index lists
    // is not counted: the result is SubjectSearchIndex::kHitCap + 1 and *exact false.
    qint64 count(const SubjectListSpec &spec, StoreError *error, bool *exact = nullptr) const;
    // The job for a count too slow for the UI thread, or nothing when count() answers from an index.
    std::optional<SubjectCountJob> countJob(const SubjectListSpec &spec, StoreError *error) const;
    // Runs a count job on a new read-only connection (any thread); -1 on error.
    static qint64 runCountJob(const SubjectCountJob &job, StoreError *error);
    // Subjects of one kind.
    qint64 countKind(SubjectKind kind, StoreError *error) const;
    // The cached row of one subject by handle, or nothing.
    std::optional<CachedState> byHandle(const QString &handle, StoreError *error) const;
    // Every MCN, by handle (the MCN filter's choices).
    QVector<McnChoice> mcns(StoreError *error) const;

    // The list filter in SQL, for other queries that select what a list shows (a campaign's selection):
    // `bind` takes a value and returns its placeholder. The score, band and restriction conditions on the
    // state row `st`, and the search condition on the subjects row `s`.
    using BindFn = std::function<QByteArray(const QVariant &)>;
    static QByteArrayList statePredicates(const SubjectListSpec &spec, const Policy &policy, const BindFn &bind);
    static QByteArray searchPredicate(const QString &search, const BindFn &bind);
    // Binds a value of those conditions (text stays text even when empty).
    static void bindValue(SqlStatement &statement, int index, const QVariant &value);

private:
    // How a search is answered: none; from the listed hits; by scanning in sort order with the index's
    // word that matches are many (DenseScan); or by scanning without an index (read-only store).
    enum class SearchPath { None, Hits, DenseScan, Scan };
    // Which rows drive the query (see build()).
    struct Plan {
        SearchPath search = SearchPath::None;
        bool byScoreRange = false; // a narrow score range, sorted by something else
    };
    struct Sql;
    SearchPath searchPath(const SubjectListSpec &spec, StoreError *error) const;
    Plan plan(const SubjectListSpec &spec, StoreError *error) const;
    Sql build(const SubjectListSpec &spec, const SubjectCursor *after, bool countOnly, const Plan &plan) const;
    bool runCount(const Sql &sql, qint64 *count, StoreError *error) const;
    bool fail(StoreError *error) const;

    const Store &m_store;
    sqlite3 *m_db;
    SubjectSearchIndex m_search;
};

} // namespace redline
