#pragma once

#include "engine/ledger.h"

#include <QVector>

namespace redline {

// A creator's contract event, with the MCN's subject id (R-M6 needs the MCN's own replay).
struct ContractLink {
    Instant at = 0;
    qint64 seq = 0;
    qint64 mcnId = 0;
    bool start = true;
};

// One subject's ledger as read from the store, ready for the engine once its violation codes are mapped
// to a policy (LedgerReader::resolve): in `events`, a violation's `code` is a key into
// LedgerReader::codeNames(), so the same read serves replays under two policies.
struct SubjectLedger {
    qint64 id = 0;
    SubjectInfo info;
    QVector<LedgerEvent> events; // in (at, seq) order
    QVector<ContractLink> contracts;

    // The MCN the creator is contracted to at `at` (0: none).
    qint64 mcnAt(Instant at) const
    {
        qint64 mcn = 0;
        for (const ContractLink &c : contracts) {
            if (c.at > at)
                break;
            if (c.start)
                mcn = c.mcnId;
            else if (c.mcnId == mcn)
                mcn = 0;
        }
        return mcn;
    }

    QVector<qint64> contractedMcns() const
    {
        QVector<qint64> ids;
        for (const ContractLink &c : contracts) {
            if (!ids.contains(c.mcnId))
                ids.append(c.mcnId);
        }
        return ids;
    }
};

} // namespace redline
