#include "generatorloader.h"

#include "io/syntheticgenerator.h"
#include "store/write/eventsink.h"
#include "store/write/eventvalidator.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <memory>
#include <vector>

namespace redline {

namespace {

constexpr size_t kBatchEvents = 4096;
constexpr size_t kQueuedBatches = 8; // bounds the memory ahead of the writer

// Prepared on the generator's thread (EventValidator::prepare); `error` is set at the first event that fails.
struct Batch {
    std::vector<ResolvedEvent> events;
    StoreError error;
};

// One producer, one consumer; closed by the producer at its end, cancelled by the consumer on an error.
class BatchQueue
{
public:
    bool push(Batch &&batch)
    {
        QMutexLocker lock(&m_mutex);
        while (m_batches.size() >= kQueuedBatches && !m_cancelled)
            m_changed.wait(&m_mutex);
        if (m_cancelled)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.wakeAll();
        return true;
    }

    bool pop(Batch *batch)
    {
        QMutexLocker lock(&m_mutex);
        while (m_batches.empty() && !m_closed)
            m_changed.wait(&m_mutex);
        if (m_batches.empty())
            return false;
        *batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.wakeAll();
        return true;
    }

    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_changed.wakeAll();
    }

    void cancel()
    {
        QMutexLocker lock(&m_mutex);
        m_cancelled = true;
        m_changed.wakeAll();
    }

private:
    QMutex m_mutex;
    QWaitCondition m_changed;
    std::deque<Batch> m_batches;
    bool m_closed = false;
    bool m_cancelled = false;
};

} // namespace

bool GeneratorLoader::load(const SyntheticGenerator &generator, EventSink &writer, qint64 *emitted, StoreError *error)
{
    BatchQueue queue;
    std::unique_ptr<QThread> producer(QThread::create([&generator, &queue] {
        Batch batch;
        batch.events.reserve(kBatchEvents);
        generator.run([&](const StoredEvent &event) {
            batch.events.emplace_back();
            if (!EventValidator::prepare(StoredEvent(event), &batch.events.back(), &batch.error)) {
                queue.push(std::move(batch));
                batch = Batch();
                return false;
            }
            if (batch.events.size() < kBatchEvents)
                return true;
            const bool more = queue.push(std::move(batch));
            batch = Batch();
            batch.events.reserve(kBatchEvents);
            return more;
        });
        if (!batch.events.empty()) // refused when the writer has already stopped
            queue.push(std::move(batch));
        queue.close();
    }));
    producer->start();
    *emitted = 0;
    bool ok = true;
    Batch batch;
    while (ok && queue.pop(&batch)) {
        const size_t prepared = batch.error.isSet() ? batch.events.size() - 1 : batch.events.size();
        for (size_t i = 0; ok && i < prepared; ++i) {
            ++*emitted;
            ok = writer.appendPrepared(std::move(batch.events[i]), error);
        }
        if (ok && batch.error.isSet()) {
            ++*emitted;
            ok = StoreError::fail(error, batch.error.kind, batch.error.message);
        }
    }
    if (!ok)
        queue.cancel();
    producer->wait();
    return ok;
}

} // namespace redline
