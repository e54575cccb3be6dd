#pragma once

#include "base/storedevent.h"
#include "base/storeerror.h"

#include <QCoreApplication>
#include <QVector>

struct sqlite3;

namespace redline {

class Store;

// One ledger event as a case file lists it: the stored event (references as ids and handles) and its
// ledger sequence.
struct SubjectEventRow {
    qint64 seq = 0;
    StoredEvent event;
};

// A subject's ledger for its case file: every event recorded on it, plus, for an MCN, the contracts that
// name it as the counterparty (creators joining and leaving), newest first.
class SubjectEvents
{
    Q_DECLARE_TR_FUNCTIONS(SubjectEvents)
public:
    explicit SubjectEvents(const Store &store);

    bool read(qint64 subjectId, QVector<SubjectEventRow> *out, StoreError *error) const;

private:
    const Store &m_store;
    sqlite3 *m_db;
};

} // namespace redline
