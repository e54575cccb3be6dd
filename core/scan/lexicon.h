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

struct LexiconRule {
    QString category;
    QString name;
    QVector<int> suppressedBy; // indices of rules whose finding, when it covers this rule's, makes it redundant
};

struct LexiconEntry {
    int rule = -1; // index into Lexicon::rules
    LexiconKind kind = LexiconKind::Phrase;
    QVector<LexiconPhrase> phrases;          // Phrase
    QVector<QRegularExpression> regexes;     // Regex: searched in the folded text; Digits: whole-run match
    QVector<LexiconPhrase> exceptions;       // a match inside one of these is not a finding
    int minDigits = 0;                       // Digits
    int maxDigits = 0;
    int maxGap = 0;                          // Digits: separators allowed between two digits
    bool luhn = false;                       // Digits: the run must pass the Luhn check (card numbers)
};

struct Lexicon {
    QString name;
    QVector<LexiconRule> rules;
    QVector<LexiconEntry> entries;
};

} // namespace redline
