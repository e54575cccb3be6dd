#pragma once

#include "base/progress.h"
#include "base/storeerror.h"
#include "store/writerequest.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace redline {

class EventSink;
class Store;

// Imports JSON Lines events into a store (DESIGN.md "JSON Lines events"), all or nothing: every line is
// parsed (on the thread pool, a batch ahead) and validated against the store as it grows, and the first
// bad line stops the import with "line N: field F: why" and nothing written. Blank lines are skipped.
// Lines already in the store with the same content are skipped, so re-importing a file is a no-op.
class JsonlImporter
{
    Q_DECLARE_TR_FUNCTIONS(JsonlImporter)
public:
    explicit JsonlImporter(Store &store);

    // Told (bytes read, total bytes; 0 when unknown) after each batch; returning false cancels.
    void setProgress(ProgressFn progress) { m_progress = std::move(progress); }
    // Who imports, and what each line must pass first (the action layer's permission check).
    void setRequest(const WriteRequest &request) { m_request = request; }

    // "-" reads standard input.
    bool importFile(const QString &path, StoreError *error);
    // `source` names the input in the audit log.
    bool importDevice(QIODevice &device, const QString &source, StoreError *error);

    qint64 lines() const { return m_lines; }
    qint64 appended() const { return m_appended; }
    qint64 skipped() const { return m_skipped; }

private:
    bool feed(QIODevice &device, EventSink &sink, StoreError *error);

    Store &m_store;
    WriteRequest m_request;
    ProgressFn m_progress;
    qint64 m_lines = 0;
    qint64 m_appended = 0;
    qint64 m_skipped = 0;
};

} // namespace redline
