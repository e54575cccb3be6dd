#pragma once

#include "base/instant.h"
#include "policy/policy.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace redline {

// A sanction attached to the violation that triggered it (R-L7), active on [from, until) (R-T4).
struct Sanction {
    QString id;
    Instant from = 0;
    Instant until = kNoInstant;      // kNoInstant: permanent
    Instant scheduledUntil = kNoInstant; // the end the rule gave it, before any overturn cut it short
    QString violation;               // the violation's id ("" for a derived condition)
    bool endedEarly = false;         // cut short by an overturn or retraction (R-L3)

    bool activeAt(Instant t) const { return from <= t && t < until; }
    bool permanent() const { return until == kNoInstant; }
};

// What happened to one violation in the replay.
struct ViolationOutcome {
    QString id;
    int code = -1;
    Instant at = 0;             // as recorded
    Instant effectiveAt = 0;    // when it deducted (R-M5 defers pre-policy MCN violations)
    int pointsCharged = 0;      // the code's or the explicit points
    int deducted = 0;           // actually deducted after clamping (R-T6)
    int ladderLevel = 0;        // creators: 1..4, 0 when not a ladder step (R-C6)
    int countInWindow = 0;      // creators: n of R-C1
    Instant voidedAt = kNoInstant; // overturned or retracted at
    bool retracted = false;
    bool deducts() const { return effectiveAt != kNoInstant; }
};

enum class PointCause { Initial, Violation, Recovery, Overturn, Retraction, Exam, Reset, PolicyChange };
QString pointCauseName(PointCause cause); // "initial", "violation", ...

// One entry of a score history: every change of the score, with its cause and reference (R-L6).
struct ScorePoint {
    Instant at = 0;
    int score = 0;
    int delta = 0;
    PointCause cause = PointCause::Initial;
    QString ref;   // violation id, appeal id, or empty
};

struct Crossing {
    Instant at = 0;
    int threshold = 0;
    bool down = true;
};

// R-M6: an MCN's score came within the margin of a critical threshold it has not crossed yet.
struct ProtectionNotice {
    Instant at = 0;
    int threshold = 0;
    int score = 0;
};

struct Timeline {
    QVector<ScorePoint> points;
    QVector<Crossing> crossings;
    QVector<ProtectionNotice> notices;
};

struct SubjectState {
    Instant at = 0;
    int score = 0;
    int max = 0;
    QStringList restrictions;          // every id active at `at`, sorted
    QVector<Sanction> sanctions;       // every sanction started at or before `at`, in start order
    QVector<ViolationOutcome> violations;
    int ladderLevel = 0;               // creators: the highest level among violations in force within the window
    qint64 depositBalance = 0;         // MCN (R-M3)
    bool certified = false;            // MCN (R-M4): a grant in force
    bool removed = false;              // MCN sticky removal (R-M2)
    Instant lastCountedExam = kNoInstant;
    Instant penaltyFreeExitUntil = kNoInstant; // creators (R-M6): may leave a frozen MCN without penalty until then
    Instant nextChange = kNoInstant;   // first instant after `at` at which the state changes by itself
    // The last instant at or before `at` at which the score moved (registration when it never did): the
    // score holds on [scoreChangedAt, nextChange), which is what lets the dashboard find the subjects that
    // can have crossed a threshold lately without replaying the others (docs/architecture.md).
    Instant scoreChangedAt = 0;

    QVector<Sanction> activeSanctions() const;
    bool hasRestriction(const QString &id) const { return restrictions.contains(id); }
};

struct Replay {
    SubjectState state;
    Timeline timeline;
};

} // namespace redline
