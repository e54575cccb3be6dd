#pragma once

#include <QString>

namespace redline {

// One finding on a post (docs/contracts.md "findings"): a scanner span (R-S1), a regulated topic without a
// qualification or a teen-mode post in quiet hours (R-H1). Spans count code points of the post's text;
// the two account findings have no span (0, 0) and an empty or descriptive match.
struct PostFinding {
    QString rule;      // the lexicon rule, or unqualified_medical, unqualified_education, teen_quiet_hours
    QString category;  // the scanner's category, or regulated_topic, teen_mode
    int start = 0;
    int end = 0;
    QString match;
    QString code;      // the violation code it suggests (creator.*), empty when none

    bool operator==(const PostFinding &o) const
    {
        return rule == o.rule && category == o.category && start == o.start && end == o.end && match == o.match
               && code == o.code;
    }
};

} // namespace redline
