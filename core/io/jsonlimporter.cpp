#include "jsonlimporter.h"

#include "io/eventjson.h"
#include "store/bulkwriter.h"
#include "store/eventvalidator.h"
#include "store/store.h"

#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QtConcurrent/QtConcurrentMap>

#include <cstdio>
#include <cstring>

namespace redline {

namespace {

constexpr qint64 kBlockBytes = 4 << 20;

struct Line {
    qint64 number = 0;
    qsizetype offset = 0; // in the batch's block
    qsizetype length = 0;
    ResolvedEvent event; // parsed and prepared (EventValidator::prepare) on the pool
    QString error;
    bool blank = false;
};

// Whole lines of the input, read as one block and split here: reading line by line (an allocation and a
// device call per line) was a twentieth of the importing thread's work.
struct Batch {
    QByteArray block;
    QVector<Line> lines;
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

class LineSource
{
public:
    explicit LineSource(QIODevice &device)
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
        split(batch);
        batch.bytes = m_bytes;
        return batch;
    }

private:
    void split(Batch &batch)
    {
        const char *data = batch.block.constData();
        const qsizetype size = batch.block.size();
        qsizetype start = 0;
        while (start < size) {
            const void *newline = memchr(data + start, '\n', size_t(size - start));
            const qsizetype end = newline ? static_cast<const char *>(newline) - data + 1 : size;
            Line line;
            line.number = ++m_number;
            line.offset = start;
            line.length = end - start;
            batch.lines.append(std::move(line));
            start = end;
        }
    }

    QIODevice &m_device;
    qint64 m_number = 0;
    qint64 m_bytes = 0;
};

QFuture<void> parseInBackground(Batch &batch)
{
    // A shared copy of the block, not a reference: the batch itself is moved while the pool parses it.
    return QtConcurrent::map(batch.lines, [block = batch.block](Line &line) {
        const QByteArray text = QByteArray::fromRawData(block.constData() + line.offset, line.length);
        line.blank = isBlank(text);
        if (line.blank)
            return;
        StoredEvent event;
        if (!EventJson::parse(text, &event, &line.error)) {
            if (line.error.isEmpty())
                line.error = EventJson::tr("not valid");
            return;
        }
        StoreError error;
        if (!EventValidator::prepare(std::move(event), &line.event, &error))
            line.error = error.message;
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
    const qint64 total = device.isSequential() ? 0 : device.size();
    BulkWriter writer(m_store, QStringLiteral("import"), source);
    if (!writer.begin(error))
        return false;

    LineSource lines(device);
    Batch current = lines.next();
    QFuture<void> parsing = parseInBackground(current);
    while (!current.lines.isEmpty()) {
        Batch next = lines.next(); // read while the pool parses
        parsing.waitForFinished();
        QFuture<void> parsingNext = parseInBackground(next);
        for (Line &line : current.lines) {
            if (line.blank)
                continue;
            StoreError lineError;
            if (!line.error.isEmpty() || !writer.appendPrepared(std::move(line.event), &lineError)) {
                parsingNext.waitForFinished();
                const QString why = line.error.isEmpty() ? lineError.message : line.error;
                const auto kind = lineError.isSet() ? lineError.kind : StoreError::Kind::BadInput;
                return StoreError::fail(error, kind, tr("line %1: %2").arg(line.number).arg(why));
            }
        }
        m_lines = current.lines.last().number;
        if (m_progress && !m_progress(current.bytes, total)) {
            parsingNext.waitForFinished();
            return StoreError::fail(error, StoreError::Kind::Internal, tr("import cancelled"));
        }
        current = std::move(next);
        parsing = parsingNext;
    }
    if (!writer.commit({}, error))
        return false;
    m_appended = writer.appended();
    m_skipped = writer.skipped();
    return true;
}

} // namespace redline
