#include "policy/policypathlabels.h"

#include "policy/jsonpath.h"
#include "policytext.h"

#include <QHash>
#include <QStringList>

namespace redline {

namespace {

// The path with every bracket emptied ("codes[].points") and what the brackets held, in order.
QString patternOf(const QVector<JsonPath::Step> &steps, int from, QStringList *brackets)
{
    QString pattern;
    for (int i = from; i < steps.size(); ++i) {
        const JsonPath::Step &step = steps.at(i);
        if (step.bracket) {
            pattern += QLatin1String("[]");
            brackets->append(step.key);
        } else {
            if (!pattern.isEmpty())
                pattern += QLatin1Char('.');
            pattern += step.key;
        }
    }
    return pattern;
}

// Positions count from 1 for people; a code is shown by its description when the policy has it.
QString bracketText(const QString &bracket, bool isCode, SubjectKind kind, const Policy *policy)
{
    bool numeric = false;
    const int index = bracket.toInt(&numeric);
    if (isCode && policy) {
        const Scale &scale = policy->scale(kind);
        const QString id = numeric && index >= 0 && index < scale.codes.size() ? scale.codes.at(index).id : bracket;
        return PolicyText::codeDescription(*policy, kind, id);
    }
    return numeric ? QString::number(index + 1) : bracket;
}

QString fill(QString text, const QStringList &brackets, bool firstIsCode, SubjectKind kind, const Policy *policy)
{
    for (int i = 0; i < brackets.size(); ++i)
        text = text.arg(bracketText(brackets.at(i), firstIsCode && i == 0, kind, policy));
    return text;
}

} // namespace

QString PolicyPathLabels::label(const QString &path, const Policy *policy)
{
    const QVector<JsonPath::Step> steps = JsonPath::parse(path);
    QStringList brackets;
    if (steps.size() >= 3 && steps.at(0).key == QLatin1String("scales") && !steps.at(1).bracket) {
        const std::optional<SubjectKind> kind = subjectKindFromName(steps.at(1).key);
        const QString pattern = patternOf(steps, 2, &brackets);
        const QString text = scaleSettingLabel(pattern);
        if (!kind || text.isEmpty() || text.count(QLatin1Char('%')) < brackets.size())
            return path;
        const bool isCode = pattern.startsWith(QLatin1String("codes[]"));
        return tr("%1 · %2").arg(PolicyText::kindName(*kind), fill(text, brackets, isCode, *kind, policy));
    }
    if (steps.size() == 2 && steps.at(0).key == QLatin1String("restrictions"))
        return tr("Restriction label · %1").arg(steps.at(1).key);
    const QString pattern = patternOf(steps, 0, &brackets);
    const QString text = ruleSettingLabel(pattern);
    if (text.isEmpty() || text.count(QLatin1Char('%')) < brackets.size())
        return path;
    return fill(text, brackets, false, SubjectKind::Mcn, policy);
}

QString PolicyPathLabels::scaleSettingLabel(const QString &pattern)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("initial"), QT_TR_NOOP("initial score")},
        {QStringLiteral("min"), QT_TR_NOOP("lowest score")},
        {QStringLiteral("max"), QT_TR_NOOP("highest score")},
        {QStringLiteral("default_points"), QT_TR_NOOP("default points")},
        {QStringLiteral("recovery"), QT_TR_NOOP("recovery")},
        {QStringLiteral("recovery.step"), QT_TR_NOOP("recovery step")},
        {QStringLiteral("recovery.period_days"), QT_TR_NOOP("recovery period (days)")},
        {QStringLiteral("thresholds"), QT_TR_NOOP("thresholds")},
        {QStringLiteral("thresholds[]"), QT_TR_NOOP("threshold %1")},
        {QStringLiteral("warning_at_or_above"), QT_TR_NOOP("warning at or above")},
        {QStringLiteral("bands"), QT_TR_NOOP("restriction bands")},
        {QStringLiteral("bands[]"), QT_TR_NOOP("band %1")},
        {QStringLiteral("bands[].below"), QT_TR_NOOP("band %1 · below")},
        {QStringLiteral("bands[].restrictions"), QT_TR_NOOP("band %1 · restrictions")},
        {QStringLiteral("bands[].restrictions[]"), QT_TR_NOOP("band %1 · restriction %2")},
        {QStringLiteral("removal"), QT_TR_NOOP("removal")},
        {QStringLiteral("removal.below"), QT_TR_NOOP("removal below")},
        {QStringLiteral("removal.restriction"), QT_TR_NOOP("removal restriction")},
        {QStringLiteral("suspension"), QT_TR_NOOP("suspension")},
        {QStringLiteral("suspension.at_or_below"), QT_TR_NOOP("suspension at or below")},
        {QStringLiteral("suspension.sanction"), QT_TR_NOOP("suspension sanction")},
        {QStringLiteral("suspension.days"), QT_TR_NOOP("suspension days")},
        {QStringLiteral("suspension.reset_to"), QT_TR_NOOP("reset to after suspension")},
        {QStringLiteral("governance_ban"), QT_TR_NOOP("governance ban")},
        {QStringLiteral("governance_ban.sanction"), QT_TR_NOOP("governance ban sanction")},
        {QStringLiteral("governance_ban.days"), QT_TR_NOOP("governance ban days")},
        {QStringLiteral("ladder"), QT_TR_NOOP("ladder")},
        {QStringLiteral("ladder.window_days"), QT_TR_NOOP("ladder window (days)")},
        {QStringLiteral("ladder.levels"), QT_TR_NOOP("ladder levels")},
        {QStringLiteral("ladder.levels[]"), QT_TR_NOOP("ladder row %1")},
        {QStringLiteral("ladder.levels[].level"), QT_TR_NOOP("ladder row %1 · level")},
        {QStringLiteral("ladder.levels[].min_count"), QT_TR_NOOP("ladder row %1 · minimum count")},
        {QStringLiteral("ladder.levels[].severe"), QT_TR_NOOP("ladder row %1 · applies to severe")},
        {QStringLiteral("ladder.levels[].sanctions"), QT_TR_NOOP("ladder row %1 · sanctions")},
        {QStringLiteral("ladder.levels[].sanctions[]"), QT_TR_NOOP("ladder row %1 · sanction %2")},
        {QStringLiteral("ladder.levels[].sanctions[].sanction"), QT_TR_NOOP("ladder row %1 · sanction %2")},
        {QStringLiteral("ladder.levels[].sanctions[].days"), QT_TR_NOOP("ladder row %1 · sanction %2 days")},
        {QStringLiteral("exam"), QT_TR_NOOP("exam")},
        {QStringLiteral("exam.points"), QT_TR_NOOP("exam points")},
        {QStringLiteral("exam.cooldown_days"), QT_TR_NOOP("exam cooldown (days)")},
        {QStringLiteral("history_weight"), QT_TR_NOOP("history weight")},
        {QStringLiteral("history_weight.restriction"), QT_TR_NOOP("history weight restriction")},
        {QStringLiteral("history_weight.days"), QT_TR_NOOP("history weight (days)")},
        {QStringLiteral("recovery_blocked_by"), QT_TR_NOOP("recovery blocked by")},
        {QStringLiteral("recovery_blocked_by[]"), QT_TR_NOOP("recovery blocked by %1")},
        {QStringLiteral("codes"), QT_TR_NOOP("violation codes")},
        {QStringLiteral("codes[]"), QT_TR_NOOP("%1")},
        {QStringLiteral("codes[].code"), QT_TR_NOOP("%1 · code id")},
        {QStringLiteral("codes[].description"), QT_TR_NOOP("%1 · description")},
        {QStringLiteral("codes[].points"), QT_TR_NOOP("%1 · points")},
        {QStringLiteral("codes[].min"), QT_TR_NOOP("%1 · lowest points")},
        {QStringLiteral("codes[].max"), QT_TR_NOOP("%1 · highest points")},
        {QStringLiteral("codes[].sanctions"), QT_TR_NOOP("%1 · sanctions")},
        {QStringLiteral("codes[].sanctions[]"), QT_TR_NOOP("%1 · sanction %2")},
        {QStringLiteral("codes[].sanctions[].sanction"), QT_TR_NOOP("%1 · sanction %2")},
        {QStringLiteral("codes[].sanctions[].days"), QT_TR_NOOP("%1 · sanction %2 days")},
        {QStringLiteral("codes[].sanctions[].when"), QT_TR_NOOP("%1 · sanction %2 condition")},
        {QStringLiteral("codes[].sanctions[].nth"), QT_TR_NOOP("%1 · sanction %2 from the nth")},
    };
    const char *text = labels.value(pattern, nullptr);
    return text ? tr(text) : QString();
}

QString PolicyPathLabels::ruleSettingLabel(const QString &pattern)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("format"), QT_TR_NOOP("File format")},
        {QStringLiteral("name"), QT_TR_NOOP("Policy name")},
        {QStringLiteral("version"), QT_TR_NOOP("Policy version")},
        {QStringLiteral("mcn.deposit.required"), QT_TR_NOOP("Deposit · required")},
        {QStringLiteral("mcn.deposit.increased"), QT_TR_NOOP("Deposit · increased")},
        {QStringLiteral("mcn.deposit.increase_restriction"), QT_TR_NOOP("Deposit · increase restriction")},
        {QStringLiteral("mcn.deposit.refund_quiet_days"), QT_TR_NOOP("Deposit · quiet days before a refund")},
        {QStringLiteral("mcn.certification.fabricated_code"), QT_TR_NOOP("Certification · fabricated-engagement code")},
        {QStringLiteral("mcn.certification.lookback_days"), QT_TR_NOOP("Certification · lookback (days)")},
        {QStringLiteral("mcn.transition.effective_from"), QT_TR_NOOP("Transition · effective from")},
        {QStringLiteral("mcn.transition.grace_days"), QT_TR_NOOP("Transition · grace (days)")},
        {QStringLiteral("mcn.transition.withdrawal_restriction"), QT_TR_NOOP("Transition · withdrawal restriction")},
        {QStringLiteral("mcn.transition.withdrawal_after_days"), QT_TR_NOOP("Transition · withdrawal restricted after (days)")},
        {QStringLiteral("mcn.transition.commercial_restriction"), QT_TR_NOOP("Transition · commercial restriction")},
        {QStringLiteral("mcn.transition.commercial_after_days"), QT_TR_NOOP("Transition · commercial features limited after (days)")},
        {QStringLiteral("mcn.protection.critical_thresholds"), QT_TR_NOOP("Creator protection · critical thresholds")},
        {QStringLiteral("mcn.protection.critical_thresholds[]"), QT_TR_NOOP("Creator protection · critical threshold %1")},
        {QStringLiteral("mcn.protection.notice_margin"), QT_TR_NOOP("Creator protection · notice margin")},
        {QStringLiteral("mcn.protection.trigger_restriction"), QT_TR_NOOP("Creator protection · trigger restriction")},
        {QStringLiteral("mcn.protection.creator_restriction"), QT_TR_NOOP("Creator protection · creators' restriction")},
        {QStringLiteral("mcn.protection.grace_days"), QT_TR_NOOP("Creator protection · exit grace (days)")},
        {QStringLiteral("triage.claim_expiry_hours"), QT_TR_NOOP("Triage · claim expiry (hours)")},
    };
    const char *text = labels.value(pattern, nullptr);
    return text ? tr(text) : QString();
}

} // namespace redline
