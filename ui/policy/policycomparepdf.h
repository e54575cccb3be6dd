#pragma once

#include "policy/policy.h"
#include "query/whatifreport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

class QIODevice;

namespace redline {

class PolicyTierBars;

// A policy comparison as one A4 page a policy team can circulate: the two policies and their differences,
// the instant, the counts, the tier bars (PolicyTierBars::renderTo, as vectors) and the subjects that change
// most. Lists that would run off the page are cut with "and N more", so it is always one page.
class PolicyComparePdf
{
    Q_DECLARE_TR_FUNCTIONS(PolicyComparePdf)
public:
    struct Summary {
        const WhatIfReport *report = nullptr;
        const Policy *inForce = nullptr;
        const Policy *proposed = nullptr;
        QString inForceName;
        QString proposedName;
        QString storeName;
        QStringList differences; // worded (PolicyDiff::describe)
        PolicyTierBars *bars = nullptr;
    };

    static bool write(const Summary &summary, QIODevice *device, QString *error);

    // The outcomes whose standing changes, most changed first: the largest score change, then the
    // largest tier change; at most `limit`.
    static QVector<int> mostChanged(const WhatIfReport &report, int limit);
};

} // namespace redline
