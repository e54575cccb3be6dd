#include "healthindex.h"

#include <algorithm>
#include <cmath>

namespace redline {

double HealthIndexCalculator::roundToTenth(double value)
{
    return std::round(value * 10.0) / 10.0;
}

double HealthIndexCalculator::score(double value, const HealthIndicatorRule &rule)
{
    const double linear = (value - rule.bad) / (rule.good - rule.bad) * 100.0;
    return std::clamp(linear, 0.0, 100.0);
}

// POLICY.md 5: the indicators the store can count itself (its posts, their findings, verified reports);
// a share is undefined without the posts it is a share of.
std::optional<double> HealthIndexCalculator::storeValue(const QString &id, const HealthInputs &in)
{
    const auto share = [](qint64 part, qint64 whole) -> std::optional<double> {
        return whole > 0 ? std::optional<double>(double(part) / double(whole)) : std::nullopt;
    };
    const auto per100 = [&](const char *category) -> std::optional<double> {
        return in.posts > 0 ? std::optional<double>(in.findingsByCategory.value(QLatin1String(category)) * 100.0 / double(in.posts))
                            : std::nullopt;
    };
    if (id == QLatin1String("commercial_share"))
        return share(in.commercialPosts, in.posts);
    if (id == QLatin1String("disclosure_rate"))
        return share(in.reportedCommercialPosts, in.commercialPosts);
    if (id == QLatin1String("qualification_share"))
        return share(in.regulatedPosts - in.unqualifiedRegulatedPosts, in.regulatedPosts);
    if (id == QLatin1String("diversion_per_100"))
        return per100("diversion");
    if (id == QLatin1String("sensitive_per_100"))
        return per100("sensitive");
    if (id == QLatin1String("absolute_claim_per_100"))
        return per100("absolute_claim");
    if (id == QLatin1String("verified_reports_90d"))
        return double(in.verifiedReports);
    return std::nullopt;
}

HealthIndex HealthIndexCalculator::compute(const HealthInputs &in, const HealthRules &rules)
{
    HealthIndex out;
    out.subject = in.subject;
    out.at = in.at;
    double weighted = 0;
    int weights = 0;
    for (const HealthDimensionRule &dimensionRule : rules.dimensions) {
        double sum = 0;
        int scored = 0;
        for (const HealthIndicatorRule &rule : dimensionRule.indicators) {
            HealthIndicator indicator;
            indicator.id = rule.id;
            indicator.dimension = dimensionRule.id;
            const auto metric = in.metrics.constFind(rule.id);
            if (metric != in.metrics.constEnd()) {
                indicator.value = metric.value();
                indicator.source = QStringLiteral("metrics");
            } else if ((indicator.value = storeValue(rule.id, in))) {
                indicator.source = QStringLiteral("store");
            }
            if (indicator.value) {
                indicator.score = score(*indicator.value, rule);
                sum += *indicator.score;
                ++scored;
            }
            out.indicators.append(indicator);
        }
        HealthDimension dimension{dimensionRule.id, dimensionRule.weight, std::nullopt};
        if (scored > 0) {
            dimension.score = sum / scored;
            weighted += *dimension.score * dimensionRule.weight;
            weights += dimensionRule.weight;
        }
        out.dimensions.append(dimension);
    }
    if (weights > 0)
        out.index = roundToTenth(weighted / weights);
    // R-H1's effects read the rounded index, as it is shown; the regulated-topic throttle reads the posts.
    for (const HealthEffectRule &effect : rules.effects) {
        const bool applies = out.index
                             && ((effect.atOrAbove && *out.index >= *effect.atOrAbove)
                                 || (effect.below && *out.index < *effect.below));
        if (applies)
            out.effects += effect.restrictions;
    }
    if (!in.unqualifiedTopics.isEmpty())
        out.effects.append(rules.unqualifiedTopicRestriction);
    out.effects.removeDuplicates();
    return out;
}

} // namespace redline
