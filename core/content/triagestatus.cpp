#include "triagestatus.h"

#include "base/eventvocabulary.h"
#include "base/identity.h"

namespace redline {

TriageStatus TriageStatus::after(const QVector<TriageStep> &steps)
{
    TriageStatus status;
    for (const TriageStep &step : steps)
        status.apply(step);
    return status;
}

void TriageStatus::apply(const TriageStep &step)
{
    switch (step.action) {
    case EventVocabulary::Claim: state = State::Claimed; break;
    case EventVocabulary::Release: state = State::Open; break;
    case EventVocabulary::Dismiss: state = State::Dismissed; break;
    case EventVocabulary::Confirm: state = State::Confirmed; break;
    }
    by = step.by;
    since = step.at;
    violation = step.violation;
    reason = step.reason;
}

Instant TriageStatus::claimLapsesAt(const TriageRules &rules) const
{
    if (state != State::Claimed || since == kNoInstant)
        return kNoInstant;
    return since + rules.claimExpirySeconds();
}

bool TriageStatus::claimLapsedAt(Instant instant, const TriageRules &rules) const
{
    const Instant lapses = claimLapsesAt(rules);
    return lapses != kNoInstant && instant >= lapses;
}

TriageStatus TriageStatus::at(Instant instant, const TriageRules &rules) const
{
    TriageStatus view = *this;
    if (claimLapsedAt(instant, rules)) {
        view.state = State::Open;
        view.lapsed = true;
    }
    return view;
}

QString TriageStatus::refusal(const TriageStep &step, const TriageRules &rules) const
{
    const QString when = since == kNoInstant ? QString() : formatInstant(since);
    if (since != kNoInstant && step.at < since)
        return tr("dated before the item's last step (%1)").arg(when);
    // A lapsed claim holds nothing: the item is open to anyone, its former holder included.
    if (claimLapsedAt(step.at, rules)) {
        if (step.action == EventVocabulary::Release)
            return tr("%1's claim made on %2 lapsed on %3; nobody holds it, so there is nothing to release")
                .arg(by, when, formatInstant(claimLapsesAt(rules)));
        return QString();
    }
    switch (state) {
    case State::Confirmed:
        return tr("already confirmed by %1 on %2 (violation %3)").arg(by, when, violation);
    case State::Dismissed:
        return tr("already dismissed by %1 on %2: %3").arg(by, when, reason);
    case State::Claimed:
        if (!Identity::same(by, step.by))
            return tr("claimed by %1 since %2; only they can release, dismiss or confirm it").arg(by, when);
        if (step.action == EventVocabulary::Claim)
            return tr("%1 already holds it (claimed %2)").arg(by, when);
        return QString();
    case State::Open:
        if (step.action == EventVocabulary::Release)
            return tr("nobody holds it, so there is nothing to release");
        return QString();
    }
    return QString();
}

} // namespace redline
