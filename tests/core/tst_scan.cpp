#include "scan/textscanner.h"

#include <QFile>
#include <QStringList>
#include <QtTest>

#include <random>

using namespace redline;

Q_DECLARE_METATYPE(QVector<ScanFinding>)

namespace {

ScanFinding finding(const char *category, const char *rule, int start, int end, const QString &match)
{
    return ScanFinding{QString::fromLatin1(category), QString::fromLatin1(rule), start, end, match};
}

// One line per finding, so a failing row shows exactly which field differs.
QString describe(const QVector<ScanFinding> &findings)
{
    QStringList lines;
    for (const ScanFinding &f : findings)
        lines << QStringLiteral("%1/%2 [%3,%4) \"%5\"").arg(f.category, f.rule).arg(f.start).arg(f.end).arg(f.match);
    return lines.join(QLatin1Char('\n'));
}

// The text's code points, a lone surrogate counting as one, as the scanner counts them.
QStringList codePoints(const QString &text)
{
    QStringList out;
    for (int i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out << text.mid(i, 2);
            ++i;
        } else {
            out << text.mid(i, 1);
        }
    }
    return out;
}

QByteArray minimalLexicon(const QByteArray &rules)
{
    return QByteArray(R"({"format":1,"name":"t","rules":[)") + rules + "]}";
}

} // namespace

class TestScan : public QObject
{
    Q_OBJECT

private slots:
    void builtinLexiconLoads();
    void findings_data();
    void findings();
    void cleanTexts_data();
    void cleanTexts();
    void invalidLexicon_data();
    void invalidLexicon();
    void lexiconRulesAreData();
    void lexiconContexts_data();
    void lexiconContexts();
    void randomInputNeverBreaksInvariants();
};

void TestScan::builtinLexiconLoads()
{
    QFile file(QStringLiteral(REDLINE_SOURCE_DIR "/resources/lexicon/lexicon.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const auto scanner = TextScanner::fromJson(file.readAll(), &error);
    QVERIFY2(scanner, qPrintable(error));
    QCOMPARE(scanner->lexiconName(), QStringLiteral("default"));
    QCOMPARE(TextScanner::builtin().lexiconName(), QStringLiteral("default"));
    QCOMPARE(TextScanner::builtin().ruleCount(), scanner->ruleCount());
    QCOMPARE(scanner->ruleCount(), 23);
}

void TestScan::findings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVector<ScanFinding>>("expected");

    // Diversion: phone numbers in every spelling R-S1 names.
    QTest::newRow("R-S1 phone_number design example")
        << QStringLiteral("加我 138 0013 8000")
        << QVector<ScanFinding>{finding("diversion", "phone_number", 3, 16, QStringLiteral("138 0013 8000"))};
    QTest::newRow("R-S1 phone_number plain")
        << QStringLiteral("电话13800138000")
        << QVector<ScanFinding>{finding("diversion", "phone_number", 2, 13, QStringLiteral("13800138000"))};
    QTest::newRow("R-S1 phone_number full-width")
        << QStringLiteral("电话１３８００１３８０００")
        << QVector<ScanFinding>{finding("diversion", "phone_number", 2, 13, QStringLiteral("１３８００１３８０００"))};
    QTest::newRow("R-S1 phone_number spaces and dashes")
        << QStringLiteral("1 3 8-0013-8000")
        << QVector<ScanFinding>{finding("diversion", "phone_number", 0, 15, QStringLiteral("1 3 8-0013-8000"))};
    QTest::newRow("R-S1 phone_number chinese numerals")
        << QStringLiteral("幺三八零零一三八零零零")
        << QVector<ScanFinding>{finding("diversion", "phone_number", 0, 11, QStringLiteral("幺三八零零一三八零零零"))};
    QTest::newRow("R-S1 phone_number capital numerals")
        << QStringLiteral("call 壹叁捌〇〇壹叁捌〇〇〇 now")
        << QVector<ScanFinding>{finding("diversion", "phone_number", 5, 16, QStringLiteral("壹叁捌〇〇壹叁捌〇〇〇"))};
    QTest::newRow("R-S1 phone_number emoji between digits")
        << QStringLiteral("1🔥38 0013 8000")
        << QVector<ScanFinding>{finding("diversion", "phone_number", 0, 14, QStringLiteral("1🔥38 0013 8000"))};
    QTest::newRow("R-S1 phone_number country code")
        << QStringLiteral("+86 138 0013 8000")
        << QVector<ScanFinding>{finding("diversion", "phone_number", 1, 17, QStringLiteral("86 138 0013 8000"))};
    QTest::newRow("R-S1 phone_number offsets after astral emoji")
        << QStringLiteral("😀😀加我13800138000")
        << QVector<ScanFinding>{finding("diversion", "phone_number", 4, 15, QStringLiteral("13800138000"))};
    QTest::newRow("R-S1 phone_number not cut from a longer number")
        << QStringLiteral("订单号 213800138000") << QVector<ScanFinding>{};

    // Diversion: WeChat.
    QTest::newRow("R-S1 wechat 加vx with id")
        << QStringLiteral("加vx：lily_2023")
        << QVector<ScanFinding>{finding("diversion", "wechat", 0, 13, QStringLiteral("加vx：lily_2023"))};
    QTest::newRow("R-S1 wechat full-width")
        << QStringLiteral("ＶＸ：ｌｉｌｙ＿２０２３")
        << QVector<ScanFinding>{finding("diversion", "wechat", 0, 12, QStringLiteral("ＶＸ：ｌｉｌｙ＿２０２３"))};
    QTest::newRow("R-S1 wechat 加V with id")
        << QStringLiteral("加V：mia_2024 领取资料")
        << QVector<ScanFinding>{finding("diversion", "wechat", 0, 11, QStringLiteral("加V：mia_2024"))};
    QTest::newRow("R-S1 wechat v信")
        << QStringLiteral("有事v信联系")
        << QVector<ScanFinding>{finding("diversion", "wechat", 2, 4, QStringLiteral("v信"))};
    QTest::newRow("R-S1 wechat 微信号 suppresses other_platform")
        << QStringLiteral("微信号: mia_chen88")
        << QVector<ScanFinding>{finding("diversion", "wechat", 0, 15, QStringLiteral("微信号: mia_chen88"))};
    QTest::newRow("R-S1 wechat zero-width space inside vx")
        << QStringLiteral("v\u200bx: lily_2023")
        << QVector<ScanFinding>{finding("diversion", "wechat", 0, 14, QStringLiteral("v\u200bx: lily_2023"))};
    QTest::newRow("R-S1 wechat after emoji (code points)")
        << QStringLiteral("🌸🌸 vx: abc_123")
        << QVector<ScanFinding>{finding("diversion", "wechat", 3, 14, QStringLiteral("vx: abc_123"))};
    QTest::newRow("R-S1 wechat and phone_number together")
        << QStringLiteral("加我微信 mia_2024 或 138 0013 8000")
        << QVector<ScanFinding>{finding("diversion", "wechat", 0, 13, QStringLiteral("加我微信 mia_2024")),
                                finding("diversion", "phone_number", 16, 29, QStringLiteral("138 0013 8000"))};

    // Diversion: e-mail, links, QR codes, bank accounts, other platforms.
    QTest::newRow("R-S1 email")
        << QStringLiteral("联系 lily.chen@example.com 谢谢")
        << QVector<ScanFinding>{finding("diversion", "email", 3, 24, QStringLiteral("lily.chen@example.com"))};
    QTest::newRow("R-S1 url https")
        << QStringLiteral("去 https://shop.example.cn/item?id=42 看看")
        << QVector<ScanFinding>{finding("diversion", "url", 2, 36, QStringLiteral("https://shop.example.cn/item?id=42"))};
    QTest::newRow("R-S1 url https stops before full-width comma")
        << QStringLiteral("看https://a.cn/x，谢谢")
        << QVector<ScanFinding>{finding("diversion", "url", 1, 15, QStringLiteral("https://a.cn/x"))};
    QTest::newRow("R-S1 url www")
        << QStringLiteral("www.abc123.com")
        << QVector<ScanFinding>{finding("diversion", "url", 0, 14, QStringLiteral("www.abc123.com"))};
    QTest::newRow("R-S1 url bare domain suppresses other_platform")
        << QStringLiteral("taobao.com 下单")
        << QVector<ScanFinding>{finding("diversion", "url", 0, 10, QStringLiteral("taobao.com"))};
    QTest::newRow("R-S1 url 点com")
        << QStringLiteral("abc123点com")
        << QVector<ScanFinding>{finding("diversion", "url", 0, 10, QStringLiteral("abc123点com"))};
    QTest::newRow("R-S1 qr_code")
        << QStringLiteral("扫码加群")
        << QVector<ScanFinding>{finding("diversion", "qr_code", 0, 2, QStringLiteral("扫码"))};
    QTest::newRow("R-S1 qr_code english overlapping phrases merge")
        << QStringLiteral("Scan the QR code below")
        << QVector<ScanFinding>{finding("diversion", "qr_code", 0, 16, QStringLiteral("Scan the QR code"))};
    QTest::newRow("R-S1 bank_account card number")
        << QStringLiteral("卡号 6222 0212 3456 7894")
        << QVector<ScanFinding>{finding("diversion", "bank_account", 3, 22, QStringLiteral("6222 0212 3456 7894"))};
    QTest::newRow("R-S1 bank_account failing Luhn is not a card")
        << QStringLiteral("订单 6222021234567891") << QVector<ScanFinding>{};
    QTest::newRow("R-S1 bank_account phrase")
        << QStringLiteral("打款到银行卡")
        << QVector<ScanFinding>{finding("diversion", "bank_account", 3, 6, QStringLiteral("银行卡"))};
    QTest::newRow("R-S1 bank_account english")
        << QStringLiteral("Send it to my bank account")
        << QVector<ScanFinding>{finding("diversion", "bank_account", 14, 26, QStringLiteral("bank account"))};
    QTest::newRow("R-S1 other_platform")
        << QStringLiteral("抖音搜同名")
        << QVector<ScanFinding>{finding("diversion", "other_platform", 0, 2, QStringLiteral("抖音"))};
    QTest::newRow("R-S1 other_platform english")
        << QStringLiteral("Find me on Douyin")
        << QVector<ScanFinding>{finding("diversion", "other_platform", 11, 17, QStringLiteral("Douyin"))};

    // Diversion: private messages, asking for links, coupons by DM.
    QTest::newRow("R-S1 private_message")
        << QStringLiteral("喜欢的私我")
        << QVector<ScanFinding>{finding("diversion", "private_message", 3, 5, QStringLiteral("私我"))};
    QTest::newRow("R-S1 private_message symbol slipped in")
        << QStringLiteral("私🔥我")
        << QVector<ScanFinding>{finding("diversion", "private_message", 0, 3, QStringLiteral("私🔥我"))};
    QTest::newRow("R-S1 private_message english")
        << QStringLiteral("DM me for details")
        << QVector<ScanFinding>{finding("diversion", "private_message", 0, 5, QStringLiteral("DM me"))};
    QTest::newRow("R-S1 ask_link")
        << QStringLiteral("求链接！")
        << QVector<ScanFinding>{finding("diversion", "ask_link", 0, 3, QStringLiteral("求链接"))};
    QTest::newRow("R-S1 dm_coupon suppresses private_message")
        << QStringLiteral("私我领券")
        << QVector<ScanFinding>{finding("diversion", "dm_coupon", 0, 4, QStringLiteral("私我领券"))};
    QTest::newRow("R-S1 dm_coupon longer form")
        << QStringLiteral("私信我领优惠券")
        << QVector<ScanFinding>{finding("diversion", "dm_coupon", 0, 7, QStringLiteral("私信我领优惠券"))};

    // Absolute claims.
    QTest::newRow("R-S1 superlative")
        << QStringLiteral("这是最有效的面霜")
        << QVector<ScanFinding>{finding("absolute_claim", "superlative", 2, 5, QStringLiteral("最有效"))};
    QTest::newRow("R-S1 total_cure with treatment_claim")
        << QStringLiteral("彻底根治痘痘")
        << QVector<ScanFinding>{finding("medical_claim", "efficacy_claim", 0, 4, QStringLiteral("彻底根治")),
                                finding("absolute_claim", "total_cure", 0, 4, QStringLiteral("彻底根治")),
                                finding("medical_claim", "treatment_claim", 2, 6, QStringLiteral("根治痘痘"))};
    QTest::newRow("R-S1 certainty twice")
        << QStringLiteral("绝对安全，100%有效")
        << QVector<ScanFinding>{finding("absolute_claim", "certainty", 0, 4, QStringLiteral("绝对安全")),
                                finding("absolute_claim", "certainty", 5, 11, QStringLiteral("100%有效"))};
    QTest::newRow("R-S1 ranking")
        << QStringLiteral("全网第一的口红")
        << QVector<ScanFinding>{finding("absolute_claim", "ranking", 0, 4, QStringLiteral("全网第一"))};
    QTest::newRow("R-S1 superlative and certainty english")
        << QStringLiteral("Best ever serum, absolutely safe")
        << QVector<ScanFinding>{finding("absolute_claim", "superlative", 0, 9, QStringLiteral("Best ever")),
                                finding("absolute_claim", "certainty", 17, 32, QStringLiteral("absolutely safe"))};
    QTest::newRow("R-S1 total_cure english")
        << QStringLiteral("This cream cures completely")
        << QVector<ScanFinding>{finding("absolute_claim", "total_cure", 11, 27, QStringLiteral("cures completely"))};

    // False promises.
    QTest::newRow("R-S1 pass_guarantee and income_promise")
        << QStringLiteral("保过签证，年薪百万")
        << QVector<ScanFinding>{finding("false_promise", "pass_guarantee", 0, 4, QStringLiteral("保过签证")),
                                finding("false_promise", "income_promise", 5, 9, QStringLiteral("年薪百万"))};
    QTest::newRow("R-S1 pass_guarantee english")
        << QStringLiteral("Guaranteed visa in 30 days")
        << QVector<ScanFinding>{finding("false_promise", "pass_guarantee", 0, 15, QStringLiteral("Guaranteed visa"))};

    // Medical claims.
    QTest::newRow("R-S1 cosmetic_procedure")
        << QStringLiteral("无痛隆鼻，医美专家")
        << QVector<ScanFinding>{finding("medical_claim", "cosmetic_procedure", 0, 4, QStringLiteral("无痛隆鼻")),
                                finding("medical_claim", "cosmetic_procedure", 5, 7, QStringLiteral("医美"))};
    QTest::newRow("R-S1 treatment_claim english cures")
        << QStringLiteral("This serum cures acne")
        << QVector<ScanFinding>{finding("medical_claim", "treatment_claim", 11, 21, QStringLiteral("cures acne"))};
    QTest::newRow("R-S1 treatment_claim english treats")
        << QStringLiteral("It treats eczema fast")
        << QVector<ScanFinding>{finding("medical_claim", "treatment_claim", 3, 16, QStringLiteral("treats eczema"))};

    // Evasion families (docs/rules.md "R-S1 as implemented"), one row each, spans exact in code points.
    // Words split by symbols and emoji: the span runs from the first letter to the last, emoji included.
    QTest::newRow("R-S1 spaced-claim emoji between every character")
        << QStringLiteral("绝🔥对🔥安🔥全的面霜")
        << QVector<ScanFinding>{finding("absolute_claim", "certainty", 0, 7, QStringLiteral("绝🔥对🔥安🔥全"))};
    QTest::newRow("R-S1 spaced-claim offsets after an astral emoji")
        << QStringLiteral("😀全 网 最 低")
        << QVector<ScanFinding>{finding("absolute_claim", "superlative", 1, 8, QStringLiteral("全 网 最 低"))};
    QTest::newRow("R-S1 spaced-claim education promise")
        << QStringLiteral("保 录 取，名额有限")
        << QVector<ScanFinding>{finding("false_promise", "pass_guarantee", 0, 5, QStringLiteral("保 录 取"))};
    QTest::newRow("R-S1 spaced-claim english letters")
        << QStringLiteral("B-E-S-T E-V-E-R cream")
        << QVector<ScanFinding>{finding("absolute_claim", "superlative", 0, 15, QStringLiteral("B-E-S-T E-V-E-R"))};
    QTest::newRow("R-S1 spaced-contact emoji in 微信")
        << QStringLiteral("微🌸信搜 xiaolu_88")
        << QVector<ScanFinding>{finding("diversion", "wechat", 0, 14, QStringLiteral("微🌸信搜 xiaolu_88"))};
    QTest::newRow("R-S1 spaced-contact spelled-out wechat")
        << QStringLiteral("w e c h a t: ruby_lee_66")
        << QVector<ScanFinding>{finding("diversion", "wechat", 0, 24, QStringLiteral("w e c h a t: ruby_lee_66"))};
    QTest::newRow("R-S1 spaced-contact emoji in 私我")
        << QStringLiteral("喜欢的可以私💕我")
        << QVector<ScanFinding>{finding("diversion", "private_message", 5, 8, QStringLiteral("私💕我"))};
    QTest::newRow("R-S1 pinyin weixin with id")
        << QStringLiteral("wei xin：qiqi_store")
        << QVector<ScanFinding>{finding("diversion", "wechat", 0, 18, QStringLiteral("wei xin：qiqi_store"))};
    QTest::newRow("R-S1 pinyin jia wo vx")
        << QStringLiteral("jia wo vx 带你")
        << QVector<ScanFinding>{finding("diversion", "wechat", 0, 9, QStringLiteral("jia wo vx"))};
    QTest::newRow("R-S1 homophone-wechat 薇信")
        << QStringLiteral("薇信：lulu_beauty")
        << QVector<ScanFinding>{finding("diversion", "wechat", 0, 14, QStringLiteral("薇信：lulu_beauty"))};
    QTest::newRow("R-S1 homophone-wechat 微❤ with variation selector")
        << QStringLiteral("微❤️：meimei_2024")
        << QVector<ScanFinding>{finding("diversion", "wechat", 0, 15, QStringLiteral("微❤️：meimei_2024"))};
    QTest::newRow("R-S1 homophone-wechat 加威")
        << QStringLiteral("有事加威，秒回")
        << QVector<ScanFinding>{finding("diversion", "wechat", 2, 4, QStringLiteral("加威"))};
    QTest::newRow("R-S1 homophone-qq 扣扣 and its number")
        << QStringLiteral("扣扣：3355667788")
        << QVector<ScanFinding>{finding("diversion", "qq", 0, 2, QStringLiteral("扣扣")),
                                finding("diversion", "qq", 3, 13, QStringLiteral("3355667788"))};
    QTest::newRow("R-S1 homophone-qq penguin emoji")
        << QStringLiteral("🐧：2783445120")
        << QVector<ScanFinding>{finding("diversion", "qq", 2, 12, QStringLiteral("2783445120"))};
    QTest::newRow("R-S1 v-me")
        << QStringLiteral("V我50，教程发你")
        << QVector<ScanFinding>{finding("diversion", "v_me", 0, 2, QStringLiteral("V我"))};
    QTest::newRow("R-S1 profile 主页有联系方式")
        << QStringLiteral("主页有联系方式，欢迎来问")
        << QVector<ScanFinding>{finding("diversion", "profile_pointer", 0, 3, QStringLiteral("主页有"))};
    QTest::newRow("R-S1 profile english")
        << QStringLiteral("Go to my profile for the contact info")
        << QVector<ScanFinding>{finding("diversion", "profile_pointer", 0, 16, QStringLiteral("Go to my profile"))};
    QTest::newRow("R-S1 other_platform with a pointer")
        << QStringLiteral("Follow me on TikTok")
        << QVector<ScanFinding>{finding("diversion", "other_platform", 13, 19, QStringLiteral("TikTok"))};
    QTest::newRow("R-S1 en-superlative number one")
        << QStringLiteral("Number one fat burner")
        << QVector<ScanFinding>{finding("absolute_claim", "ranking", 0, 10, QStringLiteral("Number one"))};
    QTest::newRow("R-S1 en-guarantee 100% guaranteed")
        << QStringLiteral("100% guaranteed, try it")
        << QVector<ScanFinding>{finding("absolute_claim", "certainty", 0, 15, QStringLiteral("100% guaranteed"))};
    QTest::newRow("R-S1 edu sure admission")
        << QStringLiteral("Sure admission to top schools")
        << QVector<ScanFinding>{finding("false_promise", "pass_guarantee", 0, 14, QStringLiteral("Sure admission"))};
    QTest::newRow("R-S1 edu 保offer")
        << QStringLiteral("申请季保offer")
        << QVector<ScanFinding>{finding("false_promise", "pass_guarantee", 3, 9, QStringLiteral("保offer"))};
    QTest::newRow("R-S1 income 月入过万")
        << QStringLiteral("宝妈在家也能月入过万")
        << QVector<ScanFinding>{finding("false_promise", "income_promise", 6, 10, QStringLiteral("月入过万"))};
    QTest::newRow("R-S1 medical 药到病除 is absolute and medical")
        << QStringLiteral("药到病除")
        << QVector<ScanFinding>{finding("medical_claim", "efficacy_claim", 0, 4, QStringLiteral("药到病除")),
                                finding("absolute_claim", "total_cure", 0, 4, QStringLiteral("药到病除"))};
    QTest::newRow("R-S1 medical 特效药")
        << QStringLiteral("特效药，一喷就好")
        << QVector<ScanFinding>{finding("medical_claim", "efficacy_claim", 0, 3, QStringLiteral("特效药"))};
    QTest::newRow("R-S1 medical 100%有效 about an illness")
        << QStringLiteral("治疗脱发100%有效")
        << QVector<ScanFinding>{finding("medical_claim", "treatment_claim", 0, 4, QStringLiteral("治疗脱发")),
                                finding("absolute_claim", "certainty", 4, 10, QStringLiteral("100%有效")),
                                finding("medical_claim", "efficacy_claim", 4, 10, QStringLiteral("100%有效"))};
    QTest::newRow("R-S1 medical 永不复发 emoji-split")
        << QStringLiteral("永✨不✨复✨发")
        << QVector<ScanFinding>{finding("absolute_claim", "certainty", 0, 7, QStringLiteral("永✨不✨复✨发")),
                                finding("medical_claim", "efficacy_claim", 0, 7, QStringLiteral("永✨不✨复✨发"))};
}

void TestScan::findings()
{
    QFETCH(QString, text);
    QFETCH(QVector<ScanFinding>, expected);
    const QVector<ScanFinding> actual = TextScanner::builtin().scan(text);
    QCOMPARE(describe(actual), describe(expected));
    QVERIFY(actual == expected);
}

void TestScan::cleanTexts_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("R-S1 clean chinese") << QStringLiteral("今天天气很好");
    QTest::newRow("R-S1 clean english") << QStringLiteral("I love this lipstick");
    QTest::newRow("R-S1 clean 第一次") << QStringLiteral("第一次来这家店，环境不错");
    QTest::newRow("R-S1 clean 快手菜 is a dish") << QStringLiteral("分享一道快手菜");
    QTest::newRow("R-S1 clean 自私我") << QStringLiteral("他很自私我不喜欢");
    QTest::newRow("R-S1 clean 面包过期") << QStringLiteral("面包过期了");
    QTest::newRow("R-S1 clean 不过 means but") << QStringLiteral("不过退款很快");
    QTest::newRow("R-S1 clean ordinary salary") << QStringLiteral("年薪30万的工作也不错");
    QTest::newRow("R-S1 clean dates and prices") << QStringLiteral("2025-03-01 14:30 买了 3 支，共 399 元");
    QTest::newRow("R-S1 clean empty") << QString();
    // Hard negatives, one row per kind (docs/rules.md "R-S1 as implemented").
    QTest::newRow("R-S1 negative-order-number") << QStringLiteral("订单号 202503181234567890，已经发货了");
    QTest::newRow("R-S1 negative-isbn") << QStringLiteral("这本书 ISBN 978-7-5442-9116-9，推荐给大家");
    QTest::newRow("R-S1 negative-date") << QStringLiteral("2025-03-18 13:45 到达机场，航班延误");
    QTest::newRow("R-S1 negative-price") << QStringLiteral("到手价 13899 元，比去年便宜");
    QTest::newRow("R-S1 negative-first") << QStringLiteral("第一次做蛋糕，失败了哈哈");
    QTest::newRow("R-S1 negative-selfish") << QStringLiteral("太自私我受不了了，分手");
    QTest::newRow("R-S1 negative-brand-platform 京东方") << QStringLiteral("京东方的屏幕素质真的好");
    QTest::newRow("R-S1 negative-brand-platform 南京东路") << QStringLiteral("南京东路步行街晚上好热闹");
    QTest::newRow("R-S1 negative-platform-passing") << QStringLiteral("这个视频我在抖音刷到过，原来是真的");
    QTest::newRow("R-S1 negative-platform-passing 热搜") << QStringLiteral("这件事上了微博热搜");
    QTest::newRow("R-S1 negative-platform-passing english") << QStringLiteral("my wechat account was hacked");
    QTest::newRow("R-S1 negative-payment-app") << QStringLiteral("店里支持支付宝和微信支付，很方便");
    QTest::newRow("R-S1 negative-everyday-qr ordering") << QStringLiteral("扫码点餐，上菜很快");
    QTest::newRow("R-S1 negative-everyday-qr tickets") << QStringLiteral("电子票二维码截图保存好，入场要检票");
    QTest::newRow("R-S1 negative-everyday-qr english") << QStringLiteral("Scan the QR code on the table to order");
    QTest::newRow("R-S1 negative-denied-claim 不是") << QStringLiteral("并非全网最低价，但售后有保障");
    QTest::newRow("R-S1 negative-denied-claim 不保证") << QStringLiteral("不保证录取，只能帮你把材料做好");
    QTest::newRow("R-S1 negative-denied-claim english") << QStringLiteral("Nobody can guarantee admission, be careful");
    QTest::newRow("R-S1 negative-denied-claim debunked") << QStringLiteral("培训机构说包过的都是骗人的");
    QTest::newRow("R-S1 negative-risk-warning") << QStringLiteral("隆鼻有风险，大家谨慎考虑");
    QTest::newRow("R-S1 negative-risk-warning across a comma") << QStringLiteral("水光针不是人人都适合，过敏体质慎重");
    QTest::newRow("R-S1 negative-risk-warning english") << QStringLiteral("Botox carries real risks, talk to a doctor");
    QTest::newRow("R-S1 negative-homophone 威信 as prestige") << QStringLiteral("班主任在班里很有威信");
    QTest::newRow("R-S1 negative-homophone 扣扣子") << QStringLiteral("今天扣扣子的时候扣错了");
    QTest::newRow("R-S1 negative-decimal is not squeezed") << QStringLiteral("1.3.8 版本更新了");
    QTest::newRow("R-S1 negative-film effects 特效") << QStringLiteral("这部电影特效很棒");

}

void TestScan::cleanTexts()
{
    QFETCH(QString, text);
    QCOMPARE(describe(TextScanner::builtin().scan(text)), QString());
}

void TestScan::invalidLexicon_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("syntax") << QByteArray("{\n  \"format\": 1,\n  oops\n}")
                            << QStringLiteral("lexicon: line 3, column ");
    QTest::newRow("not an object") << QByteArray("[]") << QStringLiteral("lexicon: top level: must be a JSON object");
    QTest::newRow("format") << QByteArray(R"({"format":2,"name":"t","rules":[]})")
                            << QStringLiteral("lexicon: top level: \"format\" must be an integer from 1 to 1");
    QTest::newRow("no rules") << QByteArray(R"({"format":1,"name":"t","rules":[]})")
                              << QStringLiteral("lexicon: top level: \"rules\" must be a non-empty array");
    QTest::newRow("unknown top-level field") << QByteArray(R"({"format":1,"name":"t","rule":[]})")
                                             << QStringLiteral("lexicon: top level: unknown field \"rule\"");
    QTest::newRow("bad rule name")
        << minimalLexicon(R"({"rule":"Phone","category":"diversion","kind":"phrase","patterns":["a"]})")
        << QStringLiteral("lexicon: rules[0]: \"rule\" must be a lower-case identifier (a-z, 0-9, _)");
    QTest::newRow("bad kind")
        << minimalLexicon(R"({"rule":"p","category":"diversion","kind":"word","patterns":["a"]})")
        << QStringLiteral("lexicon: rules[0] (p): \"kind\" must be \"phrase\", \"regex\" or \"digits\"");
    QTest::newRow("missing patterns")
        << minimalLexicon(R"({"rule":"p","category":"diversion","kind":"phrase"})")
        << QStringLiteral("lexicon: rules[0] (p): \"patterns\" is missing");
    QTest::newRow("empty pattern")
        << minimalLexicon(R"({"rule":"p","category":"diversion","kind":"phrase","patterns":["a"," "]})")
        << QStringLiteral("lexicon: rules[0] (p): \"patterns\"[1] must be a non-empty string");
    QTest::newRow("bad regex")
        << minimalLexicon(R"({"rule":"p","category":"diversion","kind":"phrase","patterns":["a"]},
                             {"rule":"q","category":"diversion","kind":"regex","patterns":["ok","(unclosed"]})")
        << QStringLiteral("lexicon: rules[1] (q): \"patterns\"[1]: invalid regular expression (missing closing parenthesis)");
    QTest::newRow("digits without min_digits")
        << minimalLexicon(R"({"rule":"p","category":"diversion","kind":"digits","max_digits":3})")
        << QStringLiteral("lexicon: rules[0] (p): \"min_digits\" is missing");
    QTest::newRow("digits max below min")
        << minimalLexicon(R"({"rule":"p","category":"diversion","kind":"digits","min_digits":5,"max_digits":3})")
        << QStringLiteral("lexicon: rules[0] (p): \"max_digits\" must be an integer from 5 to 64");
    QTest::newRow("digits field on a phrase rule")
        << minimalLexicon(R"({"rule":"p","category":"diversion","kind":"phrase","patterns":["a"],"min_digits":3})")
        << QStringLiteral("lexicon: rules[0] (p): unknown field \"min_digits\"");
    QTest::newRow("category mismatch")
        << minimalLexicon(R"({"rule":"p","category":"diversion","kind":"phrase","patterns":["a"]},
                             {"rule":"p","category":"medical_claim","kind":"phrase","patterns":["b"]})")
        << QStringLiteral("lexicon: rules[1] (p): category \"medical_claim\" differs from the rule's earlier category \"diversion\"");
    QTest::newRow("suppressed_by unknown rule")
        << minimalLexicon(R"({"rule":"p","category":"diversion","kind":"phrase","patterns":["a"],"suppressed_by":["zz"]})")
        << QStringLiteral("lexicon: rules[0] (p): \"suppressed_by\" names \"zz\", which is not another rule of the lexicon");
    QTest::newRow("contexts not an object")
        << QByteArray(R"({"format":1,"name":"t","contexts":[],"rules":[{"rule":"p","category":"c","kind":"phrase","patterns":["a"]}]})")
        << QStringLiteral("lexicon: top level: \"contexts\" must be an object");
    QTest::newRow("context without phrases")
        << QByteArray(R"({"format":1,"name":"t","contexts":{"neg":{"before":3}},"rules":[{"rule":"p","category":"c","kind":"phrase","patterns":["a"]}]})")
        << QStringLiteral("lexicon: contexts.neg: \"phrases\" is missing");
    QTest::newRow("context without a side")
        << QByteArray(R"({"format":1,"name":"t","contexts":{"neg":{"phrases":["not"]}},"rules":[{"rule":"p","category":"c","kind":"phrase","patterns":["a"]}]})")
        << QStringLiteral("lexicon: contexts.neg: needs \"before\" or \"after\"");
    QTest::newRow("context gap out of range")
        << QByteArray(R"({"format":1,"name":"t","contexts":{"neg":{"phrases":["not"],"before":65}},"rules":[{"rule":"p","category":"c","kind":"phrase","patterns":["a"]}]})")
        << QStringLiteral("lexicon: contexts.neg: \"before\" must be an integer from 0 to 64");
    QTest::newRow("context bad scope")
        << QByteArray(R"({"format":1,"name":"t","contexts":{"neg":{"phrases":["not"],"before":3,"scope":"page"}},"rules":[{"rule":"p","category":"c","kind":"phrase","patterns":["a"]}]})")
        << QStringLiteral("lexicon: contexts.neg: \"scope\" must be \"clause\" or \"sentence\"");
    QTest::newRow("context unknown field")
        << QByteArray(R"({"format":1,"name":"t","contexts":{"neg":{"phrases":["not"],"before":3,"window":2}},"rules":[{"rule":"p","category":"c","kind":"phrase","patterns":["a"]}]})")
        << QStringLiteral("lexicon: contexts.neg: unknown field \"window\"");
    QTest::newRow("unless_near unknown context")
        << minimalLexicon(R"({"rule":"p","category":"diversion","kind":"phrase","patterns":["a"],"unless_near":["neg"]})")
        << QStringLiteral("lexicon: rules[0] (p): \"unless_near\" names \"neg\", which is not one of the lexicon's \"contexts\"");
}

void TestScan::invalidLexicon()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString actual;
    QVERIFY(!TextScanner::fromJson(json, &actual));
    // A JSON syntax error's wording is Qt's; the place (line, column) is ours.
    if (error.endsWith(QLatin1String("column ")))
        QVERIFY2(actual.startsWith(error), qPrintable(actual));
    else
        QCOMPARE(actual, error);
}

// R-S1: the rules are data. A lexicon of our own finds what it lists, with its own names and spans.
void TestScan::lexiconRulesAreData()
{
    const QByteArray json = minimalLexicon(
        R"({"rule":"shout","category":"tone","kind":"phrase","patterns":["buy now"],"_note":"comments are fine"},
           {"rule":"code","category":"tone","kind":"digits","min_digits":4,"max_digits":4,"max_gap":1},
           {"rule":"hashtag","category":"tone","kind":"regex","patterns":["#[a-z]+"]})");
    QString error;
    const auto scanner = TextScanner::fromJson(json, &error);
    QVERIFY2(scanner, qPrintable(error));
    const QVector<ScanFinding> actual = scanner->scan(QStringLiteral("BUY  NOW 🎁 code 1-2-3-4 #Sale"));
    const QVector<ScanFinding> expected{finding("tone", "shout", 0, 8, QStringLiteral("BUY  NOW")),
                                        finding("tone", "code", 16, 23, QStringLiteral("1-2-3-4")),
                                        finding("tone", "hashtag", 24, 29, QStringLiteral("#Sale"))};
    QCOMPARE(describe(actual), describe(expected));
    QVERIFY(scanner->scan(QStringLiteral("TEXT 与之无关")).isEmpty());
}

// R-S1 "context decides": contexts are data too. A claim counts unless a negation sits within 4 code points
// before it in its clause; a platform counts only with a pointer right after it; a procedure counts unless
// a risk word is within its sentence (commas allowed), "零风险" not being one.
void TestScan::lexiconContexts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("R-S1 claim alone") << QStringLiteral("最强的面霜") << QStringList{QStringLiteral("claim 最强")};
    QTest::newRow("R-S1 claim denied") << QStringLiteral("不是最强的面霜") << QStringList{};
    QTest::newRow("R-S1 negation too far") << QStringLiteral("不是说这个东西啊最强的面霜") << QStringList{QStringLiteral("claim 最强")};
    QTest::newRow("R-S1 negation in another clause") << QStringLiteral("不是，最强的面霜") << QStringList{QStringLiteral("claim 最强")};
    QTest::newRow("R-S1 negation after is not searched") << QStringLiteral("最强不是梦") << QStringList{QStringLiteral("claim 最强")};
    QTest::newRow("R-S1 platform pointed to") << QStringLiteral("抖音搜同名") << QStringList{QStringLiteral("platform 抖音")};
    QTest::newRow("R-S1 platform pointer not adjacent") << QStringLiteral("抖音热搜") << QStringList{};
    QTest::newRow("R-S1 platform in passing") << QStringLiteral("在抖音刷到的") << QStringList{};
    QTest::newRow("R-S1 procedure") << QStringLiteral("隆鼻特价") << QStringList{QStringLiteral("procedure 隆鼻")};
    QTest::newRow("R-S1 procedure risk across a comma") << QStringLiteral("隆鼻特价，风险自负") << QStringList{};
    QTest::newRow("R-S1 procedure risk in another sentence") << QStringLiteral("隆鼻特价。风险自负") << QStringList{QStringLiteral("procedure 隆鼻")};
    QTest::newRow("R-S1 context except") << QStringLiteral("隆鼻零风险") << QStringList{QStringLiteral("procedure 隆鼻")};
}

void TestScan::lexiconContexts()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const QByteArray json = R"({"format":1,"name":"t",
        "contexts":{"neg":{"phrases":["不是"],"before":4},
                    "pointer":{"phrases":["搜"],"after":0},
                    "risk":{"phrases":["风险"],"before":10,"after":10,"scope":"sentence","except":["零风险"]}},
        "rules":[{"rule":"claim","category":"c","kind":"phrase","patterns":["最强"],"unless_near":["neg"]},
                 {"rule":"platform","category":"c","kind":"phrase","patterns":["抖音"],"only_near":["pointer"]},
                 {"rule":"procedure","category":"c","kind":"phrase","patterns":["隆鼻"],"unless_near":["risk"]}]})";
    QString error;
    const auto scanner = TextScanner::fromJson(json, &error);
    QVERIFY2(scanner, qPrintable(error));
    QStringList actual;
    for (const ScanFinding &f : scanner->scan(text))
        actual << f.rule + QLatin1Char(' ') + f.match;
    QCOMPARE(actual, expected);
}

// Fuzz-ish robustness: random mixes of the characters the scanner treats specially (digits in every
// spelling, markers, emoji, lone surrogates, zero-width and full-width forms) never crash it, and every
// finding keeps the contract: inside the text, its match is the text's span, sorted, and one rule's
// findings never overlap.
void TestScan::randomInputNeverBreaksInvariants()
{
    const QString pool = QStringLiteral(
        "0123456789１３８幺两三八零〇壹贰 -.·*🔥😀\u200b\uFE0Fvxwechat微信加我私链接扫码@.comhttps:/"
        "最有效第一保过年薪百万治疗痘痘医美ＶＸabcXYZ，。！\n");
    std::mt19937 random(20251101);
    std::uniform_int_distribution<int> pick(0, pool.size() - 1);
    std::uniform_int_distribution<int> length(0, 120);
    std::uniform_int_distribution<int> oneIn(0, 40);
    const TextScanner &scanner = TextScanner::builtin();
    int withFindings = 0;
    for (int round = 0; round < 3000; ++round) {
        QString text;
        const int n = length(random);
        for (int i = 0; i < n; ++i) {
            if (oneIn(random) == 0)
                text.append(QChar(char16_t(0xD800 + oneIn(random)))); // a lone surrogate
            else
                text.append(pool.at(pick(random)));
        }
        const QVector<ScanFinding> findings = scanner.scan(text);
        withFindings += findings.isEmpty() ? 0 : 1;
        const QStringList points = codePoints(text);
        const int size = points.size();
        for (int i = 0; i < findings.size(); ++i) {
            const ScanFinding &f = findings[i];
            QVERIFY2(0 <= f.start && f.start < f.end && f.end <= size, qPrintable(text));
            QCOMPARE(f.match, points.mid(f.start, f.end - f.start).join(QString()));
            if (i > 0) {
                const ScanFinding &previous = findings[i - 1];
                QVERIFY(previous.start < f.start || (previous.start == f.start && previous.rule <= f.rule));
            }
            for (int j = 0; j < i; ++j) {
                if (findings[j].rule == f.rule)
                    QVERIFY2(findings[j].end <= f.start || f.end <= findings[j].start, qPrintable(text));
            }
        }
    }
    QVERIFY(withFindings > 100); // the random texts really exercised the rules
}

QTEST_GUILESS_MAIN(TestScan)
#include "tst_scan.moc"
