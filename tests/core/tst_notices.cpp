// Notices to subjects (core/notice, docs/rules.md "Notices"): every template rendered in both languages
// with hand-checked text; the notices an action sends are appended in its transaction, and none when it
// fails; R-M6 sends one notice per affiliated creator; R-B2's ban notice carries the policy's exact text;
// `notice` lines are checked on import (the line and the field named, the store unchanged) and carried by
// export; a template in the override folder replaces the shipped one. Real SQLite files, real imports.

#include "actions/actions.h"
#include "io/jsonlexporter.h"
#include "notice/noticeplanner.h"
#include "notice/noticerenderer.h"
#include "notice/noticetemplates.h"
#include "query/auditquery.h"
#include "query/audittext.h"
#include "query/noticequery.h"
#include "store/store.h"

#include "rawsqlite.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace redline;

namespace {

// Three creators contracted to mcn-x (one reads English), whose two reputation-damage violations leave it at 60 on 10 February;
// a creator who reads English; a brand with a pending appeal of another moderator's violation.
const char kLedger[] = R"(
{"type":"subject","handle":"crt-a","kind":"creator","name":"小A","at":"2025-01-01"}
{"type":"subject","handle":"crt-en","kind":"creator","name":"Ann","at":"2025-01-01","attrs":{"language":"en"}}
{"type":"subject","handle":"mcn-x","kind":"mcn","name":"星河传媒","at":"2025-01-01"}
{"type":"subject","handle":"crt-b","kind":"creator","name":"小B","at":"2025-01-01"}
{"type":"subject","handle":"crt-c","kind":"creator","name":"小C","at":"2025-01-01"}
{"type":"subject","handle":"crt-d","kind":"creator","name":"小D","at":"2025-01-01"}
{"type":"subject","handle":"crt-f","kind":"creator","name":"Fay","at":"2025-01-01","attrs":{"language":"en"}}
{"type":"subject","handle":"brand-x","kind":"brand","name":"X 品牌","at":"2025-01-01"}
{"type":"subject","handle":"brand-en","kind":"brand","name":"Acme","at":"2025-01-01","attrs":{"language":"en"}}
{"type":"contract","subject":"crt-b","mcn":"mcn-x","action":"start","at":"2025-01-05"}
{"type":"contract","subject":"crt-c","mcn":"mcn-x","action":"start","at":"2025-01-05"}
{"type":"contract","subject":"crt-d","mcn":"mcn-x","action":"start","at":"2025-01-05"}
{"type":"contract","subject":"crt-f","mcn":"mcn-x","action":"start","at":"2025-01-06"}
{"type":"contract","subject":"crt-d","mcn":"mcn-x","action":"end","at":"2025-01-20"}
{"type":"violation","id":"v-m1","subject":"mcn-x","code":"mcn.reputation_damage","at":"2025-02-01","by":"mod.wang"}
{"type":"violation","id":"v-m2","subject":"mcn-x","code":"mcn.reputation_damage","at":"2025-02-02","by":"mod.wang"}
{"type":"violation","id":"v-a1","subject":"crt-a","code":"creator.diversion","at":"2025-02-03","by":"mod.wang"}
{"type":"appeal","id":"a-1","violation":"v-a1","at":"2025-02-04","by":"crt-a","reason":"不是导流"}
{"type":"violation","id":"v-e1","subject":"crt-en","code":"creator.diversion","at":"2025-02-03","by":"mod.wang"}
{"type":"appeal","id":"a-2","violation":"v-e1","at":"2025-02-04","by":"crt-en","reason":"not diversion"}
)";

StoreOptions optionsAt(const char *instant)
{
    StoreOptions options;
    options.now = *parseInstant(QString::fromLatin1(instant));
    options.actor = QStringLiteral("tester");
    return options;
}

} // namespace

class TestNotices : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void rendersEveryTemplate_data();
    void rendersEveryTemplate();
    void rendererRefusesUnknownPlaceholder();
    void overrideTemplateReplacesShipped();
    void brokenOverrideFailsTheActionWritingNothing();
    void violationAppendsOneNoticeInItsTransaction();
    void failedActionAppendsNoNotice();
    void mcnWithinMarginNotifiesEachAffiliate();
    void brandBanCarriesThePolicyText_data();
    void brandBanCarriesThePolicyText();
    void badNoticeLineIsRefused_data();
    void badNoticeLineIsRefused();
    void exportAndImportCarryNotices();

private:
    std::unique_ptr<Store> openStore(const char *now = "2025-02-10");
    QString write(const QString &name, const QByteArray &content);
    qint64 events() const { return RawSqlite::count(m_path, "SELECT count(*) FROM events"); }
    qint64 notices() const { return RawSqlite::count(m_path, "SELECT count(*) FROM events WHERE type = 14"); }
    // The one notice of `handle` with `templateId`, newest first; fails the test when there is none.
    NoticeRecord noticeOf(Store &store, const QString &handle, const QString &templateId);

    QTemporaryDir m_dir;
    QString m_path;
};

void TestNotices::init()
{
    NoticeTemplates::setOverrideFolder(QString()); // the shipped templates unless a test says otherwise
    m_path = m_dir.filePath(QStringLiteral("store-%1.redline").arg(QTest::currentTestFunction()));
    QFile::remove(m_path);
    StoreError error;
    std::unique_ptr<Store> store = Store::create(m_path, optionsAt("2025-02-05"), &error);
    QVERIFY2(store, qPrintable(error.message));
    Actions admin(*store, Session::open(QStringLiteral("tester")));
    ActionResult result;
    QVERIFY2(admin.importFile(write(QStringLiteral("ledger.jsonl"), kLedger), &result, &error), qPrintable(error.message));
}

void TestNotices::cleanup()
{
    NoticeTemplates::setOverrideFolder(QString());
}

std::unique_ptr<Store> TestNotices::openStore(const char *now)
{
    StoreError error;
    std::unique_ptr<Store> store = Store::open(m_path, optionsAt(now), &error);
    if (!store)
        qWarning() << error.message;
    return store;
}

QString TestNotices::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    file.write(content);
    return path;
}

NoticeRecord TestNotices::noticeOf(Store &store, const QString &handle, const QString &templateId)
{
    QVector<NoticeRecord> found;
    StoreError error;
    if (!NoticeQuery(store).fetch({handle, templateId}, 0, 10, &found, &error) || found.isEmpty()) {
        qWarning() << "no notice" << templateId << "for" << handle << error.message;
        return NoticeRecord();
    }
    return found.first();
}

// Each row takes one action as mod.li (a senior moderator may take all of them) and checks the whole text
// of one notice it sent, in the addressee's language.
void TestNotices::rendersEveryTemplate_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("addressee");
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<QString>("text");
    const auto row = [](const char *tag, const char *action, const char *addressee, const char *templateId, const QString &text) {
        QTest::newRow(tag) << QString::fromLatin1(action) << QString::fromLatin1(addressee) << QString::fromLatin1(templateId) << text;
    };
    row("violation zh_CN", "violation-creator", "crt-a", "violation", QString::fromUtf8(
            "【蒲公英平台 违规处理通知】\n"
            "小A（crt-a）：\n"
            "经平台审核，您于2025年2月10日 00:00（UTC）被认定违规：搬运他人作品，重复率超过 30%（违规编号 v-20250210-1）。\n"
            "本次扣除 5 分，分数由 95 分变为 90 分。\n"
            "处罚措施：\n"
            "· 禁言：2025年2月10日 00:00（UTC）起，至2025年2月25日 00:00（UTC）止\n"
            "· 关闭商品合作：2025年2月10日 00:00（UTC）起，至2025年5月11日 00:00（UTC）止\n"
            "· 笔记下架：2025年2月10日 00:00（UTC）起，永久\n"
            "新增限制：无\n"
            "如对本次处理有异议，请于2025年2月17日 00:00（UTC）前通过蒲公英平台提交申诉，并注明违规编号 v-20250210-1。"));
    row("violation en", "violation-creator", "crt-en", "violation", QString::fromUtf8(
            "[Pugongying (蒲公英) platform: notice of a violation]\n"
            "Ann (crt-en):\n"
            "After review, the platform found a violation on 10 February 2025, 00:00 UTC: Reposting others' work, duplication above 30% (violation v-20250210-1).\n"
            "5 point(s) were deducted: your score went from 95 to 90.\n"
            "Sanctions:\n"
            "- Muted: from 10 February 2025, 00:00 UTC until 25 February 2025, 00:00 UTC\n"
            "- Product collaboration closed: from 10 February 2025, 00:00 UTC until 11 May 2025, 00:00 UTC\n"
            "- Note removed: from 10 February 2025, 00:00 UTC, permanent\n"
            "New restrictions: none\n"
            "If you disagree, you may appeal through the Pugongying platform by 17 February 2025, 00:00 UTC, quoting violation v-20250210-1."));
    row("appeal_overturned zh_CN", "overturn", "crt-a", "appeal_overturned", QString::fromUtf8(
            "【蒲公英平台 申诉结果通知】\n"
            "小A（crt-a）：\n"
            "您针对违规 v-a1（导流：微信、电话、二维码、链接或“私我/求链接/私我领券”）提交的申诉 a-1 已于2025年2月10日 00:00（UTC）处理完毕。\n"
            "处理结果：申诉成立，撤销该违规。\n"
            "理由：证据不足\n"
            "返还 5 分，分数由 95 分变为 100 分。\n"
            "提前解除的处罚：\n"
            "· 限流：原定至2025年3月5日 00:00（UTC），已于2025年2月10日 00:00（UTC）提前解除"));
    row("appeal_overturned en", "overturn", "crt-en", "appeal_overturned", QString::fromUtf8(
            "[Pugongying (蒲公英) platform: decision on your appeal]\n"
            "Ann (crt-en):\n"
            "Your appeal a-2 against violation v-e1 (导流: WeChat, phone, QR code, link or 私我/求链接/私我领券) was decided on 10 February 2025, 00:00 UTC.\n"
            "Decision: overturned. The violation is void.\n"
            "Reason: 证据不足\n"
            "5 point(s) were given back: your score went from 95 to 100.\n"
            "Sanctions lifted early:\n"
            "- Traffic throttled: was to run until 5 March 2025, 00:00 UTC, lifted on 10 February 2025, 00:00 UTC"));
    row("appeal_upheld zh_CN", "uphold", "crt-a", "appeal_upheld", QString::fromUtf8(
            "【蒲公英平台 申诉结果通知】\n"
            "小A（crt-a）：\n"
            "您针对违规 v-a1（导流：微信、电话、二维码、链接或“私我/求链接/私我领券”）提交的申诉 a-1 已于2025年2月10日 00:00（UTC）处理完毕。\n"
            "处理结果：驳回申诉，维持原处理。\n"
            "理由：evidence confirmed\n"
            "原处理不变：分数仍为 95 分，已执行的处罚继续有效。"));
    row("appeal_upheld en", "uphold", "crt-en", "appeal_upheld", QString::fromUtf8(
            "[Pugongying (蒲公英) platform: decision on your appeal]\n"
            "Ann (crt-en):\n"
            "Your appeal a-2 against violation v-e1 (导流: WeChat, phone, QR code, link or 私我/求链接/私我领券) was decided on 10 February 2025, 00:00 UTC.\n"
            "Decision: upheld. The violation stands.\n"
            "Reason: evidence confirmed\n"
            "Nothing changes: your score stays at 95 and the sanctions in force continue."));
    row("sanction_end zh_CN", "sanction-end", "crt-a", "sanction_end", QString::fromUtf8(
            "【蒲公英平台 处罚期满通知】\n"
            "小A（crt-a）：\n"
            "您因违规 v-a1（导流：微信、电话、二维码、链接或“私我/求链接/私我领券”）受到的处罚“限流”已于2025年3月5日 00:00（UTC）期满解除。\n"
            "请继续遵守社区规范与蒲公英平台的商业合作规则。"));
    row("sanction_end en", "sanction-end", "crt-en", "sanction_end", QString::fromUtf8(
            "[Pugongying (蒲公英) platform: a sanction has ended]\n"
            "Ann (crt-en):\n"
            "The sanction \"Traffic throttled\" imposed for violation v-a1 (导流: WeChat, phone, QR code, link or 私我/求链接/私我领券) ended on 5 March 2025, 00:00 UTC.\n"
            "Please keep following the community guidelines and the Pugongying platform's rules for commercial work."));
    row("R-M6 mcn_advance_notice zh_CN", "violation-mcn", "crt-b", "mcn_advance_notice", QString::fromUtf8(
            "【蒲公英平台 MCN 机构风险提示】\n"
            "小B（crt-b）：\n"
            "您签约的 MCN 机构 星河传媒（mcn-x）的健康分已于2025年2月10日 00:00（UTC）降至 45 分，进入关键阈值 40 分的预警区间（40 至 45 分）。\n"
            "该机构健康分一旦低于 40 分，将受到以下限制：冻结收入、创作者可解约。\n"
            "若该机构收入被冻结，您的收益将通过替代结算渠道发放，并可在冻结开始后 30 天内与该机构无责解约。"));
    row("R-M6 mcn_advance_notice en", "violation-mcn", "crt-f", "mcn_advance_notice", QString::fromUtf8(
            "[Pugongying (蒲公英) platform: advance notice about your MCN]\n"
            "Fay (crt-f):\n"
            "The health score of your MCN 星河传媒 (mcn-x) fell to 45 on 10 February 2025, 00:00 UTC: within 5 points of the critical threshold of 40.\n"
            "Below 40 the MCN gets these restrictions: Revenue frozen, Creators may terminate contracts.\n"
            "If the MCN's revenue is frozen, you will be paid through an alternative payment channel and may end your contract with it without penalty within 30 days of the freeze."));
    row("R-M6 mcn_revenue_frozen en", "violation-mcn-frozen", "crt-f", "mcn_revenue_frozen", QString::fromUtf8(
            "[Pugongying (蒲公英) platform: your MCN's revenue is frozen]\n"
            "Fay (crt-f):\n"
            "The revenue of your MCN 星河传媒 (mcn-x) is frozen from 10 February 2025, 00:00 UTC (health score 25).\n"
            "While it is frozen, you are paid through an alternative payment channel.\n"
            "You may end your contract with the MCN without penalty until 12 March 2025, 00:00 UTC."));
    row("R-M6 mcn_revenue_frozen zh_CN", "violation-mcn-frozen", "crt-c", "mcn_revenue_frozen", QString::fromUtf8(
            "【蒲公英平台 MCN 机构收入冻结通知】\n"
            "小C（crt-c）：\n"
            "您签约的 MCN 机构 星河传媒（mcn-x）自2025年2月10日 00:00（UTC）起收入被冻结（健康分 25 分）。\n"
            "冻结期间，您的收益将通过替代结算渠道发放。\n"
            "您可在2025年3月12日 00:00（UTC）前与该机构无责解约。"));
    row("R-B2 brand_ban zh_CN", "ban", "brand-x", "brand_ban", QString::fromUtf8(
            "【蒲公英平台 品牌封禁通知】\n"
            "X 品牌（brand-x）：\n"
            "自2025年2月10日 00:00（UTC）起，贵品牌在平台被永久封禁。\n"
            "品牌搜索结果将展示以下提示：\n"
            "该品牌涉嫌虚假营销,相关内容不予展示\n"
            "原因：fake UGC"));
    row("R-B2 brand_ban en", "ban", "brand-en", "brand_ban", QString::fromUtf8(
            "[Pugongying (蒲公英) platform: your brand is banned]\n"
            "Acme (brand-en):\n"
            "From 10 February 2025, 00:00 UTC, your brand is permanently banned on the platform.\n"
            "Searches for the brand show this notice:\n"
            "This brand is suspected of false marketing; content related to it will not be displayed.\n"
            "Reason: fake UGC"));
}

void TestNotices::rendersEveryTemplate()
{
    QFETCH(QString, action);
    QFETCH(QString, addressee);
    QFETCH(QString, templateId);
    QFETCH(QString, text);
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    Actions actions(*store, Session::open(QStringLiteral("mod.li")));
    ActionResult result;
    StoreError error;
    bool ok = true;
    if (action == QLatin1String("violation-creator"))
        ok = actions.recordViolation(addressee, QStringLiteral("creator.plagiarism"), -1, QString(),
                                     QStringLiteral("human_review"), QStringLiteral("copied"), &result, &error);
    else if (action == QLatin1String("violation-mcn"))
        ok = actions.recordViolation(QStringLiteral("mcn-x"), QStringLiteral("mcn.fabricated_engagement"), -1, QString(),
                                     QStringLiteral("algorithm"), QString(), &result, &error);
    else if (action == QLatin1String("violation-mcn-frozen")) // 60 - 15 = 45, then 45 - 20 = 25: below 40
        ok = actions.recordViolation(QStringLiteral("mcn-x"), QStringLiteral("mcn.fabricated_engagement"), -1, QString(),
                                     QStringLiteral("algorithm"), QString(), &result, &error)
             && actions.recordViolation(QStringLiteral("mcn-x"), QStringLiteral("mcn.reputation_damage"), -1, QString(),
                                        QStringLiteral("algorithm"), QString(), &result, &error);
    else if (action == QLatin1String("overturn"))
        ok = actions.decideAppeal(addressee == QLatin1String("crt-en") ? QStringLiteral("a-2") : QStringLiteral("a-1"),
                                  QStringLiteral("overturned"), QStringLiteral("证据不足"), &result, &error);
    else if (action == QLatin1String("uphold"))
        ok = actions.decideAppeal(addressee == QLatin1String("crt-en") ? QStringLiteral("a-2") : QStringLiteral("a-1"),
                                  QStringLiteral("upheld"), QStringLiteral("evidence confirmed"), &result, &error);
    else if (action == QLatin1String("ban"))
        ok = actions.banBrand(addressee, QStringLiteral("fake UGC"), &result, &error);
    QVERIFY2(ok, qPrintable(error.message));
    QString actual;
    if (action == QLatin1String("sanction-end")) {
        Sanction s;
        s.id = QStringLiteral("throttled");
        s.from = *parseInstant(QStringLiteral("2025-02-03"));
        s.until = *parseInstant(QStringLiteral("2025-03-05"));
        s.violation = QStringLiteral("v-a1");
        QVector<PlannedNotice> planned;
        QVERIFY2(NoticePlanner(*store).planSanctionEnd(addressee, QStringLiteral("creator.diversion"), s, &planned, &error),
                 qPrintable(error.message));
        QCOMPARE(planned.size(), 1);
        actual = planned.first().text;
    } else {
        actual = noticeOf(*store, addressee, templateId).text;
    }
    if (actual != text)
        qWarning().noquote() << "\n" << QTest::currentDataTag() << "\n" << actual;
    QCOMPARE(actual, text);
}

void TestNotices::rendererRefusesUnknownPlaceholder()
{
    QString out;
    QString error;
    QVERIFY(NoticeRenderer::render(QStringLiteral("{a} and {b} {not a placeholder} {}"),
                                   {{QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("b"), QStringLiteral("2")}},
                                   &out, &error));
    QCOMPARE(out, QStringLiteral("1 and 2 {not a placeholder} {}"));
    QVERIFY(!NoticeRenderer::render(QStringLiteral("line one\n{a} {points_typo}"), {{QStringLiteral("a"), QString()}},
                                    &out, &error));
    QCOMPARE(error, QStringLiteral("line 2: unknown placeholder {points_typo}"));
    QCOMPARE(NoticeRenderer::placeholders(QStringLiteral("{x}{y}{x}")), (QStringList{QStringLiteral("x"), QStringLiteral("y")}));

    StoreError missing;
    QString text;
    QVERIFY(!NoticeTemplates::text(QStringLiteral("no_such"), QStringLiteral("zh_CN"), &text, &missing));
    QVERIFY2(missing.message.contains(QStringLiteral("no notice template \"no_such\"")), qPrintable(missing.message));
    StoreError language;
    QVERIFY(!NoticeTemplates::text(QStringLiteral("violation"), QStringLiteral("fr"), &text, &language));
    QVERIFY2(language.message.contains(QStringLiteral("\"fr\"")), qPrintable(language.message));
}

void TestNotices::overrideTemplateReplacesShipped()
{
    QTemporaryDir overrides;
    QVERIFY(QDir(overrides.path()).mkpath(QStringLiteral("zh_CN")));
    QFile file(overrides.filePath(QStringLiteral("zh_CN/violation.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("您好 {subject_name}：违规 {violation}，扣 {points} 分（{score_before} → {score_after}）。\n");
    file.close();
    NoticeTemplates::setOverrideFolder(overrides.path());
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    Actions actions(*store, Session::open(QStringLiteral("mod.li")));
    ActionResult result;
    StoreError error;
    QVERIFY2(actions.recordViolation(QStringLiteral("crt-a"), QStringLiteral("creator.plagiarism"), -1, QString(),
                                     QStringLiteral("human_review"), QString(), &result, &error),
             qPrintable(error.message));
    QCOMPARE(noticeOf(*store, QStringLiteral("crt-a"), QStringLiteral("violation")).text,
             QStringLiteral("您好 小A：违规 %1，扣 5 分（95 → 90）。").arg(result.id));
    // The other language, with no override file, stays the shipped template.
    QVERIFY2(actions.recordViolation(QStringLiteral("crt-en"), QStringLiteral("creator.plagiarism"), -1, QString(),
                                     QStringLiteral("human_review"), QString(), &result, &error),
             qPrintable(error.message));
    QVERIFY(noticeOf(*store, QStringLiteral("crt-en"), QStringLiteral("violation"))
                .text.startsWith(QStringLiteral("[Pugongying (蒲公英) platform: notice of a violation]")));
}

void TestNotices::brokenOverrideFailsTheActionWritingNothing()
{
    QTemporaryDir overrides;
    QVERIFY(QDir(overrides.path()).mkpath(QStringLiteral("zh_CN")));
    QFile file(overrides.filePath(QStringLiteral("zh_CN/violation.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{subject_name}：\n扣 {pionts} 分\n");
    file.close();
    NoticeTemplates::setOverrideFolder(overrides.path());
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    const qint64 before = events();
    Actions actions(*store, Session::open(QStringLiteral("mod.li")));
    ActionResult result;
    StoreError error;
    QVERIFY(!actions.recordViolation(QStringLiteral("crt-a"), QStringLiteral("creator.plagiarism"), -1, QString(),
                                     QStringLiteral("human_review"), QString(), &result, &error));
    QCOMPARE(error.kind, StoreError::Kind::BadInput);
    QVERIFY2(error.message.contains(QStringLiteral("notice template violation (zh_CN, "))
                 && error.message.endsWith(QStringLiteral("line 2: unknown placeholder {pionts}")),
             qPrintable(error.message));
    QCOMPARE(events(), before);
}

void TestNotices::violationAppendsOneNoticeInItsTransaction()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    const qint64 before = events();
    const qint64 auditBefore = RawSqlite::count(m_path, "SELECT count(*) FROM audit");
    Actions actions(*store, Session::open(QStringLiteral("mod.li")));
    ActionResult result;
    StoreError error;
    QVERIFY2(actions.recordViolation(QStringLiteral("crt-a"), QStringLiteral("creator.plagiarism"), -1, QString(),
                                     QStringLiteral("human_review"), QString(), &result, &error),
             qPrintable(error.message));
    QCOMPARE(result.appended, 2);
    QCOMPARE(result.notices.size(), 1);
    QCOMPARE(events(), before + 2);
    // One audit row covers the violation and its notice, and says so.
    QCOMPARE(RawSqlite::count(m_path, "SELECT count(*) FROM audit"), auditBefore + 1);
    QCOMPARE(RawSqlite::count(m_path, "SELECT last_seq - first_seq FROM audit ORDER BY id DESC LIMIT 1"), 1);
    const NoticeRecord notice = noticeOf(*store, QStringLiteral("crt-a"), QStringLiteral("violation"));
    QCOMPARE(notice.ref, result.id);
    QCOMPARE(notice.language, QStringLiteral("zh_CN"));
    QCOMPARE(notice.by, QStringLiteral("mod.li"));
    QCOMPARE(notice.text, result.notices.first().text);
    QVector<AuditEntry> rows;
    QVERIFY2(AuditQuery(*store).fetch(AuditFilter(), 0, 1, &rows, &error), qPrintable(error.message));
    QCOMPARE(AuditText::describe(rows.first(), store->policy()),
             QStringLiteral("mod.li recorded %1 (creator.plagiarism, −5) on crt-a; 1 notice(s) sent").arg(result.id));
    QVERIFY2(store->verify({}, &error), qPrintable(error.message));
}

void TestNotices::failedActionAppendsNoNotice()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    const qint64 before = events();
    Actions actions(*store, Session::open(QStringLiteral("mod.li")));
    ActionResult result;
    StoreError error;
    // Points outside the code's range (R-L2): refused after the notice could have been planned.
    QVERIFY(!actions.recordViolation(QStringLiteral("crt-a"), QStringLiteral("creator.plagiarism"), 99, QString(),
                                     QStringLiteral("human_review"), QString(), &result, &error));
    // The appeal's violation was recorded by mod.wang: mod.wang may not decide it (R-L4), after planning.
    Actions wang(*store, Session::open(QStringLiteral("mod.wang")));
    QVERIFY(!wang.decideAppeal(QStringLiteral("a-1"), QStringLiteral("overturned"), QString(), &result, &error));
    QCOMPARE(events(), before);
    QCOMPARE(notices(), 0);
}

void TestNotices::mcnWithinMarginNotifiesEachAffiliate()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    Actions actions(*store, Session::open(QStringLiteral("mod.li")));
    ActionResult result;
    StoreError error;
    // 60 - 15 = 45 = 40 + 5: within the margin of the critical threshold 40, not yet crossed (R-M6).
    QVERIFY2(actions.recordViolation(QStringLiteral("mcn-x"), QStringLiteral("mcn.fabricated_engagement"), -1, QString(),
                                     QStringLiteral("algorithm"), QString(), &result, &error),
             qPrintable(error.message));
    QCOMPARE(result.consequences.scoreAfter(), 45);
    QCOMPARE(result.appended, 1 + 1 + 3); // the violation, its notice to the MCN, one per affiliated creator
    QStringList advised;
    for (const PlannedNotice &n : std::as_const(result.notices)) {
        if (n.templateId == QLatin1String("mcn_advance_notice"))
            advised.append(n.subject);
    }
    // crt-d left on 20 January.
    QCOMPARE(advised, (QStringList{QStringLiteral("crt-b"), QStringLiteral("crt-c"), QStringLiteral("crt-f")}));
    QCOMPARE(RawSqlite::count(m_path, "SELECT count(*) FROM events WHERE type = 14 AND code = 'mcn_advance_notice'"), 3);
    // 45 - 5 = 40: still at the threshold, within the margin it already sent: nothing more for creators.
    QVERIFY2(actions.recordViolation(QStringLiteral("mcn-x"), QStringLiteral("mcn.brand_contract_dispute"), -1, QString(),
                                     QStringLiteral("algorithm"), QString(), &result, &error),
             qPrintable(error.message));
    QCOMPARE(result.appended, 2);
}

void TestNotices::brandBanCarriesThePolicyText_data()
{
    QTest::addColumn<QString>("brand");
    QTest::addColumn<QString>("policyText");
    QTest::newRow("R-B2 zh_CN") << "brand-x" << QStringLiteral("该品牌涉嫌虚假营销,相关内容不予展示");
    QTest::newRow("R-B2 en") << "brand-en"
                             << "This brand is suspected of false marketing; content related to it will not be displayed.";
}

void TestNotices::brandBanCarriesThePolicyText()
{
    QFETCH(QString, brand);
    QFETCH(QString, policyText);
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    Actions actions(*store, Session::open(QStringLiteral("smod.gao")));
    ActionResult result;
    StoreError error;
    QVERIFY2(actions.banBrand(brand, QStringLiteral("fake UGC"), &result, &error), qPrintable(error.message));
    QCOMPARE(result.appended, 2);
    const NoticeRecord notice = noticeOf(*store, brand, QStringLiteral("brand_ban"));
    QVERIFY2(notice.text.split(QLatin1Char('\n')).contains(policyText), qPrintable(notice.text));
}

void TestNotices::badNoticeLineIsRefused_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("message");
    const QByteArray ok = R"({"type":"note","subject":"crt-a","at":"2025-02-05","text":"first"})";
    QTest::newRow("unknown template") << QByteArray(R"({"type":"notice","subject":"crt-a","template":"welcome","language":"zh_CN","text":"你好","at":"2025-02-05","by":"mod.li"})")
                                      << "line 2: field template: \"welcome\" is not one of violation, appeal_upheld, "
                                         "appeal_overturned, sanction_end, mcn_advance_notice, mcn_revenue_frozen, brand_ban";
    QTest::newRow("language") << QByteArray(R"({"type":"notice","subject":"crt-a","template":"violation","language":"fr","text":"bonjour","at":"2025-02-05","by":"mod.li"})")
                              << "line 2: field language: \"fr\" is not one of zh_CN, en";
    QTest::newRow("no language") << QByteArray(R"({"type":"notice","subject":"crt-a","template":"violation","text":"x","at":"2025-02-05","by":"mod.li"})")
                                 << "line 2: field language: missing";
    QTest::newRow("empty text") << QByteArray(R"({"type":"notice","subject":"crt-a","template":"violation","language":"en","text":"  ","at":"2025-02-05","by":"mod.li"})")
                                << "line 2: field text: missing";
    QTest::newRow("unknown subject") << QByteArray(R"({"type":"notice","subject":"crt-zz","template":"violation","language":"en","text":"x","at":"2025-02-05","by":"mod.li"})")
                                     << "line 2: field subject: no subject \"crt-zz\"";
    QTest::newRow("ref") << QByteArray(R"({"type":"notice","subject":"crt-a","template":"violation","language":"en","text":"x","ref":"v 1","at":"2025-02-05","by":"mod.li"})")
                         << "line 2: field ref: \"v 1\" is not a valid id (1 to 64 of A-Z a-z 0-9 _ . : -)";
    QTest::newRow("no by") << QByteArray(R"({"type":"notice","subject":"crt-a","template":"violation","language":"en","text":"x","at":"2025-02-05"})")
                           << "line 2: field by: missing";
    QTest::newRow("template type") << QByteArray(R"({"type":"notice","subject":"crt-a","template":3,"language":"en","text":"x","at":"2025-02-05","by":"mod.li"})")
                                   << "line 2: field template: must be a string";
    QTest::newRow("too long") << QByteArray(R"({"type":"notice","subject":"crt-a","template":"violation","language":"en","text":")")
                                     + QByteArray(8001, 'x') + QByteArray(R"(","at":"2025-02-05","by":"mod.li"})")
                              << "line 2: field text: 8001 characters, more than the 8000 a notice may have";
    for (int i = 0; i < 0; ++i)
        Q_UNUSED(ok);
}

void TestNotices::badNoticeLineIsRefused()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, message);
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    const qint64 before = events();
    const QString file = write(QStringLiteral("bad.jsonl"),
                               QByteArray(R"({"type":"note","subject":"crt-a","at":"2025-02-05","text":"first"})") + '\n' + line + '\n');
    Actions admin(*store, Session::open(QStringLiteral("tester")));
    ActionResult result;
    StoreError error;
    QVERIFY(!admin.importFile(file, &result, &error));
    QCOMPARE(error.kind, StoreError::Kind::BadInput);
    QVERIFY2(error.message.endsWith(message), qPrintable(error.message));
    QCOMPARE(events(), before);
}

void TestNotices::exportAndImportCarryNotices()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    Actions actions(*store, Session::open(QStringLiteral("mod.li")));
    ActionResult result;
    StoreError error;
    QVERIFY2(actions.decideAppeal(QStringLiteral("a-1"), QStringLiteral("overturned"), QStringLiteral("证据不足"), &result, &error),
             qPrintable(error.message));
    QBuffer out;
    QVERIFY(out.open(QIODevice::WriteOnly));
    QVERIFY2(JsonlExporter(*store).write(out, &error), qPrintable(error.message));
    const QList<QByteArray> lines = out.data().split('\n');
    QByteArray noticeLine;
    for (const QByteArray &line : lines) {
        if (line.startsWith(R"({"type":"notice")"))
            noticeLine = line;
    }
    QVERIFY(noticeLine.startsWith(R"({"type":"notice","subject":"crt-a","template":"appeal_overturned","at":"2025-02-10T00:00:00Z","by":"mod.li","language":"zh_CN","ref":"a-1","text":")"));
    QVERIFY(noticeLine.endsWith(R"(","recorded_at":"2025-02-10T00:00:00Z","recorded_by":"mod.li"})"));

    // Imported into a new store, the notice is the same; importing the file again adds nothing.
    const QString copy = m_dir.filePath(QStringLiteral("copy.redline"));
    QFile::remove(copy);
    std::unique_ptr<Store> other = Store::create(copy, optionsAt("2025-02-11"), &error);
    QVERIFY2(other, qPrintable(error.message));
    const QString file = write(QStringLiteral("export.jsonl"), out.data());
    Actions admin(*other, Session::open(QStringLiteral("tester")));
    QVERIFY2(admin.importFile(file, &result, &error), qPrintable(error.message));
    QCOMPARE(noticeOf(*other, QStringLiteral("crt-a"), QStringLiteral("appeal_overturned")).text,
             noticeOf(*store, QStringLiteral("crt-a"), QStringLiteral("appeal_overturned")).text);
    QVERIFY2(admin.importFile(file, &result, &error), qPrintable(error.message));
    QCOMPARE(result.appended, 0);
}

QTEST_GUILESS_MAIN(TestNotices)
#include "tst_notices.moc"
