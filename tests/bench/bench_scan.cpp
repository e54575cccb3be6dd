// What scanning posts costs (R-S1, docs/performance.md "Text scanner"): builds N posts of realistic length
// (80-400 code points, Chinese and English, about a third carrying a diversion, a claim or a promise, some
// split by emoji and spaces, the rest clean with numbers, dates and platform names in passing), then scans
// them all with the built-in lexicon on one thread (TextScanner::scan) and over the thread pool
// (TextScanner::scanMany). Prints the time of each run and the findings, so the two can be compared. Not
// part of the test run.
//
//   bench_scan [N] [RUNS]   (N posts, default 100000; RUNS repetitions, default 3; the best and worst)

#include "scan/normalizedtext.h"
#include "scan/textscanner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>
#include <QThreadPool>

#include <algorithm>
#include <ctime>
#include <optional>
#include <random>

using namespace redline;

namespace {

QTextStream out(stdout);

// Everyday sentences: a post is mostly these.
const QStringList &cleanSentences()
{
    static const QStringList list{
        QStringLiteral("今天天气很好，带狗狗去公园走了一圈。"),
        QStringLiteral("这家咖啡店的拿铁不错，就是有点贵，人均 45 元。"),
        QStringLiteral("周末在家做了红烧肉，老公说比饭店的还好吃。"),
        QStringLiteral("2025年3月18日，第一次去植物园，樱花开得正好。"),
        QStringLiteral("订单号 202503181234567890，物流很快，第二天就到了。"),
        QStringLiteral("这个视频我在抖音刷到过，照着做了一遍，成功了。"),
        QStringLiteral("扫码点餐很方便，上菜也快，推荐他们家的酸菜鱼。"),
        QStringLiteral("用了两周，皮肤状态稳定了一些，效果因人而异。"),
        QStringLiteral("隆鼻有风险，做之前一定要找正规医院，谨慎考虑。"),
        QStringLiteral("不是最便宜的，但是做工和售后都让人放心。"),
        QStringLiteral("ISBN 978-7-5442-9116-9，这本书推荐给喜欢历史的朋友。"),
        QStringLiteral("I tried this cleanser for a month and my skin feels calmer. "),
        QStringLiteral("We went hiking on Saturday, the view from the top was worth it. "),
        QStringLiteral("Paid $129.99 at the store, the packaging was lovely. "),
        QStringLiteral("Results are not guaranteed, everyone's skin is different. "),
        QStringLiteral("早上最好空腹喝一杯温水，坚持了一个月。"),
        QStringLiteral("京东方的屏幕素质真的好，看视频很舒服。"),
        QStringLiteral("店里支持支付宝和微信支付，结账很快。"),
    };
    return list;
}

// What a moderator flags, in the spellings R-S1's evasion families use.
const QStringList &flaggedSentences()
{
    static const QStringList list{
        QStringLiteral("想要同款的姐妹加vx：lily_2023，备注小红书。"),
        QStringLiteral("薇❤：meimei_2024，拉你进群。"),
        QStringLiteral("电话 138 0013 8000，白天都在。"),
        QStringLiteral("全🔥网🔥最🔥低，私我领券！"),
        QStringLiteral("这款面霜绝对安全，孕妇都能用。"),
        QStringLiteral("雅思包过，不过全额退款。"),
        QStringLiteral("宝妈在家也能月入过万，V我了解。"),
        QStringLiteral("彻底根治痘痘，永不复发，看主页。"),
        QStringLiteral("The best ever serum, 100% guaranteed results. "),
        QStringLiteral("Guaranteed offer from top schools, DM me. "),
        QStringLiteral("扣扣：3355667788，进群领资料。"),
        QStringLiteral("同款在抖音搜“小鹿美妆”。"),
    };
    return list;
}

// Count code points, as a reader would, to keep posts within 80-400.
int codePointCount(const QString &text)
{
    int n = 0;
    for (int i = 0; i < text.size(); ++i, ++n) {
        if (text[i].isHighSurrogate() && i + 1 < text.size())
            ++i;
    }
    return n;
}

QStringList makePosts(int count)
{
    std::mt19937 random(20251202);
    std::uniform_int_distribution<int> length(80, 400);
    std::uniform_int_distribution<int> clean(0, cleanSentences().size() - 1);
    std::uniform_int_distribution<int> flagged(0, flaggedSentences().size() - 1);
    std::uniform_int_distribution<int> oneIn(0, 2);
    QStringList posts;
    posts.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int target = length(random);
        const bool positive = oneIn(random) == 0;
        QString post;
        while (codePointCount(post) < target) {
            const bool addFlagged = positive && (post.isEmpty() || oneIn(random) == 0);
            post += addFlagged ? flaggedSentences().at(flagged(random)) : cleanSentences().at(clean(random));
        }
        posts.append(post.left(post.size() - std::max(0, codePointCount(post) - 400)));
    }
    return posts;
}

// The built-in lexicon with only the rule objects of one kind ("phrase", "regex", "digits"), to see
// where the time goes.
std::optional<TextScanner> scannerOfKind(const QString &kind, const QString &onlyRule = QString())
{
    QFile file(QStringLiteral(":/lexicon/lexicon.json"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray kept;
    for (const QJsonValue &rule : root.value(QStringLiteral("rules")).toArray()) {
        if (rule.toObject().value(QStringLiteral("kind")).toString() == kind
            && (onlyRule.isEmpty() || rule.toObject().value(QStringLiteral("rule")).toString() == onlyRule)) {
            QJsonObject object = rule.toObject();
            object.remove(QStringLiteral("suppressed_by")); // may name a rule of another kind
            kept.append(object);
        }
    }
    root.insert(QStringLiteral("rules"), kept);
    QString error;
    return TextScanner::fromJson(QJsonDocument(root).toJson(), &error);
}

// CPU time of the process in ms: on a machine shared with other work the wall clock overstates the cost.
qint64 cpuMs() { return static_cast<qint64>(std::clock()) * 1000 / CLOCKS_PER_SEC; }

QString timeScans(const TextScanner &scanner, const QStringList &posts)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 cpu = cpuMs();
    qint64 findings = 0;
    for (const QString &post : posts)
        findings += scanner.scan(post).size();
    Q_UNUSED(findings);
    return QStringLiteral("%1 ms wall, %2 ms CPU").arg(timer.elapsed()).arg(cpuMs() - cpu);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? std::max(1, args.at(1).toInt()) : 100000;
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 3;
    const TextScanner &scanner = TextScanner::builtin();
    if (scanner.ruleCount() == 0) {
        out << "the built-in lexicon did not load" << Qt::endl;
        return 1;
    }
    const QStringList posts = makePosts(count);
    qint64 codePoints = 0;
    for (const QString &post : posts)
        codePoints += codePointCount(post);
    out << count << " posts, " << codePoints / count << " code points on average, lexicon \""
        << scanner.lexiconName() << "\" (" << scanner.ruleCount() << " rules)" << Qt::endl;

    QVector<qint64> single;
    QVector<qint64> singleCpu;
    qint64 findings = 0;
    qint64 flaggedPosts = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const qint64 cpu = cpuMs();
        findings = 0;
        flaggedPosts = 0;
        for (const QString &post : posts) {
            const int n = scanner.scan(post).size();
            findings += n;
            flaggedPosts += n > 0 ? 1 : 0;
        }
        single.append(timer.elapsed());
        singleCpu.append(cpuMs() - cpu);
    }
    std::sort(single.begin(), single.end());
    std::sort(singleCpu.begin(), singleCpu.end());
    out << "one thread: " << single.first() << "-" << single.last() << " ms wall, " << singleCpu.first() << "-"
        << singleCpu.last() << " ms CPU (" << runs << " runs), " << findings
        << " findings in " << flaggedPosts << " posts" << Qt::endl;

    QVector<qint64> pooled;
    qint64 pooledFindings = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QVector<QVector<ScanFinding>> results = scanner.scanMany(posts);
        pooled.append(timer.elapsed());
        pooledFindings = 0;
        for (const QVector<ScanFinding> &r : results)
            pooledFindings += r.size();
    }
    std::sort(pooled.begin(), pooled.end());
    out << "scanMany on " << QThreadPool::globalInstance()->maxThreadCount() << " threads: " << pooled.first() << "-"
        << pooled.last() << " ms (" << runs << " runs), " << pooledFindings << " findings"
        << (pooledFindings == findings ? "" : " (DIFFERS from one thread)") << Qt::endl;

    // Where the time goes: the folding alone, then each kind of rule on its own (one run, one thread).
    QElapsedTimer timer;
    timer.start();
    const qint64 cpu = cpuMs();
    qint64 folded = 0;
    for (const QString &post : posts)
        folded += NormalizedText(post).size();
    out << "folding alone: " << timer.elapsed() << " ms wall, " << cpuMs() - cpu << " ms CPU" << Qt::endl;
    for (const QString &kind : {QStringLiteral("phrase"), QStringLiteral("regex"), QStringLiteral("digits")}) {
        if (const std::optional<TextScanner> part = scannerOfKind(kind))
            out << kind << " rules alone: " << timeScans(*part, posts) << Qt::endl;
    }
    if (qEnvironmentVariableIsSet("BENCH_SCAN_RULES")) {
        for (const QString &rule : qEnvironmentVariable("BENCH_SCAN_RULES").split(QLatin1Char(','))) {
            if (const std::optional<TextScanner> part = scannerOfKind(QStringLiteral("regex"), rule))
                out << "  regex " << rule << ": " << timeScans(*part, posts) << Qt::endl;
        }
    }
    return pooledFindings == findings ? 0 : 1;
}
