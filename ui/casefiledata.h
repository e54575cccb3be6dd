#pragma once

#include "health/healthindex.h"

#include "engine/certificationchecklist.h"
#include "engine/subjectstate.h"
#include "store/cachedstate.h"
#include "store/ledger/subjectevents.h"
#include "store/subjectrecord.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace redline {

class Store;

// One line of a case file's timeline: a ledger event (who recorded it and why) or a consequence the
// engine derived from the ledger (a recovery step, a threshold crossing, a sanction ending), attributed
// to "system".
struct TimelineEntry {
    enum class Tone { Neutral, Adverse, Favourable, Derived };
    Instant at = 0;
    int priority = 0;   // within one instant: derived consequences list above the event that caused them
    qint64 seq = 0;
    QString what;
    QString detail;
    QString by;
    QString why;
    QString scoreChange; // "95 → 85 (−10)"
    Tone tone = Tone::Neutral;
    QString ref;        // violation or appeal id
    QString parentRef;  // a sanction's start: the violation that triggered it (shown under it)
    bool violation = false; // the ledger's violation event (ref = its id)
    // A ledger event recorded more than a day after it happened (docs/contracts.md, R-P2): marked in the
    // row, with both instants and the recorder in `backdatedNote`.
    bool backdated = false;
    QString backdatedNote; // "Backdated: happened 2025-02-01, recorded 2025-03-10 by mod.li"
    // What of the replay this row shows, so the score chart can link its markers to rows (-1: nothing).
    int point = -1;     // replay.timeline.points: the score change
    int crossing = -1;  // replay.timeline.crossings
    int sanction = -1;  // replay.state.sanctions: its start, or its end
};

// A violation as the case file lists it: what the engine did with it and where its appeal stands.
struct ViolationEntry {
    enum class AppealState { None, Pending, Upheld, Overturned };
    ViolationOutcome outcome;
    StoredEvent recorded;       // the violation event: code, by, source, severity, evidence
    AppealState appealState = AppealState::None;
    StoredEvent appeal;         // when filed
    StoredEvent decision;       // when decided
    QString status;             // one translated line: in force, overturned on..., appeal pending...
    bool backdated = false;     // the violation was recorded more than a day after it happened
    QString backdatedNote;
};

struct DepositEntry {
    Instant at = 0;
    QString action;             // pay, deduct, refund
    qint64 amount = 0;          // signed change of the balance
    qint64 balance = 0;         // after this entry
    QString by;
    QString text;
    bool backdated = false;     // recorded more than a day after it happened
    QString backdatedNote;
};

// Everything a case file shows about one subject, read from the store and the engine in one go, so the
// view only lays it out (and a test can check the figures without a widget).
class CaseFileData
{
    Q_DECLARE_TR_FUNCTIONS(CaseFileData)
public:
    // The case file as of `at` (default: the store's now): the state, timeline and sanctions then; the
    // affiliates are the state cache's, i.e. as of now.
    bool load(const Store &store, const QString &handle, QString *error, Instant at = kNoInstant);

    SubjectRecord record;
    Replay replay;
    CachedState cached;           // for the MCN handle of a creator (the cache's contract view)
    SubjectInfo info;
    QVector<SubjectEventRow> events;      // newest first
    QVector<TimelineEntry> timeline;      // newest first
    QVector<ViolationEntry> violations;   // newest first
    QVector<Sanction> sanctions;          // active first, then newest first
    // MCN
    QVector<CertificationRequirement> checklist;
    qint64 requiredDeposit = 0;
    QVector<DepositEntry> deposits;       // newest first
    QVector<CachedState> affiliates;      // lowest score first, at most kAffiliateLimit
    qint64 affiliateCount = 0;
    // Creator: the content health index at `now` (R-H1)
    std::optional<HealthIndex> health;
    // Brand (R-B2)
    bool banned = false;
    Instant now = 0;

    static constexpr int kAffiliateLimit = 2000;

    const SubjectState &state() const { return replay.state; }
    // The active sanction that imposes `restriction` and ends last, or nullptr (threshold restrictions).
    const Sanction *activeSanctionFor(const QString &restriction) const;
    // How long an active restriction lasts, in words: "until 2025-03-07", "permanent", "while score < 70".
    QString restrictionTerm(const Policy &policy, const QString &restriction) const;

    // R-B2: the notice the platform's search shows for a banned brand, in its official (Chinese) wording,
    // and the same sentence in the console's language.
    static QString banNoticeOfficial();
    static QString banNoticeTranslated();

    // An event is backdated when it was recorded more than 24 hours after it happened (recorded_at − at,
    // docs/contracts.md). Events from before schema version 3 that lack recorded_at never are.
    static constexpr qint64 kBackdatedAfterSeconds = 24 * 3600;
    static bool isBackdated(const StoredEvent &event);
    // "Backdated: happened 2025-02-01, recorded 2025-03-10 by mod.li" (empty when not backdated).
    static QString backdatedNote(const StoredEvent &event);

private:
    void buildViolations(const Policy &policy);
    void buildSanctions();
    void buildTimeline(const Policy &policy);
    void buildDeposits();
    TimelineEntry ledgerEntry(const Policy &policy, const SubjectEventRow &row) const;
    QString scoreChangeFor(PointCause cause, const QString &ref, Instant at, int *point) const;
    QString violationCodeOf(const QString &violationId) const;
};

} // namespace redline
