#pragma once

#include <QString>
#include <QVector>

#include <string>

namespace redline {

// The scanner's view of a text (R-S1): the input folded so that simple evasions read like the plain
// spelling (full-width forms become ASCII, letters are case-folded, every kind of space becomes ' ',
// zero-width characters and variation selectors are dropped, and a short run of spaces or symbols that
// splits a word is squeezed out: "绝🔥对" reads "绝对", "w e c h a t" reads "wechat"; see squeeze()),
// one entry per kept code point, each
// remembering the code point of the input it came from. Matching happens on the folded view; the
// remembered offsets map a span back to the input exactly.
class NormalizedText
{
public:
    explicit NormalizedText(const QString &text);

    int size() const { return static_cast<int>(m_chars.size()); }
    char32_t at(int i) const { return m_chars[i]; }
    const std::u32string &chars() const { return m_chars; }

    // The folded view as UTF-16, for regular expressions, and the folded index of each of its units.
    const QString &utf16() const { return m_utf16; }
    int indexOfUnit(int unit) const { return m_indexOfUnit[unit]; }

    // [from, to) in folded indices -> code point offsets of the input; `to` exclusive.
    int originStart(int from) const { return m_origin[from]; }
    int originEnd(int to) const { return m_origin[to - 1] + 1; }
    // The input's text between two code point offsets.
    QString originalSlice(int startCodePoint, int endCodePoint) const;

    // The folded form of one code point, or 0 when the code point is dropped from the view.
    static char32_t fold(char32_t c);
    // Folds a pattern the same way; runs of spaces collapse to one ' ', ends are trimmed.
    static std::u32string foldPattern(const QString &pattern);

    // The digit a folded code point stands for: 0-9, Chinese numerals (一二三, 幺, 两, 壹贰叁, 〇零),
    // circled digits; -1 otherwise.
    static int digitValue(char32_t c);
    // Spaces, punctuation and symbols (emoji included): what may sit between the digits of a number.
    static bool isDigitSeparator(char32_t c);
    // Spaces and symbols that may be slipped inside a phrase ("私 我", "私*我", "私🔥我"); clause
    // punctuation (，。！？；、) is not one, so a phrase never spans two clauses.
    static bool isFiller(char32_t c);
    // ，。！？；、 and a new line: what ends a clause (a phrase never spans one).
    static bool isClausePunctuation(char32_t c);
    static bool isAsciiAlnum(char32_t c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'); }

private:
    static bool isSqueezable(char32_t c);
    static bool isSingleAlnum(const std::u32string &chars, int i);
    void squeeze(const std::u32string &folded, const QVector<int> &origin);
    void append(char32_t c, int codePoint);

    QString m_text;
    QVector<int> m_unitOfCodePoint; // input code point -> its first UTF-16 unit; one extra at the end
    std::u32string m_chars;
    QVector<int> m_origin;          // folded index -> input code point
    QString m_utf16;
    QVector<int> m_indexOfUnit;     // UTF-16 unit of m_utf16 -> folded index
};

} // namespace redline
