#pragma once

#include "scan/lexicon.h"
#include "scan/scanfinding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

namespace redline {

// The text scanner of R-S1: flags diversion, absolute claims, false promises and unlicensed medical claims
// in Chinese and English. The rules are data, a lexicon (resources/lexicon/lexicon.json, whose "_doc" key
// is the full format). In short: {"format":1, "name":..., "rules":[{"rule", "category", "kind", "patterns",
// ...}]}, where kind is
//   "phrase": literal phrases; spaces and symbols slipped between the characters still match ("私*我"),
//             a space in the phrase needs at least one; ASCII words only match as whole words;
//   "regex":  regular expressions searched in the folded text (lower case, full-width folded to ASCII);
//   "digits": numbers whose digits may be full-width, Chinese numerals or split by up to "max_gap"
//             spaces/symbols; a number of min_digits..max_digits digits that a pattern matches whole
//             (and that passes the Luhn check when "luhn" is true).
// "except" lists phrases inside which a match does not count ("自私我" is not "私我"); "suppressed_by"
// names rules whose finding, when it covers this rule's, makes it redundant (私我 inside 私我领券);
// "unless_near" / "only_near" name the lexicon's "contexts", phrases near a match that cancel it (a denied
// claim, a risk warning, an everyday QR code) or that it needs (a platform only when pointed to).
// Text is folded first (NormalizedText) so that evasions by full-width forms, case and words split by
// symbols or emoji read plainly; every finding is mapped back to the input's code points.
class TextScanner
{
    Q_DECLARE_TR_FUNCTIONS(TextScanner)

public:
    // A scanner from lexicon JSON; nullopt and a one-line error when the lexicon is invalid.
    static std::optional<TextScanner> fromJson(const QByteArray &json, QString *error);
    // The lexicon compiled in at ":/lexicon/lexicon.json".
    static const TextScanner &builtin();

    // Findings sorted by start, then rule; overlapping matches of one rule are merged into one finding.
    // Safe to call from several threads at once.
    QVector<ScanFinding> scan(const QString &text) const;
    // scan() of every text, spread over the global thread pool (QtConcurrent); result i is text i's.
    QVector<QVector<ScanFinding>> scanMany(const QStringList &texts) const;

    QString lexiconName() const;
    int ruleCount() const;

private:
    struct Data;
    explicit TextScanner(std::shared_ptr<const Data> data);

    std::shared_ptr<const Data> d;
};

} // namespace redline
