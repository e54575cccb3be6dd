#pragma once

#include <QRegularExpression>
#include <QString>
#include <QVector>

#include <string>

namespace redline {

// The scanner's rules as loaded from a lexicon file (format documented in resources/lexicon/lexicon.json,
// key "_doc"). A rule is a name and a category; its patterns come in entries of one kind each, so one rule
// (bank_account, say) can match both a digit run and a phrase.

enum class LexiconKind { Phrase, Regex, Digits };

// A phrase already folded like the text it is matched against (NormalizedText::fold); a ' ' stands for a
// gap of one or more spaces or symbols.
using LexiconPhrase = std::u32string;

// A named context (top-level "contexts" of the lexicon): phrases that, near a match, decide whether it
// counts. "before"/"after" are the most code points of the folded text allowed between the phrase and the
// match (0: right next to it; -1: that side is not searched); the phrase must sit in the same clause
// (scope Clause) or sentence (scope Sentence) as the match.
// An occurrence inside one of `exceptions` does not count ("零风险" is not a risk warning).
struct LexiconContext {
    enum class Scope { Clause, Sentence };
    QString name;
    QVector<LexiconPhrase> phrases;
    QVector<LexiconPhrase> exceptions;
    int before = -1;
    int after = -1;
    Scope scope = Scope::Clause;
};

struct LexiconRule {
    QString category;
    QString name;
    QVector<int> suppressedBy; // indices of rules whose finding, when it covers this rule's, makes it redundant
};

struct LexiconEntry {
    int rule = -1; // index into Lexicon::rules
    LexiconKind kind = LexiconKind::Phrase;
    QVector<int> unlessNear;                 // indices into Lexicon::contexts: near one, a match does not count
    QVector<int> onlyNear;                   // when not empty, a match counts only near one of these
    QVector<LexiconPhrase> phrases;          // Phrase
    QVector<QRegularExpression> regexes;     // Regex: searched in the folded text; Digits: whole-run match
    // Regex: for each of `regexes`, characters (folded) of which every match holds one, or empty when that
    // is not known; a text without any of them is not searched with that regex.
    QVector<QVector<char32_t>> requiredChars;
    QVector<LexiconPhrase> exceptions;       // a match inside one of these is not a finding
    int minDigits = 0;                       // Digits
    int maxDigits = 0;
    int maxGap = 0;                          // Digits: separators allowed between two digits
    bool luhn = false;                       // Digits: the run must pass the Luhn check (card numbers)
};

struct Lexicon {
    QString name;
    QVector<LexiconContext> contexts;
    QVector<LexiconRule> rules;
    QVector<LexiconEntry> entries;
};

} // namespace redline
