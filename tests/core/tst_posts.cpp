// Posts (笔记) in the store (docs/contracts.md `post`, `qualification`): imported like every event (a bad
// line refused with its line and field, nothing written), scanned on append with each finding stored with
// its exact span (R-S1), regulated topics without a qualification and teen-mode posts in quiet hours (R-H1),
// and an export that imports back to the same store. Real SQLite files in a temporary directory.

#include "query/findingquery.h"
#include "scan/textscanner.h"
#include "store/store.h"

#include "jsonlbytes.h"
#include "rawsqlite.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace redline;

namespace {

StoreOptions optionsAt(const char *instant)
{
    StoreOptions options;
    options.now = *parseInstant(QString::fromLatin1(instant));
    options.actor = QStringLiteral("tester");
    return options;
}

// "post rule category start-end match code", newest post first, as FindingQuery lists them.
QStringList findingRows(const Store &store, const QString &subject = QString())
{
    QVector<FindingRecord> rows;
    StoreError error;
    if (!FindingQuery(store).fetch(subject, &rows, &error))
        qFatal("findings: %s", qPrintable(error.message));
    QStringList out;
    for (const FindingRecord &f : std::as_const(rows))
        out << QStringLiteral("%1 %2 %3 %4-%5 %6 %7").arg(f.post, f.rule, f.category).arg(f.start).arg(f.end).arg(f.match, f.code);
    return out;
}

const QByteArray kCreators =
    R"({"type":"subject","handle":"crt-lin","kind":"creator","name":"Lin","at":"2025-01-01"})" "\n"
    R"({"type":"subject","handle":"crt-teen","kind":"creator","name":"Xiao","at":"2025-01-01","attrs":{"teen_mode":true}})" "\n"
    R"({"type":"subject","handle":"mcn-a","kind":"mcn","name":"A","at":"2025-01-01"})" "\n";

} // namespace

class TestPosts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void storesEveryScannerFindingWithItsExactSpan();
    void refusesABadPostLine_data();
    void refusesABadPostLine();
    void regulatedTopicNeedsAQualification_data();
    void regulatedTopicNeedsAQualification();
    void backdatedQualificationRewritesEarlierFindings();
    void teenModeQuietHours_data();
    void teenModeQuietHours();
    void reimportIsANoOp();
    void exportImportsBackToTheSameStore();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_path;
};

void TestPosts::init()
{
    m_store.reset();
    m_path = m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction()));
    QFile::remove(m_path);
    StoreError error;
    m_store = Store::create(m_path, optionsAt("2025-06-01"), &error);
    QVERIFY2(m_store, qPrintable(error.message));
    QVERIFY2(JsonlBytes::import(*m_store, kCreators, &error), qPrintable(error.message));
}

// R-S1: the stored findings are the scanner's, span for span, in code points of the post's text (an emoji
// before the number counts one), each with the code its category suggests.
void TestPosts::storesEveryScannerFindingWithItsExactSpan()
{
    const QString text = QStringLiteral("😀好物分享，加我 138 0013 8000 领券，这是最有效的面霜");
    const QByteArray line = R"({"type":"post","id":"p-1","subject":"crt-lin","at":"2025-03-01T02:00:00Z","title":"面霜测评",)"
                            R"("text":")" + text.toUtf8() + R"(","category":"beauty","commercial":true,"reported":false,"media":"image"})" "\n";
    StoreError error;
    QVERIFY2(JsonlBytes::import(*m_store, line, &error), qPrintable(error.message));

    const QVector<ScanFinding> expected = TextScanner::builtin().scan(text);
    QVERIFY(!expected.isEmpty());
    QVector<FindingRecord> stored;
    QVERIFY(FindingQuery(*m_store).fetch(QStringLiteral("crt-lin"), &stored, &error));
    QCOMPARE(stored.size(), expected.size());
    const QVector<uint> codePoints = text.toUcs4();
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(stored.at(i).rule, expected.at(i).rule);
        QCOMPARE(stored.at(i).category, expected.at(i).category);
        QCOMPARE(stored.at(i).start, expected.at(i).start);
        QCOMPARE(stored.at(i).end, expected.at(i).end);
        QCOMPARE(stored.at(i).match, expected.at(i).match);
        const QVector<uint> span = codePoints.mid(stored.at(i).start, stored.at(i).end - stored.at(i).start);
        QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(span.constData()), span.size()), stored.at(i).match);
    }
    // The phone number, after one emoji (one code point) and seven characters.
    QVERIFY2(findingRows(*m_store).contains(QStringLiteral("p-1 phone_number diversion 9-22 138 0013 8000 creator.diversion")),
             qPrintable(findingRows(*m_store).join(QLatin1Char('\n'))));
}

void TestPosts::refusesABadPostLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, const char *line, const char *message) {
        QTest::newRow(name) << QByteArray(line) << QString::fromUtf8(message);
    };
    row("text missing", R"({"type":"post","id":"p-9","subject":"crt-lin","at":"2025-03-01"})", "line 2: field text: missing");
    row("id missing", R"({"type":"post","subject":"crt-lin","at":"2025-03-01","text":"hi"})", "line 2: field id: missing");
    row("bad id", R"({"type":"post","id":"p 9","subject":"crt-lin","at":"2025-03-01","text":"hi"})",
        "line 2: field id: \"p 9\" is not a valid id (1 to 64 of A-Z a-z 0-9 _ . : -)");
    row("topic not in the list", R"({"type":"post","id":"p-9","subject":"crt-lin","at":"2025-03-01","text":"hi","topic":"legal"})",
        "line 2: field topic: \"legal\" is not one of medical, education");
    row("media not in the list", R"({"type":"post","id":"p-9","subject":"crt-lin","at":"2025-03-01","text":"hi","media":"audio"})",
        "line 2: field media: \"audio\" is not one of image, video");
    row("commercial not a bool", R"({"type":"post","id":"p-9","subject":"crt-lin","at":"2025-03-01","text":"hi","commercial":"yes"})",
        "line 2: field commercial: must be true or false");
    row("reported not a bool", R"({"type":"post","id":"p-9","subject":"crt-lin","at":"2025-03-01","text":"hi","reported":1})",
        "line 2: field reported: must be true or false");
    row("subject unknown", R"({"type":"post","id":"p-9","subject":"crt-nobody","at":"2025-03-01","text":"hi"})",
        "line 2: field subject: no subject \"crt-nobody\"");
    row("subject not a creator", R"({"type":"post","id":"p-9","subject":"mcn-a","at":"2025-03-01","text":"hi"})",
        "line 2: field subject: mcn-a is an MCN; a post event applies to a creator only");
    row("id of another post", R"({"type":"post","id":"p-1","subject":"crt-lin","at":"2025-03-01","text":"other text"})",
        "line 2: field id: \"p-1\" already exists with different content");
    row("qualification domain", R"({"type":"qualification","subject":"crt-lin","domain":"law","action":"grant","at":"2025-03-01","by":"comp.qian"})",
        "line 2: field domain: \"law\" is not one of medical, education");
    row("qualification action", R"({"type":"qualification","subject":"crt-lin","domain":"medical","action":"renew","at":"2025-03-01","by":"comp.qian"})",
        "line 2: field action: \"renew\" is not one of grant, revoke");
    row("qualification by", R"({"type":"qualification","subject":"crt-lin","domain":"medical","action":"grant","at":"2025-03-01"})",
        "line 2: field by: missing");
}

// Atomicity: the good post on line 1 is not written either, nor its findings.
void TestPosts::refusesABadPostLine()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, message);
    StoreError error;
    QVERIFY2(JsonlBytes::import(*m_store, R"({"type":"post","id":"p-1","subject":"crt-lin","at":"2025-02-01","text":"加我 138 0013 8000"})" "\n", &error),
             qPrintable(error.message));
    const qint64 events = RawSqlite::count(m_path, "SELECT count(*) FROM events");
    const qint64 findings = RawSqlite::count(m_path, "SELECT count(*) FROM findings");
    QVERIFY(findings > 0);
    const QByteArray good = R"({"type":"post","id":"p-2","subject":"crt-lin","at":"2025-03-01","text":"加我 139 0013 8000"})" "\n";
    QVERIFY(!JsonlBytes::import(*m_store, good + line + "\n", &error));
    QCOMPARE(error.message, message);
    QCOMPARE(RawSqlite::count(m_path, "SELECT count(*) FROM events"), events);
    QCOMPARE(RawSqlite::count(m_path, "SELECT count(*) FROM findings"), findings);
}

void TestPosts::regulatedTopicNeedsAQualification_data()
{
    QTest::addColumn<QByteArray>("qualifications");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("expected"); // the regulated finding, or empty
    const QByteArray grantMedical = R"({"type":"qualification","subject":"crt-lin","domain":"medical","action":"grant","document":"医师执业证 110","at":"2025-02-01","by":"comp.qian"})" "\n";
    const QByteArray revokeMedical = R"({"type":"qualification","subject":"crt-lin","domain":"medical","action":"revoke","at":"2025-02-20","by":"comp.qian"})" "\n";
    QTest::newRow("R-H1 medical without qualification") << QByteArray() << "medical"
                                                        << "p-1 unqualified_medical regulated_topic 0-0 medical creator.unlicensed_medical";
    QTest::newRow("R-H1 education without qualification") << QByteArray() << "education"
                                                          << "p-1 unqualified_education regulated_topic 0-0 education creator.false_promise";
    QTest::newRow("R-H1 medical with qualification") << grantMedical << "medical" << QString();
    QTest::newRow("R-H1 medical qualification does not cover education") << grantMedical << "education"
                                                                        << "p-1 unqualified_education regulated_topic 0-0 education creator.false_promise";
    QTest::newRow("R-H1 revoked before the post") << grantMedical + revokeMedical << "medical"
                                                  << "p-1 unqualified_medical regulated_topic 0-0 medical creator.unlicensed_medical";
    QTest::newRow("R-H1 no topic") << QByteArray() << QString() << QString();
}

void TestPosts::regulatedTopicNeedsAQualification()
{
    QFETCH(QByteArray, qualifications);
    QFETCH(QString, topic);
    QFETCH(QString, expected);
    const QByteArray topicField = topic.isEmpty() ? QByteArray() : ",\"topic\":\"" + topic.toUtf8() + "\"";
    const QByteArray post = R"({"type":"post","id":"p-1","subject":"crt-lin","at":"2025-03-01T02:00:00Z","text":"今天聊聊护肤"})";
    StoreError error;
    QVERIFY2(JsonlBytes::import(*m_store, qualifications + post.left(post.size() - 1) + topicField + "}\n", &error), qPrintable(error.message));
    QCOMPARE(findingRows(*m_store), expected.isEmpty() ? QStringList() : QStringList{expected});
}

// A grant dated before posts already stored lifts their finding; a revoke after them leaves it lifted.
void TestPosts::backdatedQualificationRewritesEarlierFindings()
{
    StoreError error;
    QVERIFY(JsonlBytes::import(*m_store, R"({"type":"post","id":"p-1","subject":"crt-lin","at":"2025-03-01","text":"祛痘小妙招","topic":"medical"})" "\n", &error));
    QCOMPARE(findingRows(*m_store).size(), 1);
    QVERIFY2(JsonlBytes::import(*m_store, R"({"type":"qualification","subject":"crt-lin","domain":"medical","action":"grant","at":"2025-02-01","by":"comp.qian"})" "\n"
                                   R"({"type":"qualification","subject":"crt-lin","domain":"medical","action":"revoke","at":"2025-04-01","by":"comp.qian"})" "\n", &error),
             qPrintable(error.message));
    QCOMPARE(findingRows(*m_store), QStringList());
    QVERIFY(JsonlBytes::import(*m_store, R"({"type":"post","id":"p-2","subject":"crt-lin","at":"2025-04-02","text":"祛痘小妙招二","topic":"medical"})" "\n", &error));
    QCOMPARE(findingRows(*m_store), QStringList{"p-2 unqualified_medical regulated_topic 0-0 medical creator.unlicensed_medical"});
}

void TestPosts::teenModeQuietHours_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("at");
    QTest::addColumn<QString>("expected");
    // Asia/Shanghai is UTC+8 (the policy's time_zone); quiet from 22:00 to 06:00 local.
    QTest::newRow("R-H1 teen 22:30 local") << "crt-teen" << "2025-03-01T14:30:00Z"
                                           << "p-1 teen_quiet_hours teen_mode 0-0 22:30 Asia/Shanghai ";
    QTest::newRow("R-H1 teen 22:00 local, the first quiet minute") << "crt-teen" << "2025-03-01T14:00:00Z"
                                                                  << "p-1 teen_quiet_hours teen_mode 0-0 22:00 Asia/Shanghai ";
    QTest::newRow("R-H1 teen 05:59 local") << "crt-teen" << "2025-03-01T21:59:00Z"
                                           << "p-1 teen_quiet_hours teen_mode 0-0 05:59 Asia/Shanghai ";
    QTest::newRow("R-H1 teen 06:00 local") << "crt-teen" << "2025-03-01T22:00:00Z" << QString();
    QTest::newRow("R-H1 teen 21:59 local") << "crt-teen" << "2025-03-01T13:59:00Z" << QString();
    QTest::newRow("R-H1 not teen mode, 22:30 local") << "crt-lin" << "2025-03-01T14:30:00Z" << QString();
}

void TestPosts::teenModeQuietHours()
{
    QFETCH(QString, subject);
    QFETCH(QString, at);
    QFETCH(QString, expected);
    const QByteArray line = QStringLiteral(R"({"type":"post","id":"p-1","subject":"%1","at":"%2","text":"今天的晚饭"})").arg(subject, at).toUtf8();
    StoreError error;
    QVERIFY2(JsonlBytes::import(*m_store, line + "\n", &error), qPrintable(error.message));
    QCOMPARE(findingRows(*m_store), expected.isEmpty() ? QStringList() : QStringList{expected});
}

void TestPosts::reimportIsANoOp()
{
    const QByteArray lines = R"({"type":"post","id":"p-1","subject":"crt-lin","at":"2025-03-01","title":"t","text":"加我 138 0013 8000","commercial":true,"reported":true,"topic":"education","media":"video"})" "\n"
                             R"({"type":"qualification","subject":"crt-lin","domain":"education","action":"grant","at":"2025-04-01","by":"comp.qian","document":"教师资格证"})" "\n";
    StoreError error;
    QVERIFY2(JsonlBytes::import(*m_store, lines, &error), qPrintable(error.message));
    const qint64 events = RawSqlite::count(m_path, "SELECT count(*) FROM events");
    const QStringList findings = findingRows(*m_store);
    QVERIFY2(JsonlBytes::import(*m_store, lines, &error), qPrintable(error.message));
    QCOMPARE(RawSqlite::count(m_path, "SELECT count(*) FROM events"), events);
    QCOMPARE(findingRows(*m_store), findings);
}

// import(export(store)) gives the same ledger and the same findings; the store verifies.
void TestPosts::exportImportsBackToTheSameStore()
{
    const QByteArray lines = R"({"type":"post","id":"p-1","subject":"crt-lin","at":"2025-03-01","title":"面霜","text":"最有效的面霜，加我 138 0013 8000","category":"beauty","commercial":true,"reported":false,"topic":"medical","media":"image"})" "\n"
                             R"({"type":"post","id":"p-2","subject":"crt-teen","at":"2025-03-01T15:00:00Z","text":"晚安"})" "\n"
                             R"({"type":"qualification","subject":"crt-lin","domain":"medical","action":"grant","at":"2025-04-01","by":"comp.qian","document":"执业证"})" "\n";
    StoreError error;
    QVERIFY2(JsonlBytes::import(*m_store, lines, &error), qPrintable(error.message));
    const QByteArray exported = JsonlBytes::exportAll(*m_store);
    QVERIFY(exported.contains(R"("type":"post","id":"p-1","subject":"crt-lin","title":"面霜","category":"beauty","at":"2025-03-01T00:00:00Z")"));
    QVERIFY(exported.contains(R"("commercial":true,"reported":false,"topic":"medical","media":"image")"));
    QVERIFY(exported.contains(R"("type":"qualification","subject":"crt-lin","domain":"medical","action":"grant")"));
    QVERIFY2(m_store->verify({}, &error), qPrintable(error.message));

    std::unique_ptr<Store> copy = Store::create(m_dir.filePath(QStringLiteral("copy.db")), optionsAt("2025-06-01"), &error);
    QVERIFY(copy);
    QVERIFY2(JsonlBytes::import(*copy, exported, &error), qPrintable(error.message));
    QCOMPARE(JsonlBytes::exportAll(*copy), exported);
    QCOMPARE(findingRows(*copy), findingRows(*m_store));
    QVERIFY(!findingRows(*copy).isEmpty());
}

QTEST_GUILESS_MAIN(TestPosts)
#include "tst_posts.moc"
