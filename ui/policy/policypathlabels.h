#pragma once

#include "policy/policy.h"

#include <QCoreApplication>
#include <QString>

namespace redline {

// A policy setting's JSON path in words for people ("scales.mcn.recovery.step" -> "MCN · recovery step"),
// for the diff view's rows and the editor's error summary. With a policy, a code named by position or id
// is shown by its description; a path nobody has worded yet is shown as it is.
class PolicyPathLabels
{
    Q_DECLARE_TR_FUNCTIONS(PolicyPathLabels)
public:
    static QString label(const QString &path, const Policy *policy = nullptr);

private:
    static QString scaleSettingLabel(const QString &pattern);
    static QString ruleSettingLabel(const QString &pattern);
};

} // namespace redline
