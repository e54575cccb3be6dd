#pragma once

#include "policy/policy.h"

#include <QCoreApplication>
#include <QString>
#include <QVarLengthArray>
#include <QVector>

#include <memory>
#include <optional>

namespace redline {

// One policy and the instant from which it is in force.
struct PolicyPeriod {
    Instant from = 0;
    std::shared_ptr<const Policy> policy;
};

// A period as the engine reads it.
struct SchedulePeriod {
    Instant from = 0;
    const Policy *policy = nullptr;
};

// The policies a store has had in force, each from its effective instant (docs/rules.md "Policy versions"):
// a subject's history is replayed piecewise, switching policy at each instant. A schedule of one period
// is a single policy over all time, which is what a what-if draft or `--policy FILE` is.
//
// Within a schedule every period's scales list the same codes in the same order (the latest period's
// order; a code a later version added is given to the earlier ones as that version defines it), so a
// ledger's code indices mean the same code in every period and the engine switches policy without
// translating its events.
class PolicySchedule
{
    Q_DECLARE_TR_FUNCTIONS(PolicySchedule)
public:
    PolicySchedule() = default;
    // One policy over all time, not owned: `policy` must outlive the schedule (cheap, no copy: the
    // engine builds one per replay of a single policy).
    explicit PolicySchedule(const Policy &policy);

    // Periods in effective order (their `from` ascending; the first one's is where history starts).
    // Fails, naming the version and code, when a later policy drops a code an earlier one has: recorded
    // violations name their code, so a version may add codes and change them, never remove one.
    static std::optional<PolicySchedule> build(QVector<PolicyPeriod> periods, const QStringList &names, QString *error);

    const Policy &at(Instant instant) const;
    const Policy &latest() const { return *m_periods[m_periods.size() - 1].policy; }
    int size() const { return m_periods.size(); }
    const SchedulePeriod &period(int index) const { return m_periods[index]; }
    // The first instant after `instant` at which another policy takes over, or kNoInstant.
    Instant nextSwitchAfter(Instant instant) const;
    bool isSingle() const { return m_periods.size() <= 1; }

private:
    QVarLengthArray<SchedulePeriod, 2> m_periods;
    QVector<std::shared_ptr<const Policy>> m_owned; // the policies of a built schedule
};

} // namespace redline
