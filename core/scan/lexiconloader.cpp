#include "lexiconloader.h"

#include "scan/normalizedtext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace redline {

namespace {

constexpr int kFormat = 1;
constexpr int kMaxDigits = 64;
constexpr int kMaxGap = 8;
constexpr int kDefaultGap = 2;
constexpr int kMaxContextGap = 64;

// Collects the first error and the place it was found; every check after a failure is a no-op.
class Reader
{
public:
    explicit Reader(QString *error) : m_error(error) {}

    bool failed() const { return m_failed; }

    void fail(const QString &where, const QString &reason)
    {
        if (m_failed)
            return;
        m_failed = true;
        if (m_error)
            *m_error = LexiconLoader::tr("lexicon: %1: %2").arg(where, reason);
    }

private:
    QString *m_error;
    bool m_failed = false;
};

bool isIdentifier(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    return pattern.match(text).hasMatch();
}

QString quoted(const QString &key) { return QLatin1Char('"') + key + QLatin1Char('"'); }

std::optional<int> readInt(Reader &reader, const QJsonObject &object, const QString &where, const QString &key,
                           int min, int max, std::optional<int> fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (!fallback)
            reader.fail(where, LexiconLoader::tr("%1 is missing").arg(quoted(key)));
        return fallback;
    }
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::floor(number) != number || number < min || number > max) {
        reader.fail(where, LexiconLoader::tr("%1 must be an integer from %2 to %3").arg(quoted(key)).arg(min).arg(max));
        return std::nullopt;
    }
    return static_cast<int>(number);
}

QStringList readStrings(Reader &reader, const QJsonObject &object, const QString &where, const QString &key,
                        bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            reader.fail(where, LexiconLoader::tr("%1 is missing").arg(quoted(key)));
        return {};
    }
    if (!value.isArray()) {
        reader.fail(where, LexiconLoader::tr("%1 must be an array of strings").arg(quoted(key)));
        return {};
    }
    QStringList out;
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array[i].isString() || array[i].toString().trimmed().isEmpty()) {
            reader.fail(where, LexiconLoader::tr("%1[%2] must be a non-empty string").arg(quoted(key)).arg(i));
            return {};
        }
        out.append(array[i].toString());
    }
    if (required && out.isEmpty())
        reader.fail(where, LexiconLoader::tr("%1 must not be empty").arg(quoted(key)));
    return out;
}

QVector<LexiconPhrase> foldPhrases(const QStringList &patterns)
{
    QVector<LexiconPhrase> out;
    out.reserve(patterns.size());
    for (const QString &pattern : patterns)
        out.append(NormalizedText::foldPattern(pattern));
    return out;
}

// Regexes search the folded text, which is lower case; the option makes an upper-case pattern work too.
QVector<QRegularExpression> compileRegexes(Reader &reader, const QStringList &patterns, const QString &where,
                                           bool wholeRun)
{
    QVector<QRegularExpression> out;
    for (int i = 0; i < patterns.size(); ++i) {
        const QString source = wholeRun ? QStringLiteral("\\A(?:%1)\\z").arg(patterns[i]) : patterns[i];
        QRegularExpression regex(source, QRegularExpression::CaseInsensitiveOption);
        if (!regex.isValid()) {
            reader.fail(where, LexiconLoader::tr("\"patterns\"[%1]: invalid regular expression (%2)")
                                   .arg(i)
                                   .arg(regex.errorString()));
            return {};
        }
        regex.optimize();
        out.append(regex);
    }
    return out;
}

// Characters of which every match of a regular expression holds at least one, read from the pattern (a
// small parser of the syntax the lexicon uses: literals, escapes, classes, groups, alternation,
// lookarounds, quantifiers). In a concatenation any part that cannot be empty will do, so the rarest is
// taken: for an e-mail pattern that is "@ ( [", not its first letter. What the parser does not understand
// (., negated classes, \w, ...) is never chosen; a pattern with nothing usable gives nullopt, "search every
// text". The result only lets the scanner skip texts that cannot match (R-S1 speed, docs/performance.md).
class RequiredCharsReader
{
public:
    explicit RequiredCharsReader(const QString &pattern) : m_p(pattern) {}

    std::optional<QVector<char32_t>> read()
    {
        const Piece piece = alternation();
        if (m_failed || m_i != m_p.size() || !piece.known || piece.nullable || piece.chars.isEmpty())
            return std::nullopt;
        QVector<char32_t> out(piece.chars.begin(), piece.chars.end());
        std::sort(out.begin(), out.end());
        return out;
    }

private:
    // A part of the pattern: the characters one of which each of its matches holds (when known), and
    // whether it can match the empty string.
    struct Piece {
        QSet<char32_t> chars;
        bool known = true;
        bool nullable = false;
    };

    const QString &m_p;
    int m_i = 0;
    bool m_failed = false;

    bool atEnd() const { return m_i >= m_p.size(); }
    QChar peek(int ahead = 0) const { return m_i + ahead < m_p.size() ? m_p[m_i + ahead] : QChar(); }

    static Piece unknown(bool nullable = false) { return Piece{{}, false, nullable}; }

    void addLiteral(Piece &piece, QChar c)
    {
        if (c.isSurrogate()) {
            piece.known = false;
            return;
        }
        piece.chars.insert(NormalizedText::fold(c.toLower().unicode()));
        piece.chars.insert(NormalizedText::fold(c.toUpper().unicode()));
    }

    Piece alternation()
    {
        Piece out;
        for (;;) {
            const Piece branch = sequence();
            out.chars.unite(branch.chars);
            out.known = out.known && branch.known;
            out.nullable = out.nullable || branch.nullable;
            if (m_failed || atEnd() || peek() != QLatin1Char('|'))
                return out;
            ++m_i;
        }
    }

    Piece sequence()
    {
        Piece best = unknown(true);
        bool chosen = false;
        while (!m_failed && !atEnd() && peek() != QLatin1Char('|') && peek() != QLatin1Char(')')) {
            const Piece part = atom();
            if (part.nullable)
                continue;
            best.nullable = false;
            if (part.known && !part.chars.isEmpty() && (!chosen || part.chars.size() < best.chars.size())) {
                best = part;
                chosen = true;
            }
        }
        return best;
    }

    Piece atom()
    {
        const QChar c = peek();
        ++m_i;
        Piece piece;
        if (c == QLatin1Char('(')) {
            piece = group();
        } else if (c == QLatin1Char('[')) {
            piece = charClass();
        } else if (c == QLatin1Char('\\')) {
            piece = escape(false);
        } else if (c == QLatin1Char('^') || c == QLatin1Char('$')) {
            piece = unknown(true);
        } else if (c == QLatin1Char('.')) {
            piece = unknown();
        } else if (c == QLatin1Char('*') || c == QLatin1Char('+') || c == QLatin1Char('?') || c == QLatin1Char('{')) {
            m_failed = true;
        } else {
            addLiteral(piece, c);
        }
        if (quantifierAllowsNone())
            piece.nullable = true;
        return piece;
    }

    Piece group()
    {
        if (peek() == QLatin1Char('?')) {
            const bool lookahead = peek(1) == QLatin1Char('=') || peek(1) == QLatin1Char('!');
            const bool lookbehind = peek(1) == QLatin1Char('<') && (peek(2) == QLatin1Char('=') || peek(2) == QLatin1Char('!'));
            if (lookahead || lookbehind) { // zero-width: consumes nothing
                m_i += lookahead ? 2 : 3;
                alternation();
                closeGroup();
                return unknown(true);
            }
            if (peek(1) != QLatin1Char(':')) {
                m_failed = true;
                return unknown();
            }
            m_i += 2;
        }
        const Piece inside = alternation();
        closeGroup();
        return inside;
    }

    void closeGroup()
    {
        if (peek() != QLatin1Char(')'))
            m_failed = true;
        ++m_i;
    }

    Piece charClass()
    {
        Piece piece;
        if (peek() == QLatin1Char('^')) {
            piece.known = false;
            ++m_i;
        }
        bool first = true;
        while (!m_failed && !atEnd() && (first || peek() != QLatin1Char(']'))) {
            first = false;
            const QChar low = peek();
            ++m_i;
            if (low == QLatin1Char('\\')) {
                const Piece escaped = escape(true);
                piece.chars.unite(escaped.chars);
                piece.known = piece.known && escaped.known;
                continue;
            }
            if (peek() == QLatin1Char('-') && peek(1) != QLatin1Char(']') && !peek(1).isNull()) {
                const QChar high = peek(1);
                m_i += 2;
                if (high.unicode() < low.unicode() || high.unicode() - low.unicode() > 256) {
                    piece.known = false;
                    continue;
                }
                for (char16_t u = low.unicode(); u <= high.unicode(); ++u)
                    addLiteral(piece, QChar(u));
                continue;
            }
            addLiteral(piece, low);
        }
        if (peek() != QLatin1Char(']'))
            m_failed = true;
        ++m_i;
        return piece;
    }

    Piece escape(bool inClass)
    {
        const QChar c = peek();
        ++m_i;
        Piece piece;
        if (c == QLatin1Char('d')) {
            for (char32_t d = U'0'; d <= U'9'; ++d)
                piece.chars.insert(d);
        } else if (c == QLatin1Char('s')) {
            piece.chars = {U' ', U'\n'};
        } else if (c == QLatin1Char('n')) {
            piece.chars = {U'\n'};
        } else if (!inClass && (c == QLatin1Char('b') || c == QLatin1Char('A') || c == QLatin1Char('z'))) {
            return unknown(true);
        } else if (c.isNull()) {
            m_failed = true;
        } else if (c.isLetterOrNumber()) {
            return unknown(); // \w, \p{..}, back references: not worth reading
        } else {
            addLiteral(piece, c);
        }
        return piece;
    }

    // Reads a quantifier after an atom, if any; true when it allows no repetition at all (?, *, {0,n}).
    bool quantifierAllowsNone()
    {
        const QChar c = peek();
        bool none = false;
        if (c == QLatin1Char('?') || c == QLatin1Char('*')) {
            ++m_i;
            none = true;
        } else if (c == QLatin1Char('+')) {
            ++m_i;
        } else if (c == QLatin1Char('{')) {
            const int close = m_p.indexOf(QLatin1Char('}'), m_i);
            bool ok = false;
            const int min = close < 0 ? -1 : m_p.mid(m_i + 1, close - m_i - 1).section(QLatin1Char(','), 0, 0).toInt(&ok);
            if (!ok) {
                m_failed = true;
                return false;
            }
            m_i = close + 1;
            none = min == 0;
        } else {
            return false;
        }
        if (peek() == QLatin1Char('?') || peek() == QLatin1Char('+')) // lazy or possessive
            ++m_i;
        return none;
    }
};

const QSet<QString> &allowedKeys(LexiconKind kind)
{
    static const QSet<QString> text{QStringLiteral("rule"), QStringLiteral("category"), QStringLiteral("kind"),
                                    QStringLiteral("patterns"), QStringLiteral("except"),
                                    QStringLiteral("suppressed_by"), QStringLiteral("unless_near"),
                                    QStringLiteral("only_near")};
    static const QSet<QString> digits = text + QSet<QString>{QStringLiteral("min_digits"), QStringLiteral("max_digits"),
                                                             QStringLiteral("max_gap"), QStringLiteral("luhn")};
    return kind == LexiconKind::Digits ? digits : text;
}

std::optional<LexiconKind> kindFromName(const QString &name)
{
    if (name == QLatin1String("phrase"))
        return LexiconKind::Phrase;
    if (name == QLatin1String("regex"))
        return LexiconKind::Regex;
    if (name == QLatin1String("digits"))
        return LexiconKind::Digits;
    return std::nullopt;
}

void checkKeys(Reader &reader, const QJsonObject &object, const QSet<QString> &allowed, const QString &where)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        // Keys that start with '_' are comments ("_doc", "_note").
        if (!it.key().startsWith(QLatin1Char('_')) && !allowed.contains(it.key())) {
            reader.fail(where, LexiconLoader::tr("unknown field %1").arg(quoted(it.key())));
            return;
        }
    }
}

QString jsonErrorPlace(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(json[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return LexiconLoader::tr("line %1, column %2").arg(line).arg(column);
}

struct PendingSuppression {
    int rule;
    QString by;
    QString where;
};

// One rule object -> one entry; the rule it names is created on first use.
// Names of contexts -> their indices; an unknown name fails the entry.
QVector<int> readContextNames(Reader &reader, const QJsonObject &object, const QString &where, const QString &key,
                              const QHash<QString, int> &contextIndex)
{
    QVector<int> out;
    for (const QString &name : readStrings(reader, object, where, key, false)) {
        const int context = contextIndex.value(name, -1);
        if (context < 0) {
            reader.fail(where, LexiconLoader::tr("%1 names \"%2\", which is not one of the lexicon's \"contexts\"")
                                   .arg(quoted(key), name));
            return {};
        }
        out.append(context);
    }
    return out;
}

// The top-level "contexts" object: {"negation": {"phrases": [...], "before": 12, "after": 0, "scope":
// "clause", "except": [...]}, ...}.
void readContexts(Reader &reader, const QJsonValue &value, Lexicon &lexicon, QHash<QString, int> &contextIndex)
{
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        reader.fail(LexiconLoader::tr("top level"), LexiconLoader::tr("\"contexts\" must be an object"));
        return;
    }
    static const QSet<QString> allowed{QStringLiteral("phrases"), QStringLiteral("except"), QStringLiteral("before"),
                                       QStringLiteral("after"), QStringLiteral("scope")};
    const QJsonObject contexts = value.toObject();
    for (auto it = contexts.begin(); it != contexts.end() && !reader.failed(); ++it) {
        if (it.key().startsWith(QLatin1Char('_')))
            continue;
        const QString where = QStringLiteral("contexts.%1").arg(it.key());
        if (!isIdentifier(it.key())) {
            reader.fail(where, LexiconLoader::tr("a context's name must be a lower-case identifier (a-z, 0-9, _)"));
            return;
        }
        if (!it.value().isObject()) {
            reader.fail(where, LexiconLoader::tr("must be an object"));
            return;
        }
        const QJsonObject object = it.value().toObject();
        checkKeys(reader, object, allowed, where);
        LexiconContext context;
        context.name = it.key();
        context.phrases = foldPhrases(readStrings(reader, object, where, QStringLiteral("phrases"), true));
        context.exceptions = foldPhrases(readStrings(reader, object, where, QStringLiteral("except"), false));
        // A side without a number is not searched (-1); 0 means right next to the match.
        context.before = readInt(reader, object, where, QStringLiteral("before"), 0, kMaxContextGap, -1).value_or(-1);
        context.after = readInt(reader, object, where, QStringLiteral("after"), 0, kMaxContextGap, -1).value_or(-1);
        if (context.before < 0 && context.after < 0)
            reader.fail(where, LexiconLoader::tr("needs \"before\" or \"after\""));
        const QString scope = object.value(QStringLiteral("scope")).toString(QStringLiteral("clause"));
        if (scope == QLatin1String("sentence"))
            context.scope = LexiconContext::Scope::Sentence;
        else if (scope != QLatin1String("clause"))
            reader.fail(where, LexiconLoader::tr("\"scope\" must be \"clause\" or \"sentence\""));
        contextIndex.insert(context.name, lexicon.contexts.size());
        lexicon.contexts.append(context);
    }
}

void readEntry(Reader &reader, const QJsonObject &object, const QString &index, Lexicon &lexicon,
               QHash<QString, int> &ruleIndex, const QHash<QString, int> &contextIndex,
               QVector<PendingSuppression> &suppressions)
{
    const QString name = object.value(QStringLiteral("rule")).toString();
    QString where = index;
    if (!isIdentifier(name)) {
        reader.fail(where, LexiconLoader::tr("\"rule\" must be a lower-case identifier (a-z, 0-9, _)"));
        return;
    }
    where = QStringLiteral("%1 (%2)").arg(index, name);
    const QString category = object.value(QStringLiteral("category")).toString();
    if (!isIdentifier(category)) {
        reader.fail(where, LexiconLoader::tr("\"category\" must be a lower-case identifier (a-z, 0-9, _)"));
        return;
    }
    const auto kind = kindFromName(object.value(QStringLiteral("kind")).toString());
    if (!kind) {
        reader.fail(where, LexiconLoader::tr("\"kind\" must be \"phrase\", \"regex\" or \"digits\""));
        return;
    }
    checkKeys(reader, object, allowedKeys(*kind), where);

    int rule = ruleIndex.value(name, -1);
    if (rule < 0) {
        rule = lexicon.rules.size();
        ruleIndex.insert(name, rule);
        lexicon.rules.append(LexiconRule{category, name, {}});
    } else if (lexicon.rules[rule].category != category) {
        reader.fail(where, LexiconLoader::tr("category \"%1\" differs from the rule's earlier category \"%2\"")
                               .arg(category, lexicon.rules[rule].category));
        return;
    }

    LexiconEntry entry;
    entry.rule = rule;
    entry.kind = *kind;
    const QStringList patterns =
        readStrings(reader, object, where, QStringLiteral("patterns"), *kind != LexiconKind::Digits);
    entry.exceptions = foldPhrases(readStrings(reader, object, where, QStringLiteral("except"), false));
    entry.unlessNear = readContextNames(reader, object, where, QStringLiteral("unless_near"), contextIndex);
    entry.onlyNear = readContextNames(reader, object, where, QStringLiteral("only_near"), contextIndex);
    for (const QString &by : readStrings(reader, object, where, QStringLiteral("suppressed_by"), false))
        suppressions.append(PendingSuppression{rule, by, where});
    switch (*kind) {
    case LexiconKind::Phrase:
        entry.phrases = foldPhrases(patterns);
        break;
    case LexiconKind::Regex:
        entry.regexes = compileRegexes(reader, patterns, where, false);
        for (const QString &pattern : patterns)
            entry.requiredChars.append(RequiredCharsReader(pattern).read().value_or(QVector<char32_t>()));
        break;
    case LexiconKind::Digits: {
        entry.regexes = compileRegexes(reader, patterns, where, true);
        entry.minDigits = readInt(reader, object, where, QStringLiteral("min_digits"), 1, kMaxDigits, {}).value_or(1);
        entry.maxDigits =
            readInt(reader, object, where, QStringLiteral("max_digits"), entry.minDigits, kMaxDigits, {}).value_or(1);
        entry.maxGap = readInt(reader, object, where, QStringLiteral("max_gap"), 0, kMaxGap, kDefaultGap).value_or(0);
        const QJsonValue luhn = object.value(QStringLiteral("luhn"));
        if (!luhn.isUndefined() && !luhn.isBool())
            reader.fail(where, LexiconLoader::tr("\"luhn\" must be true or false"));
        entry.luhn = luhn.toBool(false);
        break;
    }
    }
    lexicon.entries.append(entry);
}

} // namespace

std::optional<Lexicon> LexiconLoader::fromJson(const QByteArray &json, QString *error)
{
    Reader reader(error);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        reader.fail(jsonErrorPlace(json, parseError.offset), parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        reader.fail(tr("top level"), tr("must be a JSON object"));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    checkKeys(reader, root,
              {QStringLiteral("format"), QStringLiteral("name"), QStringLiteral("contexts"), QStringLiteral("rules")},
              tr("top level"));
    readInt(reader, root, tr("top level"), QStringLiteral("format"), kFormat, kFormat, {});
    Lexicon lexicon;
    lexicon.name = root.value(QStringLiteral("name")).toString();
    if (lexicon.name.trimmed().isEmpty())
        reader.fail(tr("top level"), tr("\"name\" must be a non-empty string"));
    const QJsonValue rules = root.value(QStringLiteral("rules"));
    if (!rules.isArray() || rules.toArray().isEmpty())
        reader.fail(tr("top level"), tr("\"rules\" must be a non-empty array"));
    if (reader.failed())
        return std::nullopt;

    QHash<QString, int> contextIndex;
    readContexts(reader, root.value(QStringLiteral("contexts")), lexicon, contextIndex);
    QHash<QString, int> ruleIndex;
    QVector<PendingSuppression> suppressions;
    const QJsonArray array = rules.toArray();
    for (int i = 0; i < array.size() && !reader.failed(); ++i) {
        const QString index = QStringLiteral("rules[%1]").arg(i);
        if (!array[i].isObject()) {
            reader.fail(index, tr("must be an object"));
            break;
        }
        readEntry(reader, array[i].toObject(), index, lexicon, ruleIndex, contextIndex, suppressions);
    }
    for (const PendingSuppression &pending : suppressions) {
        const int by = ruleIndex.value(pending.by, -1);
        if (by < 0 || by == pending.rule) {
            reader.fail(pending.where,
                        tr("\"suppressed_by\" names \"%1\", which is not another rule of the lexicon").arg(pending.by));
            break;
        }
        QVector<int> &list = lexicon.rules[pending.rule].suppressedBy;
        if (!list.contains(by))
            list.append(by);
    }
    if (reader.failed())
        return std::nullopt;
    return lexicon;
}

} // namespace redline
