#include "ladderhistory.h"

#include <algorithm>

namespace redline {

namespace {

bool inWindow(const ViolationOutcome &v, Instant windowStart, Instant at)
{
    return v.deducts() && v.effectiveAt <= at && v.voidedAt > at && v.at > windowStart;
}

} // namespace

int LadderHistory::levelAt(const Scale &scale, const QVector<ViolationOutcome> &violations, bool recoveryBlocked,
                           Instant at)
{
    if (!scale.ladder)
        return 0;
    const Instant windowStart = at - days(scale.ladder->windowDays);
    int level = 0;
    for (const ViolationOutcome &v : violations) {
        if (inWindow(v, windowStart, at))
            level = std::max(level, v.ladderLevel);
    }
    if (recoveryBlocked && !scale.ladder->levels.isEmpty())
        level = std::max(level, scale.ladder->levels.last().level);
    return level;
}

QVector<LadderStep> LadderHistory::steps(const Scale &scale, const SubjectState &state)
{
    QVector<LadderStep> out;
    if (!scale.ladder)
        return out;
    const Instant window = days(scale.ladder->windowDays);
    const int top = scale.ladder->levels.isEmpty() ? 0 : scale.ladder->levels.last().level;

    // Only ladder steps and the sanctions that block recovery (R-C5) move the level; it can change only at
    // their starts and ends. A creator's scale has no removal (R-M2 is an MCN rule), so nothing else blocks.
    QVector<const ViolationOutcome *> steps;
    QVector<Instant> changes;
    for (const ViolationOutcome &v : state.violations) {
        if (!v.deducts() || v.ladderLevel <= 0)
            continue;
        steps.append(&v);
        changes << v.effectiveAt << v.at + window << v.voidedAt;
    }
    // The instants recovery is blocked, as disjoint [from, until) runs: a long history has thousands of
    // permanent bans, and each change asks whether one is active.
    QVector<QPair<Instant, Instant>> blocked;
    for (const Sanction &s : state.sanctions) {
        if (scale.recoveryBlockedBy.contains(s.id)) {
            blocked.append({s.from, s.until});
            changes << s.from << s.until;
        }
    }
    std::sort(blocked.begin(), blocked.end());
    QVector<QPair<Instant, Instant>> runs;
    for (const auto &b : blocked) {
        if (!runs.isEmpty() && b.first <= runs.last().second)
            runs.last().second = std::max(runs.last().second, b.second);
        else
            runs.append(b);
    }
    auto blockedAt = [&runs](Instant t) {
        auto it = std::upper_bound(runs.cbegin(), runs.cend(), t,
                                   [](Instant at, const QPair<Instant, Instant> &r) { return at < r.first; });
        return it != runs.cbegin() && t < (it - 1)->second;
    };
    std::sort(steps.begin(), steps.end(), [](const ViolationOutcome *a, const ViolationOutcome *b) {
        return a->at < b->at;
    });
    std::sort(changes.begin(), changes.end());
    changes.erase(std::unique(changes.begin(), changes.end()), changes.end());

    for (const Instant t : changes) {
        if (t == kNoInstant || t > state.at)
            break;
        // The violations that can count at t are those recorded within the window: a slice of `steps`.
        const Instant windowStart = t - window;
        auto first = std::upper_bound(steps.cbegin(), steps.cend(), windowStart,
                                      [](Instant start, const ViolationOutcome *v) { return start < v->at; });
        int level = 0;
        for (auto it = first; it != steps.cend() && (*it)->at <= t; ++it) {
            if (inWindow(**it, windowStart, t))
                level = std::max(level, (*it)->ladderLevel);
        }
        if (blockedAt(t))
            level = std::max(level, top);
        if (!out.isEmpty() && out.last().until == kNoInstant) {
            if (out.last().level == level)
                continue;
            out.last().until = t;
        }
        if (level > 0)
            out.append({t, kNoInstant, level});
    }
    return out;
}

} // namespace redline
