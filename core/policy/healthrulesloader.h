#pragma once

#include "policy/healthrules.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace redline {

class JsonReader;

// Reads and writes the policy's `health` section (docs/rules.md "Content health index"); PolicyLoader calls
// it, so its errors read "health.dimensions[1].indicators[2].bad: ..." like every other policy error.
class HealthRulesLoader
{
    Q_DECLARE_TR_FUNCTIONS(HealthRulesLoader)
public:
    // `restrictionIds`: the ids the policy defines, which an effect must name.
    static HealthRules read(const JsonReader &r, const QSet<QString> &restrictionIds);
    static QJsonObject write(const HealthRules &rules);
};

} // namespace redline
