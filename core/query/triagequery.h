#pragma once

#include "base/storeerror.h"
#include "query/findingquery.h"
#include "query/triageitem.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace redline {

class SqlStatement;
class Store;
}
struct sqlite3;
namespace redline {

// The triage queue as the `triage` table (schema v7) holds it: a page of items in one or more states,
// newest or oldest first, read through the table's (state, at) index so the first page of a queue of
// hundreds of thousands costs milliseconds; one item with its post and findings; the counts per state.
// Claims expire as read (docs/rules.md "Triage"): at the reading instant `now`, a claim older than the
// claim expiry reads as open (TriageStatus::at), in the open and to-do lists and counts, not the claimed.
class TriageQuery
{
    Q_DECLARE_TR_FUNCTIONS(TriageQuery)
public:
    enum class Filter { ToDo, Open, Claimed, ClaimedByMe, Confirmed, Dismissed, All };
    static QString filterId(Filter filter);         // todo, open, claimed, mine, confirmed, dismissed, all
    static std::optional<Filter> filterFromId(const QString &id);

    // Where the previous page ended (its last item), for the next one.
    struct Cursor {
        Instant at = 0;
        qint64 seq = 0;
    };

    // Read at the store's now, under the claim expiry of the policy in force then.
    explicit TriageQuery(const Store &store);
    // On another connection to the same file (the dashboard reads off the UI thread), read at `now`.
    TriageQuery(sqlite3 *db, const QString &path, Instant now, const TriageRules &rules);

    // Up to `limit` items after `after` (none: from the start); `me` is the user ClaimedByMe means.
    bool page(Filter filter, bool oldestFirst, const std::optional<Cursor> &after, int limit, const QString &me,
              QVector<TriageItem> *out, StoreError *error) const;
    // One item by its id (a post's or a report's); none when it is not in the queue. Its post's findings,
    // read to list its categories, also go to `findings` when given.
    bool item(const QString &id, std::optional<TriageItem> *out, StoreError *error,
              QVector<FindingRecord> *findings = nullptr) const;
    // The findings of the item's post, by span (empty for a report that names no post).
    bool findings(const TriageItem &item, QVector<FindingRecord> *out, StoreError *error) const;
    bool counts(TriageCounts *out, StoreError *error) const;

    // The evidence a confirmation records, from the item and its findings: what was found where, quoted.
    static QString evidence(const TriageItem &item, const QVector<FindingRecord> &findings);

private:
    bool fail(StoreError *error) const;
    // Claims made at or before this instant have lapsed by now.
    Instant lapsedClaimCutoff() const;
    TriageItem readItem(const SqlStatement &q) const;

    sqlite3 *m_db;
    QString m_path;
    Instant m_now = 0;
    TriageRules m_rules;
};

} // namespace redline
