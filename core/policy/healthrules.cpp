#include "healthrules.h"

namespace redline {

const QStringList &HealthRules::indicatorIds()
{
    static const QStringList ids{
        QStringLiteral("duplicate_rate"),       QStringLiteral("reference_share"),
        QStringLiteral("qualification_share"),  QStringLiteral("commercial_share"),
        QStringLiteral("disclosure_rate"),      QStringLiteral("diversion_per_100"),
        QStringLiteral("sensitive_per_100"),    QStringLiteral("absolute_claim_per_100"),
        QStringLiteral("verified_reports_90d"), QStringLiteral("invalid_interaction_share"),
        QStringLiteral("completion_rate"),      QStringLiteral("engagement_balance"),
    };
    return ids;
}

const QStringList &HealthRules::dimensionIds()
{
    static const QStringList ids{QStringLiteral("quality"), QStringLiteral("compliance"), QStringLiteral("feedback")};
    return ids;
}

} // namespace redline
