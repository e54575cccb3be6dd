#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace redline {

// The content health index as policy data (POLICY.md 5, R-H1; docs/rules.md "Content health index"): each
// indicator's raw value maps linearly to 0-100 between its `bad` and `good` bounds (clamped), a dimension
// is the mean of its indicators' scores, the index is the weighted sum of the dimensions.
struct HealthIndicatorRule {
    QString id;   // one of HealthRules::indicatorIds()
    double good = 0;
    double bad = 0;
};

struct HealthDimensionRule {
    QString id;     // quality, compliance, feedback
    int weight = 0; // percent; the weights sum to 100
    QVector<HealthIndicatorRule> indicators;
};

// "index >= atOrAbove" or "index < below": these restrictions (exactly one bound is set).
struct HealthEffectRule {
    std::optional<double> atOrAbove;
    std::optional<double> below;
    QStringList restrictions;
};

struct HealthRules {
    QVector<HealthDimensionRule> dimensions;
    QVector<HealthEffectRule> effects;
    int reportsWindowDays = 0;            // verified_reports_90d counts reports of this many days
    QString unqualifiedTopicRestriction;  // topic_throttled: a regulated-topic post without qualification
    QString timeZone;                     // the platform's (IANA id, Asia/Shanghai): teen-mode hours are local
    int teenQuietFromMinute = 0;          // 22:00 -> 1320: a teen-mode account publishes nothing from here...
    int teenQuietUntilMinute = 0;         // ...to 06:00 (360), across midnight when from > until

    // The twelve indicator ids, in POLICY.md 5's order.
    static const QStringList &indicatorIds();
    static const QStringList &dimensionIds(); // quality, compliance, feedback
};

} // namespace redline
