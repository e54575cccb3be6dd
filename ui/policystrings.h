#pragma once

#include <QStringList>

namespace redline {

// The default policy's restriction labels and code descriptions are data (resources/policies/default.json),
// so lupdate cannot see them; this list names them for translation in the "Policy" context, where
// PolicyText looks them up. tst_policystrings keeps it equal to the shipped file.
class PolicyStrings
{
public:
    static QStringList defaultPolicyTexts();
};

} // namespace redline
