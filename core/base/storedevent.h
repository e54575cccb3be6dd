#pragma once

#include "base/instant.h"

#include <QByteArray>
#include <QString>

namespace redline {

// Every event type the ledger holds (DESIGN.md "JSON Lines events"; the extra types are documented in
// README.md). The JSON `type` field is the lowercase name.
enum class EventType : quint8 {
    Subject,        // a subject registers: handle, kind, name, attrs
    Violation,
    Appeal,
    Decision,
    Retraction,     // compensating event: undo of a recorded violation (console Ctrl+Z)
    Exam,
    Deposit,
    Certification,
    Contract,       // creator <-> MCN: action start|end, subject = creator, counterparty = MCN
    Metrics,        // content-health snapshot (POLICY.md 5)
    Note,           // free-text case note
    Ban,            // special-governance ban of a brand (R-B2, R-S3)
    Campaign,       // special governance campaign header (R-S3)
    User,           // a console user and role
    Notice,         // a notice the platform sent a subject (core/notice; docs/contracts.md): stored as an integer, so only ever appended here
    Post,           // a creator's note (笔记): title in name, category in code, flags in attrs; scanned on append (R-S1)
    Qualification,  // a creator's regulated-domain qualification (R-H1): domain in code, action grant|revoke, document in text
    Report,         // a verified user report on a creator (R-S1 triage): suggested code in code, reason in text, the reported post in attrs
    Triage,         // a moderator's step on a triage item (docs/rules.md "Triage"): item id in code, action claim|release|dismiss|confirm,
                    // reason in text, the violation a confirmation recorded in attrs
    Removal,        // a post taken down or put back (R-S3 campaigns, docs/rules.md "Post removals"): the post's id in
                    // code, action remove|restore, reason in text
};

QString eventTypeName(EventType type);
bool eventTypeFromName(const QString &name, EventType *out);

// One ledger event as the store keeps it, after an import line or a console action was parsed and before
// it is validated against the store. Field use per type is documented in README.md; unused fields stay empty.
struct StoredEvent {
    EventType type = EventType::Note;
    Instant at = 0;
    QString subject;      // the handle the event belongs to (for appeal/decision/retraction: the violation's subject, filled in by the store)
    QString id;           // violation id, appeal id, campaign id; empty otherwise
    QString ref;          // appeal -> violation id; decision -> appeal id; retraction -> violation id
    QString by;           // who recorded it (user name, or the subject handle for an appeal)
    QString kind;         // subject: mcn|brand|creator; user: role
    QString name;         // subject / user display name
    QString code;         // violation code
    int points = -1;      // violation: explicit points, -1 = the code's default
    QString severity;     // violation: normal|severe
    QString source;       // violation: algorithm|human_review|user_report
    QString action;       // deposit pay|deduct|refund; certification grant|revoke; contract start|end
    QString outcome;      // decision: upheld|overturned
    QString counterparty; // contract: the MCN handle
    QString campaign;     // the campaign this event belongs to (R-S3), if any
    qint64 amount = 0;    // deposit yuan
    QString text;         // evidence / reason / note text
    QByteArray attrs;     // subject attrs or metrics values: compact JSON object text
    // When the store recorded the event and as whom (docs/contracts.md): set by the store on append, kept
    // from an imported line that has them. Not part of the event's content digest, so re-importing a line
    // recorded at another time is still the same event.
    Instant recordedAt = kNoInstant;
    QString recordedBy;
};

// Whole yuan (docs/contracts.md): an amount above this is refused, and a balance may not pass
// kMaxDepositBalance, so every figure stays an exact integer well inside a JSON number's 2^53.
constexpr qint64 kMaxDepositAmount = 1000000000000LL;      // 10^12
constexpr qint64 kMaxDepositBalance = 1000000000000000LL;  // 10^15

} // namespace redline
