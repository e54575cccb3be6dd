#pragma once

#include <QString>

namespace redline {

// Actor names (`by`, `recorded_by`, user names) are identities: they match [A-Za-z0-9_.:-]{1,64}, so a
// trailing space or a zero-width character is refused rather than read as another person, and they
// compare case-insensitively (R-P3: MOD.EMMA is mod.emma), which is how R-L4 and the retraction rule compare
// them (docs/roles.md).
class Identity
{
public:
    static bool isValid(const QString &name);
    static bool same(const QString &a, const QString &b);
    // The key two spellings of one identity share (lower case).
    static QString key(const QString &name);
    // The operating-system user, made into a valid identity (`redline` when there is none): who writes to
    // an open store.
    static QString osUser();
};

} // namespace redline
