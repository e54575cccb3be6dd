#pragma once

#include "health/healthinputs.h"
#include "policy/healthrules.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace redline {

struct HealthIndicator {
    QString id;
    QString dimension;
    std::optional<double> value; // the raw value; none when neither the metrics nor the store give it
    std::optional<double> score; // 0-100
    QString source;              // metrics | store | empty when there is no value
};

struct HealthDimension {
    QString id;
    int weight = 0;
    std::optional<double> score; // the mean of its indicators that have a value
};

struct HealthIndex {
    QString subject;
    Instant at = 0;
    std::optional<double> index; // rounded to one decimal; none when no indicator has a value
    QVector<HealthDimension> dimensions;
    QVector<HealthIndicator> indicators; // in the policy's order
    QStringList effects;                 // restriction ids (R-H1), in the policy's order
};

// The content health index of POLICY.md 5 (R-H1), pure: inputs and the policy's rules in, the index out
// (docs/rules.md "Content health index"). An indicator's value comes from the metrics snapshot when it has
// it, else from the store's counts when the store can compute it; its score is linear between the bad
// (0) and good (100) bounds, clamped. A dimension is the mean of its indicators with a value; the index is
// the weighted mean of the dimensions with a score (their weights renormalised), rounded to one decimal.
class HealthIndexCalculator
{
public:
    static HealthIndex compute(const HealthInputs &inputs, const HealthRules &rules);

    static double score(double value, const HealthIndicatorRule &rule);
    // The store's value of an indicator, when it can compute it from the inputs.
    static std::optional<double> storeValue(const QString &id, const HealthInputs &inputs);
    static double roundToTenth(double value);
};

} // namespace redline
