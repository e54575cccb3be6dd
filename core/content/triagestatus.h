#pragma once

#include "base/instant.h"
#include "policy/policy.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace redline {

// One moderator's step on a triage item, as a `triage` event records it (docs/rules.md "Triage").
struct TriageStep {
    int action = 0;      // EventVocabulary::TriageAction
    QString by;
    Instant at = 0;
    QString violation;   // a confirmation's
    QString reason;      // a dismissal's
};

// Where a triage item stands after its steps, and which step may come next (docs/rules.md "Triage"):
// an open item may be claimed, dismissed or confirmed by anyone who may triage; a claimed one only by
// the moderator who holds it, who may also release it; a confirmed or dismissed item is closed. So two
// moderators never work one item: the second claim, or the second outcome, is refused naming the first.
// A claim lapses the policy's `triage.claim_expiry_hours` (TriageRules) after its step: from then on
// the item is open again. The fold itself does not expire anything (the `triage` table holds the folded
// state); the expiry is judged at an instant: a new step's own (refusal) or a reader's now (at).
// Pure: the validator and the writer of the `triage` table both fold the ledger's steps with it.
class TriageStatus
{
    Q_DECLARE_TR_FUNCTIONS(TriageStatus)
public:
    enum class State { Open, Claimed, Confirmed, Dismissed }; // the `triage` table's state column, in this order

    static TriageStatus after(const QVector<TriageStep> &steps);
    void apply(const TriageStep &step);
    // Why `step` may not come next, judged at the step's instant under the claim expiry of `rules`; empty
    // when it may. Identities compare case-insensitively.
    QString refusal(const TriageStep &step, const TriageRules &rules) const;

    // True when this is a claim that has lapsed by `instant`.
    bool claimLapsedAt(Instant instant, const TriageRules &rules) const;
    // The instant a claim lapses; none unless claimed.
    Instant claimLapsesAt(const TriageRules &rules) const;
    // How the item reads at `instant`: a lapsed claim reads as open, with `lapsed` set and `by`/`since`
    // still naming the claim.
    TriageStatus at(Instant instant, const TriageRules &rules) const;

    State state = State::Open;
    QString by;          // who holds, confirmed or dismissed it; who released it last when open again
    Instant since = kNoInstant; // the instant of the last step; none before the first
    QString violation;
    QString reason;
    bool lapsed = false; // open because the claim by `by` at `since` lapsed (a read-time view, never stored)
};

} // namespace redline
