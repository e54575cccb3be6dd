// redline-cli's content commands (docs/contracts.md): `findings [--subject H] [--json]` and
// `health HANDLE [--at T] --json` on a store built by `import`, their exact JSON shapes, and `generate`
// making posts whose findings form a queue. The built binary on real files.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Result {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Result runCli(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("REDLINE_NOW"), QStringLiteral("2025-06-01"));
    env.insert(QStringLiteral("USER"), QStringLiteral("cli.tester"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(REDLINE_CLI), args);
    if (!process.waitForStarted())
        return {};
    process.closeWriteChannel();
    process.waitForFinished(300000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

const char kLines[] =
    R"({"type":"subject","handle":"crt-lin","kind":"creator","name":"Lin","at":"2025-01-01"})" "\n"
    R"({"type":"subject","handle":"crt-wu","kind":"creator","name":"Wu","at":"2025-01-01"})" "\n"
    R"({"type":"metrics","subject":"crt-lin","at":"2025-03-01","values":{"duplicate_rate":0.06,"reference_share":0.5,"invalid_interaction_share":0.16,"completion_rate":0.45,"engagement_balance":0.7}})" "\n"
    R"({"type":"post","id":"p-1","subject":"crt-lin","at":"2025-04-01","title":"面霜","text":"😀加我 138 0013 8000","commercial":true,"reported":true})" "\n"
    R"({"type":"post","id":"p-2","subject":"crt-lin","at":"2025-04-02","text":"今天的晚饭","commercial":true})" "\n"
    R"({"type":"post","id":"p-3","subject":"crt-lin","at":"2025-04-03","text":"周末去爬山","topic":"medical"})" "\n"
    R"({"type":"post","id":"p-4","subject":"crt-lin","at":"2025-04-04","text":"读书笔记"})" "\n"
    R"({"type":"post","id":"p-5","subject":"crt-wu","at":"2025-04-05","text":"今天的午饭"})" "\n";

} // namespace

class TestContent : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findingsJson();
    void findingsTable();
    void healthJson();
    void healthRefusesWhatIsNotACreator();
    void generateMakesAQueue();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestContent::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("content.db"));
    const QString file = m_dir.filePath(QStringLiteral("content.jsonl"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(kLines);
    out.close();
    QCOMPARE(runCli({"--db", m_db, "init"}).code, 0);
    const Result imported = runCli({"--db", m_db, "import", file});
    QVERIFY2(imported.code == 0, imported.err.constData());
}

void TestContent::findingsJson()
{
    const Result r = runCli({"--db", m_db, "findings", "--subject", "crt-lin", "--json"});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonArray findings = QJsonDocument::fromJson(r.out).object().value("findings").toArray();
    // Newest post first: p-3 (medical, no qualification: R-H1), then p-1's phone number after an emoji.
    QVERIFY2(findings.size() >= 2, r.out.constData());
    const QJsonObject regulated = findings.first().toObject();
    QCOMPARE(regulated.keys(), (QStringList{"at", "category", "code", "end", "match", "post", "rule", "start", "subject", "title"}));
    QCOMPARE(regulated.value("post").toString(), QStringLiteral("p-3"));
    QCOMPARE(regulated.value("rule").toString(), QStringLiteral("unqualified_medical"));
    QCOMPARE(regulated.value("code").toString(), QStringLiteral("creator.unlicensed_medical"));
    bool phone = false;
    for (const QJsonValue &value : findings) {
        const QJsonObject f = value.toObject();
        if (f.value("rule").toString() == QLatin1String("phone_number")) {
            phone = true;
            QCOMPARE(f.value("post").toString(), QStringLiteral("p-1"));
            QCOMPARE(f.value("start").toInt(), 4);
            QCOMPARE(f.value("end").toInt(), 17);
            QCOMPARE(f.value("match").toString(), QStringLiteral("138 0013 8000"));
            QCOMPARE(f.value("code").toString(), QStringLiteral("creator.diversion"));
            QCOMPARE(f.value("at").toString(), QStringLiteral("2025-04-01T00:00:00Z"));
        }
    }
    QVERIFY(phone);
    const Result other = runCli({"--db", m_db, "findings", "--subject", "crt-wu", "--json"});
    QCOMPARE(other.out, QByteArray("{\"findings\":[]}\n"));
}

void TestContent::findingsTable()
{
    const Result r = runCli({"--db", m_db, "findings"});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains("unqualified_medical"));
    QVERIFY(r.out.contains("138 0013 8000"));
}

// R-H1 by hand, at 2025-04-30: metrics give duplicate_rate 0.06 (80), reference_share 0.5 (50),
// invalid_interaction_share 0.16 (80), completion_rate 0.45 (50), engagement_balance 0.7 (70). The store:
// 4 posts, 2 commercial (1 reported), 1 medical without qualification, diversion findings on p-1, no report.
// quality: 80, 50, qualification_share 0/1 -> 0, commercial_share 0.5 -> 25: 38.75.
// compliance: disclosure 0.5 -> 50, diversion 25 or more per 100 -> 0, sensitive 0 -> 100, absolute 0 -> 100: 62.5.
// feedback: reports 0 -> 100, 80, 50, 70: 75. Index 15.5 + 21.875 + 18.75 = 56.125 -> 56.1: below 70 and 60.
void TestContent::healthJson()
{
    const Result r = runCli({"--db", m_db, "health", "crt-lin", "--at", "2025-04-30", "--json"});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.startsWith(R"({"subject":"crt-lin","at":"2025-04-30T00:00:00Z","index":56.1,"dimensions":{"quality":38.8,)"),
             r.out.constData());
    const QJsonObject h = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(h.keys(), (QStringList{"at", "dimensions", "effects", "index", "indicators", "subject"}));
    const QJsonObject dimensions = h.value("dimensions").toObject();
    QCOMPARE(dimensions.keys(), (QStringList{"compliance", "feedback", "quality"}));
    QCOMPARE(dimensions.value("quality").toDouble(), 38.8);
    QCOMPARE(dimensions.value("feedback").toDouble(), 75.0);
    const QJsonObject indicators = h.value("indicators").toObject();
    QCOMPARE(indicators.size(), 12);
    const QJsonObject commercial = indicators.value("commercial_share").toObject();
    QCOMPARE(commercial.keys(), (QStringList{"score", "source", "value"}));
    QCOMPARE(commercial.value("value").toDouble(), 0.5);
    QCOMPARE(commercial.value("score").toDouble(), 25.0);
    QCOMPARE(commercial.value("source").toString(), QStringLiteral("store"));
    QCOMPARE(indicators.value("duplicate_rate").toObject().value("source").toString(), QStringLiteral("metrics"));
    QVERIFY(indicators.value("diversion_per_100").toObject().value("value").toDouble() >= 25.0); // 1 or more in 4 posts
    QCOMPARE(indicators.value("diversion_per_100").toObject().value("score").toDouble(), 0.0);
    QCOMPARE(dimensions.value("compliance").toDouble(), 62.5);
    QCOMPARE(h.value("index").toDouble(), 56.1);
    QCOMPARE(h.value("effects").toArray(), (QJsonArray{"support_programs_excluded", "brand_orders_restricted", "traffic_throttled", "topic_throttled"}));
}

void TestContent::healthRefusesWhatIsNotACreator()
{
    const Result r = runCli({"--db", m_db, "health", "nobody", "--json"});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("unknown subject nobody"));
}

void TestContent::generateMakesAQueue()
{
    const QString db = m_dir.filePath(QStringLiteral("generated.db"));
    const Result g = runCli({"--db", db, "generate", "--mcns", "2", "--brands", "2", "--creators", "200", "--violations", "50", "--seed", "3"});
    QVERIFY2(g.code == 0, g.err.constData());
    const Result r = runCli({"--db", db, "findings", "--json"});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonArray findings = QJsonDocument::fromJson(r.out).object().value("findings").toArray();
    QVERIFY2(findings.size() >= 10, r.out.left(400).constData());
    QSet<QString> categories;
    for (const QJsonValue &f : findings)
        categories.insert(f.toObject().value("category").toString());
    QVERIFY2(categories.contains("diversion") && categories.contains("absolute_claim"),
             qPrintable(QStringList(categories.values()).join(',')));
    QCOMPARE(runCli({"--db", db, "verify"}).code, 0);
}

QTEST_GUILESS_MAIN(TestContent)
#include "tst_content.moc"
