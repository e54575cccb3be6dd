#pragma once

#include <QString>

namespace redline {

// One span the text scanner flagged (R-S1). Offsets count Unicode code points of the scanned text, so an
// emoji before the match moves it by one, as a reader would count; `end` is exclusive and `match` is the
// original text of the span, exactly as written (before any folding).
struct ScanFinding {
    QString category; // diversion | absolute_claim | false_promise | medical_claim
    QString rule;     // the lexicon rule that matched: phone_number, wechat, ...
    int start = 0;
    int end = 0;
    QString match;

    bool operator==(const ScanFinding &other) const
    {
        return category == other.category && rule == other.rule && start == other.start && end == other.end
               && match == other.match;
    }
    bool operator!=(const ScanFinding &other) const { return !(*this == other); }
};

} // namespace redline
