#pragma once

#include "base/instant.h"
#include "policy/policy.h"

#include <QString>
#include <QVector>

namespace redline {

// The event kinds the engine reads. The store keeps more (notes, metrics, campaigns...), which the
// engine ignores; the caller passes only what is listed here.
enum class LedgerEventType : quint8 {
    Violation,
    Appeal,
    Decision,       // outcome upheld/overturned (R-L3)
    Retraction,     // undo of a recorded violation: a compensating event, applied like an overturn
    Exam,           // R-C3
    Deposit,        // R-M3
    Certification,  // R-M4
    Contract,       // creator <-> MCN affiliation
    Ban,            // special-governance ban of a brand (R-B2, R-S3)
};

enum class DepositAction : quint8 { Pay, Deduct, Refund };
enum class CertificationAction : quint8 { Grant, Revoke };
enum class ContractAction : quint8 { Start, End };

// One event of one subject's ledger, resolved by the caller: codes are indices into the subject's scale,
// and a decision or retraction names its violation by index in the same ledger vector, so the engine
// never compares strings on its hot path.
struct LedgerEvent {
    LedgerEventType type = LedgerEventType::Violation;
    Instant at = 0;
    qint64 seq = 0;          // ledger sequence: order of events at the same instant (R-T7)
    QString id;              // violation or appeal id, the reference shown in timelines
    int code = -1;           // Violation: index into Scale::codes
    int points = -1;         // Violation: explicit points, or -1 for the code's default (R-L2)
    bool severe = false;     // Violation: severity "severe" (R-C1 L4)
    int target = -1;         // Decision/Retraction: index of the violation's event in this ledger
    bool overturned = false; // Decision: outcome
    qint64 amount = 0;       // Deposit: yuan
    quint8 action = 0;       // DepositAction / CertificationAction / ContractAction
    QString counterparty;    // Contract: the MCN's handle (creator side) or the creator's (MCN side)
};

struct SubjectInfo {
    QString handle;
    SubjectKind kind = SubjectKind::Creator;
    Instant registeredAt = 0; // the subject event's `at`
    // R-M4 attributes
    bool registeredMcn = false;
    QString region;
    QString company;
};

// R-M6 input for a creator: the intervals during which an MCN it is contracted to has revenue_frozen.
// The caller replays the MCN first and passes these; the engine stays a pure function of its arguments.
struct Interval {
    Instant from = 0;
    Instant until = kNoInstant; // exclusive; kNoInstant = open
};

struct AffiliateFreeze {
    QString mcn;
    QVector<Interval> frozen;
};

} // namespace redline
