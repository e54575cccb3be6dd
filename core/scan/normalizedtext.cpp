#include "normalizedtext.h"

#include <QChar>

namespace redline {

namespace {

constexpr char32_t kFullWidthFirst = 0xFF01; // '！'
constexpr char32_t kFullWidthLast = 0xFF5E;  // '～'
constexpr char32_t kFullWidthOffset = 0xFEE0;

bool isDroppedFormat(char32_t c)
{
    if ((c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF)) // variation selectors
        return true;
    return QChar::category(c) == QChar::Other_Format; // zero-width spaces and joiners, BOM, soft hyphen
}

} // namespace

bool NormalizedText::isClausePunctuation(char32_t c)
{
    switch (c) {
    case U',': case U'!': case U'?': case U';': case U'\n':
    case U'。': case U'、': case U'｡': case U'､':
        return true;
    default:
        return false;
    }
}

namespace {

// Symbols that carry meaning between two characters and so are never squeezed out (R-S1): '+' and '➕'
// read as 加, '@' and '#' address and tag, '%' belongs to a number, ':' '/' '&' '=' join the parts of an id
// or a link, and '❤' reads as 信 or 心 in WeChat's nicknames ("微❤").
bool isMeaningfulSymbol(char32_t c)
{
    switch (c) {
    case U'+': case U'➕': case U'@': case U'#': case U'%': case U':': case U'/': case U'&': case U'=':
    case U'❤':
        return true;
    default:
        return false;
    }
}

// The CJK Unified Ideographs block: most of a Chinese post, so it skips the Unicode tables.
bool isCommonHan(char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; }

bool isHan(char32_t c) { return isCommonHan(c) || QChar::script(c) == QChar::Script_Han; }

// The longest run of spaces and symbols squeezed out between two characters: "绝🔥对", "w e c h a t",
// "最 🔥 有" (one emoji with a space either side).
constexpr int kMaxSqueezedRun = 3;

} // namespace

char32_t NormalizedText::fold(char32_t c)
{
    if (isCommonHan(c))
        return c;
    if (c < 0x80) {
        if (c >= U'A' && c <= U'Z')
            return c + (U'a' - U'A');
        if (c == U'\r')
            return U'\n';
        if (c == U'\t' || c == U'\v' || c == U'\f')
            return U' ';
        return c;
    }
    if (c >= kFullWidthFirst && c <= kFullWidthLast) // R-S1: ＶＸ, １３８ read as VX, 138
        return fold(c - kFullWidthOffset);
    if (QChar::isSurrogate(c)) // a lone surrogate: keep the folded view valid UTF-16 for the regexes
        return 0xFFFD;
    if (isDroppedFormat(c))
        return 0;
    if (c == 0x2028 || c == 0x2029)
        return U'\n';
    if (c == 0x2018 || c == 0x2019) // typographic apostrophes: "can’t" reads as "can't"
        return U'\'';
    if (c == 0x2665 || c == 0x2661) // ♥ ♡ read as ❤
        return U'❤';
    if (QChar::isSpace(c))
        return U' ';
    return QChar::toCaseFolded(c);
}

std::u32string NormalizedText::foldPattern(const QString &pattern)
{
    std::u32string out;
    const NormalizedText folded(pattern);
    for (char32_t c : folded.chars()) {
        const bool gap = c == U' ';
        if (gap && (out.empty() || out.back() == U' '))
            continue;
        out.push_back(c);
    }
    while (!out.empty() && out.back() == U' ')
        out.pop_back();
    return out;
}

int NormalizedText::digitValue(char32_t c)
{
    if (c >= U'0' && c <= U'9')
        return static_cast<int>(c - U'0');
    if (c >= 0x2460 && c <= 0x2468) // ①..⑨
        return static_cast<int>(c - 0x2460 + 1);
    switch (c) {
    case U'〇': case U'零': case U'⓪': return 0;
    case U'一': case U'幺': case U'壹': return 1;
    case U'二': case U'两': case U'兩': case U'贰': case U'貳': return 2;
    case U'三': case U'叁': case U'參': return 3;
    case U'四': case U'肆': return 4;
    case U'五': case U'伍': return 5;
    case U'六': case U'陆': case U'陸': return 6;
    case U'七': case U'柒': return 7;
    case U'八': case U'捌': return 8;
    case U'九': case U'玖': return 9;
    default: return -1;
    }
}

bool NormalizedText::isDigitSeparator(char32_t c)
{
    return QChar::isSpace(c) || QChar::isPunct(c) || QChar::isSymbol(c);
}

bool NormalizedText::isFiller(char32_t c)
{
    if (c == U' ')
        return true;
    if (isCommonHan(c) || isAsciiAlnum(c))
        return false;
    if (isClausePunctuation(c))
        return false;
    return QChar::isPunct(c) || QChar::isSymbol(c);
}

NormalizedText::NormalizedText(const QString &text) : m_text(text)
{
    const int units = text.size();
    m_unitOfCodePoint.reserve(units + 1);
    std::u32string folded;
    QVector<int> origin;
    folded.reserve(units);
    origin.reserve(units);
    const char16_t *p = reinterpret_cast<const char16_t *>(text.constData());
    int codePoint = 0;
    for (int u = 0; u < units; ++codePoint) {
        m_unitOfCodePoint.append(u);
        char32_t c = p[u];
        // A lone surrogate counts as one code point of its own, so random input never breaks the mapping.
        if (QChar::isHighSurrogate(c) && u + 1 < units && QChar::isLowSurrogate(p[u + 1])) {
            c = QChar::surrogateToUcs4(p[u], p[u + 1]);
            u += 2;
        } else {
            u += 1;
        }
        const char32_t f = fold(c);
        if (f == 0)
            continue;
        folded.push_back(f);
        origin.append(codePoint);
    }
    m_unitOfCodePoint.append(units);
    squeeze(folded, origin);
}

bool NormalizedText::isSingleAlnum(const std::u32string &chars, int i)
{
    const int n = static_cast<int>(chars.size());
    return isAsciiAlnum(chars[i]) && (i == 0 || !isAsciiAlnum(chars[i - 1]))
           && (i + 1 == n || !isAsciiAlnum(chars[i + 1]));
}

// R-S1 evasion by splitting a word: a short run of spaces or symbols between two Chinese characters
// ("绝🔥对安全", "微 信") or between two single letters or digits ("w e c h a t", "V.X") is left out of the
// view, so every rule reads the word whole. Clause punctuation and meaningful symbols always stay.
void NormalizedText::squeeze(const std::u32string &folded, const QVector<int> &origin)
{
    const int n = static_cast<int>(folded.size());
    m_chars.reserve(n);
    m_origin.reserve(n);
    m_utf16.reserve(n);
    m_indexOfUnit.reserve(n);
    for (int i = 0; i < n; ++i) {
        if (i > 0 && isSqueezable(folded[i])) {
            int end = i;
            while (end < n && end - i < kMaxSqueezedRun + 1 && isSqueezable(folded[end]))
                ++end;
            const bool decimalPoint = end == i + 1 && folded[i] == U'.' && digitValue(folded[i - 1]) >= 0
                                      && digitValue(folded[end]) >= 0; // "1.5" stays a decimal
            const bool joins = end < n && end - i <= kMaxSqueezedRun && !decimalPoint
                               && ((isHan(folded[i - 1]) && isHan(folded[end]))
                                   || (isSingleAlnum(folded, i - 1) && isSingleAlnum(folded, end)));
            if (joins) {
                i = end - 1;
                continue;
            }
        }
        append(folded[i], origin[i]);
    }
}

bool NormalizedText::isSqueezable(char32_t c) { return isFiller(c) && !isMeaningfulSymbol(c); }

void NormalizedText::append(char32_t c, int codePoint)
{
    const int index = static_cast<int>(m_chars.size());
    m_chars.push_back(c);
    m_origin.append(codePoint);
    if (QChar::requiresSurrogates(c)) {
        m_utf16.append(QChar(QChar::highSurrogate(c)));
        m_utf16.append(QChar(QChar::lowSurrogate(c)));
        m_indexOfUnit.append(index);
        m_indexOfUnit.append(index);
    } else {
        m_utf16.append(QChar(static_cast<char16_t>(c)));
        m_indexOfUnit.append(index);
    }
}

QString NormalizedText::originalSlice(int startCodePoint, int endCodePoint) const
{
    const int from = m_unitOfCodePoint[startCodePoint];
    return m_text.mid(from, m_unitOfCodePoint[endCodePoint] - from);
}

} // namespace redline
