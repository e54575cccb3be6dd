#include "changeexplainer.h"

#include "query/whatifreplay.h"
#include "store/store.h"

namespace redline {

namespace {

// What the comparison shows of a subject under one policy.
struct Outcome {
    int score = 0;
    int tier = 0;
    int ladder = 0;
    QStringList restrictions;

    bool operator==(const Outcome &o) const
    {
        return score == o.score && tier == o.tier && ladder == o.ladder && restrictions == o.restrictions;
    }
    bool operator!=(const Outcome &o) const { return !(*this == o); }
};

bool outcomeUnder(const Store &store, const QString &handle, const PolicySchedule &schedule, Instant at,
                  Outcome *out, SubjectKind *kind, StoreError *error)
{
    Replay replay;
    SubjectRecord record;
    if (!WhatIfReplay::replaySubject(store, handle, schedule, at, &replay, error, &record))
        return false;
    *kind = record.kind;
    out->score = replay.state.score;
    out->tier = WhatIfReplay::tierIndex(schedule.at(at).scale(record.kind), replay.state);
    out->ladder = replay.state.ladderLevel;
    out->restrictions = replay.state.restrictions;
    return true;
}

} // namespace

bool ChangeExplainer::touches(const PolicyChange &change, SubjectKind kind)
{
    if (!change.kind || *change.kind == kind)
        return true;
    return kind == SubjectKind::Creator && *change.kind == SubjectKind::Mcn; // R-M6
}

bool ChangeExplainer::explain(const Store &store, const QString &handle, const PolicySchedule &inForce,
                              const Policy &proposed, Instant at, ChangeCause *out, StoreError *error)
{
    *out = ChangeCause();
    SubjectKind kind = SubjectKind::Creator;
    Outcome before;
    Outcome after;
    if (!outcomeUnder(store, handle, inForce, at, &before, &kind, error)
        || !outcomeUnder(store, handle, PolicySchedule(proposed), at, &after, &kind, error))
        return false;
    if (before == after)
        return true;
    out->verdict = ChangeCause::Verdict::Several;
    int reproducing = 0;
    const Policy &current = inForce.at(at);
    for (const PolicyChange &change : PolicyDiff::diff(current, proposed)) {
        if (!touches(change, kind))
            continue;
        out->considered.append(change);
        QString invalid;
        const std::optional<Policy> alone = PolicyDiff::withChange(current, change, &invalid);
        if (!alone)
            continue; // not a valid policy on its own: it can only act together with another difference
        Outcome outcome;
        if (!outcomeUnder(store, handle, PolicySchedule(*alone), at, &outcome, &kind, error))
            return false;
        if (outcome == after) {
            ++reproducing;
            out->change = change;
        }
    }
    if (reproducing == 1)
        out->verdict = ChangeCause::Verdict::One;
    else
        out->change = PolicyChange();
    return true;
}

} // namespace redline
