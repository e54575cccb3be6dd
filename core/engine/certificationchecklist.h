#pragma once

#include "engine/ledger.h"
#include "engine/subjectstate.h"
#include "policy/policy.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace redline {

// R-M4: the four requirements for an MCN's commercial certification, each met or not and why, at the
// instant of `state`. The store refuses a grant unless all hold; the console shows the checklist.
struct CertificationRequirement {
    QString key;     // registered_mcn, mainland_company, authentic_engagement, deposit
    bool met = false;
    QString detail;  // translated: why it is or is not met
};

class CertificationChecklist
{
    Q_DECLARE_TR_FUNCTIONS(CertificationChecklist)
public:
    static QVector<CertificationRequirement> evaluate(const Policy &policy, const SubjectInfo &subject,
                                                      const SubjectState &state);
    static bool allMet(const QVector<CertificationRequirement> &requirements);
    // The required deposit at the state's instant (R-M3): increased while the increase restriction holds.
    static qint64 requiredDeposit(const Policy &policy, const SubjectState &state);
    // The region and company-type ids of an MCN's attributes (R-M4's terms), in words; an unknown id as it
    // is. The console's attribute lists say them the same way (PolicyText::attributeValue).
    static QString regionText(const QString &region);
    static QString companyText(const QString &company);

private:
    static CertificationRequirement registeredMcn(const SubjectInfo &subject);
    static CertificationRequirement mainlandCompany(const SubjectInfo &subject);
    static CertificationRequirement authenticEngagement(const Policy &policy, const SubjectState &state);
    static CertificationRequirement deposit(const Policy &policy, const SubjectState &state);
};

} // namespace redline
