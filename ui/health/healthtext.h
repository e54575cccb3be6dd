#pragma once

#include "policy/healthrules.h"
#include "policy/policy.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace redline {

// How the console words the content health index (R-H1, POLICY.md 5): an indicator's name, its raw value
// in its own unit (a share as a percentage, a rate per 100 posts, a count), where the value
// came from, a score, and a threshold of the policy's `health.effects` with what it does.
class HealthText
{
    Q_DECLARE_TR_FUNCTIONS(HealthText)
public:
    static QString indicatorLabel(const QString &id);
    // What the indicator measures, one sentence (the row's tooltip).
    static QString indicatorDescription(const QString &id);
    // "12.5%", "2.5 per 100 notes", "3" (reports), "0.85"; "no value" without one.
    static QString value(const QString &id, const std::optional<double> &value);
    // "metrics" (the latest metrics snapshot), "store" (counted from posts, findings, reports), "no value".
    static QString source(const QString &source);
    static QString sourceDescription(const QString &source);
    // One decimal, or "–" without a score.
    static QString score(const std::optional<double> &score);
    // The bound an effect row applies at: its `at_or_above` or its `below` value.
    static double threshold(const HealthEffectRule &effect);
    // "≥ 80: Recommended more (…)", "< 70: Excluded from creator support programs, Brand orders restricted".
    static QString effectLine(const Policy &policy, const HealthEffectRule &effect);
};

} // namespace redline
