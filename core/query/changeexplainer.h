#pragma once

#include "base/instant.h"
#include "base/storeerror.h"
#include "policy/policy.h"
#include "policy/policydiff.h"
#include "policy/policyschedule.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace redline {

class Store;

// Which difference of two policies a subject's change comes from (the policy lab's "why").
struct ChangeCause {
    enum class Verdict {
        Unchanged, // same standing and score under both policies
        One,       // exactly one difference, applied alone to the policy in force, gives the proposed outcome
        Several,   // none alone does, or more than one does: several differences together
    };
    Verdict verdict = Verdict::Unchanged;
    PolicyChange change;               // Verdict::One
    QVector<PolicyChange> considered;  // the differences that can touch the subject's kind
};

// Replays one subject under the policy in force with each difference of the proposed policy applied alone
// (PolicyDiff::withChange) and compares each outcome (score, tier, ladder level, restrictions) with the
// proposed policy's. Only differences that can touch the subject are tried: those of its own scale and
// those of no scale (deposit, transition, protection); for a creator also the MCN scale's, which its
// agency's freezes depend on (R-M6).
class ChangeExplainer
{
    Q_DECLARE_TR_FUNCTIONS(ChangeExplainer)
public:
    // `inForce` the store's versions (Store::schedule()): the differences are those between the policy in
    // force at `at` and `proposed`, each applied alone to the former and replayed over all time, as the
    // proposed policy is.
    static bool explain(const Store &store, const QString &handle, const PolicySchedule &inForce,
                        const Policy &proposed, Instant at, ChangeCause *out, StoreError *error);

    static bool touches(const PolicyChange &change, SubjectKind kind);
};

} // namespace redline
