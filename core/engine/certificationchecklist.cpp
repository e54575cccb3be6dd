#include "certificationchecklist.h"

namespace redline {

QVector<CertificationRequirement> CertificationChecklist::evaluate(const Policy &policy, const SubjectInfo &subject,
                                                                  const SubjectState &state)
{
    return {registeredMcn(subject), mainlandCompany(subject), authenticEngagement(policy, state),
            deposit(policy, state)};
}

bool CertificationChecklist::allMet(const QVector<CertificationRequirement> &requirements)
{
    for (const CertificationRequirement &r : requirements) {
        if (!r.met)
            return false;
    }
    return true;
}

qint64 CertificationChecklist::requiredDeposit(const Policy &policy, const SubjectState &state)
{
    return state.hasRestriction(policy.deposit.increaseRestriction) ? policy.deposit.increased
                                                                     : policy.deposit.required;
}

CertificationRequirement CertificationChecklist::registeredMcn(const SubjectInfo &subject)
{
    if (subject.registeredMcn)
        return {QStringLiteral("registered_mcn"), true, tr("Registered as an MCN on the platform")};
    return {QStringLiteral("registered_mcn"), false, tr("Not registered as an MCN on the platform")};
}

QString CertificationChecklist::regionText(const QString &region)
{
    if (region == QLatin1String("mainland"))
        return tr("mainland China");
    if (region == QLatin1String("hk") || region == QLatin1String("hong_kong"))
        return tr("Hong Kong");
    if (region == QLatin1String("overseas"))
        return tr("overseas");
    if (region.isEmpty())
        return tr("not given");
    return region;
}

QString CertificationChecklist::companyText(const QString &company)
{
    if (company == QLatin1String("limited"))
        return tr("limited company");
    if (company == QLatin1String("sole_proprietorship"))
        return tr("sole proprietorship");
    if (company == QLatin1String("partnership"))
        return tr("partnership");
    if (company == QLatin1String("joint_stock"))
        return tr("joint-stock company");
    if (company.isEmpty())
        return tr("company type not given");
    return company;
}

CertificationRequirement CertificationChecklist::mainlandCompany(const SubjectInfo &subject)
{
    const QString key = QStringLiteral("mainland_company");
    if (subject.region != QLatin1String("mainland"))
        return {key, false, tr("Not a mainland China company (region: %1)").arg(regionText(subject.region))};
    if (subject.company == QLatin1String("sole_proprietorship"))
        return {key, false, tr("A sole proprietorship does not qualify")};
    return {key, true, tr("Mainland China company (%1)").arg(companyText(subject.company))};
}

// "Authentic content and interactions", read as: no fabricated-engagement violation in force within the
// lookback window.
CertificationRequirement CertificationChecklist::authenticEngagement(const Policy &policy, const SubjectState &state)
{
    const QString key = QStringLiteral("authentic_engagement");
    const int code = policy.scale(SubjectKind::Mcn).codeIndex(policy.certification.fabricatedCode);
    const Instant windowStart = state.at - days(policy.certification.fabricatedLookbackDays);
    for (const ViolationOutcome &v : state.violations) {
        if (v.code == code && v.voidedAt > state.at && v.at > windowStart && v.at <= state.at)
            return {key, false,
                    tr("Violation %1 (%2) on %3 is within the last %4 days")
                        .arg(v.id, policy.certification.fabricatedCode, formatInstant(v.at).left(10))
                        .arg(policy.certification.fabricatedLookbackDays)};
    }
    return {key, true,
            tr("No %1 in the last %2 days")
                .arg(policy.certification.fabricatedCode)
                .arg(policy.certification.fabricatedLookbackDays)};
}

CertificationRequirement CertificationChecklist::deposit(const Policy &policy, const SubjectState &state)
{
    const qint64 required = requiredDeposit(policy, state);
    const bool met = state.depositBalance >= required;
    const QString detail = met ? tr("Deposit ¥%1 covers the required ¥%2")
                               : tr("Deposit ¥%1 is short of the required ¥%2");
    return {QStringLiteral("deposit"), met, detail.arg(state.depositBalance).arg(required)};
}

} // namespace redline
