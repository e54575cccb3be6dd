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

// The characters a match of a regular expression can start with, read from the pattern (a small parser of
// the syntax the lexicon uses: literals, escapes, classes, groups, alternation, lookarounds, quantifiers).
// Anything it does not understand (., negated classes, \w, ...) gives "any character" (nullopt), so the
// result is never narrower than what the regex can match: it only lets the scanner skip texts (R-S1 speed,
// docs/performance.md).
class FirstCharsReader
{
public:
    explicit FirstCharsReader(const QString &pattern) : m_p(pattern) {}

    std::optional<QVector<char32_t>> read()
    {
        bool nullable = false;
        QSet<char32_t> set = alternation(nullable);
        if (m_failed || nullable || m_i != m_p.size() || set.isEmpty())
            return std::nullopt;
        QVector<char32_t> out(set.begin(), set.end());
        std::sort(out.begin(), out.end());
        return out;
    }

private:
    const QString &m_p;
    int m_i = 0;
    bool m_failed = false;
    int m_skipping = 0; // > 0 past the first atom that cannot be empty: only read to find the end

    // What this reader does not understand: fatal where it could start a match, ignored where it is skipped.
    void unknown()
    {
        if (m_skipping == 0)
            m_failed = true;
    }

    bool atEnd() const { return m_i >= m_p.size(); }
    QChar peek(int ahead = 0) const { return m_i + ahead < m_p.size() ? m_p[m_i + ahead] : QChar(); }

    void addLiteral(QSet<char32_t> &set, QChar c)
    {
        if (c.isSurrogate()) {
            m_failed = true;
            return;
        }
        set.insert(NormalizedText::fold(c.toLower().unicode()));
        set.insert(NormalizedText::fold(c.toUpper().unicode()));
    }

    QSet<char32_t> alternation(bool &nullable)
    {
        QSet<char32_t> set;
        nullable = false;
        for (;;) {
            bool sequenceNullable = false;
            set.unite(sequence(sequenceNullable));
            nullable = nullable || sequenceNullable;
            if (m_failed || atEnd() || peek() != QLatin1Char('|'))
                return set;
            ++m_i;
        }
    }

    // A concatenation: the first atoms' characters, up to and including the first that cannot be empty.
    QSet<char32_t> sequence(bool &nullable)
    {
        QSet<char32_t> set;
        nullable = true;
        while (!m_failed && !atEnd() && peek() != QLatin1Char('|') && peek() != QLatin1Char(')')) {
            QSet<char32_t> atomSet;
            bool atomNullable = false;
            const bool skipping = !nullable;
            m_skipping += skipping ? 1 : 0;
            atom(atomSet, atomNullable);
            m_skipping -= skipping ? 1 : 0;
            if (nullable)
                set.unite(atomSet);
            nullable = nullable && atomNullable;
        }
        return set;
    }

    void atom(QSet<char32_t> &set, bool &nullable)
    {
        const QChar c = peek();
        ++m_i;
        if (c == QLatin1Char('(')) {
            group(set, nullable);
        } else if (c == QLatin1Char('[')) {
            charClass(set);
        } else if (c == QLatin1Char('\\')) {
            escape(set, nullable, false);
        } else if (c == QLatin1Char('^') || c == QLatin1Char('$')) {
            nullable = true;
        } else if (c == QLatin1Char('.')) {
            unknown();
        } else if (c == QLatin1Char('*') || c == QLatin1Char('+') || c == QLatin1Char('?') || c == QLatin1Char('{')) {
            m_failed = true;
        } else {
            addLiteral(set, c);
        }
        quantifier(nullable);
    }

    void group(QSet<char32_t> &set, bool &nullable)
    {
        if (peek() == QLatin1Char('?')) {
            const bool lookahead = peek(1) == QLatin1Char('=') || peek(1) == QLatin1Char('!');
            const bool lookbehind = peek(1) == QLatin1Char('<') && (peek(2) == QLatin1Char('=') || peek(2) == QLatin1Char('!'));
            if (lookahead || lookbehind) { // zero-width: consumes nothing
                m_i += lookahead ? 2 : 3;
                bool ignored = false;
                alternation(ignored);
                nullable = true;
                closeGroup();
                return;
            }
            if (peek(1) != QLatin1Char(':')) {
                m_failed = true;
                return;
            }
            m_i += 2;
        }
        set = alternation(nullable);
        closeGroup();
    }

    void closeGroup()
    {
        if (peek() != QLatin1Char(')'))
            m_failed = true;
        ++m_i;
    }

    void charClass(QSet<char32_t> &set)
    {
        if (peek() == QLatin1Char('^')) {
            unknown();
            ++m_i;
        }
        bool first = true;
        while (!m_failed && !atEnd() && (first || peek() != QLatin1Char(']'))) {
            first = false;
            QChar low = peek();
            ++m_i;
            if (low == QLatin1Char('\\')) {
                bool ignored = false;
                escape(set, ignored, true);
                continue;
            }
            if (peek() == QLatin1Char('-') && peek(1) != QLatin1Char(']') && !peek(1).isNull()) {
                const QChar high = peek(1);
                m_i += 2;
                if (high.unicode() < low.unicode() || high.unicode() - low.unicode() > 256) {
                    m_failed = true;
                    return;
                }
                for (char16_t u = low.unicode(); u <= high.unicode(); ++u)
                    addLiteral(set, QChar(u));
                continue;
            }
            addLiteral(set, low);
        }
        if (peek() != QLatin1Char(']'))
            m_failed = true;
        ++m_i;
    }

    void escape(QSet<char32_t> &set, bool &nullable, bool inClass)
    {
        const QChar c = peek();
        ++m_i;
        if (c == QLatin1Char('d')) {
            for (char32_t d = U'0'; d <= U'9'; ++d)
                set.insert(d);
        } else if (c == QLatin1Char('s')) {
            set.insert(U' ');
            set.insert(U'\n');
        } else if (c == QLatin1Char('n')) {
            set.insert(U'\n');
        } else if (!inClass && (c == QLatin1Char('b') || c == QLatin1Char('A') || c == QLatin1Char('z'))) {
            nullable = true;
        } else if (c.isNull()) {
            m_failed = true;
        } else if (c.isLetterOrNumber()) {
            unknown(); // \w, \p{..}, back references: not worth reading
        } else {
            addLiteral(set, c);
        }
    }

    void quantifier(bool &nullable)
    {
        const QChar c = peek();
        if (c == QLatin1Char('?') || c == QLatin1Char('*')) {
            ++m_i;
            nullable = true;
        } else if (c == QLatin1Char('+')) {
            ++m_i;
        } else if (c == QLatin1Char('{')) {
            const int close = m_p.indexOf(QLatin1Char('}'), m_i);
            if (close < 0) {
                m_failed = true;
                return;
            }
            const QString body = m_p.mid(m_i + 1, close - m_i - 1);
            m_i = close + 1;
            bool ok = false;
            const int min = body.section(QLatin1Char(','), 0, 0).toInt(&ok);
            if (!ok)
                m_failed = true;
            else if (min == 0)
                nullable = true;
        } else {
            return;
        }
        if (peek() == QLatin1Char('?') || peek() == QLatin1Char('+')) // lazy or possessive
            ++m_i;
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
            entry.firstChars.append(FirstCharsReader(pattern).read().value_or(QVector<char32_t>()));
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
