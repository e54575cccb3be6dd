#include "policyloader.h"

#include "policy/healthrulesloader.h"
#include "policy/jsonreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

namespace redline {

namespace {

constexpr int kFormat = 1;

// What a section needs to know about the rest of the file to check its references.
struct ReadContext
{
    QSet<QString> restrictionIds;
    QSet<QString> codeIds; // across all scales: one code id names one rule
};

std::optional<Policy> failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

QString conditionName(SanctionCondition condition)
{
    switch (condition) {
    case SanctionCondition::Always: return QStringLiteral("always");
    case SanctionCondition::FirstOfCode: return QStringLiteral("first_of_code");
    case SanctionCondition::NthInForceEver: return QStringLiteral("nth_in_force_ever");
    }
    return QString();
}

std::optional<SanctionCondition> conditionFromName(const QString &name)
{
    for (SanctionCondition condition : {SanctionCondition::Always, SanctionCondition::FirstOfCode,
                                        SanctionCondition::NthInForceEver}) {
        if (conditionName(condition) == name)
            return condition;
    }
    return std::nullopt;
}

// ---- checks on values already read

void requireInScale(const JsonReader &r, int value, int low, int high)
{
    if (value < low || value > high)
        r.fail(PolicyLoader::tr("%1 is outside the scale: must be between %2 and %3").arg(value).arg(low).arg(high));
}

// Points are deducted from a score, so no amount can exceed what the scale can lose.
void requireWithinSpan(const JsonReader &r, int value, const Scale &scale)
{
    const qint64 span = qint64(scale.max) - scale.min;
    if (value < 0 || value > span)
        r.fail(PolicyLoader::tr("%1 is outside the scale's span: must be between 0 and %2").arg(value).arg(span));
}

void requireBelowPrevious(const JsonReader &r, int value, std::optional<int> previous)
{
    if (previous && value >= *previous)
        r.fail(PolicyLoader::tr("must be less than the previous value %1 (strictly descending)").arg(*previous));
}

void requireAbovePrevious(const JsonReader &r, int value, std::optional<int> previous)
{
    if (previous && value <= *previous)
        r.fail(PolicyLoader::tr("must be greater than the previous value %1 (strictly ascending)").arg(*previous));
}

// ---- restriction ids

QHash<QString, QString> readRestrictions(const JsonReader &r)
{
    QHash<QString, QString> labels;
    const QStringList ids = r.mapKeys();
    for (const QString &id : ids)
        labels.insert(id, r.field(id).toString());
    return labels;
}

QString readRestrictionId(const JsonReader &r, const ReadContext &context)
{
    const QString id = r.toString();
    if (!r.failed() && !context.restrictionIds.contains(id))
        r.fail(PolicyLoader::tr("unknown restriction id '%1'").arg(id));
    return id;
}

QStringList readRestrictionIds(const QVector<JsonReader> &elements, const ReadContext &context)
{
    QStringList ids;
    for (const JsonReader &element : elements)
        ids.append(readRestrictionId(element, context));
    return ids;
}

// `sanction` and `days` of an object whose keys the caller has checked; null days is permanent (R-T4).
SanctionRule readSanctionRule(const JsonReader &r, const ReadContext &context)
{
    SanctionRule rule;
    rule.id = readRestrictionId(r.field("sanction"), context);
    rule.days = r.field("days").toPositiveIntOrNull();
    return rule;
}

// ---- one scale

void readBounds(const JsonReader &r, Scale &scale)
{
    const JsonReader min = r.field("min");
    scale.min = min.toInt();
    scale.max = r.field("max").toInt();
    if (scale.min >= scale.max)
        min.fail(PolicyLoader::tr("must be less than max %1").arg(scale.max));
    const JsonReader initial = r.field("initial");
    scale.initial = initial.toInt();
    requireInScale(initial, scale.initial, scale.min, scale.max);
}

// R-C2: the deduction of a code that names no amount of its own.
int readDefaultPoints(const JsonReader &r, const Scale &scale)
{
    const int points = r.toInt();
    requireWithinSpan(r, points, scale);
    return points;
}

// R-L5; null (or absent) for a scale that never recovers (brands).
std::optional<Recovery> readRecovery(const JsonReader &r)
{
    if (r.isMissing() || r.isNull() || !r.expectObject({"step", "period_days"}))
        return std::nullopt;
    Recovery recovery;
    recovery.step = r.field("step").toPositiveInt();
    recovery.periodDays = r.field("period_days").toPositiveInt();
    return recovery;
}

// R-L6: a threshold at the scale's minimum could never be crossed downwards, hence (min, max].
QVector<int> readThresholds(const JsonReader &r, const Scale &scale)
{
    QVector<int> thresholds;
    std::optional<int> previous;
    for (const JsonReader &element : r.elements()) {
        const int value = element.toInt();
        requireInScale(element, value, scale.min + 1, scale.max);
        requireBelowPrevious(element, value, previous);
        thresholds.append(value);
        previous = value;
    }
    return thresholds;
}

std::optional<int> readWarning(const JsonReader &r, const Scale &scale)
{
    const std::optional<int> atOrAbove = r.toOptionalInt();
    if (atOrAbove)
        requireInScale(r, *atOrAbove, scale.min, scale.max);
    return atOrAbove;
}

// R-M1: cumulative bands, so they are listed from the mildest (highest bound) down.
QVector<RestrictionBand> readBands(const JsonReader &r, const Scale &scale, const ReadContext &context)
{
    QVector<RestrictionBand> bands;
    std::optional<int> previous;
    for (const JsonReader &element : r.elements()) {
        if (!element.expectObject({"below", "restrictions"}))
            return bands;
        RestrictionBand band;
        const JsonReader below = element.field("below");
        band.below = below.toInt();
        requireInScale(below, band.below, scale.min + 1, scale.max);
        requireBelowPrevious(below, band.below, previous);
        previous = band.below;
        band.ids = readRestrictionIds(element.field("restrictions").nonEmptyElements(), context);
        bands.append(band);
    }
    return bands;
}

// R-M2
std::optional<Removal> readRemoval(const JsonReader &r, const Scale &scale, const ReadContext &context)
{
    if (r.isMissing() || !r.expectObject({"below", "restriction"}))
        return std::nullopt;
    Removal removal;
    const JsonReader below = r.field("below");
    removal.below = below.toInt();
    requireInScale(below, removal.below, scale.min + 1, scale.max);
    removal.restriction = readRestrictionId(r.field("restriction"), context);
    return removal;
}

// R-B2: the sanction a special-governance `ban` event starts.
std::optional<SanctionRule> readGovernanceBan(const JsonReader &r, const ReadContext &context)
{
    if (r.isMissing() || !r.expectObject({"sanction", "days"}))
        return std::nullopt;
    return readSanctionRule(r, context);
}

// R-B1: a score at the scale's maximum cannot be "at or below" after a deduction, hence [min, max).
std::optional<Suspension> readSuspension(const JsonReader &r, const Scale &scale, const ReadContext &context)
{
    if (r.isMissing() || !r.expectObject({"at_or_below", "sanction", "days", "reset_to"}))
        return std::nullopt;
    Suspension suspension;
    const JsonReader atOrBelow = r.field("at_or_below");
    suspension.atOrBelow = atOrBelow.toInt();
    requireInScale(atOrBelow, suspension.atOrBelow, scale.min, scale.max - 1);
    suspension.sanction = readSanctionRule(r, context);
    const JsonReader resetTo = r.field("reset_to");
    suspension.resetTo = resetTo.toOptionalInt();
    if (suspension.resetTo)
        requireInScale(resetTo, *suspension.resetTo, scale.min, scale.max);
    return suspension;
}

LadderLevel readLadderLevel(const JsonReader &r, const ReadContext &context)
{
    LadderLevel level;
    if (!r.expectObject({"level", "min_count", "severe", "sanctions"}))
        return level;
    level.level = r.field("level").toPositiveInt();
    level.minCount = r.field("min_count").toPositiveInt();
    level.appliesToSevere = r.field("severe").toBool(false);
    for (const JsonReader &element : r.field("sanctions").elements()) {
        if (!element.expectObject({"sanction", "days"}))
            return level;
        level.sanctions.append(readSanctionRule(element, context));
    }
    return level;
}

// R-C1: levels ascend so that "the highest level that applies" is the last one that matches.
void requireAboveLevel(const JsonReader &r, const LadderLevel &level, const LadderLevel &previous)
{
    requireAbovePrevious(r.field("level"), level.level, previous.level);
    requireAbovePrevious(r.field("min_count"), level.minCount, previous.minCount);
}

std::optional<Ladder> readLadder(const JsonReader &r, const ReadContext &context)
{
    if (r.isMissing() || !r.expectObject({"window_days", "levels"}))
        return std::nullopt;
    Ladder ladder;
    ladder.windowDays = r.field("window_days").toPositiveInt();
    for (const JsonReader &element : r.field("levels").nonEmptyElements()) {
        const LadderLevel level = readLadderLevel(element, context);
        if (!ladder.levels.isEmpty())
            requireAboveLevel(element, level, ladder.levels.last());
        ladder.levels.append(level);
    }
    return ladder;
}

// R-C3
std::optional<ExamRule> readExam(const JsonReader &r)
{
    if (r.isMissing() || !r.expectObject({"points", "cooldown_days"}))
        return std::nullopt;
    ExamRule exam;
    exam.points = r.field("points").toPositiveInt();
    exam.cooldownDays = r.field("cooldown_days").toNonNegativeInt();
    return exam;
}

// R-C4
std::optional<HistoryWeight> readHistoryWeight(const JsonReader &r, const ReadContext &context)
{
    if (r.isMissing() || !r.expectObject({"restriction", "days"}))
        return std::nullopt;
    HistoryWeight weight;
    weight.restriction = readRestrictionId(r.field("restriction"), context);
    weight.days = r.field("days").toPositiveInt();
    return weight;
}

// R-C5
QStringList readRecoveryBlockedBy(const JsonReader &r, const ReadContext &context)
{
    if (r.isMissing())
        return {};
    return readRestrictionIds(r.elements(), context);
}

// ---- violation codes

QString readCodeId(const JsonReader &r, SubjectKind kind, ReadContext &context)
{
    const QString id = r.toString();
    if (r.failed())
        return id;
    const QString scaleName = subjectKindName(kind);
    const QRegularExpression pattern(QLatin1Char('^') + QRegularExpression::escape(scaleName)
                                     + QLatin1String("\\.[a-z_]+$"));
    if (!pattern.match(id).hasMatch())
        r.fail(PolicyLoader::tr("code '%1' must be '%2.' followed by lowercase letters and underscores")
                   .arg(id, scaleName));
    else if (context.codeIds.contains(id))
        r.fail(PolicyLoader::tr("duplicate code '%1'").arg(id));
    context.codeIds.insert(id);
    return id;
}

// R-L2: an explicit amount recorded with a violation must lie in [min, max]; both default to the code's
// own points, which default to the scale's (R-C2).
void readPoints(const JsonReader &r, const Scale &scale, ViolationCode &code)
{
    const JsonReader points = r.field("points");
    const JsonReader min = r.field("min");
    const JsonReader max = r.field("max");
    code.points = points.toOptionalInt().value_or(scale.defaultPoints);
    code.minPoints = min.toOptionalInt().value_or(code.points);
    code.maxPoints = max.toOptionalInt().value_or(code.points);
    requireWithinSpan(points, code.points, scale);
    requireWithinSpan(min, code.minPoints, scale);
    requireWithinSpan(max, code.maxPoints, scale);
    if (code.minPoints > code.maxPoints)
        min.fail(PolicyLoader::tr("%1 is greater than max %2").arg(code.minPoints).arg(code.maxPoints));
    if (code.points < code.minPoints || code.points > code.maxPoints)
        points.fail(PolicyLoader::tr("%1 is outside the code's range [%2, %3]")
                        .arg(code.points).arg(code.minPoints).arg(code.maxPoints));
}

SanctionCondition readCondition(const JsonReader &r)
{
    if (r.isMissing())
        return SanctionCondition::Always;
    const QString name = r.toString();
    const std::optional<SanctionCondition> condition = conditionFromName(name);
    if (!condition && !r.failed())
        r.fail(PolicyLoader::tr("unknown condition '%1' (expected always, first_of_code or nth_in_force_ever)")
                   .arg(name));
    return condition.value_or(SanctionCondition::Always);
}

// data_fraud's "3rd in force, ever". An nth of 1 would be "always", which has its own spelling.
int readNth(const JsonReader &r, SanctionCondition condition)
{
    if (condition != SanctionCondition::NthInForceEver) {
        if (!r.isMissing())
            r.fail(PolicyLoader::tr("only allowed with \"when\": \"nth_in_force_ever\""));
        return 0;
    }
    const int nth = r.toInt();
    if (!r.failed() && nth < 2)
        r.fail(PolicyLoader::tr("must be at least 2"));
    return nth;
}

CodeSanction readCodeSanction(const JsonReader &r, const ReadContext &context)
{
    CodeSanction sanction;
    if (!r.expectObject({"sanction", "days", "when", "nth"}))
        return sanction;
    sanction.sanction = readSanctionRule(r, context);
    sanction.condition = readCondition(r.field("when"));
    sanction.nth = readNth(r.field("nth"), sanction.condition);
    return sanction;
}

QVector<CodeSanction> readCodeSanctions(const JsonReader &r, const ReadContext &context)
{
    QVector<CodeSanction> sanctions;
    if (r.isMissing())
        return sanctions;
    for (const JsonReader &element : r.elements())
        sanctions.append(readCodeSanction(element, context));
    return sanctions;
}

ViolationCode readCode(const JsonReader &r, const Scale &scale, ReadContext &context)
{
    ViolationCode code;
    if (!r.expectObject({"code", "description", "points", "min", "max", "sanctions"}))
        return code;
    code.id = readCodeId(r.field("code"), scale.kind, context);
    code.description = r.field("description").toString();
    readPoints(r, scale, code);
    code.sanctions = readCodeSanctions(r.field("sanctions"), context);
    return code;
}

QVector<ViolationCode> readCodes(const JsonReader &r, const Scale &scale, ReadContext &context)
{
    QVector<ViolationCode> codes;
    for (const JsonReader &element : r.nonEmptyElements())
        codes.append(readCode(element, scale, context));
    return codes;
}

Scale readScale(const JsonReader &r, SubjectKind kind, ReadContext &context)
{
    Scale scale;
    scale.kind = kind;
    if (!r.expectObject({"initial", "min", "max", "default_points", "recovery", "thresholds",
                         "warning_at_or_above", "bands", "removal", "suspension", "governance_ban", "ladder", "exam",
                         "history_weight", "recovery_blocked_by", "codes"}))
        return scale;
    readBounds(r, scale);
    scale.defaultPoints = readDefaultPoints(r.field("default_points"), scale);
    scale.recovery = readRecovery(r.field("recovery"));
    scale.thresholds = readThresholds(r.field("thresholds"), scale);
    scale.warningAtOrAbove = readWarning(r.field("warning_at_or_above"), scale);
    scale.bands = readBands(r.field("bands"), scale, context);
    scale.removal = readRemoval(r.field("removal"), scale, context);
    scale.suspension = readSuspension(r.field("suspension"), scale, context);
    scale.governanceBan = readGovernanceBan(r.field("governance_ban"), context);
    scale.ladder = readLadder(r.field("ladder"), context);
    scale.exam = readExam(r.field("exam"));
    scale.historyWeight = readHistoryWeight(r.field("history_weight"), context);
    scale.recoveryBlockedBy = readRecoveryBlockedBy(r.field("recovery_blocked_by"), context);
    scale.codes = readCodes(r.field("codes"), scale, context);
    return scale;
}

void readScales(const JsonReader &r, Policy &policy, ReadContext &context)
{
    if (!r.expectObject({"mcn", "brand", "creator"}))
        return;
    for (int k = 0; k < kSubjectKindCount; ++k) {
        const SubjectKind kind = static_cast<SubjectKind>(k);
        policy.scale(kind) = readScale(r.field(subjectKindName(kind)), kind, context);
    }
}

// ---- MCN rules

// R-M3
DepositRule readDeposit(const JsonReader &r, const ReadContext &context)
{
    DepositRule deposit;
    if (!r.expectObject({"required", "increased", "increase_restriction", "refund_quiet_days"}))
        return deposit;
    const JsonReader required = r.field("required");
    deposit.required = required.toInt64();
    if (deposit.required <= 0)
        required.fail(JsonReader::mustBePositive());
    const JsonReader increased = r.field("increased");
    deposit.increased = increased.toInt64();
    if (deposit.increased < deposit.required)
        increased.fail(PolicyLoader::tr("must be at least the required deposit %1").arg(deposit.required));
    deposit.increaseRestriction = readRestrictionId(r.field("increase_restriction"), context);
    deposit.refundQuietDays = r.field("refund_quiet_days").toNonNegativeInt();
    return deposit;
}

// R-M4
CertificationRule readCertification(const JsonReader &r, const Scale &mcn)
{
    CertificationRule certification;
    if (!r.expectObject({"fabricated_code", "lookback_days"}))
        return certification;
    const JsonReader code = r.field("fabricated_code");
    certification.fabricatedCode = code.toString();
    if (!r.failed() && mcn.codeIndex(certification.fabricatedCode) < 0)
        code.fail(PolicyLoader::tr("'%1' is not a code of the mcn scale").arg(certification.fabricatedCode));
    certification.fabricatedLookbackDays = r.field("lookback_days").toPositiveInt();
    return certification;
}

// R-T1: the same spelling as every other instant.
Instant readInstant(const JsonReader &r)
{
    const QString text = r.toString();
    const std::optional<Instant> at = parseInstant(text);
    if (!at)
        r.fail(PolicyLoader::tr("'%1' is not a UTC instant (expected YYYY-MM-DDTHH:MM:SSZ or YYYY-MM-DD)").arg(text));
    return at.value_or(0);
}

// R-M5
Transition readTransition(const JsonReader &r, const ReadContext &context)
{
    Transition transition;
    if (!r.expectObject({"effective_from", "grace_days", "withdrawal_restriction", "withdrawal_after_days",
                         "commercial_restriction", "commercial_after_days"}))
        return transition;
    transition.effectiveFrom = readInstant(r.field("effective_from"));
    transition.graceDays = r.field("grace_days").toNonNegativeInt();
    transition.withdrawalRestriction = readRestrictionId(r.field("withdrawal_restriction"), context);
    transition.withdrawalAfterDays = r.field("withdrawal_after_days").toNonNegativeInt();
    transition.commercialRestriction = readRestrictionId(r.field("commercial_restriction"), context);
    transition.commercialAfterDays = r.field("commercial_after_days").toNonNegativeInt();
    return transition;
}

// R-M6: a notice is given before a threshold is crossed, so it must be one the MCN scale has.
QVector<int> readCriticalThresholds(const JsonReader &r, const Scale &mcn)
{
    QVector<int> thresholds;
    for (const JsonReader &element : r.elements()) {
        const int threshold = element.toInt();
        if (!r.failed() && !mcn.thresholds.contains(threshold))
            element.fail(PolicyLoader::tr("%1 is not a threshold of the mcn scale").arg(threshold));
        thresholds.append(threshold);
    }
    return thresholds;
}

CreatorProtection readProtection(const JsonReader &r, const Scale &mcn, const ReadContext &context)
{
    CreatorProtection protection;
    if (!r.expectObject({"critical_thresholds", "notice_margin", "trigger_restriction", "creator_restriction",
                         "grace_days"}))
        return protection;
    protection.criticalThresholds = readCriticalThresholds(r.field("critical_thresholds"), mcn);
    protection.noticeMargin = r.field("notice_margin").toNonNegativeInt();
    protection.triggerRestriction = readRestrictionId(r.field("trigger_restriction"), context);
    protection.creatorRestriction = readRestrictionId(r.field("creator_restriction"), context);
    protection.graceDays = r.field("grace_days").toNonNegativeInt();
    return protection;
}

void readMcnRules(const JsonReader &r, Policy &policy, const ReadContext &context)
{
    if (!r.expectObject({"deposit", "certification", "transition", "protection"}))
        return;
    const Scale &mcn = policy.scale(SubjectKind::Mcn);
    policy.deposit = readDeposit(r.field("deposit"), context);
    policy.certification = readCertification(r.field("certification"), mcn);
    policy.transition = readTransition(r.field("transition"), context);
    policy.protection = readProtection(r.field("protection"), mcn, context);
}

// ---- triage

// docs/rules.md "Triage": at least an hour, at most thirty days; a claim meant to last longer is a
// release and a fresh claim.
constexpr int kMaxClaimExpiryHours = 720;

TriageRules readTriage(const JsonReader &r)
{
    TriageRules triage;
    if (!r.expectObject({"claim_expiry_hours"}))
        return triage;
    const JsonReader hours = r.field("claim_expiry_hours");
    triage.claimExpiryHours = hours.toInt();
    if (!hours.failed() && (triage.claimExpiryHours < 1 || triage.claimExpiryHours > kMaxClaimExpiryHours))
        hours.fail(PolicyLoader::tr("%1 is outside the allowed range: must be between 1 and %2 hours")
                       .arg(triage.claimExpiryHours)
                       .arg(kMaxClaimExpiryHours));
    return triage;
}

// ---- the document

// Checked before anything else: a file of another format is reported as such, not as its first oddity.
void readFormat(const JsonReader &r)
{
    const int format = r.toInt();
    if (format != kFormat)
        r.fail(PolicyLoader::tr("unsupported format %1 (expected %2)").arg(format).arg(kFormat));
}

// `defaults` supplies what a policy written before a section lacks; null for the built-in policy itself,
// which must have every section.
Policy readPolicy(const JsonReader &root, const Policy *defaults)
{
    Policy policy;
    readFormat(root.field("format"));
    if (!root.expectObject({"format", "name", "version", "restrictions", "scales", "mcn", "triage", "health"}))
        return policy;
    policy.name = root.field("name").toString();
    policy.version = root.field("version").toInt();
    policy.restrictionLabels = readRestrictions(root.field("restrictions"));
    ReadContext context;
    for (auto it = policy.restrictionLabels.cbegin(); it != policy.restrictionLabels.cend(); ++it)
        context.restrictionIds.insert(it.key());
    readScales(root.field("scales"), policy, context);
    readMcnRules(root.field("mcn"), policy, context);
    // Optional in a file, so that a policy stored before claims expired still loads with the default's.
    if (defaults && root.field("triage").isMissing())
        policy.triage = defaults->triage;
    else
        policy.triage = readTriage(root.field("triage"));
    // Optional, so that a policy stored before the health index existed still loads (it then takes the
    // default policy's rules: Policy::healthRules).
    if (!root.field("health").isMissing())
        policy.health = HealthRulesLoader::read(root.field("health"), context.restrictionIds);
    return policy;
}

// ---- writing

QJsonArray intArray(const QVector<int> &values)
{
    QJsonArray array;
    for (int value : values)
        array.append(value);
    return array;
}

template<typename T, typename Write>
QJsonArray arrayOf(const QVector<T> &items, Write write)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(write(item));
    return array;
}

QJsonValue daysValue(const std::optional<int> &days)
{
    return days ? QJsonValue(*days) : QJsonValue(QJsonValue::Null);
}

QJsonObject writeSanctionRule(const SanctionRule &rule)
{
    return {{"sanction", rule.id}, {"days", daysValue(rule.days)}};
}

QJsonObject writeCodeSanction(const CodeSanction &sanction)
{
    QJsonObject object = writeSanctionRule(sanction.sanction);
    if (sanction.condition != SanctionCondition::Always)
        object.insert("when", conditionName(sanction.condition));
    if (sanction.condition == SanctionCondition::NthInForceEver)
        object.insert("nth", sanction.nth);
    return object;
}

QJsonObject writeCode(const ViolationCode &code)
{
    QJsonObject object{{"code", code.id}, {"description", code.description}, {"points", code.points}};
    if (code.minPoints != code.points || code.maxPoints != code.points) {
        object.insert("min", code.minPoints);
        object.insert("max", code.maxPoints);
    }
    if (!code.sanctions.isEmpty())
        object.insert("sanctions", arrayOf(code.sanctions, writeCodeSanction));
    return object;
}

QJsonObject writeBand(const RestrictionBand &band)
{
    return {{"below", band.below}, {"restrictions", QJsonArray::fromStringList(band.ids)}};
}

QJsonObject writeLadderLevel(const LadderLevel &level)
{
    QJsonObject object{{"level", level.level},
                       {"min_count", level.minCount},
                       {"sanctions", arrayOf(level.sanctions, writeSanctionRule)}};
    if (level.appliesToSevere)
        object.insert("severe", true);
    return object;
}

QJsonObject writeSuspension(const Suspension &suspension)
{
    QJsonObject object = writeSanctionRule(suspension.sanction);
    object.insert("at_or_below", suspension.atOrBelow);
    if (suspension.resetTo)
        object.insert("reset_to", *suspension.resetTo);
    return object;
}

QJsonValue writeRecovery(const std::optional<Recovery> &recovery)
{
    if (!recovery)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{"step", recovery->step}, {"period_days", recovery->periodDays}};
}

void writeScaleExtras(const Scale &scale, QJsonObject &object)
{
    if (scale.warningAtOrAbove)
        object.insert("warning_at_or_above", *scale.warningAtOrAbove);
    if (scale.removal)
        object.insert("removal", QJsonObject{{"below", scale.removal->below},
                                             {"restriction", scale.removal->restriction}});
    if (scale.suspension)
        object.insert("suspension", writeSuspension(*scale.suspension));
    if (scale.governanceBan)
        object.insert("governance_ban", writeSanctionRule(*scale.governanceBan));
    if (scale.ladder)
        object.insert("ladder", QJsonObject{{"window_days", scale.ladder->windowDays},
                                            {"levels", arrayOf(scale.ladder->levels, writeLadderLevel)}});
    if (scale.exam)
        object.insert("exam", QJsonObject{{"points", scale.exam->points}, {"cooldown_days", scale.exam->cooldownDays}});
    if (scale.historyWeight)
        object.insert("history_weight", QJsonObject{{"restriction", scale.historyWeight->restriction},
                                                    {"days", scale.historyWeight->days}});
    if (!scale.recoveryBlockedBy.isEmpty())
        object.insert("recovery_blocked_by", QJsonArray::fromStringList(scale.recoveryBlockedBy));
}

QJsonObject writeScale(const Scale &scale)
{
    QJsonObject object{{"initial", scale.initial},
                       {"min", scale.min},
                       {"max", scale.max},
                       {"default_points", scale.defaultPoints},
                       {"recovery", writeRecovery(scale.recovery)},
                       {"thresholds", intArray(scale.thresholds)},
                       {"bands", arrayOf(scale.bands, writeBand)},
                       {"codes", arrayOf(scale.codes, writeCode)}};
    writeScaleExtras(scale, object);
    return object;
}

QJsonObject writeMcnRules(const Policy &policy)
{
    const DepositRule &deposit = policy.deposit;
    const Transition &transition = policy.transition;
    const CreatorProtection &protection = policy.protection;
    return {
        {"deposit", QJsonObject{{"required", deposit.required},
                                {"increased", deposit.increased},
                                {"increase_restriction", deposit.increaseRestriction},
                                {"refund_quiet_days", deposit.refundQuietDays}}},
        {"certification", QJsonObject{{"fabricated_code", policy.certification.fabricatedCode},
                                      {"lookback_days", policy.certification.fabricatedLookbackDays}}},
        {"transition", QJsonObject{{"effective_from", formatInstant(transition.effectiveFrom)},
                                   {"grace_days", transition.graceDays},
                                   {"withdrawal_restriction", transition.withdrawalRestriction},
                                   {"withdrawal_after_days", transition.withdrawalAfterDays},
                                   {"commercial_restriction", transition.commercialRestriction},
                                   {"commercial_after_days", transition.commercialAfterDays}}},
        {"protection", QJsonObject{{"critical_thresholds", intArray(protection.criticalThresholds)},
                                   {"notice_margin", protection.noticeMargin},
                                   {"trigger_restriction", protection.triggerRestriction},
                                   {"creator_restriction", protection.creatorRestriction},
                                   {"grace_days", protection.graceDays}}},
    };
}

} // namespace

std::optional<Policy> PolicyLoader::loadJson(const QByteArray &json, QString *error)
{
    return parse(json, &defaultPolicy(), error);
}

std::optional<Policy> PolicyLoader::parse(const QByteArray &json, const Policy *defaults, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failWith(error, tr("not valid JSON at offset %1: %2")
                                   .arg(parseError.offset)
                                   .arg(parseError.errorString()));
    if (!document.isObject())
        return failWith(error, tr("expected a JSON object at the top level"));
    const JsonReader root(document.object());
    Policy policy = readPolicy(root, defaults);
    if (root.failed())
        return failWith(error, root.error());
    return policy;
}

std::optional<Policy> PolicyLoader::loadFile(const QString &path, QString *error)
{
    return parseFile(path, &defaultPolicy(), error);
}

std::optional<Policy> PolicyLoader::parseFile(const QString &path, const Policy *defaults, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failWith(error, tr("cannot read %1: %2").arg(path, file.errorString()));
    QString reason;
    std::optional<Policy> policy = parse(file.readAll(), defaults, &reason);
    if (!policy)
        return failWith(error, path + QLatin1String(": ") + reason);
    return policy;
}

const Policy &PolicyLoader::defaultPolicy()
{
    static const Policy policy = [] {
        QString error;
        std::optional<Policy> loaded = parseFile(QStringLiteral(":/policies/default.json"), nullptr, &error);
        if (!loaded)
            qFatal("the built-in policy is broken (a build bug): %s", qPrintable(error));
        return *loaded;
    }();
    return policy;
}

QByteArray PolicyLoader::toJson(const Policy &policy)
{
    QJsonObject restrictions;
    for (auto it = policy.restrictionLabels.cbegin(); it != policy.restrictionLabels.cend(); ++it)
        restrictions.insert(it.key(), it.value());
    QJsonObject scales;
    for (int k = 0; k < kSubjectKindCount; ++k)
        scales.insert(subjectKindName(static_cast<SubjectKind>(k)), writeScale(policy.scales[k]));
    QJsonObject root{{"format", kFormat},
                     {"name", policy.name},
                     {"version", policy.version},
                     {"restrictions", restrictions},
                     {"scales", scales},
                     {"mcn", writeMcnRules(policy)},
                     {"triage", QJsonObject{{"claim_expiry_hours", policy.triage.claimExpiryHours}}}};
    if (policy.health)
        root.insert("health", HealthRulesLoader::write(*policy.health));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace redline
