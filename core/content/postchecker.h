#pragma once

#include "base/instant.h"
#include "content/postfinding.h"
#include "policy/healthrules.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>
#include <QVector>

namespace redline {

class TextScanner;

// What a post's findings depend on: its text and topic, when it was published, and its creator's
// teen-mode flag and qualifications in force at that instant.
struct PostFacts {
    QString text;
    QString topic;                // medical, education or empty
    Instant at = 0;
    bool teenMode = false;
    QStringList qualifiedDomains; // in force at `at`
};

// The findings of one post, pure (no store, no clock): the scanner's spans with the code each category
// suggests, a regulated topic without the qualification (R-H1: creator.unlicensed_medical or
// creator.false_promise), and a teen-mode account publishing in the policy's quiet hours, local time.
class PostChecker
{
    Q_DECLARE_TR_FUNCTIONS(PostChecker)
public:
    PostChecker(const HealthRules &rules, const TextScanner &scanner);

    QVector<PostFinding> check(const PostFacts &post) const;
    QVector<PostFinding> scanFindings(const QString &text) const;
    QVector<PostFinding> accountFindings(const PostFacts &post) const; // regulated topic, teen mode

    bool inTeenQuietHours(Instant at) const;
    // The creator code a finding of this category suggests; empty when none.
    static QString suggestedCode(const QString &category);
    static QString regulatedCategory() { return QStringLiteral("regulated_topic"); }

private:
    const HealthRules &m_rules;
    const TextScanner &m_scanner;
    QTimeZone m_zone;
};

} // namespace redline
