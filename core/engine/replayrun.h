#pragma once

#include "engine/ledger.h"
#include "engine/subjectstate.h"
#include "policy/policy.h"
#include "policy/policyschedule.h"

#include <QHash>
#include <QVarLengthArray>
#include <QVector>

namespace redline {

// One replay of one subject's ledger up to an instant: the mutable working state behind ScoreEngine.
// Ledger events and the engine's own timers (recovery steps, the end of a brand suspension) are merged in
// time order; at equal instants timers fire before ledger events, and ledger events keep their sequence
// (R-T7). Constructed per call, so ScoreEngine stays stateless and thread-safe.
// The sanctions one violation earns: a handful, kept off the heap.
using SanctionRules = QVarLengthArray<SanctionRule, 8>;

class ReplayRun
{
    struct Action {
        Instant at;
        qint64 seq;
        int event;
    };
    struct ContractPeriod {
        QString mcn;
        Interval period;
    };

public:
    // The run's working vectors, kept by a caller that replays many subjects on one thread (a bulk
    // replay's pool thread): a run borrows them, empty but with their capacity, and gives them back, so a
    // replay allocates little more than its result's restrictions (docs/performance.md).
    class Workspace
    {
        friend class ReplayRun;
        QVector<Action> actions;
        QVector<Interval> certifications;
        QVector<ContractPeriod> contracts;
        QVector<int> inForceByCode;
        QVector<int> blockingSanctions;
        QVector<QPair<int, int>> sanctionsOfOutcome;
        QVector<int> outcomeOfEvent;
        QVector<Sanction> sanctions;
        QVector<ViolationOutcome> violations;
    };

    ReplayRun(const PolicySchedule &schedule, const SubjectInfo &subject, const QVector<LedgerEvent> &ledger,
              const QVector<AffiliateFreeze> &affiliates, bool recordTimeline, Workspace *workspace = nullptr);
    ~ReplayRun();
    ReplayRun(const ReplayRun &) = delete;
    ReplayRun &operator=(const ReplayRun &) = delete;

    // Before runUntil, for a run whose caller takes only summary(): the violations' and sanctions' ids,
    // which the replay itself never reads, are not copied into the state.
    void setSummaryOnly() { m_summaryOnly = true; }

    void runUntil(Instant at);
    Replay result() &&;
    // The state without its sanctions and violations (they stay in the workspace): what a comparison of
    // two policies reads (score, ladder level, restrictions, next change).
    SubjectState summary() &&;

private:
    void borrow(Workspace &workspace);
    void giveBack(Workspace &workspace);

    void orderActions();
    Instant actionTime(const LedgerEvent &event) const;
    void advanceTo(Instant limit);
    void switchPolicy(Instant when);
    void fireTimersUntil(Instant limit);
    void fireRecovery(Instant due);
    void fireSuspensionEnd(Instant due);
    void apply(const LedgerEvent &event, int index, Instant when);
    void applyViolation(const LedgerEvent &event, int index, Instant when);
    void applyVoid(const LedgerEvent &event, Instant when, PointCause cause);
    void applyExam(Instant when);
    void applyDeposit(const LedgerEvent &event);
    void applyCertification(const LedgerEvent &event, Instant when);
    void applyContract(const LedgerEvent &event, Instant when);

    int countLadderViolationsInWindow(Instant when) const;
    int countSameCodeInForce(int code) const;
    void attachLadderSanctions(ViolationOutcome &outcome, const LedgerEvent &event, Instant when,
                               SanctionRules &rules) const;
    void attachCodeSanctions(const ViolationCode &code, int codeIndex, SanctionRules &rules) const;
    void startSanctions(const SanctionRules &rules, const QString &violation, Instant when);
    void maybeStartSuspension(const QString &violation, Instant when);
    bool recoveryBlockedAt(Instant when) const;
    bool isZeroPointCode(int code) const;

    void changeScore(int newScore, Instant when, PointCause cause, const QString &ref);
    void recordCrossings(int before, int after, Instant when);
    void recordProtectionNotices(int before, int after, Instant when);

    void finishState(Instant at);
    QStringList restrictionsAt(Instant at);
    void addTransitionRestrictions(Instant at, QStringList &out) const;
    void addHistoryWeight(Instant at, QStringList &out) const;
    void addAffiliateProtection(Instant at, QStringList &out);
    int ladderLevelAt(Instant at) const;
    bool certifiedAt(Instant at) const;
    Instant nextChangeAfter(Instant at) const;

    const PolicySchedule &m_schedule;
    const Policy *m_policy;  // the policy in force at the replay's current instant
    const Scale *m_scale;
    Instant m_nextSwitch;    // when the schedule next changes policy, or kNoInstant
    const SubjectInfo &m_subject;
    const QVector<LedgerEvent> &m_ledger;
    const QVector<AffiliateFreeze> &m_affiliates;
    const bool m_recordTimeline;

    QVector<Action> m_actions;
    int m_nextAction = 0;
    int m_score = 0;
    Instant m_scoreChangedAt = 0; // the last instant the score moved (SubjectState::scoreChangedAt)
    Instant m_nextRecovery = kNoInstant;
    Instant m_suspensionEnd = kNoInstant;
    QString m_suspensionViolation;
    bool m_removed = false;
    Instant m_lastCountedExam = kNoInstant;
    qint64 m_depositBalance = 0;
    QVector<Interval> m_certifications;
    QVector<ContractPeriod> m_contracts;
    QVector<int> m_inForceByCode;         // violations of each code currently in force (R-C1 code sanctions)
    QVector<int> m_blockingSanctions;     // indices of sanctions that stop recovery (R-C5)
    QVector<QPair<int, int>> m_sanctionsOfOutcome; // outcome index -> [first, first + count) in m_state.sanctions
    QHash<int, Instant> m_pendingVoids;   // ledger index of a deferred violation -> when it was voided
    QVector<int> m_outcomeOfEvent;        // ledger index -> index into m_state.violations, or -1
    SubjectState m_state;
    Timeline m_timeline;
    Workspace *m_workspace;
    bool m_summaryOnly = false;
};

} // namespace redline
