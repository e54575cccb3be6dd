#include "policyschedule.h"

#include <limits>

namespace redline {

namespace {

constexpr Instant kBeginningOfTime = std::numeric_limits<Instant>::min();

// `scale`'s codes in the order of `latest`, with the codes only `latest` has added as it defines them.
QVector<ViolationCode> codesInOrderOf(const Scale &latest, const Scale &scale)
{
    QVector<ViolationCode> ordered;
    ordered.reserve(latest.codes.size());
    for (const ViolationCode &code : latest.codes) {
        const int own = scale.codeIndex(code.id);
        ordered.append(own >= 0 ? scale.codes[own] : code);
    }
    return ordered;
}

} // namespace

PolicySchedule::PolicySchedule(const Policy &policy)
{
    m_periods.append({kBeginningOfTime, &policy});
}

std::optional<PolicySchedule> PolicySchedule::build(QVector<PolicyPeriod> periods, const QStringList &names,
                                                    QString *error)
{
    if (periods.isEmpty()) {
        if (error)
            *error = tr("no policy is in force");
        return std::nullopt;
    }
    periods.first().from = kBeginningOfTime;
    const Policy &latest = *periods.last().policy;
    for (int p = 0; p + 1 < periods.size(); ++p) {
        Policy normalised = *periods[p].policy;
        for (int k = 0; k < kSubjectKindCount; ++k) {
            const Scale &last = latest.scales[k];
            Scale &scale = normalised.scales[k];
            for (int later = p + 1; later < periods.size(); ++later) {
                for (const ViolationCode &code : scale.codes) {
                    if (periods[later].policy->scales[k].codeIndex(code.id) < 0) {
                        if (error)
                            *error = tr("policy %1 drops the code %2 that %3 defines; a version may add codes, not remove them")
                                         .arg(names.value(later), code.id, names.value(p));
                        return std::nullopt;
                    }
                }
            }
            scale.codes = codesInOrderOf(last, scale);
        }
        periods[p].policy = std::make_shared<const Policy>(std::move(normalised));
    }
    PolicySchedule schedule;
    for (const PolicyPeriod &period : periods) {
        schedule.m_periods.append({period.from, period.policy.get()});
        schedule.m_owned.append(period.policy);
    }
    return schedule;
}

const Policy &PolicySchedule::at(Instant instant) const
{
    for (int p = m_periods.size() - 1; p > 0; --p) {
        if (m_periods[p].from <= instant)
            return *m_periods[p].policy;
    }
    return *m_periods.first().policy;
}

Instant PolicySchedule::nextSwitchAfter(Instant instant) const
{
    for (int p = 1; p < m_periods.size(); ++p) {
        if (m_periods[p].from > instant)
            return m_periods[p].from;
    }
    return kNoInstant;
}

} // namespace redline
