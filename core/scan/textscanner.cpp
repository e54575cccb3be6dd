#include "textscanner.h"

#include "scan/lexiconloader.h"
#include "scan/normalizedtext.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QVarLengthArray>
#include <QtConcurrent/QtConcurrentMap>
#include <QtDebug>

#include <algorithm>

namespace redline {

namespace {

// How many spaces or symbols may be slipped between two characters of a phrase, and how many a space
// in a phrase may stand for (R-S1 evasion by inserted symbols).
constexpr int kInnerFillers = 2;
constexpr int kGapFillers = 3;
// How far past a context's gap the search for its phrase looks (a phrase's own length).
constexpr int kContextReach = 16;

struct PhraseRef {
    int entry;
    int phrase;
};

// A match in folded indices, before merging.
struct RawFinding {
    int rule;
    int from;
    int to;
};

// The end (exclusive, folded index) of `phrase` matched at `start`, or -1.
int matchPhrase(const NormalizedText &text, int start, const LexiconPhrase &phrase)
{
    const int n = text.size();
    if (phrase.empty() || start >= n || text.at(start) != phrase[0])
        return -1;
    if (NormalizedText::isAsciiAlnum(phrase[0]) && start > 0 && NormalizedText::isAsciiAlnum(text.at(start - 1)))
        return -1;
    int j = start + 1;
    for (size_t k = 1; k < phrase.size(); ++k) {
        if (phrase[k] == U' ') {
            const char32_t next = phrase[k + 1]; // a phrase never ends with a gap (foldPattern trims)
            int skipped = 0;
            while (j < n && skipped < kGapFillers && text.at(j) != next && NormalizedText::isFiller(text.at(j))) {
                ++j;
                ++skipped;
            }
            if (skipped == 0)
                return -1;
            continue;
        }
        // Spaces inside an ASCII word would join separate words ("we chat"); symbols still may ("we.chat").
        const bool insideWord = NormalizedText::isAsciiAlnum(phrase[k - 1]) && NormalizedText::isAsciiAlnum(phrase[k]);
        int skip = 0;
        for (;; ++skip) {
            if (j + skip >= n)
                return -1;
            const char32_t c = text.at(j + skip);
            if (c == phrase[k])
                break;
            if (skip == kInnerFillers || !NormalizedText::isFiller(c) || (insideWord && c == U' '))
                return -1;
        }
        j += skip + 1;
    }
    if (NormalizedText::isAsciiAlnum(phrase.back()) && j < n && NormalizedText::isAsciiAlnum(text.at(j)))
        return -1;
    return j;
}

bool insideAny(const NormalizedText &text, const QVector<LexiconPhrase> &phrases, int from, int to)
{
    for (const LexiconPhrase &phrase : phrases) {
        const int reach = static_cast<int>(phrase.size()) * (kInnerFillers + 1);
        for (int start = std::max(0, from - reach); start <= from; ++start) {
            if (matchPhrase(text, start, phrase) >= to)
                return true;
        }
    }
    return false;
}

// Where a context's scope ends: clause punctuation ends a clause; a sentence ends at 。！？；, a new line,
// or a '.' followed by a space or the end (not the '.' of "No.1", a URL or a decimal).
bool endsScope(const NormalizedText &text, int i, LexiconContext::Scope scope)
{
    const char32_t c = text.at(i);
    if (scope == LexiconContext::Scope::Clause)
        return NormalizedText::isClausePunctuation(c) || (c == U'.' && (i + 1 == text.size() || text.at(i + 1) == U' '));
    switch (c) {
    case U'!': case U'?': case U';': case U'\n': case U'。': case U'｡':
        return true;
    case U'.':
        return i + 1 == text.size() || text.at(i + 1) == U' ';
    default:
        return false;
    }
}

// R-S1 "context decides": whether one of the context's phrases sits within its gap before or after the
// match [from, to), in the same clause or sentence, and not inside one of its exceptions.
bool isNear(const NormalizedText &text, const LexiconContext &context, int from, int to)
{
    int first = from; // the earliest index the phrase may start at
    while (first > 0 && from - first < context.before + kContextReach && !endsScope(text, first - 1, context.scope))
        --first;
    int last = to; // one past the latest index the phrase may end at
    while (last < text.size() && last - to < context.after + kContextReach && !endsScope(text, last, context.scope))
        ++last;
    for (const LexiconPhrase &phrase : context.phrases) {
        for (int start = context.before < 0 ? from : first; start < from; ++start) {
            const int end = matchPhrase(text, start, phrase);
            if (end > 0 && end <= from && from - end <= context.before
                && !insideAny(text, context.exceptions, start, end))
                return true;
        }
        for (int start = to; context.after >= 0 && start <= to + context.after && start < last; ++start) {
            const int end = matchPhrase(text, start, phrase);
            if (end > 0 && end <= last && !insideAny(text, context.exceptions, start, end))
                return true;
        }
    }
    return false;
}

// Whether a match of `entry` at [from, to) is a finding: not inside an exception, near none of the
// contexts that cancel it, and near one of the contexts it needs (if it names any).
bool counts(const NormalizedText &text, const Lexicon &lexicon, const LexiconEntry &entry, int from, int to)
{
    if (insideAny(text, entry.exceptions, from, to))
        return false;
    for (int c : entry.unlessNear) {
        if (isNear(text, lexicon.contexts[c], from, to))
            return false;
    }
    if (entry.onlyNear.isEmpty())
        return true;
    for (int c : entry.onlyNear) {
        if (isNear(text, lexicon.contexts[c], from, to))
            return true;
    }
    return false;
}

bool passesLuhn(const QString &digits)
{
    int sum = 0;
    bool doubleIt = false;
    for (int i = digits.size() - 1; i >= 0; --i) {
        int d = digits[i].unicode() - u'0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

// One number as the digits rules see it: its digits, where each came from, and which digits open a group
// (a group is digits written together; a match must start and end on group boundaries so that a phone
// number is not cut out of the middle of a longer number).
struct DigitRun {
    QString digits;
    QVector<int> position;
    QVector<bool> opensGroup;

    bool boundaryAt(int i) const { return i == digits.size() || opensGroup[i]; }
};

// Reads the run starting at folded index `i` (a digit); returns the index after it.
int readDigitRun(const NormalizedText &text, int i, int maxGap, DigitRun &run)
{
    const int n = text.size();
    run.digits.clear();
    run.position.clear();
    run.opensGroup.clear();
    int j = i;
    for (;;) {
        bool opens = true;
        for (int value; j < n && (value = NormalizedText::digitValue(text.at(j))) >= 0; ++j) {
            run.digits.append(QChar(u'0' + value));
            run.position.append(j);
            run.opensGroup.append(opens);
            opens = false;
        }
        int gap = j;
        while (gap < n && gap - j <= maxGap && NormalizedText::isDigitSeparator(text.at(gap)))
            ++gap;
        if (gap == j || gap - j > maxGap || gap >= n || NormalizedText::digitValue(text.at(gap)) < 0)
            return j;
        j = gap;
    }
}

bool digitsMatch(const LexiconEntry &entry, const QString &digits)
{
    if (entry.luhn && !passesLuhn(digits))
        return false;
    if (entry.regexes.isEmpty())
        return true;
    for (const QRegularExpression &regex : entry.regexes) {
        if (regex.match(digits).hasMatch())
            return true;
    }
    return false;
}

// R-S1: numbers in any spelling; the longest match from each group start, never overlapping.
void scanDigits(const NormalizedText &text, const Lexicon &lexicon, const LexiconEntry &entry,
                QVector<RawFinding> &out)
{
    DigitRun run;
    for (int i = 0; i < text.size();) {
        if (NormalizedText::digitValue(text.at(i)) < 0) {
            ++i;
            continue;
        }
        const int next = readDigitRun(text, i, entry.maxGap, run);
        const int length = run.digits.size();
        for (int s = 0; s + entry.minDigits <= length;) {
            int matchedEnd = -1;
            if (run.opensGroup[s]) {
                for (int e = std::min(length, s + entry.maxDigits); e >= s + entry.minDigits; --e) {
                    if (run.boundaryAt(e) && digitsMatch(entry, run.digits.mid(s, e - s))) {
                        matchedEnd = e;
                        break;
                    }
                }
            }
            if (matchedEnd < 0) {
                ++s;
                continue;
            }
            const int from = run.position[s];
            const int to = run.position[matchedEnd - 1] + 1;
            if (counts(text, lexicon, entry, from, to))
                out.append(RawFinding{entry.rule, from, to});
            s = matchedEnd;
        }
        i = next;
    }
}

// R-S1: runs the entry's regexes that the text can match (`triggered`: one flag per regex).
void scanRegexes(const NormalizedText &text, const Lexicon &lexicon, const LexiconEntry &entry,
                 const bool *triggered, QVector<RawFinding> &out)
{
    const auto options = QRegularExpression::DontCheckSubjectStringMatchOption;
    for (int r = 0; r < entry.regexes.size(); ++r) {
        if (!triggered[r])
            continue;
        // The folded view is valid UTF-16 by construction (a lone surrogate becomes U+FFFD), so PCRE's
        // check of the whole subject on every search is skipped (docs/performance.md "Text scanner").
        QRegularExpressionMatchIterator it = entry.regexes[r].globalMatch(
            text.utf16(), 0, QRegularExpression::NormalMatch, options);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedLength() == 0)
                continue;
            const int from = text.indexOfUnit(match.capturedStart());
            const int to = text.indexOfUnit(match.capturedEnd() - 1) + 1;
            if (counts(text, lexicon, entry, from, to))
                out.append(RawFinding{entry.rule, from, to});
        }
    }
}

// Overlapping matches of one rule become one finding spanning them all.
QVector<RawFinding> mergeByRule(QVector<RawFinding> raw)
{
    std::sort(raw.begin(), raw.end(), [](const RawFinding &a, const RawFinding &b) {
        return a.rule != b.rule ? a.rule < b.rule : (a.from != b.from ? a.from < b.from : a.to > b.to);
    });
    QVector<RawFinding> merged;
    for (const RawFinding &f : raw) {
        if (!merged.isEmpty() && merged.last().rule == f.rule && f.from < merged.last().to)
            merged.last().to = std::max(merged.last().to, f.to);
        else
            merged.append(f);
    }
    return merged;
}

bool isSuppressed(const RawFinding &finding, const QVector<RawFinding> &all, const LexiconRule &rule)
{
    for (const RawFinding &other : all) {
        if (rule.suppressedBy.contains(other.rule) && other.from <= finding.from && other.to >= finding.to)
            return true;
    }
    return false;
}

} // namespace

struct TextScanner::Data {
    Lexicon lexicon;
    QHash<char32_t, QVector<PhraseRef>> phrasesByFirstChar;
    QVector<int> digitEntries;
    QVector<int> regexEntries;
    // Every regex of every regex entry, numbered from regexBase[entry]; a regex is listed under each of its
    // required characters (LexiconEntry::requiredChars), or in regexesAlways when they are not known.
    QVector<int> regexBase;
    int regexCount = 0;
    QHash<char32_t, QVector<int>> regexesByRequiredChar;
    QVector<int> regexesAlways;
};

TextScanner::TextScanner(std::shared_ptr<const Data> data) : d(std::move(data)) {}

std::optional<TextScanner> TextScanner::fromJson(const QByteArray &json, QString *error)
{
    std::optional<Lexicon> lexicon = LexiconLoader::fromJson(json, error);
    if (!lexicon)
        return std::nullopt;
    auto data = std::make_shared<Data>();
    data->lexicon = std::move(*lexicon);
    const QVector<LexiconEntry> &entries = data->lexicon.entries;
    for (int e = 0; e < entries.size(); ++e) {
        switch (entries[e].kind) {
        case LexiconKind::Phrase:
            for (int p = 0; p < entries[e].phrases.size(); ++p)
                data->phrasesByFirstChar[entries[e].phrases[p][0]].append(PhraseRef{e, p});
            break;
        case LexiconKind::Regex:
            data->regexEntries.append(e);
            data->regexBase.append(data->regexCount);
            for (int r = 0; r < entries[e].regexes.size(); ++r, ++data->regexCount) {
                if (entries[e].requiredChars[r].isEmpty())
                    data->regexesAlways.append(data->regexCount);
                for (char32_t c : entries[e].requiredChars[r])
                    data->regexesByRequiredChar[c].append(data->regexCount);
            }
            break;
        case LexiconKind::Digits:
            data->digitEntries.append(e);
            break;
        }
    }
    return TextScanner(std::move(data));
}

const TextScanner &TextScanner::builtin()
{
    static const TextScanner scanner = [] {
        QFile file(QStringLiteral(":/lexicon/lexicon.json"));
        QString error;
        std::optional<TextScanner> loaded;
        if (file.open(QIODevice::ReadOnly))
            loaded = fromJson(file.readAll(), &error);
        else
            error = tr("the built-in lexicon is missing from the resources");
        if (loaded)
            return *loaded;
        // Never crash on our own data: an empty scanner finds nothing, and the warning says why.
        qWarning().noquote() << error;
        return TextScanner(std::make_shared<Data>());
    }();
    return scanner;
}

QVector<ScanFinding> TextScanner::scan(const QString &text) const
{
    if (d->lexicon.entries.isEmpty() || text.isEmpty())
        return {};
    const NormalizedText folded(text);
    const QVector<LexiconEntry> &entries = d->lexicon.entries;
    QVector<RawFinding> raw;
    for (int i = 0; i < folded.size(); ++i) {
        const auto refs = d->phrasesByFirstChar.constFind(folded.at(i));
        if (refs == d->phrasesByFirstChar.constEnd())
            continue;
        for (const PhraseRef &ref : *refs) {
            const LexiconEntry &entry = entries[ref.entry];
            const int end = matchPhrase(folded, i, entry.phrases[ref.phrase]);
            if (end > 0 && counts(folded, d->lexicon, entry, i, end))
                raw.append(RawFinding{entry.rule, i, end});
        }
    }
    if (d->regexCount > 0) {
        QVarLengthArray<bool, 128> triggered(d->regexCount);
        std::fill(triggered.begin(), triggered.end(), false);
        for (int r : d->regexesAlways)
            triggered[r] = true;
        for (char32_t c : folded.chars()) {
            const auto regexes = d->regexesByRequiredChar.constFind(c);
            if (regexes != d->regexesByRequiredChar.constEnd()) {
                for (int r : *regexes)
                    triggered[r] = true;
            }
        }
        for (int i = 0; i < d->regexEntries.size(); ++i)
            scanRegexes(folded, d->lexicon, entries[d->regexEntries[i]], triggered.data() + d->regexBase[i], raw);
    }
    for (int e : d->digitEntries)
        scanDigits(folded, d->lexicon, entries[e], raw);

    const QVector<RawFinding> merged = mergeByRule(std::move(raw));
    QVector<ScanFinding> findings;
    for (const RawFinding &f : merged) {
        const LexiconRule &rule = d->lexicon.rules[f.rule];
        if (isSuppressed(f, merged, rule))
            continue;
        const int start = folded.originStart(f.from);
        const int end = folded.originEnd(f.to);
        findings.append(ScanFinding{rule.category, rule.name, start, end, folded.originalSlice(start, end)});
    }
    std::sort(findings.begin(), findings.end(), [](const ScanFinding &a, const ScanFinding &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.rule != b.rule)
            return a.rule < b.rule;
        return a.end < b.end;
    });
    return findings;
}

QVector<QVector<ScanFinding>> TextScanner::scanMany(const QStringList &texts) const
{
    const TextScanner scanner = *this; // shares the lexicon; scan() is safe from several threads
    const QList<QVector<ScanFinding>> results =
        QtConcurrent::blockingMapped<QList<QVector<ScanFinding>>>(texts, [scanner](const QString &text) {
            return scanner.scan(text);
        });
    return QVector<QVector<ScanFinding>>(results.begin(), results.end());
}

QString TextScanner::lexiconName() const { return d->lexicon.name; }

int TextScanner::ruleCount() const { return d->lexicon.rules.size(); }

} // namespace redline
