#pragma once

#include "base/instant.h"
#include "policy/healthrules.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace redline {

enum class SubjectKind { Mcn = 0, Brand = 1, Creator = 2 };
constexpr int kSubjectKindCount = 3;

QString subjectKindName(SubjectKind kind);              // "mcn", "brand", "creator"
std::optional<SubjectKind> subjectKindFromName(const QString &name);

// A sanction a rule attaches to a violation: `days` empty means permanent (R-T4).
struct SanctionRule {
    QString id;
    std::optional<int> days;
};

// What a code's own sanction needs before it applies (POLICY.md 4, "extra sanction on this code").
enum class SanctionCondition {
    Always,          // plagiarism: note_removed
    FirstOfCode,     // "first of this code": no other violation of the code in force at its `at`
    NthInForceEver,  // data_fraud: the Nth violation of the code in force, ever (count >= nth)
};

struct CodeSanction {
    SanctionRule sanction;
    SanctionCondition condition = SanctionCondition::Always;
    int nth = 0; // for NthInForceEver
};

struct ViolationCode {
    QString id;            // "creator.data_fraud"
    QString description;   // English, for the console's code picker (translated through tr())
    int points = 0;        // default deduction (R-L2); the scale's default_points when the file omits it (R-C2)
    int minPoints = 0;     // allowed range for an explicit `points`
    int maxPoints = 0;
    QVector<CodeSanction> sanctions;
};

// "below N: these restrictions" (R-M1, brand table); cumulative: every row whose bound the score is under.
struct RestrictionBand {
    int below = 0;
    QStringList ids;
};

struct Recovery {
    int step = 0;
    int periodDays = 0;
};

// Brand suspension and reset (R-B1).
struct Suspension {
    int atOrBelow = 0;
    SanctionRule sanction; // `suspended`, 28 days
    std::optional<int> resetTo; // score after the suspension is served in full
};

// The creator ladder (R-C1): a level applies when n (violations in force within the window) >= minCount,
// or, for the level marked severe, when the violation is recorded with severity "severe".
struct LadderLevel {
    int level = 0;
    int minCount = 0;
    bool appliesToSevere = false;
    QVector<SanctionRule> sanctions;
};

struct Ladder {
    int windowDays = 0;
    QVector<LadderLevel> levels; // ascending by level
};

struct ExamRule {
    int points = 0;
    int cooldownDays = 0;
};

struct HistoryWeight {
    QString restriction; // history_weight_reduced (R-C4)
    int days = 0;
};

// Sticky removal (R-M2): once below `below`, recovery stops until an overturn lifts it to `below` or more.
struct Removal {
    int below = 0;
    QString restriction;
};

struct Scale {
    SubjectKind kind = SubjectKind::Mcn;
    int initial = 0;
    int min = 0;
    int max = 0;
    int defaultPoints = 0;                 // R-C2
    std::optional<Recovery> recovery;      // none for brands
    QVector<int> thresholds;               // descending, for crossings (R-L6)
    QVector<RestrictionBand> bands;        // descending by `below`
    std::optional<int> warningAtOrAbove;   // R-M1 "80 and above: warning"
    std::optional<Removal> removal;        // MCN
    std::optional<Suspension> suspension;  // brand
    std::optional<SanctionRule> governanceBan; // brand (R-B2): what a special-governance `ban` event starts
    std::optional<Ladder> ladder;          // creator
    std::optional<ExamRule> exam;          // creator
    std::optional<HistoryWeight> historyWeight; // creator
    QStringList recoveryBlockedBy;         // sanction ids that stop recovery (R-C5 permanent_ban)
    QVector<ViolationCode> codes;

    int codeIndex(const QString &code) const; // -1 when unknown
};

struct DepositRule {
    qint64 required = 0;          // R-M3
    qint64 increased = 0;
    QString increaseRestriction;  // deposit_increase
    int refundQuietDays = 0;      // no violation in the last N days for a refund
};

struct CertificationRule {
    QString fabricatedCode;       // mcn.fabricated_engagement
    int fabricatedLookbackDays = 0;
};

// R-M5
struct Transition {
    Instant effectiveFrom = 0;
    int graceDays = 0;                 // violations before effective_from are deducted at effective_from + grace
    QString withdrawalRestriction;     // withdrawal_restricted
    int withdrawalAfterDays = 0;
    QString commercialRestriction;     // commercial_features_limited
    int commercialAfterDays = 0;
};

// R-M6
struct CreatorProtection {
    QVector<int> criticalThresholds;   // 40, 30, 20
    int noticeMargin = 0;              // 5
    QString triggerRestriction;        // revenue_frozen
    QString creatorRestriction;        // alternative_payment_channel
    int graceDays = 0;                 // contract exit without penalty
};

// The triage queue (docs/rules.md "Triage"): a claim lapses this many hours after its claim step, so an item
// a moderator took and left does not stay held; 1..720 (a shift to thirty days).
struct TriageRules {
    int claimExpiryHours = 0;

    qint64 claimExpirySeconds() const { return qint64(claimExpiryHours) * 3600; }
};

struct Policy {
    QString name;
    int version = 0;
    Scale scales[kSubjectKindCount];
    DepositRule deposit;
    CertificationRule certification;
    Transition transition;
    CreatorProtection protection;
    // Always set: a policy written before the section takes the default policy's (PolicyLoader).
    TriageRules triage;
    // Every restriction/sanction id the policy may name, with an English label.
    QHash<QString, QString> restrictionLabels;
    // The content health index, regulated topics and teen mode (POLICY.md 5, R-H1); absent in a policy
    // written before them.
    std::optional<HealthRules> health;
    // health, or the default policy's when this one has none.
    const HealthRules &healthRules() const;

    const Scale &scale(SubjectKind kind) const { return scales[static_cast<int>(kind)]; }
    Scale &scale(SubjectKind kind) { return scales[static_cast<int>(kind)]; }
};

} // namespace redline
