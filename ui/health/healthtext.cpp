#include "healthtext.h"

#include "health/healthindex.h"
#include "policytext.h"

#include <QHash>

namespace redline {

namespace {

enum class Unit { Share, Per100, Count, Ratio };

Unit unitOf(const QString &id)
{
    if (id.endsWith(QLatin1String("_per_100")))
        return Unit::Per100;
    if (id == QLatin1String("verified_reports_90d"))
        return Unit::Count;
    if (id == QLatin1String("engagement_balance"))
        return Unit::Ratio;
    return Unit::Share;
}

} // namespace

QString HealthText::indicatorLabel(const QString &id)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("duplicate_rate"), QT_TR_NOOP("Originality: duplicate rate")},
        {QStringLiteral("reference_share"), QT_TR_NOOP("Information density: notes with references")},
        {QStringLiteral("qualification_share"), QT_TR_NOOP("Professionalism: regulated-topic notes with qualification")},
        {QStringLiteral("commercial_share"), QT_TR_NOOP("Commercial share of notes")},
        {QStringLiteral("disclosure_rate"), QT_TR_NOOP("Ad disclosure: commercial notes reported via 蒲公英")},
        {QStringLiteral("diversion_per_100"), QT_TR_NOOP("导流 (diversion) findings")},
        {QStringLiteral("sensitive_per_100"), QT_TR_NOOP("Sensitive-content findings")},
        {QStringLiteral("absolute_claim_per_100"), QT_TR_NOOP("Absolute-claim findings")},
        {QStringLiteral("verified_reports_90d"), QT_TR_NOOP("Verified user reports (window)")},
        {QStringLiteral("invalid_interaction_share"), QT_TR_NOOP("Invalid-interaction share")},
        {QStringLiteral("completion_rate"), QT_TR_NOOP("Video completion rate")},
        {QStringLiteral("engagement_balance"), QT_TR_NOOP("Engagement balance")},
    };
    const auto it = labels.constFind(id);
    return it == labels.constEnd() ? id : tr(it.value());
}

QString HealthText::indicatorDescription(const QString &id)
{
    static const QHash<QString, const char *> texts{
        {QStringLiteral("duplicate_rate"), QT_TR_NOOP("Share of the creator's notes duplicating others' work (metrics only).")},
        {QStringLiteral("reference_share"), QT_TR_NOOP("Share of science and medical notes that cite references (metrics only).")},
        {QStringLiteral("qualification_share"), QT_TR_NOOP("Regulated-topic (medical, education) notes posted with the qualification in force / all regulated-topic notes.")},
        {QStringLiteral("commercial_share"), QT_TR_NOOP("Commercial notes / all notes.")},
        {QStringLiteral("disclosure_rate"), QT_TR_NOOP("Commercial notes reported through 蒲公英 / commercial notes; the rest are 水下笔记.")},
        {QStringLiteral("diversion_per_100"), QT_TR_NOOP("Scanner findings of 导流 (WeChat, phone, QR code, links) per 100 notes.")},
        {QStringLiteral("sensitive_per_100"), QT_TR_NOOP("Scanner findings of sensitive content per 100 notes.")},
        {QStringLiteral("absolute_claim_per_100"), QT_TR_NOOP("Scanner findings of absolute claims (最有效, 绝对安全) per 100 notes.")},
        {QStringLiteral("verified_reports_90d"), QT_TR_NOOP("Verified user reports in the policy's window ending at the instant, not retracted or overturned.")},
        {QStringLiteral("invalid_interaction_share"), QT_TR_NOOP("Share of interactions judged invalid (metrics only).")},
        {QStringLiteral("completion_rate"), QT_TR_NOOP("Share of video views watched to the end (metrics only).")},
        {QStringLiteral("engagement_balance"), QT_TR_NOOP("Median likes per note / (followers / 50) (metrics only).")},
    };
    const auto it = texts.constFind(id);
    return it == texts.constEnd() ? QString() : tr(it.value());
}

QString HealthText::value(const QString &id, const std::optional<double> &value)
{
    if (!value)
        return tr("no value");
    const double v = *value;
    switch (unitOf(id)) {
    case Unit::Share: return tr("%1%").arg(QString::number(v * 100.0, 'f', 1));
    case Unit::Per100: return tr("%1 per 100 notes").arg(QString::number(v, 'f', 1));
    case Unit::Count: return QString::number(qint64(v)); // the label says what is counted
    case Unit::Ratio: break;
    }
    return QString::number(v, 'f', 2);
}

QString HealthText::source(const QString &source)
{
    if (source == QLatin1String("metrics"))
        return tr("metrics");
    if (source == QLatin1String("store"))
        return tr("store");
    return tr("no value");
}

QString HealthText::sourceDescription(const QString &source)
{
    if (source == QLatin1String("metrics"))
        return tr("From the latest metrics snapshot at or before the instant.");
    if (source == QLatin1String("store"))
        return tr("Counted from the store's posts, their findings and the verified reports.");
    return tr("Neither a metrics snapshot nor the store gives this value; it does not count.");
}

QString HealthText::score(const std::optional<double> &score)
{
    return score ? QString::number(HealthIndexCalculator::roundToTenth(*score), 'f', 1) : QStringLiteral("–");
}

double HealthText::threshold(const HealthEffectRule &effect)
{
    return effect.atOrAbove ? *effect.atOrAbove : effect.below.value_or(0);
}

QString HealthText::effectLine(const Policy &policy, const HealthEffectRule &effect)
{
    const QString bound = QString::number(threshold(effect), 'g', 4);
    const QString what = PolicyText::restrictionList(policy, effect.restrictions);
    return effect.atOrAbove ? tr("≥ %1: %2").arg(bound, what) : tr("< %1: %2").arg(bound, what);
}

} // namespace redline
