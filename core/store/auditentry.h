#pragma once

#include "base/instant.h"

#include <QByteArray>
#include <QString>

namespace redline {

// One row of the audit log: who did what, when, on which subject, and which ledger events the write
// appended (a contiguous seq range). `hash` = SHA-256(prevHash + canonical content), so an edited or
// deleted row breaks the chain.
struct AuditEntry {
    qint64 id = 0;
    Instant at = 0;
    QString actor;
    QString action;      // init, import, append, generate, policy
    QString subject;     // the subject's handle when the write touched exactly one, else empty
    qint64 firstSeq = 0; // 0: the write appended no events
    qint64 lastSeq = 0;
    QByteArray eventsHash; // SHA-256 over the canonical content of events firstSeq..lastSeq, or of the policy
    QString detail;      // format 2: a JSON object AuditText turns into a sentence; before: free text
    int format = 0;      // 0: written before schema version 3; 2: events hash covers recorded_at/by
    QByteArray prevHash;
    QByteArray hash;
};

} // namespace redline
