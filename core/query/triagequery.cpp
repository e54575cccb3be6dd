#include "triagequery.h"

#include "store/sql/sqlerror.h"
#include "store/sql/sqlstatement.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <algorithm>
#include <tuple>

namespace redline {

namespace {

using State = TriageStatus::State;

// The columns of an item, from the table `t`, its event `e` and subject `s`; a report's post is looked up
// by its id in attrs. The categories are its post's findings' (a post item's own, a report's named post's).
const char kColumns[] =
    "SELECT t.item_seq, e.ext_id, t.source, s.handle, s.name, t.at, t.code, t.state, t.by, t.since, t.violation, "
    "       t.reason, e.type, e.name, e.text, e.attrs "
    "FROM triage t JOIN events e ON e.seq = t.item_seq JOIN subjects s ON s.id = t.subject_id ";

// One ordered range of the (state, at, item_seq) index a filter reads: a state, and for claimed rows
// whether the claim is still live or has lapsed at the reading instant (since at or before the cutoff).
enum class Claim { Any, Live, Lapsed };
struct Range {
    int state = 0;
    Claim claim = Claim::Any;
};

QVector<Range> rangesOf(TriageQuery::Filter filter)
{
    using F = TriageQuery::Filter;
    switch (filter) {
    case F::ToDo: return {{0}, {1}};
    case F::Open: return {{0}, {1, Claim::Lapsed}};
    case F::Claimed:
    case F::ClaimedByMe: return {{1, Claim::Live}};
    case F::Confirmed: return {{2}};
    case F::Dismissed: return {{3}};
    case F::All: return {{0}, {1}, {2}, {3}};
    }
    return {{0}};
}

QByteArray pageSql(const Range &range, bool mine, bool after, bool oldestFirst)
{
    QByteArray sql = QByteArray(kColumns) + "WHERE t.state = ?5";
    if (range.claim == Claim::Live)
        sql += " AND t.since > ?6";
    else if (range.claim == Claim::Lapsed)
        sql += " AND t.since <= ?6";
    if (mine)
        sql += " AND lower(t.by) = lower(?4)";
    if (after)
        sql += oldestFirst ? " AND (t.at, t.item_seq) > (?2, ?3)" : " AND (t.at, t.item_seq) < (?2, ?3)";
    sql += oldestFirst ? " ORDER BY t.at, t.item_seq LIMIT ?1" : " ORDER BY t.at DESC, t.item_seq DESC LIMIT ?1";
    return sql;
}

} // namespace

TriageQuery::TriageQuery(const Store &store)
    : TriageQuery(store.handle(), store.path(), store.now(), store.policy().triage)
{
}

TriageQuery::TriageQuery(sqlite3 *db, const QString &path, Instant now, const TriageRules &rules)
    : m_db(db)
    , m_path(path)
    , m_now(now)
    , m_rules(rules)
{
}

Instant TriageQuery::lapsedClaimCutoff() const
{
    return m_now - m_rules.claimExpirySeconds();
}

TriageItem TriageQuery::readItem(const SqlStatement &q) const
{
    TriageItem item;
    item.seq = q.int64(0);
    item.id = q.text(1);
    item.source = q.integer(2) == 1 ? TriageItem::Source::Report : TriageItem::Source::Finding;
    item.subject = q.text(3);
    item.subjectName = q.text(4);
    item.at = q.int64(5);
    item.code = q.text(6);
    item.status.state = State(q.integer(7));
    item.status.by = q.text(8);
    item.status.since = q.isNull(9) ? kNoInstant : q.int64(9);
    item.status.violation = q.text(10);
    item.status.reason = q.text(11);
    item.status = item.status.at(m_now, m_rules);
    if (item.source == TriageItem::Source::Report) {
        item.reason = q.text(14);
        item.post = QJsonDocument::fromJson(q.utf8(15)).object().value(QLatin1String("post")).toString();
    } else {
        item.post = item.id;
        item.title = q.text(13);
        item.text = q.text(14);
    }
    return item;
}

QString TriageQuery::filterId(Filter filter)
{
    switch (filter) {
    case Filter::ToDo: return QStringLiteral("todo");
    case Filter::Open: return QStringLiteral("open");
    case Filter::Claimed: return QStringLiteral("claimed");
    case Filter::ClaimedByMe: return QStringLiteral("mine");
    case Filter::Confirmed: return QStringLiteral("confirmed");
    case Filter::Dismissed: return QStringLiteral("dismissed");
    case Filter::All: return QStringLiteral("all");
    }
    return QString();
}

std::optional<TriageQuery::Filter> TriageQuery::filterFromId(const QString &id)
{
    for (Filter f : {Filter::ToDo, Filter::Open, Filter::Claimed, Filter::ClaimedByMe, Filter::Confirmed,
                     Filter::Dismissed, Filter::All}) {
        if (filterId(f) == id)
            return f;
    }
    return std::nullopt;
}

bool TriageQuery::fail(StoreError *error) const
{
    return SqlError::fail(error, m_db, m_path, tr("read the triage queue"));
}

// One query per state, each an ordered range of the (state, at, item_seq) index that stops after `limit`
// rows, merged here: SQLite would otherwise read every row of several states to sort them (0.6-0.9 s for
// the to-do list of the 1M-creator store, docs/performance.md).
bool TriageQuery::page(Filter filter, bool oldestFirst, const std::optional<Cursor> &after, int limit,
                       const QString &me, QVector<TriageItem> *out, StoreError *error) const
{
    out->clear();
    const bool mine = filter == Filter::ClaimedByMe;
    for (const Range &range : rangesOf(filter)) {
        SqlStatement q(m_db, pageSql(range, mine, after.has_value(), oldestFirst).constData());
        if (!q.isValid())
            return fail(error);
        q.bind(1, limit);
        if (after) {
            q.bind(2, after->at);
            q.bind(3, after->seq);
        }
        if (mine)
            q.bind(4, me);
        q.bind(5, range.state);
        if (range.claim != Claim::Any)
            q.bind(6, lapsedClaimCutoff());
        while (q.next())
            out->append(readItem(q));
        if (q.resultCode() != SQLITE_DONE)
            return fail(error);
    }
    std::sort(out->begin(), out->end(), [oldestFirst](const TriageItem &a, const TriageItem &b) {
        return oldestFirst ? std::tie(a.at, a.seq) < std::tie(b.at, b.seq) : std::tie(a.at, a.seq) > std::tie(b.at, b.seq);
    });
    if (out->size() > limit)
        out->resize(limit);
    SqlStatement categories(m_db,
                            "SELECT f.category FROM findings f JOIN events p ON p.seq = f.post_seq "
                            "WHERE p.ext_id = ?1 ORDER BY f.span_start, f.id");
    if (!categories.isValid())
        return fail(error);
    for (TriageItem &item : *out) {
        if (item.post.isEmpty())
            continue;
        categories.reset();
        categories.bind(1, item.post);
        while (categories.next()) {
            const QString category = categories.text(0);
            if (!item.categories.contains(category))
                item.categories.append(category);
        }
        if (categories.resultCode() != SQLITE_DONE)
            return fail(error);
    }
    return true;
}

bool TriageQuery::item(const QString &id, std::optional<TriageItem> *out, StoreError *error,
                       QVector<FindingRecord> *findingsOut) const
{
    out->reset();
    SqlStatement q(m_db, (QByteArray(kColumns) + "WHERE e.ext_id = ?1").constData());
    if (!q.isValid())
        return fail(error);
    q.bind(1, id);
    if (!q.next())
        return q.resultCode() == SQLITE_DONE || fail(error);
    TriageItem item = readItem(q);
    if (item.source == TriageItem::Source::Report && !item.post.isEmpty()) {
        SqlStatement post(m_db, "SELECT name, text FROM events WHERE ext_id = ?1");
        if (!post.isValid())
            return fail(error);
        post.bind(1, item.post);
        if (post.next()) {
            item.title = post.text(0);
            item.text = post.text(1);
        }
    }
    QVector<FindingRecord> found;
    if (!findings(item, &found, error))
        return false;
    for (const FindingRecord &f : std::as_const(found)) {
        if (!item.categories.contains(f.category))
            item.categories.append(f.category);
    }
    if (findingsOut)
        *findingsOut = found;
    *out = item;
    return true;
}

bool TriageQuery::findings(const TriageItem &item, QVector<FindingRecord> *out, StoreError *error) const
{
    out->clear();
    if (item.post.isEmpty())
        return true;
    return FindingQuery(m_db, m_path).fetchPost(item.post, out, error);
}

bool TriageQuery::counts(TriageCounts *out, StoreError *error) const
{
    *out = TriageCounts();
    SqlStatement states(m_db, "SELECT state, count(*) FROM triage GROUP BY state");
    // Lapsed claims count as open (docs/rules.md "Triage"); two ranges of the (state, at) index, not an OR.
    SqlStatement lapsed(m_db, "SELECT count(*), min(at) FROM triage WHERE state = 1 AND since <= ?1");
    SqlStatement oldest(m_db, "SELECT min(at) FROM triage WHERE state = 0");
    if (!states.isValid() || !lapsed.isValid() || !oldest.isValid())
        return fail(error);
    while (states.next()) {
        const qint64 n = states.int64(1);
        switch (State(states.integer(0))) {
        case State::Open: out->open = n; break;
        case State::Claimed: out->claimed = n; break;
        case State::Confirmed: out->confirmed = n; break;
        case State::Dismissed: out->dismissed = n; break;
        }
    }
    lapsed.bind(1, lapsedClaimCutoff());
    if (states.resultCode() != SQLITE_DONE || !lapsed.next() || !oldest.next())
        return fail(error);
    out->open += lapsed.int64(0);
    out->claimed -= lapsed.int64(0);
    if (!oldest.isNull(0))
        out->oldestOpen = oldest.int64(0);
    if (!lapsed.isNull(1) && (out->oldestOpen == kNoInstant || lapsed.int64(1) < out->oldestOpen))
        out->oldestOpen = lapsed.int64(1);
    return true;
}

QString TriageQuery::evidence(const TriageItem &item, const QVector<FindingRecord> &findings)
{
    QStringList lines;
    if (item.source == TriageItem::Source::Report)
        lines << tr("User report %1: %2").arg(item.id, item.reason);
    for (const FindingRecord &f : findings) {
        if (f.end > f.start)
            lines << tr("Post %1, %2 at %3-%4: \"%5\" (%6)").arg(f.post, f.category).arg(f.start).arg(f.end).arg(f.match, f.rule);
        else
            lines << tr("Post %1, %2: %3 (%4)").arg(f.post, f.category, f.match, f.rule);
    }
    if (lines.isEmpty() && !item.post.isEmpty())
        lines << tr("Post %1").arg(item.post);
    return lines.join(QLatin1Char('\n'));
}

} // namespace redline
