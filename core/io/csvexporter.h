#pragma once

#include "base/progress.h"
#include "base/storeerror.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;

namespace redline {

class Store;

// Every subject with its current state (the cache), one CSV row each (RFC 4180), for compliance
// officers handing data on: handle, kind, name, registered_at, score, max, band, restrictions
// (semicolon-separated), ladder_level, last_violation_at, mcn, certified, deposit, next_change.
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)
public:
    explicit CsvExporter(const Store &store);
    bool write(QIODevice &out, StoreError *error);
    qint64 written() const { return m_written; }

    static QStringList header();
    static QString field(const QString &value); // quoted when it needs to be

private:
    const Store &m_store;
    qint64 m_written = 0;
};

} // namespace redline
