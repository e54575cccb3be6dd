#pragma once

#include "base/storedevent.h"
#include "io/generatoroptions.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace redline {

// The generated store's posts (笔记, docs/contracts.md `post`) and creators' qualifications (R-H1), kept
// apart from SyntheticGenerator so that its violation mix and these texts change independently. Posts go
// to the generator's creators (crt-0000001...) over its span, 笔记-style titles, in Chinese and English:
// about two thirds clean, a tenth hard negatives (order numbers, prices, dates, ISBNs, "第一次", "自私我",
// brand names that contain a platform's), the rest one evasion family each (spaced or full-width digits,
// Chinese numerals, V信 and its spellings, 私我 split by symbols, QR codes, absolute claims, false promises,
// medical efficacy), so the store's findings make a queue. A few in ten posts are commercial (most reported
// through 蒲公英), some on a regulated topic, and a share of those creators hold the qualification. One post
// in forty draws a verified user report (`report`) a few hours after it, so the triage queue has both sources.
// Deterministic in options.seed, like the generator.
class SyntheticPosts
{
public:
    SyntheticPosts(const GeneratorOptions &options, qint64 posts);

    // The default count for a number of creators (docs/contracts.md "generate --posts").
    static qint64 defaultCount(int creators);

    // Qualifications first (dated at the start of the span), then the posts in ascending `at`.
    qint64 run(const std::function<bool(const StoredEvent &)> &sink) const;

    // The text families, for tests: every template of the corpus.
    static const QStringList &cleanTexts();
    static const QStringList &hardNegativeTexts();
    static const QStringList &evasionTexts();

private:
    GeneratorOptions m_options;
    qint64 m_posts = 0;
};

} // namespace redline
