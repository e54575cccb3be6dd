// JSON Lines import and export (DESIGN.md "JSON Lines events"): every kind of bad line is refused with
// "line N: field F: why" and leaves the store exactly as it was; re-importing is a no-op; export
// round-trips. Real SQLite files in a temporary directory.

#include "io/csvexporter.h"
#include "io/eventjson.h"
#include "io/jsonlimporter.h"
#include "store/store.h"

#include "jsonlbytes.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace redline;

namespace {

StoreOptions optionsAt(const char *instant)
{
    StoreOptions options;
    options.now = *parseInstant(QString::fromLatin1(instant));
    options.actor = QStringLiteral("tester");
    return options;
}

QStringList cachedStates(const Store &store)
{
    QStringList rows;
    StoreError error;
    store.listStates(StateFilter(), [&](const CachedState &s) {
        rows << QStringLiteral("%1 %2/%3 [%4] L%5 next %6 mcn %7 deposit %8")
                    .arg(s.handle)
                    .arg(s.score)
                    .arg(s.max)
                    .arg(s.restrictions.join(QLatin1Char(',')))
                    .arg(s.ladderLevel)
                    .arg(formatInstant(s.nextChange), s.mcn)
                    .arg(s.depositBalance);
        return true;
    }, &error);
    return rows;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void refusesABadLine_data();
    void refusesABadLine();
    void badLineInTheMiddleWritesNothing();
    void refusesADepositBalanceOverTheLargest();
    void countsBlankLinesAndSkipsThem();
    void namesTheBadLineOfAManyBlockImport();
    void reimportIsANoOp();
    void identicalLinesWithoutIdAreOneEvent();
    void exportRoundTrips();
    void eventJsonRoundTripsEveryType_data();
    void eventJsonRoundTripsEveryType();
    void eventJsonReadsUnusualLinesAsQtDoes_data();
    void eventJsonReadsUnusualLinesAsQtDoes();
    void csvExportsSubjectsWithState();
    void cancelWritesNothing();
    void foreignKeysHoldAfterAnImport_data();
    void foreignKeysHoldAfterAnImport();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

// Every test starts from basic.jsonl imported into a fresh store.
void TestImport::init()
{
    m_store.reset();
    const QString path = m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction()));
    QFile::remove(path);
    StoreError error;
    m_store = Store::create(path, optionsAt("2025-03-01"), &error);
    QVERIFY2(m_store, qPrintable(error.message));
    JsonlImporter importer(*m_store);
    QVERIFY2(importer.importFile(QStringLiteral(REDLINE_TEST_DATA "/basic.jsonl"), &error), qPrintable(error.message));
    QCOMPARE(importer.appended(), 16);
}

void TestImport::refusesABadLine_data()
{
    QTest::addColumn<QByteArray>("lines");
    QTest::addColumn<QString>("message");
    const QByteArray ok = R"({"type":"exam","subject":"crt-lin","at":"2025-04-01"})"
                          "\n";
    const auto row = [&](const char *name, const QByteArray &line, const char *message) {
        QTest::newRow(name) << ok + line << QString::fromUtf8(message);
    };
    row("not JSON", R"({"type":"exam",)", "line 2: not valid JSON: unterminated object at character 15");
    row("not an object", "[1,2]", "line 2: not a JSON object");
    row("type missing", R"({"subject":"crt-lin","at":"2025-04-01"})", "line 2: field type: missing");
    row("type unknown", R"({"type":"award","subject":"crt-lin","at":"2025-04-01"})",
        "line 2: field type: unknown event type \"award\"");
    row("R-T1 at missing", R"({"type":"exam","subject":"crt-lin"})", "line 2: field at: missing");
    row("R-T1 at not a date", R"({"type":"exam","subject":"crt-lin","at":"2025-02-30"})",
        "line 2: field at: \"2025-02-30\" is not a UTC instant (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)");
    row("R-T1 at with an offset", R"({"type":"exam","subject":"crt-lin","at":"2025-02-01T10:00:00+08:00"})",
        "line 2: field at: \"2025-02-01T10:00:00+08:00\" is not a UTC instant (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)");
    row("at not a string", R"({"type":"exam","subject":"crt-lin","at":20250401})",
        "line 2: field at: must be a string such as \"2025-03-01\" or \"2025-03-01T08:00:00Z\"");
    row("by not a string", R"({"type":"violation","id":"v-9","subject":"crt-lin","code":"creator.plagiarism","at":"2025-04-01","by":5})",
        "line 2: field by: must be a string");
    row("by missing", R"({"type":"violation","id":"v-9","subject":"crt-lin","code":"creator.plagiarism","at":"2025-04-01"})",
        "line 2: field by: missing");
    row("points not an integer", R"({"type":"violation","id":"v-9","subject":"crt-lin","code":"creator.data_fraud","points":6.5,"at":"2025-04-01","by":"mod.li"})",
        "line 2: field points: must be an integer");
    row("R-L2 points out of range", R"({"type":"violation","id":"v-9","subject":"crt-lin","code":"creator.data_fraud","points":12,"at":"2025-04-01","by":"mod.li"})",
        "line 2: field points: 12 is outside the range 6..10 of creator.data_fraud (R-L2)");
    row("code missing", R"({"type":"violation","id":"v-9","subject":"crt-lin","at":"2025-04-01","by":"mod.li"})",
        "line 2: field code: missing");
    row("code of another kind", R"({"type":"violation","id":"v-9","subject":"crt-lin","code":"brand.fake_ugc","at":"2025-04-01","by":"mod.li"})",
        "line 2: field code: \"brand.fake_ugc\" is not a violation code for a creator");
    row("severity unknown", R"({"type":"violation","id":"v-9","subject":"crt-lin","code":"creator.plagiarism","severity":"grave","at":"2025-04-01","by":"mod.li"})",
        "line 2: field severity: \"grave\" is not one of normal, severe");
    row("source unknown", R"({"type":"violation","id":"v-9","subject":"crt-lin","code":"creator.plagiarism","source":"rumour","at":"2025-04-01","by":"mod.li"})",
        "line 2: field source: \"rumour\" is not one of algorithm, human_review, user_report");
    row("subject unknown", R"({"type":"exam","subject":"crt-nobody","at":"2025-04-01"})",
        "line 2: field subject: no subject \"crt-nobody\"");
    row("subject of the wrong kind", R"({"type":"deposit","subject":"crt-lin","action":"pay","amount":100,"at":"2025-04-01","by":"fin.zhao"})",
        "line 2: field subject: crt-lin is a creator; a deposit event applies to an MCN only");
    row("handle with a space", R"({"type":"subject","handle":"crt lin","kind":"creator","name":"L","at":"2025-04-01"})",
        "line 2: field handle: \"crt lin\" is not a valid handle (1 to 64 of A-Z a-z 0-9 _ . : -)");
    row("handle too long", R"({"type":"subject","handle":"c12345678901234567890123456789012345678901234567890123456789012345","kind":"creator","name":"L","at":"2025-04-01"})",
        "line 2: field handle: \"c12345678901234567890123456789012345678901234567890123456789012345\" is not a valid handle (1 to 64 of A-Z a-z 0-9 _ . : -)");
    row("kind unknown", R"({"type":"subject","handle":"agency-1","kind":"agency","name":"L","at":"2025-04-01"})",
        "line 2: field kind: \"agency\" is not one of mcn, brand, creator");
    row("id not valid", R"({"type":"violation","id":"v 9","subject":"crt-lin","code":"creator.plagiarism","at":"2025-04-01","by":"mod.li"})",
        "line 2: field id: \"v 9\" is not a valid id (1 to 64 of A-Z a-z 0-9 _ . : -)");
    row("same subject, other content", R"({"type":"subject","handle":"crt-lin","kind":"creator","name":"Lin Li","at":"2025-01-01"})",
        "line 2: field handle: subject \"crt-lin\" already exists with different content");
    row("same id, other content", R"({"type":"violation","id":"v-2","subject":"crt-lin","code":"creator.plagiarism","at":"2025-02-15","by":"mod.li"})",
        "line 2: field id: \"v-2\" already exists with different content");
    row("id of another type", R"({"type":"appeal","id":"v-3","violation":"v-2","at":"2025-04-01","by":"crt-lin"})",
        "line 2: field id: \"v-3\" is already the id of a violation");
    row("violation unknown", R"({"type":"appeal","id":"a-9","violation":"v-99","at":"2025-04-01","by":"crt-lin"})",
        "line 2: field violation: no violation \"v-99\" in the store");
    row("appeal names an appeal", R"({"type":"appeal","id":"a-9","violation":"a-1","at":"2025-04-01","by":"crt-lin"})",
        "line 2: field violation: \"a-1\" is the id of an appeal, not of a violation");
    row("appeal before its violation", R"({"type":"appeal","id":"a-9","violation":"v-3","at":"2025-02-19","by":"crt-lin"})",
        "line 2: field at: the appeal is dated before its violation v-3 (2025-02-20T00:00:00Z)");
    row("R-L3 second appeal", R"({"type":"appeal","id":"a-9","violation":"v-1","at":"2025-04-01","by":"mcn-starriver"})",
        "line 2: field violation: v-1 already has an appeal (a-1); one appeal per violation (R-L3)");
    row("outcome unknown", R"({"type":"decision","appeal":"a-1","outcome":"maybe","at":"2025-04-01","by":"mod.zhou"})",
        "line 2: field outcome: \"maybe\" is not one of upheld, overturned");
    row("appeal already decided", R"({"type":"decision","appeal":"a-1","outcome":"upheld","at":"2025-04-01","by":"mod.zhou"})",
        "line 2: field appeal: a-1 was already decided on 2025-02-10T00:00:00Z by mod.wang");
    QTest::newRow("R-L4 decided by the recorder")
        << ok + R"({"type":"appeal","id":"a-2","violation":"v-2","at":"2025-02-16","by":"crt-lin"})" "\n"
                R"({"type":"decision","appeal":"a-2","outcome":"overturned","at":"2025-04-01","by":"mod.li"})"
        << "line 3: field by: mod.li recorded the violation under appeal a-2 and cannot decide it (R-L4 four-eyes)";
    // Identities (docs/roles.md): another spelling of the recorder is the recorder, or no name at all.
    const QByteArray appealV2 = ok + R"({"type":"appeal","id":"a-2","violation":"v-2","at":"2025-02-16","by":"crt-lin"})" "\n";
    QTest::newRow("R-L4 recorder in capitals")
        << appealV2 + R"({"type":"decision","appeal":"a-2","outcome":"overturned","at":"2025-04-01","by":"MOD.LI"})"
        << "line 3: field by: MOD.LI recorded the violation under appeal a-2 and cannot decide it (R-L4 four-eyes)";
    QTest::newRow("R-L4 recorder with a trailing space")
        << appealV2 + R"({"type":"decision","appeal":"a-2","outcome":"overturned","at":"2025-04-01","by":"mod.li "})"
        << "line 3: field by: \"mod.li \" is not a valid name (1 to 64 of A-Z a-z 0-9 _ . : -)";
    QTest::newRow("R-L4 recorder with a zero-width space")
        << appealV2 + "{\"type\":\"decision\",\"appeal\":\"a-2\",\"outcome\":\"overturned\",\"at\":\"2025-04-01\",\"by\":\"mod\u200b.li\"}"
        << QString::fromUtf8("line 3: field by: \"mod\u200b.li\" is not a valid name (1 to 64 of A-Z a-z 0-9 _ . : -)");
    row("retraction by someone else", R"({"type":"retraction","violation":"v-2","at":"2025-04-01","by":"mod.wang"})",
        "line 2: field by: only mod.li, who recorded v-2, may retract it; anyone else files an appeal");
    row("recorded in the future", R"({"type":"exam","subject":"crt-lin","at":"2025-02-01","recorded_at":"2025-04-01","recorded_by":"mod.li"})",
        "line 2: field recorded_at: 2025-04-01T00:00:00Z is later than now (2025-03-01T00:00:00Z)");
    row("recorded by no valid name", R"({"type":"exam","subject":"crt-lin","at":"2025-02-01","recorded_by":"mod li"})",
        "line 2: field recorded_by: \"mod li\" is not a valid name (1 to 64 of A-Z a-z 0-9 _ . : -)");
    row("user with an unknown role", R"({"type":"user","name":"mod.zhou","role":"god","at":"2025-04-01"})",
        "line 2: field role: \"god\" is not one of viewer, moderator, senior_moderator, compliance, policy_admin");
    row("amount beyond exact integers", R"({"type":"deposit","subject":"mcn-starriver","action":"pay","amount":9007199254740993,"at":"2025-04-01","by":"fin.zhao"})",
        "line 2: field amount: more than 1000000000000 yuan, the largest amount (whole yuan, exact)");
    row("amount not positive", R"({"type":"deposit","subject":"mcn-starriver","action":"pay","amount":-5,"at":"2025-04-01","by":"fin.zhao"})",
        "line 2: field amount: must be a positive number of yuan");
    row("action unknown", R"({"type":"deposit","subject":"mcn-starriver","action":"borrow","amount":5,"at":"2025-04-01","by":"fin.zhao"})",
        "line 2: field action: \"borrow\" is not one of pay, deduct, refund");
    row("R-M3 deduction beyond the balance", R"({"type":"deposit","subject":"mcn-starriver","action":"deduct","amount":20001,"at":"2025-04-01","by":"fin.zhao"})",
        "line 2: field amount: deduct of ¥20001 exceeds the deposit balance ¥20000 at 2025-04-01T00:00:00Z (R-M3)");
    row("R-M4 already certified", R"({"type":"certification","subject":"mcn-starriver","action":"grant","at":"2025-04-01","by":"mod.li"})",
        "line 2: field action: mcn-starriver already holds a certification");
    row("contract with a brand", R"({"type":"contract","subject":"crt-lin","mcn":"brand-acme","action":"start","at":"2025-04-01"})",
        "line 2: field mcn: brand-acme is a brand, not an MCN");
    row("contract while contracted", R"({"type":"contract","subject":"crt-lin","mcn":"mcn-starriver","action":"start","at":"2025-04-01"})",
        "line 2: field mcn: crt-lin is already contracted to mcn-starriver");
    row("campaign unknown", R"({"type":"ban","subject":"brand-acme","at":"2025-04-01","by":"mod.li","campaign":"c-9"})",
        "line 2: field campaign: no campaign \"c-9\" in the store");
    row("metrics values not an object", R"({"type":"metrics","subject":"crt-lin","at":"2025-04-01","values":[1,2]})",
        "line 2: field values: must be a JSON object");
    row("user without a role", R"({"type":"user","name":"mod.zhou","at":"2025-04-01"})", "line 2: field role: missing");
}

// docs/contracts.md: a balance stays at most 10^15 yuan, so no sum of exact amounts leaves exact integers.
void TestImport::refusesADepositBalanceOverTheLargest()
{
    QByteArray lines;
    for (int i = 0; i < 1000; ++i) // 20,000 (basic.jsonl) + 1000 × 10^12 > 10^15 only at the last one
        lines += R"({"type":"deposit","subject":"mcn-starriver","action":"pay","amount":1000000000000,"at":"2025-02-0)"
                 + QByteArray::number(1 + i % 9) + R"(","by":"fin.zhao","reason":"p)" + QByteArray::number(i) + "\"}\n";
    QBuffer buffer(&lines);
    buffer.open(QIODevice::ReadOnly);
    const qint64 before = m_store->eventCount();
    JsonlImporter importer(*m_store);
    StoreError error;
    QVERIFY(!importer.importDevice(buffer, QStringLiteral("pays.jsonl"), &error));
    QCOMPARE(error.message, QStringLiteral("line 1000: field amount: paying ¥1000000000000 would take the deposit balance "
                                           "¥999000000020000 over ¥1000000000000000, the largest balance"));
    QCOMPARE(error.kind, StoreError::Kind::BadInput);
    QCOMPARE(m_store->eventCount(), before);
}

void TestImport::refusesABadLine()
{
    QFETCH(QByteArray, lines);
    QFETCH(QString, message);
    const QByteArray before = JsonlBytes::exportAll(*m_store);
    const QStringList statesBefore = cachedStates(*m_store);
    StoreError error;
    QVERIFY(!JsonlBytes::import(*m_store, lines, &error));
    QCOMPARE(error.message, message);
    QCOMPARE(error.kind, StoreError::Kind::BadInput);
    QCOMPARE(JsonlBytes::exportAll(*m_store), before); // nothing written, not even the good first line
    QCOMPARE(cachedStates(*m_store), statesBefore);
    error = StoreError();
    QVERIFY2(m_store->verify({}, &error), qPrintable(error.message));
}

void TestImport::badLineInTheMiddleWritesNothing()
{
    const qint64 events = m_store->eventCount();
    JsonlImporter importer(*m_store);
    StoreError error;
    QVERIFY(!importer.importFile(QStringLiteral(REDLINE_TEST_DATA "/bad_middle.jsonl"), &error));
    QCOMPARE(error.message, QStringLiteral("line 3: field code: \"creator.no_such_code\" is not a violation code for a creator"));
    QCOMPARE(m_store->eventCount(), events);
    QVERIFY(!m_store->subject(QStringLiteral("crt-a")));
}

void TestImport::countsBlankLinesAndSkipsThem()
{
    StoreError error;
    const QByteArray bytes = "\xEF\xBB\xBF" R"({"type":"exam","subject":"crt-lin","at":"2025-04-01"})"
                             "\n\n   \r\n"
                             R"({"type":"exam","subject":"crt-none","at":"2025-04-01"})";
    QVERIFY(!JsonlBytes::import(*m_store, bytes, &error));
    QCOMPARE(error.message, QStringLiteral("line 4: field subject: no subject \"crt-none\""));
}

// The importer reads 4 MiB blocks and parses them in chunks on the pool: the line number still counts
// every line before, across chunks and blocks, blank ones included.
void TestImport::namesTheBadLineOfAManyBlockImport()
{
    const QByteArray before = JsonlBytes::exportAll(*m_store);
    const Instant start = *parseInstant(QStringLiteral("2025-04-01"));
    QByteArray bytes;
    for (int number = 1; number <= 60000; ++number) {
        const QString subject = number == 51234 ? QStringLiteral("crt-none") : QStringLiteral("crt-lin");
        bytes += QStringLiteral(R"({"type":"exam","subject":"%1","at":"%2","note":"%3"})")
                     .arg(subject, formatInstant(start + number), QString(100, QLatin1Char('x')))
                     .toUtf8();
        bytes += number % 1000 == 0 ? "\r\n" : "\n";
    }
    QVERIFY(bytes.size() > 2 * (4 << 20));
    StoreError error;
    QVERIFY(!JsonlBytes::import(*m_store, bytes, &error));
    QCOMPARE(error.message, QStringLiteral("line 51234: field subject: no subject \"crt-none\""));
    QCOMPARE(JsonlBytes::exportAll(*m_store), before);
}

void TestImport::reimportIsANoOp()
{
    const QByteArray before = JsonlBytes::exportAll(*m_store);
    JsonlImporter importer(*m_store);
    StoreError error;
    QVERIFY2(importer.importFile(QStringLiteral(REDLINE_TEST_DATA "/basic.jsonl"), &error), qPrintable(error.message));
    QCOMPARE(importer.appended(), 0);
    QCOMPARE(importer.skipped(), 16);
    QCOMPARE(JsonlBytes::exportAll(*m_store), before);
    // The export is also the same events: importing it changes nothing either.
    QVERIFY2(JsonlBytes::import(*m_store, before, &error, &importer), qPrintable(error.message));
    QCOMPARE(importer.appended(), 0);
    QCOMPARE(JsonlBytes::exportAll(*m_store), before);
    QVERIFY2(m_store->verify({}, &error), qPrintable(error.message));
}

void TestImport::identicalLinesWithoutIdAreOneEvent()
{
    const QByteArray line = R"({"type":"exam","subject":"crt-lin","at":"2025-04-01"})";
    JsonlImporter importer(*m_store);
    StoreError error;
    QVERIFY2(JsonlBytes::import(*m_store, line + '\n' + line + '\n' + R"({"type":"exam","subject":"crt-lin","at":"2025-04-01T00:00:00Z"})",
                         &error, &importer),
             qPrintable(error.message));
    QCOMPARE(importer.appended(), 1); // a bare date is midnight Z (R-T1): the third line is the same event
    QCOMPARE(importer.skipped(), 2);
}

void TestImport::exportRoundTrips()
{
    const QByteArray exported = JsonlBytes::exportAll(*m_store);
    QCOMPARE(exported.count('\n'), 16);
    StoreError error;
    std::unique_ptr<Store> copy = Store::create(m_dir.filePath(QStringLiteral("copy.db")), optionsAt("2025-03-01"), &error);
    QVERIFY(copy);
    QVERIFY2(JsonlBytes::import(*copy, exported, &error), qPrintable(error.message));
    QCOMPARE(JsonlBytes::exportAll(*copy), exported);
    QCOMPARE(cachedStates(*copy), cachedStates(*m_store));
    QCOMPARE(cachedStates(*copy).size(), 3);
    for (const char *handle : {"mcn-starriver", "brand-acme", "crt-lin"}) {
        Replay a;
        Replay b;
        const Instant at = *parseInstant(QStringLiteral("2025-06-01"));
        QVERIFY(m_store->replay(QString::fromLatin1(handle), at, &a, &error));
        QVERIFY(copy->replay(QString::fromLatin1(handle), at, &b, &error));
        QCOMPARE(b.state.score, a.state.score);
        QCOMPARE(b.state.restrictions, a.state.restrictions);
        QCOMPARE(b.timeline.points.size(), a.timeline.points.size());
    }
    QVERIFY2(copy->verify({}, &error), qPrintable(error.message));
}

void TestImport::eventJsonRoundTripsEveryType_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("subject") << QByteArray(R"({"type":"subject","handle":"mcn-x","kind":"mcn","name":"星河","at":"2025-01-01T00:00:00Z","attrs":{"region":"mainland"}})");
    QTest::newRow("violation") << QByteArray(R"({"type":"violation","id":"v-1","subject":"crt-a","code":"creator.data_fraud","points":8,"at":"2025-02-01T10:00:00Z","by":"mod.li","source":"algorithm","severity":"severe","evidence":"a \"quoted\" line\nand more","campaign":"c-1"})");
    QTest::newRow("appeal") << QByteArray(R"({"type":"appeal","id":"a-1","subject":"crt-a","violation":"v-1","at":"2025-02-03T00:00:00Z","by":"crt-a","reason":"r"})");
    QTest::newRow("decision") << QByteArray(R"({"type":"decision","subject":"crt-a","appeal":"a-1","outcome":"overturned","at":"2025-02-10T00:00:00Z","by":"mod.wang","reason":"r"})");
    QTest::newRow("retraction") << QByteArray(R"({"type":"retraction","subject":"crt-a","violation":"v-1","at":"2025-02-10T00:00:00Z","by":"mod.li","reason":"typo"})");
    QTest::newRow("exam") << QByteArray(R"({"type":"exam","subject":"crt-a","at":"2025-03-01T00:00:00Z"})");
    QTest::newRow("deposit") << QByteArray(R"({"type":"deposit","subject":"mcn-x","action":"pay","amount":20000,"at":"2025-01-01T00:00:00Z","by":"fin.zhao"})");
    QTest::newRow("certification") << QByteArray(R"({"type":"certification","subject":"mcn-x","action":"revoke","at":"2025-01-02T00:00:00Z","by":"mod.li","reason":"r"})");
    QTest::newRow("contract") << QByteArray(R"({"type":"contract","subject":"crt-a","action":"end","mcn":"mcn-x","at":"2025-01-05T00:00:00Z"})");
    QTest::newRow("metrics") << QByteArray(R"({"type":"metrics","subject":"crt-a","at":"2025-01-05T00:00:00Z","values":{"duplicate_rate":0.1}})");
    QTest::newRow("note") << QByteArray(R"({"type":"note","subject":"crt-a","at":"2025-01-05T00:00:00Z","by":"mod.li","text":"called"})");
    QTest::newRow("ban") << QByteArray(R"({"type":"ban","subject":"brand-x","at":"2025-01-05T00:00:00Z","by":"mod.li","reason":"fake UGC","campaign":"c-1"})");
    QTest::newRow("campaign") << QByteArray(R"({"type":"campaign","id":"c-1","name":"医美专项","at":"2025-01-05T00:00:00Z","by":"mod.li","reason":"seed 004"})");
    QTest::newRow("user") << QByteArray(R"({"type":"user","name":"mod.li","kind":"moderator","at":"2025-01-01T00:00:00Z"})").replace("\"kind\"", "\"role\"");
}

void TestImport::eventJsonRoundTripsEveryType()
{
    QFETCH(QByteArray, line);
    StoredEvent event;
    QString error;
    QVERIFY2(EventJson::parse(line, &event, &error), qPrintable(error));
    QCOMPARE(EventJson::toLine(event), line);
}

// EventJson reads with simdjson and falls back to Qt's parser for anything simdjson refuses; these lines
// read the way Qt's parser reads them (a repeated key means its last value, as QJsonDocument keeps).
void TestImport::eventJsonReadsUnusualLinesAsQtDoes_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("canonical");
    QTest::newRow("a key given twice")
        << QByteArray(R"({"type":"exam","subject":"crt-a","subject":"crt-b","at":"2025-03-01"})")
        << QByteArray(R"({"type":"exam","subject":"crt-b","at":"2025-03-01T00:00:00Z"})");
    QTest::newRow("escapes and a whole number written as a decimal")
        << QByteArray(R"({"type":"violation","id":"v-1","subject":"crt-a","code":"creator.data_fraud","points":8.0,"at":"2025-02-01T10:00:00Z","by":"mod.li","evidence":"caf\u00e9 \ud83d\ude00 \"q\""})")
        << QByteArray(R"({"type":"violation","id":"v-1","subject":"crt-a","code":"creator.data_fraud","points":8,"at":"2025-02-01T10:00:00Z","by":"mod.li","evidence":"café 😀 \"q\""})");
    QTest::newRow("nested attrs in Qt's compact spelling")
        << QByteArray(R"({"type":"metrics","subject":"crt-a","at":"2025-01-05","values":{"z":1,"a":[1,2.50,{"k":null}],"m":"x"}})")
        << QByteArray(R"({"type":"metrics","subject":"crt-a","at":"2025-01-05T00:00:00Z","values":{"a":[1,2.5,{"k":null}],"m":"x","z":1}})");
    QTest::newRow("spaces and a CRLF ending")
        << QByteArray("  {\"type\":\"exam\", \"subject\" : \"crt-a\" ,\"at\":\"2025-03-01\"}\r\n")
        << QByteArray(R"({"type":"exam","subject":"crt-a","at":"2025-03-01T00:00:00Z"})");
    QTest::newRow("null and fields of other types ignored")
        << QByteArray(R"({"type":"exam","subject":"crt-a","at":"2025-03-01","points":"x","by":null})")
        << QByteArray(R"({"type":"exam","subject":"crt-a","at":"2025-03-01T00:00:00Z"})");
    QTest::newRow("the largest amount")
        << QByteArray(R"({"type":"deposit","subject":"mcn-x","action":"pay","amount":1000000000000,"at":"2025-01-01","by":"fin.zhao"})")
        << QByteArray(R"({"type":"deposit","subject":"mcn-x","action":"pay","amount":1000000000000,"at":"2025-01-01T00:00:00Z","by":"fin.zhao"})");
}

void TestImport::eventJsonReadsUnusualLinesAsQtDoes()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, canonical);
    StoredEvent event;
    QString error;
    QVERIFY2(EventJson::parse(line, &event, &error), qPrintable(error));
    QCOMPARE(EventJson::toLine(event), canonical);
}

void TestImport::csvExportsSubjectsWithState()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    StoreError error;
    QVERIFY2(CsvExporter(*m_store).write(buffer, &error), qPrintable(error.message));
    const QList<QByteArray> rows = buffer.data().split('\n');
    QCOMPARE(rows.size(), 5); // header, three subjects, and the empty tail
    QCOMPARE(rows[0], QByteArray("handle,kind,name,registered_at,score,max,band,restrictions,ladder_level,"
                                 "last_violation_at,mcn,certified,deposit,next_change\r"));
    QCOMPARE(rows[1], QByteArray("mcn-starriver,mcn,星河传媒,2025-01-01T00:00:00Z,100,100,,,0,,,true,20000,\r"));
    QCOMPARE(rows[2], QByteArray("brand-acme,brand,Acme,2025-01-01T00:00:00Z,8,10,10,warning,0,2025-02-01T00:00:00Z,,false,0,\r"));
    QCOMPARE(rows[3], QByteArray("crt-lin,creator,Lin,2025-01-01T00:00:00Z,93,100,,commerce_closed;history_weight_reduced;"
                                 "muted;throttled,2,2025-02-20T00:00:00Z,mcn-starriver,false,0,2025-03-07T00:00:00Z\r"));
    QCOMPARE(CsvExporter::field(QStringLiteral("a,\"b\"")), QStringLiteral("\"a,\"\"b\"\"\""));
}

void TestImport::cancelWritesNothing()
{
    const qint64 events = m_store->eventCount();
    JsonlImporter importer(*m_store);
    qint64 reported = -1;
    importer.setProgress([&](qint64 done, qint64 total) {
        reported = done;
        Q_UNUSED(total);
        return false;
    });
    StoreError error;
    QVERIFY(!JsonlBytes::import(*m_store, R"({"type":"exam","subject":"crt-lin","at":"2025-04-01"})", &error, &importer));
    QCOMPARE(error.message, QStringLiteral("import cancelled"));
    QVERIFY(reported > 0);
    QCOMPARE(m_store->eventCount(), events);
}


// BulkWriter leaves reference checks to EventValidator during its transaction (refusesABadLine proves
// each unknown reference is still refused with its message); afterwards the store itself refuses them again.
void TestImport::foreignKeysHoldAfterAnImport_data()
{
    QTest::addColumn<QByteArray>("lines");
    QTest::addColumn<bool>("imported");
    QTest::newRow("after an import") << QByteArray(R"({"type":"exam","subject":"crt-lin","at":"2025-04-01"})") << true;
    QTest::newRow("after a refused line")
        << QByteArray(R"({"type":"exam","subject":"crt-lin","at":"2025-04-01"})" "\n"
                      R"({"type":"exam","subject":"crt-nobody","at":"2025-04-01"})")
        << false;
}

void TestImport::foreignKeysHoldAfterAnImport()
{
    QFETCH(QByteArray, lines);
    QFETCH(bool, imported);
    StoreError error;
    QCOMPARE(JsonlBytes::import(*m_store, lines, &error), imported);
    char *message = nullptr;
    const int code = sqlite3_exec(m_store->handle(), "INSERT INTO events(type, subject_id, at) VALUES(5, 999999, 0)",
                                  nullptr, nullptr, &message);
    const QString text = QString::fromUtf8(message);
    sqlite3_free(message);
    QCOMPARE(code, SQLITE_CONSTRAINT_FOREIGNKEY);
    QCOMPARE(text, QStringLiteral("FOREIGN KEY constraint failed"));
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
