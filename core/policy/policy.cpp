#include "policy.h"

#include "policy/policyloader.h"

namespace redline {

QString subjectKindName(SubjectKind kind)
{
    switch (kind) {
    case SubjectKind::Mcn: return QStringLiteral("mcn");
    case SubjectKind::Brand: return QStringLiteral("brand");
    case SubjectKind::Creator: return QStringLiteral("creator");
    }
    return QString();
}

std::optional<SubjectKind> subjectKindFromName(const QString &name)
{
    if (name == QLatin1String("mcn"))
        return SubjectKind::Mcn;
    if (name == QLatin1String("brand"))
        return SubjectKind::Brand;
    if (name == QLatin1String("creator"))
        return SubjectKind::Creator;
    return std::nullopt;
}

int Scale::codeIndex(const QString &code) const
{
    for (int i = 0; i < codes.size(); ++i) {
        if (codes[i].id == code)
            return i;
    }
    return -1;
}

const HealthRules &Policy::healthRules() const
{
    return health ? *health : *PolicyLoader::defaultPolicy().health;
}

} // namespace redline
