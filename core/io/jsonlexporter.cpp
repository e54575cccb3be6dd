#include "jsonlexporter.h"

#include "io/eventjson.h"
#include "store/store.h"

#include <QIODevice>

namespace redline {

JsonlExporter::JsonlExporter(const Store &store)
    : m_store(store)
{
}

bool JsonlExporter::write(QIODevice &out, StoreError *error)
{
    m_written = 0;
    QByteArray buffer;
    bool writeFailed = false;
    const auto flush = [&] {
        if (out.write(buffer) != buffer.size())
            writeFailed = true;
        buffer.clear();
        return !writeFailed;
    };
    const bool ok = m_store.forEachEvent(
        [&](qint64, const StoredEvent &event) {
            buffer += EventJson::toLine(event);
            buffer += '\n';
            ++m_written;
            return buffer.size() < (1 << 20) || flush();
        },
        error, m_progress);
    if (ok && !buffer.isEmpty())
        flush();
    if (writeFailed)
        return StoreError::fail(error, StoreError::Kind::Internal, tr("cannot write the export: %1").arg(out.errorString()));
    return ok;
}

} // namespace redline
