#pragma once

#include "base/progress.h"
#include "base/storeerror.h"

#include <QCoreApplication>

class QIODevice;

namespace redline {

class Store;

// Writes the whole ledger as JSON Lines, in sequence order (so every reference comes after what it names)
// and in the importer's format: importing the output into an empty store gives the same states.
class JsonlExporter
{
    Q_DECLARE_TR_FUNCTIONS(JsonlExporter)
public:
    explicit JsonlExporter(const Store &store);
    void setProgress(ProgressFn progress) { m_progress = std::move(progress); }
    bool write(QIODevice &out, StoreError *error);
    qint64 written() const { return m_written; }

private:
    const Store &m_store;
    ProgressFn m_progress;
    qint64 m_written = 0;
};

} // namespace redline
