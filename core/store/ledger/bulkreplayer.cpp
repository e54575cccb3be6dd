#include "bulkreplayer.h"

#include "engine/scoreengine.h"
#include "store/ledger/affiliatefreezes.h"
#include "store/ledger/ledgerreader.h"
#include "store/sql/readconnection.h"
#include "store/sql/sqlerror.h"
#include "store/sql/sqlstatement.h"
#include "store/store.h"

#include <QVarLengthArray>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <QThread>
#include <QThreadPool>

#include <sqlite3.h>

#include <algorithm>
#include <condition_variable>
#include <memory>
#include <mutex>

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

    bool isRangeMode() const { return m_rangeMode; }
    qint64 firstId() const { return m_allSubjects || m_subjects.isEmpty() ? 1 : m_subjects.first(); }
    qint64 maxId() const { return m_maxId; }

    // Range mode: the chunk of the ids [first, first + kChunkSubjects), even when it holds no subject (a
    // reader on its own connection reads the chunks it is given, BulkReplayer::runOnOwnConnections).
    bool readChunkAt(qint64 first, Chunk *chunk, StoreError *error)
    {
        chunk->items.clear();
        chunk->rows.clear();
        chunk->mcns.clear(m_policies.size());
        if (!m_reader.readRangeRows(first, first + kChunkSubjects - 1, &chunk->rows, error))
            return false;
        return fillItems(chunk, error);
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
        return fillItems(chunk, error);
    }

    // The chunk's items from its rows: the listed subjects, each with its MCNs linked (R-M6).
    bool fillItems(Chunk *chunk, StoreError *error)
    {
        const LedgerRows &rows = chunk->rows;
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

// A chunk's items handed to the run's consumers, in id order; false when the consumer stops the run.
bool consumeItems(const QVector<Item> &items, const BulkReplayer::TimelineConsumer &timelineOf,
                  const BulkReplayer::Consumer &consume)
{
    for (const Item &item : items) {
        if (timelineOf)
            timelineOf(item.ledger, item.timeline);
        if (!consume(item.ledger, item.at, item.states))
            return false;
    }
    return true;
}

// Range mode with every reader on a read-only connection of its own (BulkReplayer::setReadOnOwnConnections):
// one reading thread was the replay's bottleneck (docs/performance.md, `bench_replaywith`), so each pool
// thread reads the next id range, links its MCNs (R-M6) and replays it, and the calling thread consumes the
// chunks in id order. At most `window` chunks are in flight, which bounds the memory.
class ParallelChunks
{
public:
    struct Reader {
        std::unique_ptr<ReadConnection> connection;
        std::unique_ptr<ChunkSource> source;
    };

    ParallelChunks(std::vector<Reader> readers, qint64 firstId, qint64 chunkCount,
                   const QVector<const PolicySchedule *> &policies, ReplayOptions options)
        : m_readers(std::move(readers))
        , m_firstId(firstId)
        , m_chunkCount(chunkCount)
        , m_policies(policies)
        , m_options(options)
        , m_window(int(m_readers.size()) * 2)
        , m_slots(m_window)
        , m_slotChunk(m_window, -1)
    {
        m_pool.setMaxThreadCount(int(m_readers.size()));
    }

    ~ParallelChunks() { stop(); }

    void start()
    {
        for (Reader &reader : m_readers)
            m_pool.start([this, &reader] { readChunks(*reader.source); });
    }

    // The chunk `index` once read and replayed, or nullptr when a reader failed (`error` says why).
    const Chunk *waitFor(qint64 index, StoreError *error)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        const int slot = int(index % m_window);
        m_changed.wait(lock, [&] { return m_failed || m_slotChunk[slot] == index; });
        if (m_failed) {
            if (error)
                *error = m_error;
            return nullptr;
        }
        return &m_slots[slot];
    }

    // The chunk `index` consumed: its slot takes the chunk `index + window`.
    void release(qint64 index)
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_consumed = index + 1;
        }
        m_changed.notify_all();
    }

    // Stops the readers after the chunk each is on (a cancel) and waits for them.
    void stop()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_stopped = true;
        }
        m_changed.notify_all();
        m_pool.waitForDone();
    }

private:
    void readChunks(ChunkSource &source)
    {
        for (;;) {
            qint64 index = 0;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                index = m_nextChunk++;
                if (index >= m_chunkCount)
                    return;
                m_changed.wait(lock, [&] { return m_stopped || m_failed || index < m_consumed + m_window; });
                if (m_stopped || m_failed)
                    return;
            }
            const int slot = int(index % m_window);
            Chunk &chunk = m_slots[slot]; // free: its last chunk was consumed
            StoreError error;
            if (!source.readChunkAt(m_firstId + index * kChunkSubjects, &chunk, &error)) {
                fail(error);
                return;
            }
            for (Item &item : chunk.items)
                replayItem(m_policies, chunk, m_options, item);
            {
                const std::lock_guard<std::mutex> lock(m_mutex);
                m_slotChunk[slot] = index;
            }
            m_changed.notify_all();
        }
    }

    void fail(const StoreError &error)
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            if (!m_failed)
                m_error = error;
            m_failed = true;
        }
        m_changed.notify_all();
    }

    std::vector<Reader> m_readers;
    const qint64 m_firstId;
    const qint64 m_chunkCount;
    const QVector<const PolicySchedule *> &m_policies;
    const ReplayOptions m_options;
    const int m_window;
    std::vector<Chunk> m_slots;
    std::vector<qint64> m_slotChunk; // the chunk each slot holds, once read and replayed
    QThreadPool m_pool;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    qint64 m_nextChunk = 0;
    qint64 m_consumed = 0;
    bool m_stopped = false;
    bool m_failed = false;
    StoreError m_error;
};

// The newest event's seq as a read transaction begun on `db` sees it: connections that agree on it read
// the same ledger (events are only ever appended).
bool beginRead(sqlite3 *db, qint64 *lastSeq)
{
    if (sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return false;
    SqlStatement last(db, "SELECT coalesce(max(seq), 0) FROM events");
    if (!last.isValid() || !last.next())
        return false;
    *lastSeq = last.int64(0);
    return true;
}

// One reader per core, each in a read transaction of its own on the same ledger: begun again (a few
// times) when a write landed between two of them.
bool openReaders(const QString &path, const QVector<const PolicySchedule *> &policies, const QVector<qint64> &subjects,
                 bool allSubjects, const std::function<Instant(qint64)> &instantOf,
                 std::vector<ParallelChunks::Reader> *readers, StoreError *error)
{
    const int count = std::max(1, QThread::idealThreadCount());
    constexpr int kAttempts = 5;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        readers->clear();
        qint64 firstSeq = -1;
        bool sameLedger = true;
        for (int i = 0; i < count; ++i) {
            ParallelChunks::Reader reader;
            reader.connection = std::make_unique<ReadConnection>(path, BulkReplayer::tr("open the store for the replay"),
                                                                 Store::kBusyTimeoutMs, error);
            if (!reader.connection->isOpen())
                return false;
            sqlite3 *db = reader.connection->handle();
            qint64 lastSeq = 0;
            if (!beginRead(db, &lastSeq))
                return SqlError::fail(error, db, path, BulkReplayer::tr("read the ledger"));
            sameLedger = sameLedger && (firstSeq < 0 || lastSeq == firstSeq);
            firstSeq = lastSeq;
            reader.source = std::make_unique<ChunkSource>(db, path, policies, subjects, allSubjects, instantOf);
            readers->push_back(std::move(reader));
        }
        if (sameLedger)
            return true;
    }
    return StoreError::fail(error, StoreError::Kind::Internal,
                            BulkReplayer::tr("%1: the ledger kept changing while the replay began; try again").arg(path));
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
    if (m_ownConnections) {
        bool ran = false;
        const bool ok = runOnOwnConnections(consume, progress, total, &ran, error);
        if (ran || !ok)
            return ok;
    }

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
        if (!consumeItems(current->items, m_timelineOf, consume))
            return false;
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


bool BulkReplayer::runOnOwnConnections(const Consumer &consume, const ProgressFn &progress, qint64 total, bool *ran,
                                       StoreError *error)
{
    *ran = false;
    std::vector<ParallelChunks::Reader> readers;
    if (!openReaders(m_path, m_policies, m_subjects, m_allSubjects, m_instantOf, &readers, error))
        return false;
    ChunkSource &first = *readers.front().source;
    if (!first.start(error))
        return false;
    if (!first.isRangeMode())
        return true; // a few subjects: read one by one on the store's connection
    *ran = true;
    const qint64 firstId = first.firstId();
    const qint64 chunkCount = first.maxId() < firstId ? 0 : (first.maxId() - firstId) / kChunkSubjects + 1;
    const ReplayOptions options{bool(m_timelineOf), m_summariesOnly && !m_timelineOf};
    ParallelChunks chunks(std::move(readers), firstId, chunkCount, m_policies, options);
    chunks.start();
    qint64 done = 0;
    for (qint64 index = 0; index < chunkCount; ++index) {
        const Chunk *chunk = chunks.waitFor(index, error);
        if (!chunk)
            return false;
        if (!consumeItems(chunk->items, m_timelineOf, consume))
            return false;
        const qint64 consumed = chunk->items.size();
        done += consumed;
        chunks.release(index); // from here a reader may refill the chunk's slot
        if (progress && consumed > 0 && !progress(done, total))
            return StoreError::fail(error, StoreError::Kind::Internal, tr("cancelled"));
    }
    return true;
}

} // namespace redline
