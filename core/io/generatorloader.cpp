#include "generatorloader.h"

#include "io/syntheticgenerator.h"
#include "store/bulkwriter.h"

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

using Batch = std::vector<StoredEvent>;

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

bool GeneratorLoader::load(const SyntheticGenerator &generator, BulkWriter &writer, qint64 *emitted, StoreError *error)
{
    BatchQueue queue;
    std::unique_ptr<QThread> producer(QThread::create([&generator, &queue] {
        Batch batch;
        batch.reserve(kBatchEvents);
        generator.run([&](const StoredEvent &event) {
            batch.push_back(event);
            if (batch.size() < kBatchEvents)
                return true;
            const bool more = queue.push(std::move(batch));
            batch = Batch();
            batch.reserve(kBatchEvents);
            return more;
        });
        if (!batch.empty()) // refused when the writer has already stopped
            queue.push(std::move(batch));
        queue.close();
    }));
    producer->start();
    *emitted = 0;
    bool ok = true;
    Batch batch;
    while (ok && queue.pop(&batch)) {
        for (StoredEvent &event : batch) {
            ++*emitted;
            if (!writer.append(std::move(event), error)) {
                ok = false;
                break;
            }
        }
    }
    if (!ok)
        queue.cancel();
    producer->wait();
    return ok;
}

} // namespace redline
