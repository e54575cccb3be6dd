#include "subjectstate.h"

namespace redline {

QString pointCauseName(PointCause cause)
{
    switch (cause) {
    case PointCause::Initial: return QStringLiteral("initial");
    case PointCause::Violation: return QStringLiteral("violation");
    case PointCause::Recovery: return QStringLiteral("recovery");
    case PointCause::Overturn: return QStringLiteral("overturn");
    case PointCause::Retraction: return QStringLiteral("retraction");
    case PointCause::Exam: return QStringLiteral("exam");
    case PointCause::Reset: return QStringLiteral("reset");
    case PointCause::PolicyChange: return QStringLiteral("policy");
    }
    return QString();
}

QVector<Sanction> SubjectState::activeSanctions() const
{
    QVector<Sanction> active;
    for (const Sanction &s : sanctions) {
        if (s.activeAt(at))
            active.append(s);
    }
    return active;
}

} // namespace redline
