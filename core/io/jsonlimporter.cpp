#include "jsonlimporter.h"

#include "io/eventjson.h"
#include "store/write/eventsink.h"
#include "store/write/eventvalidator.h"
#include "store/store.h"

#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace redline {

namespace {

constexpr qint64 kBlockBytes = 4 << 20;
constexpr qsizetype kChunkBytes = 256 << 10;

// A non-blank line. Blank lines are only counted (in the next line's blanksBefore, or the chunk's
// trailingBlanks), so a file of millions of them costs no memory.
struct Line {
    ResolvedEvent event; // parsed and prepared (EventValidator::prepare) on the pool
    QString error;
    qint64 blanksBefore = 0;
};

// A run of whole lines of a block, split and parsed by one pool task.
struct Chunk {
    qsizetype begin = 0;
    qsizetype end = 0;
    QVector<Line> lines;
    qint64 trailingBlanks = 0;
};

// Whole lines of the input, read as one block. The importing thread only reads it and cuts it into
// chunks at line ends; splitting the chunks into lines (an event's worth of allocation each) is the
// pool's, as the importing thread is the one every event waits for.
struct Batch {
    QByteArray block;
    QVector<Chunk> chunks;
    qint64 bytes = 0; // read so far, at the batch's end
};

bool isBlank(QByteArrayView text)
{
    for (const char c : text) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    }
    return true;
}

class BlockSource
{
public:
    explicit BlockSource(QIODevice &device)
        : m_device(device)
    {
    }

    Batch next()
    {
        Batch batch;
        batch.block = m_device.read(kBlockBytes);
        if (!batch.block.isEmpty() && !batch.block.endsWith('\n') && !m_device.atEnd())
            batch.block += m_device.readLine(); // the rest of the block's last line
        if (m_bytes == 0 && batch.block.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark
            batch.block.remove(0, 3);
        m_bytes += batch.block.size();
        cutIntoChunks(batch);
        batch.bytes = m_bytes;
        return batch;
    }

private:
    static void cutIntoChunks(Batch &batch)
    {
        const char *data = batch.block.constData();
        const qsizetype size = batch.block.size();
        qsizetype begin = 0;
        while (begin < size) {
            qsizetype end = std::min(size, begin + kChunkBytes);
            if (end < size) {
                const void *newline = memchr(data + end - 1, '\n', size_t(size - end + 1));
                end = newline ? static_cast<const char *>(newline) - data + 1 : size;
            }
            batch.chunks.append({begin, end, {}, 0});
            begin = end;
        }
    }

    QIODevice &m_device;
    qint64 m_bytes = 0;
};

void parseLine(QByteArrayView text, Line &line)
{
    StoredEvent event;
    if (!EventJson::parse(QByteArray::fromRawData(text.data(), text.size()), &event, &line.error)) {
        if (line.error.isEmpty())
            line.error = EventJson::tr("not valid");
        return;
    }
    StoreError error;
    if (!EventValidator::prepare(std::move(event), &line.event, &error))
        line.error = error.message;
}

QFuture<void> parseInBackground(Batch &batch)
{
    // A shared copy of the block, not a reference: the batch itself is moved while the pool parses it.
    return QtConcurrent::map(batch.chunks, [block = batch.block](Chunk &chunk) {
        const char *data = block.constData();
        qsizetype start = chunk.begin;
        qint64 blanks = 0;
        while (start < chunk.end) {
            const void *newline = memchr(data + start, '\n', size_t(chunk.end - start));
            const qsizetype end = newline ? static_cast<const char *>(newline) - data + 1 : chunk.end;
            const QByteArrayView text(data + start, end - start);
            start = end;
            if (isBlank(text)) {
                ++blanks;
                continue;
            }
            chunk.lines.append(Line());
            chunk.lines.last().blanksBefore = blanks;
            blanks = 0;
            parseLine(text, chunk.lines.last());
        }
        chunk.trailingBlanks = blanks;
    });
}

} // namespace

JsonlImporter::JsonlImporter(Store &store)
    : m_store(store)
{
}

bool JsonlImporter::importFile(const QString &path, StoreError *error)
{
    QFile file;
    const bool standardInput = path == QLatin1String("-");
    const bool opened = standardInput ? file.open(stdin, QIODevice::ReadOnly)
                                      : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                tr("%1: cannot read: %2").arg(path, file.errorString()));
    return importDevice(file, standardInput ? tr("standard input") : QFileInfo(path).fileName(), error);
}

bool JsonlImporter::importDevice(QIODevice &device, const QString &source, StoreError *error)
{
    m_lines = m_appended = m_skipped = 0;
    WriteRequest request = m_request;
    if (request.action.isEmpty())
        request.action = QStringLiteral("import");
    request.detail.insert(QStringLiteral("source"), source);
    return m_store.write(request, [&](EventSink &sink, StoreError *e) { return feed(device, sink, e); }, error,
                         &m_appended, &m_skipped);
}

bool JsonlImporter::feed(QIODevice &device, EventSink &writer, StoreError *error)
{
    const qint64 total = device.isSequential() ? 0 : device.size();
    BlockSource blocks(device);
    Batch current = blocks.next();
    QFuture<void> parsing = parseInBackground(current);
    qint64 number = 0;
    // Freeing a consumed batch's events is the pool's too (one at a time, so memory stays bounded).
    QFuture<void> disposal;
    const auto finishDisposal = qScopeGuard([&disposal] { disposal.waitForFinished(); });
    while (!current.chunks.isEmpty()) {
        Batch next = blocks.next(); // read while the pool parses
        parsing.waitForFinished();
        QFuture<void> parsingNext = parseInBackground(next);
        for (Chunk &chunk : current.chunks) {
            for (Line &line : chunk.lines) {
                number += line.blanksBefore + 1;
                StoreError lineError;
                if (!line.error.isEmpty() || !writer.appendPrepared(std::move(line.event), &lineError)) {
                    parsingNext.waitForFinished();
                    const QString why = line.error.isEmpty() ? lineError.message : line.error;
                    const auto kind = lineError.isSet() ? lineError.kind : StoreError::Kind::BadInput;
                    StoreError::fail(error, kind, tr("line %1: %2").arg(number).arg(why));
                    if (error)
                        error->line = number;
                    return false;
                }
            }
            number += chunk.trailingBlanks;
        }
        m_lines = number;
        if (m_progress && !m_progress(current.bytes, total)) {
            parsingNext.waitForFinished();
            return StoreError::fail(error, StoreError::Kind::Internal, tr("import cancelled"));
        }
        disposal.waitForFinished();
        disposal = QtConcurrent::run([consumed = std::move(current)]() mutable { consumed = Batch(); });
        current = std::move(next);
        parsing = parsingNext;
    }
    return true;
}

} // namespace redline
