#include "bulkreplayer.h"

#include "engine/scoreengine.h"
#include "store/ledger/affiliatefreezes.h"
#include "store/ledger/ledgerreader.h"
#include "store/sql/sqlerror.h"
#include "store/sql/sqlstatement.h"

#include <QVarLengthArray>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>

namespace redline {

namespace {

constexpr qint64 kChunkSubjects = 4096;

struct Item {
    SubjectLedger ledger; // built on the pool from the chunk's rows when `row` is set
    int row = -1;
    Instant at = 0;
    int firstMcn = 0; // range mode, R-M6: the MCNs it is contracted to, [firstMcn, firstMcn + mcnCount) of
    int mcnCount = 0; // ChunkMcns::links
    QVector<QVector<AffiliateFreeze>> affiliates; // per policy; empty when the subject has no contract
    QVector<Instant> affiliatesNext;              // per policy; empty when the subject has no contract
    QVector<SubjectState> states;                 // per policy
    Timeline timeline;                            // under the first policy, when asked for
};

// Range mode, R-M6: each (MCN, instant) a chunk's creators are contracted to, with its freezes under each
// policy, found once on the reading thread; the pool builds each creator's list of affiliates from them.
struct ChunkMcns {
    QHash<QPair<qint64, Instant>, int> indexOf;
    QVector<QVector<AffiliateFreeze>> freezes; // per policy, per MCN index
    QVector<QVector<Instant>> nextChange;      // per policy, per MCN index
    QVector<int> links;                        // MCN indices; each item's are a run of them

    void clear(int policies)
    {
        indexOf.clear();
        freezes.resize(policies);
        nextChange.resize(policies);
        for (int p = 0; p < policies; ++p) {
            freezes[p].clear();
            nextChange[p].clear();
        }
        links.clear();
    }
};

struct Chunk {
    QVector<Item> items;
    QVector<QVector<int>> codeIndices; // per policy
    LedgerRows rows;                   // range mode: the items' ledgers, still flat
    ChunkMcns mcns;                    // range mode
};

// One run's reading side: where it is in the subjects, and the caches it keeps between chunks.
class ChunkSource
{
public:
    ChunkSource(sqlite3 *db, const QString &path, const QVector<const PolicySchedule *> &policies,
                const QVector<qint64> &subjects, bool allSubjects, const std::function<Instant(qint64)> &instantOf)
        : m_reader(db, path)
        , m_policies(policies)
        , m_subjects(subjects)
        , m_instantOf(instantOf)
        , m_allSubjects(allSubjects)
    {
        for (const PolicySchedule *policy : policies)
            m_freezes.push_back(std::make_unique<AffiliateFreezes>(m_reader, *policy));
    }

    bool start(StoreError *error)
    {
        StoreError readError;
        m_maxId = m_reader.maxSubjectId(&readError);
        if (readError.isSet())
            return StoreError::fail(error, readError.kind, readError.message);
        // A large share of the store is cheaper to read in id ranges than subject by subject.
        m_rangeMode = m_allSubjects || m_subjects.size() * 4 >= m_maxId;
        m_cursor = m_rangeMode ? (m_allSubjects || m_subjects.isEmpty() ? 1 : m_subjects.first()) : 0;
        return true;
    }

    bool next(Chunk *chunk, StoreError *error)
    {
        chunk->items.clear();
        if (m_rangeMode)
            return nextRange(chunk, error);
        QVector<SubjectLedger> ledgers;
        while (ledgers.size() < kChunkSubjects && m_cursor < m_subjects.size()) {
            SubjectLedger ledger;
            if (!m_reader.read(m_subjects[int(m_cursor++)], &ledger, error))
                return false;
            ledgers.append(std::move(ledger));
        }
        addCodeIndices(chunk);
        chunk->items.reserve(ledgers.size());
        for (SubjectLedger &ledger : ledgers) {
            Item item;
            item.at = m_instantOf(ledger.id);
            item.ledger = std::move(ledger);
            if (!addAffiliates(item, item.ledger.contracts.isEmpty() ? QVector<qint64>() : item.ledger.contractedMcns(), error))
                return false;
            chunk->items.append(std::move(item));
        }
        return true;
    }

private:
    // The reading thread only collects rows; the pool builds each ledger (replayItem).
    bool nextRange(Chunk *chunk, StoreError *error)
    {
        LedgerRows &rows = chunk->rows;
        rows.clear();
        chunk->mcns.clear(m_policies.size());
        while (rows.isEmpty() && m_cursor <= m_maxId) {
            const qint64 last = m_cursor + kChunkSubjects - 1;
            if (!m_reader.readRangeRows(m_cursor, last, &rows, error))
                return false;
            m_cursor = last + 1;
            if (!m_allSubjects && !hasListed(rows))
                rows.clear();
        }
        addCodeIndices(chunk);
        int listed = 0;
        for (int r = 0; r < rows.size(); ++r)
            listed += m_allSubjects || std::binary_search(m_subjects.begin(), m_subjects.end(), rows.subject(r).id);
        chunk->items.resize(listed); // filled in place: an Item is large to move
        Item *item = chunk->items.data();
        for (int r = 0; r < rows.size(); ++r) {
            const qint64 id = rows.subject(r).id;
            if (!m_allSubjects && !std::binary_search(m_subjects.begin(), m_subjects.end(), id))
                continue;
            item->row = r;
            item->ledger.id = id;
            item->at = m_instantOf(id);
            if (rows.subject(r).hasContracts && !linkMcns(chunk->mcns, rows, r, *item, error))
                return false;
            ++item;
        }
        return true;
    }

    bool hasListed(const LedgerRows &rows) const
    {
        for (int r = 0; r < rows.size(); ++r) {
            if (std::binary_search(m_subjects.begin(), m_subjects.end(), rows.subject(r).id))
                return true;
        }
        return false;
    }

    void addCodeIndices(Chunk *chunk) const
    {
        chunk->codeIndices.clear();
        for (const PolicySchedule *policy : m_policies) // every period lists the latest's codes (PolicySchedule)
            chunk->codeIndices.append(m_reader.codeIndices(policy->latest()));
    }

    // R-M6: the MCNs' replays run here, on the reading thread, as they need the store. The creator's MCNs
    // in the order of its contract events, each once (SubjectLedger::contractedMcns).
    bool linkMcns(ChunkMcns &mcns, const LedgerRows &rows, int r, Item &item, StoreError *error)
    {
        const LedgerRows::Subject &subject = rows.subject(r);
        item.firstMcn = int(mcns.links.size());
        for (int i = subject.firstEvent; i < subject.firstEvent + subject.eventCount; ++i) {
            const LedgerRows::Event &e = rows.event(i);
            if (e.type != LedgerEventType::Contract)
                continue;
            const QPair<qint64, Instant> key(e.mcnId, item.at);
            int index = mcns.indexOf.value(key, -1);
            if (index < 0) {
                index = int(mcns.freezes[0].size());
                for (int p = 0; p < m_policies.size(); ++p) {
                    const AffiliateFreezes::McnFreeze *freeze = m_freezes[p]->forMcn(e.mcnId, item.at, error);
                    if (!freeze)
                        return false;
                    mcns.freezes[p].append({freeze->handle, freeze->frozen});
                    mcns.nextChange[p].append(freeze->nextChange);
                }
                mcns.indexOf.insert(key, index);
            }
            const auto first = mcns.links.cbegin() + item.firstMcn;
            if (std::find(first, mcns.links.cend(), index) == mcns.links.cend())
                mcns.links.append(index);
        }
        item.mcnCount = int(mcns.links.size()) - item.firstMcn;
        return true;
    }

    // The same for a ledger read whole (subject by subject).
    bool addAffiliates(Item &item, const QVector<qint64> &mcnIds, StoreError *error)
    {
        if (mcnIds.isEmpty()) // most subjects: nothing allocated on the reading thread
            return true;
        item.affiliates.resize(m_policies.size());
        item.affiliatesNext.fill(kNoInstant, m_policies.size());
        for (int p = 0; p < m_policies.size(); ++p) {
            if (!m_freezes[p]->forMcns(mcnIds, item.at, &item.affiliates[p], &item.affiliatesNext[p], error))
                return false;
        }
        return true;
    }

    LedgerReader m_reader;
    const QVector<const PolicySchedule *> &m_policies;
    const QVector<qint64> &m_subjects;
    const std::function<Instant(qint64)> &m_instantOf;
    const bool m_allSubjects;
    std::vector<std::unique_ptr<AffiliateFreezes>> m_freezes;
    bool m_rangeMode = true;
    qint64 m_maxId = 0;
    qint64 m_cursor = 0;
};

// The ledger's violation codes are set to each policy's indices in place (no copy of the events per
// policy, which was a third of a what-if replay) and put back to their keys afterwards.
struct ReplayOptions {
    bool timeline = false;
    bool summariesOnly = false;
};

// A range-mode item's affiliates under policy p, as AffiliateFreezes::forMcns gives them.
void linkedAffiliates(const ChunkMcns &mcns, const Item &item, int p, QVector<AffiliateFreeze> *out, Instant *next)
{
    out->clear();
    *next = kNoInstant;
    for (int i = item.firstMcn; i < item.firstMcn + item.mcnCount; ++i) {
        const int index = mcns.links[i];
        out->append(mcns.freezes[p][index]);
        if (mcns.nextChange[p][index] > item.at)
            *next = std::min(*next, mcns.nextChange[p][index]);
    }
}

void replayItem(const QVector<const PolicySchedule *> &policies, const Chunk &chunk, ReplayOptions options, Item &item)
{
    const QVector<QVector<int>> &codeIndices = chunk.codeIndices;
    const LedgerRows &rows = chunk.rows;
    // One per pool thread, reused by every replay on it.
    thread_local ReplayRun::Workspace workspace;
    static const QVector<AffiliateFreeze> noAffiliates;
    const bool timeline = options.timeline;
    if (item.row >= 0)
        rows.build(item.row, &item.ledger);
    if (item.mcnCount > 0) {
        item.affiliates.resize(policies.size());
        item.affiliatesNext.resize(policies.size());
        for (int p = 0; p < policies.size(); ++p)
            linkedAffiliates(chunk.mcns, item, p, &item.affiliates[p], &item.affiliatesNext[p]);
    }
    const bool contracted = !item.affiliates.isEmpty();
    QVector<LedgerEvent> &events = item.ledger.events;
    QVarLengthArray<QPair<int, int>, 16> keys; // (event index, code key) of each violation
    for (int i = 0; i < events.size(); ++i) {
        if (events[i].type == LedgerEventType::Violation)
            keys.append({i, events[i].code});
    }
    item.states.resize(policies.size());
    for (int p = 0; p < policies.size(); ++p) {
        const QVector<int> &indices = codeIndices[p];
        for (const auto &[index, key] : keys)
            events[index].code = key >= 0 && key < indices.size() ? indices[key] : -1;
        const ScoreEngine engine(*policies[p]);
        const QVector<AffiliateFreeze> &affiliates = contracted ? item.affiliates[p] : noAffiliates;
        SubjectState state;
        if (timeline && p == 0) {
            Replay replay = engine.replay(item.ledger.info, events, item.at, affiliates);
            state = std::move(replay.state);
            item.timeline = std::move(replay.timeline);
        } else if (options.summariesOnly) {
            state = engine.summaryAt(item.ledger.info, events, item.at, affiliates, workspace);
        } else {
            state = engine.stateAt(item.ledger.info, events, item.at, affiliates);
        }
        if (contracted)
            state.nextChange = std::min(state.nextChange, item.affiliatesNext[p]);
        item.states[p] = std::move(state);
    }
    for (const auto &[index, key] : keys)
        events[index].code = key;
    if (options.summariesOnly) { // freed here, on the thread that built them, rather than by the disposal
        item.ledger.events = QVector<LedgerEvent>();
        item.ledger.contracts = QVector<ContractLink>();
        item.affiliates = QVector<QVector<AffiliateFreeze>>();
        item.affiliatesNext = QVector<Instant>();
    }
}

} // namespace

BulkReplayer::BulkReplayer(sqlite3 *db, const QString &path, QVector<const PolicySchedule *> schedules)
    : m_db(db)
    , m_path(path)
    , m_policies(std::move(schedules))
    , m_instantOf([](qint64) { return Instant(0); })
{
}

BulkReplayer::BulkReplayer(sqlite3 *db, const QString &path, QVector<const Policy *> policies)
    : BulkReplayer(db, path, QVector<const PolicySchedule *>())
{
    for (const Policy *policy : policies) {
        m_ownSchedules.push_back(std::make_unique<PolicySchedule>(*policy));
        m_policies.append(m_ownSchedules.back().get());
    }
}

void BulkReplayer::setSubjects(QVector<qint64> sortedIds)
{
    m_subjects = std::move(sortedIds);
    m_allSubjects = false;
}

void BulkReplayer::setInstant(Instant at)
{
    m_instantOf = [at](qint64) { return at; };
}

void BulkReplayer::setInstantOf(std::function<Instant(qint64)> instantOf)
{
    m_instantOf = std::move(instantOf);
}

void BulkReplayer::setTimelineConsumer(TimelineConsumer timelineOf)
{
    m_timelineOf = std::move(timelineOf);
}

bool BulkReplayer::run(const Consumer &consume, const ProgressFn &progress, StoreError *error)
{
    qint64 total = m_subjects.size();
    if (m_allSubjects) {
        SqlStatement count(m_db, "SELECT count(*) FROM subjects");
        if (!count.isValid() || !count.next())
            return SqlError::fail(error, m_db, m_path, tr("count the subjects"));
        total = count.int64(0);
    }
    if (total == 0)
        return true;

    ChunkSource source(m_db, m_path, m_policies, m_subjects, m_allSubjects, m_instantOf);
    // Two chunks, swapped: one replayed on the pool while the other is read, then emptied on the pool.
    Chunk chunks[2];
    Chunk *current = &chunks[0];
    Chunk *next = &chunks[1];
    if (!source.start(error) || !source.next(current, error))
        return false;
    qint64 done = 0;
    QFuture<void> disposal;
    const auto finishDisposal = qScopeGuard([&disposal] { disposal.waitForFinished(); });
    while (!current->items.isEmpty()) {
        const QVector<const PolicySchedule *> &policies = m_policies;
        const Chunk &chunk = *current;
        const ReplayOptions options{bool(m_timelineOf), m_summariesOnly && !m_timelineOf};
        QFuture<void> replays = QtConcurrent::map(current->items, [&policies, &chunk, options](Item &item) {
            replayItem(policies, chunk, options, item);
        });
        disposal.waitForFinished(); // `next` is the chunk emptied last time
        const bool readOk = source.next(next, error); // overlaps the replays
        replays.waitForFinished();
        if (!readOk)
            return false;
        for (const Item &item : std::as_const(current->items)) {
            if (m_timelineOf)
                m_timelineOf(item.ledger, item.timeline);
            if (!consume(item.ledger, item.at, item.states))
                return false;
        }
        done += current->items.size();
        if (progress && !progress(done, total))
            return StoreError::fail(error, StoreError::Kind::Internal, tr("cancelled"));
        // Freeing a chunk's ledgers and states is a good share of the work: the pool does it, not the
        // reading thread. The items' vector keeps its capacity for the chunk read into it next.
        disposal = QtConcurrent::run([items = &current->items] { items->clear(); });
        std::swap(current, next);
    }
    return true;
}

} // namespace redline
