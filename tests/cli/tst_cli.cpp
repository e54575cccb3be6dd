// redline-cli as tools outside the project drive it (DESIGN.md "redline-cli"): the built binary, run on
// real files; every command's exit code (0 ok, 1 internal, 2 bad input or usage, 3 integrity), one-line
// errors on stderr, and the exact output shapes of score/history/scan --json.

#include "policy/policyloader.h"

#include "rawsqlite.h"
#include "store/schema/schema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace redline;

namespace {

struct Result {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Result runCli(const QStringList &args, const QByteArray &input = {}, const QString &now = QStringLiteral("2025-03-01"))
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (now.isEmpty())
        env.remove(QStringLiteral("REDLINE_NOW"));
    else
        env.insert(QStringLiteral("REDLINE_NOW"), now);
    env.insert(QStringLiteral("USER"), QStringLiteral("cli.tester"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(REDLINE_CLI), args);
    if (!process.waitForStarted())
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(300000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QStringList keysInOrder(const QByteArray &json)
{
    // QJsonObject sorts its keys: read the order from the text of the top-level object instead.
    QStringList keys;
    int depth = 0;
    bool inString = false;
    QByteArray current;
    for (int i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\') {
                current += json[++i];
            } else if (c == '"') {
                inString = false;
                if (depth == 1 && i + 1 < json.size() && json[i + 1] == ':')
                    keys << QString::fromUtf8(current);
            } else {
                current += c;
            }
        } else if (c == '"') {
            inString = true;
            current.clear();
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return keys;
}

QString oneLine(const QByteArray &err)
{
    return QString::fromUtf8(err).trimmed();
}

const QString kBasic = QStringLiteral(REDLINE_TEST_DATA "/basic.jsonl");

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void initAndImport();
    void importRefusesABadFileAtomically();
    void importReadsStandardInput();
    void scoreJson();
    void scoreJsonPermanentSanction();
    void governanceBanBansTheBrand();
    void noticesListsAndFilters();
    void scoreHuman();
    void historyJson();
    void listFilters_data();
    void listFilters();
    void replayWhatIf();
    void verifyFindsDamage();
    void exportFormats();
    void generateThenVerify();
    void scanJson();
    void scanFileIsJsonLines();
    void policyPrintsTheStoredPolicy();
    void badDatabases_data();
    void badDatabases();
    void readOnlyDatabase();

private:
    QString freshStore(const QString &name);
    QTemporaryDir m_dir;
    QString m_db; // basic.jsonl imported at 2025-03-01
};

QString TestCli::freshStore(const QString &name)
{
    const QString path = m_dir.filePath(name);
    const Result init = runCli({QStringLiteral("--db"), path, QStringLiteral("init")});
    if (init.code != 0)
        qFatal("init failed: %s", init.err.constData());
    return path;
}

void TestCli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(REDLINE_CLI)));
    m_db = freshStore(QStringLiteral("basic.db"));
    const Result import = runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), kBasic});
    QVERIFY2(import.code == 0, import.err.constData());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("err");
    QTest::newRow("no command") << QStringList() << "redline-cli: no command given (run redline-cli --help)";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << "redline-cli: unknown command frobnicate (run redline-cli --help)";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("score"), QStringLiteral("crt-lin"), QStringLiteral("--frob")}
                                    << "redline-cli: unknown option --frob for score (usage: score HANDLE [--at T] [--known-at T] [--json])";
    QTest::newRow("missing argument") << QStringList{QStringLiteral("score")}
                                      << "redline-cli: missing argument (usage: score HANDLE [--at T] [--known-at T] [--json])";
    QTest::newRow("option without value") << QStringList{QStringLiteral("score"), QStringLiteral("crt-lin"), QStringLiteral("--at")}
                                          << "redline-cli: --at needs a value (usage: score HANDLE [--at T] [--known-at T] [--json])";
    QTest::newRow("bad instant") << QStringList{QStringLiteral("score"), QStringLiteral("crt-lin"), QStringLiteral("--at"), QStringLiteral("yesterday")}
                                 << "redline-cli: --at: \"yesterday\" is not a UTC instant (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)";
    QTest::newRow("bad kind") << QStringList{QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("agency")}
                              << "redline-cli: --kind: \"agency\" is not one of mcn, brand, creator";
    QTest::newRow("bad below") << QStringList{QStringLiteral("list"), QStringLiteral("--below"), QStringLiteral("sixty")}
                               << "redline-cli: --below: \"sixty\" is not an integer";
    QTest::newRow("replay without --with") << QStringList{QStringLiteral("replay")} << "redline-cli: replay needs --with POLICY.json or a policy version's name";
    QTest::newRow("export format") << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml")}
                                   << "redline-cli: --format: \"xml\" is not one of jsonl, csv";
    QTest::newRow("scan without text") << QStringList{QStringLiteral("scan")}
                                       << "redline-cli: scan needs either TEXT or --file F (usage: scan [--json] (TEXT | --file F))";
    QTest::newRow("generate count") << QStringList{QStringLiteral("generate"), QStringLiteral("--mcns"), QStringLiteral("-3")}
                                    << "redline-cli: --mcns: \"-3\" is not a count";
    QTest::newRow("unknown subject") << QStringList{QStringLiteral("score"), QStringLiteral("crt-nobody")}
                                     << "redline-cli: %1: no subject crt-nobody";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, err);
    const Result r = runCli(QStringList{QStringLiteral("--db"), m_db} + args);
    QCOMPARE(r.code, 2);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(QString::fromUtf8(r.err), (err.contains(QLatin1String("%1")) ? err.arg(m_db) : err) + QLatin1Char('\n'));
}

void TestCli::initAndImport()
{
    const QString path = m_dir.filePath(QStringLiteral("init.db"));
    Result r = runCli({QStringLiteral("--db"), path, QStringLiteral("init")});
    QCOMPARE(r.code, 0);
    QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("Created Redline store %1 (schema version %2, policy default v1)\n").arg(path).arg(Schema::currentVersion()));
    QVERIFY(r.err.isEmpty());
    r = runCli({QStringLiteral("--db"), path, QStringLiteral("init")});
    QCOMPARE(r.code, 2);
    QCOMPARE(oneLine(r.err), QStringLiteral("redline-cli: %1: already a Redline store").arg(path));

    r = runCli({QStringLiteral("--db"), path, QStringLiteral("import"), kBasic});
    QCOMPARE(r.code, 0);
    QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("Imported 16 events from %1 (0 already in the store)\n").arg(kBasic));
    r = runCli({QStringLiteral("--db"), path, QStringLiteral("import"), kBasic});
    QCOMPARE(r.code, 0);
    QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("Imported 0 events from %1 (16 already in the store)\n").arg(kBasic));
    r = runCli({QStringLiteral("--db"), path, QStringLiteral("import"), m_dir.filePath(QStringLiteral("none.jsonl"))});
    QCOMPARE(r.code, 2);
    QVERIFY2(oneLine(r.err).startsWith(QStringLiteral("redline-cli: %1: cannot read: ").arg(m_dir.filePath(QStringLiteral("none.jsonl")))),
             r.err.constData());
}

void TestCli::importRefusesABadFileAtomically()
{
    const QString path = freshStore(QStringLiteral("atomic.db"));
    const QString file = QStringLiteral(REDLINE_TEST_DATA "/bad_middle.jsonl");
    const Result r = runCli({QStringLiteral("--db"), path, QStringLiteral("import"), file});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(QString::fromUtf8(r.err),
             QStringLiteral("redline-cli: %1: line 3: field code: \"creator.no_such_code\" is not a violation code for a creator\n").arg(file));
    const Result list = runCli({QStringLiteral("--db"), path, QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.code, 0);
    QCOMPARE(list.out, QByteArray("{\"subjects\":[]}\n"));
}

void TestCli::importReadsStandardInput()
{
    const QString path = freshStore(QStringLiteral("stdin.db"));
    QFile basic(kBasic);
    QVERIFY(basic.open(QIODevice::ReadOnly));
    const Result r = runCli({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("-")}, basic.readAll());
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QByteArray("Imported 16 events from standard input (0 already in the store)\n"));
    const Result bad = runCli({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("-")},
                              "{\"type\":\"exam\",\"subject\":\"crt-lin\",\"at\":\"2025-13-01\"}\n");
    QCOMPARE(bad.code, 2);
    QCOMPARE(oneLine(bad.err), QStringLiteral("redline-cli: standard input: line 1: field at: \"2025-13-01\" is not a UTC instant (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)"));
}

void TestCli::scoreJson()
{
    const Result r = runCli({QStringLiteral("--db"), m_db, QStringLiteral("score"), QStringLiteral("crt-lin"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    QCOMPARE(r.out, QByteArray(
        R"({"subject":"crt-lin","kind":"creator","at":"2025-03-01T00:00:00Z","score":93,"max":100,)"
        R"("restrictions":["commerce_closed","history_weight_reduced","muted","throttled"],)"
        R"("sanctions":[{"id":"throttled","from":"2025-02-15T00:00:00Z","until":"2025-03-17T00:00:00Z","violation":"v-2"},)"
        R"({"id":"muted","from":"2025-02-20T00:00:00Z","until":"2025-03-07T00:00:00Z","violation":"v-3"},)"
        R"({"id":"commerce_closed","from":"2025-02-20T00:00:00Z","until":"2025-05-21T00:00:00Z","violation":"v-3"}]})" "\n"));
    QCOMPARE(keysInOrder(r.out), (QStringList{QStringLiteral("subject"), QStringLiteral("kind"), QStringLiteral("at"),
                                              QStringLiteral("score"), QStringLiteral("max"), QStringLiteral("restrictions"),
                                              QStringLiteral("sanctions")}));
    // --at overrides now; a later instant sees the exam of 2025-03-10 (+15, clamped) and recovery.
    const Result later = runCli({QStringLiteral("--db"), m_db, QStringLiteral("score"), QStringLiteral("crt-lin"),
                                 QStringLiteral("--at"), QStringLiteral("2025-03-10"), QStringLiteral("--json")});
    const QJsonObject o = QJsonDocument::fromJson(later.out).object();
    QCOMPARE(o.value(QStringLiteral("at")).toString(), QStringLiteral("2025-03-10T00:00:00Z"));
    QCOMPARE(o.value(QStringLiteral("score")).toInt(), 100);
}

void TestCli::scoreJsonPermanentSanction()
{
    const QString path = freshStore(QStringLiteral("ban.db"));
    const QByteArray lines = R"({"type":"subject","handle":"brand-x","kind":"brand","name":"X","at":"2025-01-01"})" "\n"
                             R"({"type":"violation","id":"b-1","subject":"brand-x","code":"brand.fake_ugc","at":"2025-02-01","by":"mod.li"})" "\n";
    QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("-")}, lines).code, 0);
    // R-B1: at 0 the brand serves a 28-day suspension (reset to 10 on 2025-03-01); R-B2: banned for good.
    const Result r = runCli({QStringLiteral("--db"), path, QStringLiteral("score"), QStringLiteral("brand-x"), QStringLiteral("--at"),
                             QStringLiteral("2025-02-15"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("score")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("max")).toInt(), 10);
    const QJsonArray sanctions = o.value(QStringLiteral("sanctions")).toArray();
    QJsonObject banned;
    for (const QJsonValue &s : sanctions) {
        if (s.toObject().value(QStringLiteral("id")).toString() == QLatin1String("banned"))
            banned = s.toObject();
    }
    QVERIFY2(!banned.isEmpty(), r.out.constData());
    QVERIFY(banned.contains(QStringLiteral("until")));
    QVERIFY(banned.value(QStringLiteral("until")).isNull()); // permanent (R-B2)
    QCOMPARE(banned.value(QStringLiteral("violation")).toString(), QStringLiteral("b-1"));
}

// R-B2 / R-S3: a `ban` event of a special-governance campaign bans the brand permanently, with no
// violation behind it.
void TestCli::governanceBanBansTheBrand()
{
    const QString path = freshStore(QStringLiteral("governance-ban.db"));
    const QByteArray lines =
        "{\"type\":\"subject\",\"handle\":\"brand-x\",\"kind\":\"brand\",\"name\":\"X\",\"at\":\"2025-01-01\"}\n"
        "{\"type\":\"campaign\",\"id\":\"c-1\",\"name\":\"fake UGC\",\"at\":\"2025-02-01\",\"by\":\"pol.chen\"}\n"
        "{\"type\":\"ban\",\"subject\":\"brand-x\",\"at\":\"2025-02-02\",\"by\":\"mod.li\",\"campaign\":\"c-1\"}\n";
    QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("-")}, lines).code, 0);
    const Result r = runCli({QStringLiteral("--db"), path, QStringLiteral("score"), QStringLiteral("brand-x"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(),
             QByteArray("{\"subject\":\"brand-x\",\"kind\":\"brand\",\"at\":\"2025-03-01T00:00:00Z\",\"score\":10,\"max\":10,"
                        "\"restrictions\":[\"banned\"],\"sanctions\":[{\"id\":\"banned\",\"from\":\"2025-02-02T00:00:00Z\","
                        "\"until\":null,\"violation\":null}]}"));
}

// `notices` (docs/contracts.md, an extension): notice lines imported, listed newest first, filtered, in JSON;
// an unknown template is a usage error.
void TestCli::noticesListsAndFilters()
{
    const QString path = freshStore(QStringLiteral("notices.db"));
    const QByteArray lines =
        "{\"type\":\"subject\",\"handle\":\"brand-x\",\"kind\":\"brand\",\"name\":\"X\",\"at\":\"2025-01-01\"}\n"
        "{\"type\":\"subject\",\"handle\":\"crt-a\",\"kind\":\"creator\",\"at\":\"2025-01-01\"}\n"
        "{\"type\":\"notice\",\"subject\":\"crt-a\",\"template\":\"violation\",\"language\":\"zh_CN\",\"ref\":\"v-1\","
        "\"text\":\"【蒲公英平台 违规处理通知】\\n第二行\",\"at\":\"2025-02-01\",\"by\":\"mod.li\"}\n"
        "{\"type\":\"notice\",\"subject\":\"brand-x\",\"template\":\"brand_ban\",\"language\":\"en\","
        "\"text\":\"Your brand is banned.\",\"at\":\"2025-02-02\",\"by\":\"smod.gao\"}\n";
    const Result import = runCli({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("-")}, lines);
    QVERIFY2(import.code == 0, import.err.constData());
    const Result all = runCli({QStringLiteral("--db"), path, QStringLiteral("notices"), QStringLiteral("--json")});
    QCOMPARE(all.code, 0);
    QCOMPARE(all.out.trimmed(),
             QByteArray("{\"notices\":[{\"subject\":\"brand-x\",\"template\":\"brand_ban\",\"language\":\"en\",\"ref\":null,"
                        "\"at\":\"2025-02-02T00:00:00Z\",\"by\":\"smod.gao\",\"text\":\"Your brand is banned.\"},"
                        "{\"subject\":\"crt-a\",\"template\":\"violation\",\"language\":\"zh_CN\",\"ref\":\"v-1\","
                        "\"at\":\"2025-02-01T00:00:00Z\",\"by\":\"mod.li\",\"text\":\"【蒲公英平台 违规处理通知】\\n第二行\"}]}"));
    const Result one = runCli({QStringLiteral("--db"), path, QStringLiteral("notices"), QStringLiteral("--subject"), QStringLiteral("crt-a")});
    QCOMPARE(one.code, 0);
    QVERIFY2(one.out.contains("crt-a") && !one.out.contains("brand-x") && one.out.contains("第二行")
                 && one.out.endsWith("1 notice\n") /* the CLI reads English plurals */,
             one.out.constData());
    const Result bad = runCli({QStringLiteral("--db"), path, QStringLiteral("notices"), QStringLiteral("--template"), QStringLiteral("hello")});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.startsWith("redline-cli: --template: \"hello\" is not one of violation,"), bad.err.constData());
}

void TestCli::scoreHuman()
{
    const Result r = runCli({QStringLiteral("--db"), m_db, QStringLiteral("score"), QStringLiteral("crt-lin")});
    QCOMPARE(r.code, 0);
    QCOMPARE(QString::fromUtf8(r.out),
             QStringLiteral("crt-lin (creator) Lin\nat 2025-03-01T00:00:00Z\nscore 93 / 100\n"
                            "restrictions: commerce_closed, history_weight_reduced, muted, throttled\n\n"
                            "SANCTION         FROM                  UNTIL                 VIOLATION\n"
                            "throttled        2025-02-15T00:00:00Z  2025-03-17T00:00:00Z  v-2\n"
                            "muted            2025-02-20T00:00:00Z  2025-03-07T00:00:00Z  v-3\n"
                            "commerce_closed  2025-02-20T00:00:00Z  2025-05-21T00:00:00Z  v-3\n"));
}

void TestCli::historyJson()
{
    Result r = runCli({QStringLiteral("--db"), m_db, QStringLiteral("history"), QStringLiteral("mcn-starriver"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QByteArray(
        R"({"subject":"mcn-starriver","points":[{"at":"2025-01-01T00:00:00Z","score":100,"cause":"initial","ref":null},)"
        R"({"at":"2025-02-01T10:00:00Z","score":85,"cause":"violation","ref":"v-1"},)"
        R"({"at":"2025-02-10T00:00:00Z","score":100,"cause":"overturn","ref":"v-1"}],"crossings":[]})" "\n"));
    r = runCli({QStringLiteral("--db"), m_db, QStringLiteral("history"), QStringLiteral("brand-acme"), QStringLiteral("--from"),
                QStringLiteral("2025-01-15"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QByteArray(
        R"({"subject":"brand-acme","points":[{"at":"2025-02-01T00:00:00Z","score":8,"cause":"violation","ref":"v-4"}],)"
        R"("crossings":[{"at":"2025-02-01T00:00:00Z","threshold":10,"direction":"down"}]})" "\n"));
    r = runCli({QStringLiteral("--db"), m_db, QStringLiteral("history"), QStringLiteral("brand-acme"), QStringLiteral("--to"),
                QStringLiteral("2025-01-31"), QStringLiteral("--json")});
    QCOMPARE(r.out, QByteArray(R"({"subject":"brand-acme","points":[{"at":"2025-01-01T00:00:00Z","score":10,"cause":"initial","ref":null}],"crossings":[]})" "\n"));
    r = runCli({QStringLiteral("--db"), m_db, QStringLiteral("history"), QStringLiteral("brand-acme")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("Threshold crossings\nAT                    THRESHOLD  DIRECTION\n2025-02-01T00:00:00Z  10         down\n"),
             r.out.constData());
}

void TestCli::listFilters_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("subjects");
    QTest::newRow("all") << QStringList() << QStringList{QStringLiteral("mcn-starriver"), QStringLiteral("brand-acme"), QStringLiteral("crt-lin")};
    QTest::newRow("kind") << QStringList{QStringLiteral("--kind"), QStringLiteral("brand")} << QStringList{QStringLiteral("brand-acme")};
    QTest::newRow("below, lowest first") << QStringList{QStringLiteral("--below"), QStringLiteral("95")}
                                         << QStringList{QStringLiteral("brand-acme"), QStringLiteral("crt-lin")};
    QTest::newRow("kind and below") << QStringList{QStringLiteral("--kind"), QStringLiteral("creator"), QStringLiteral("--below"), QStringLiteral("94")}
                                    << QStringList{QStringLiteral("crt-lin")};
    QTest::newRow("restriction") << QStringList{QStringLiteral("--restriction"), QStringLiteral("muted")} << QStringList{QStringLiteral("crt-lin")};
    QTest::newRow("restriction nobody has") << QStringList{QStringLiteral("--restriction"), QStringLiteral("banned")} << QStringList();
    QTest::newRow("restriction is a whole id") << QStringList{QStringLiteral("--restriction"), QStringLiteral("mute")} << QStringList();
}

void TestCli::listFilters()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, subjects);
    const Result r = runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("list"), QStringLiteral("--json")} + args);
    QCOMPARE(r.code, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("subjects")).toArray();
    QStringList handles;
    for (const QJsonValue &row : rows)
        handles << row.toObject().value(QStringLiteral("subject")).toString();
    QCOMPARE(handles, subjects);
    if (!rows.isEmpty())
        QCOMPARE(keysInOrder(QJsonDocument(rows.first().toObject()).toJson(QJsonDocument::Compact)).size(), 10);
}

void TestCli::replayWhatIf()
{
    // The same policy with brand.unauthorized_promotion at 5 points instead of 2.
    QJsonObject policy = QJsonDocument::fromJson(PolicyLoader::toJson(PolicyLoader::defaultPolicy())).object();
    QJsonObject scales = policy.value(QStringLiteral("scales")).toObject();
    QJsonObject brand = scales.value(QStringLiteral("brand")).toObject();
    QJsonArray codes = brand.value(QStringLiteral("codes")).toArray();
    QJsonObject code = codes.at(0).toObject();
    QCOMPARE(code.value(QStringLiteral("code")).toString(), QStringLiteral("brand.unauthorized_promotion"));
    code.insert(QStringLiteral("points"), 5);
    code.insert(QStringLiteral("min"), 5);
    code.insert(QStringLiteral("max"), 5);
    codes.replace(0, code);
    brand.insert(QStringLiteral("codes"), codes);
    scales.insert(QStringLiteral("brand"), brand);
    policy.insert(QStringLiteral("scales"), scales);
    policy.insert(QStringLiteral("name"), QStringLiteral("stricter"));
    const QString file = m_dir.filePath(QStringLiteral("stricter.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(policy).toJson());
    f.close();

    Result r = runCli({QStringLiteral("--db"), m_db, QStringLiteral("replay"), QStringLiteral("--with"), file, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(keysInOrder(r.out), (QStringList{QStringLiteral("at"), QStringLiteral("before"), QStringLiteral("after"),
                                              QStringLiteral("subjects"), QStringLiteral("changed"), QStringLiteral("score_changed"),
                                              QStringLiteral("kinds"), QStringLiteral("changes")}));
    QCOMPARE(o.value(QStringLiteral("before")).toString(), QStringLiteral("default v1"));
    QCOMPARE(o.value(QStringLiteral("after")).toString(), QStringLiteral("stricter v1"));
    QCOMPARE(o.value(QStringLiteral("subjects")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("changed")).toInt(), 1);
    const QJsonObject change = o.value(QStringLiteral("changes")).toArray().at(0).toObject();
    QCOMPARE(QJsonDocument(change).toJson(QJsonDocument::Compact),
             QByteArray(R"({"after":{"restrictions":["search_reduced","warning"],"score":5,"tier":"5-7"},)"
                        R"("before":{"restrictions":["warning"],"score":8,"tier":"8-9"},"kind":"brand","subject":"brand-acme"})"));
    const QJsonObject brands = o.value(QStringLiteral("kinds")).toObject().value(QStringLiteral("brand")).toObject();
    QCOMPARE(brands.value(QStringLiteral("mean_before")).toDouble(), 8.0);
    QCOMPARE(brands.value(QStringLiteral("mean_after")).toDouble(), 5.0);

    r = runCli({QStringLiteral("--db"), m_db, QStringLiteral("replay"), QStringLiteral("--with"), file});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith("What-if at 2025-03-01T00:00:00Z: default v1 -> stricter v1, 3 subjects, 1 change standing, 1 change score\n"),
             r.out.constData());

    // --policy puts the other policy in force for one command: list replays under it, score too.
    r = runCli({QStringLiteral("--db"), m_db, QStringLiteral("--policy"), file, QStringLiteral("list"), QStringLiteral("--kind"),
                QStringLiteral("brand"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QByteArray(R"({"subjects":[{"subject":"brand-acme","kind":"brand","name":"Acme","score":5,"max":10,"band":8,)"
                               R"("restrictions":["search_reduced","warning"],"ladder_level":0,"mcn":null,"next_change":null}]})" "\n"));
    r = runCli({QStringLiteral("--db"), m_db, QStringLiteral("--policy"), file, QStringLiteral("score"), QStringLiteral("brand-acme"),
                QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("score")).toInt(), 5);

    QFile broken(m_dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": 1,");
    broken.close();
    r = runCli({QStringLiteral("--db"), m_db, QStringLiteral("replay"), QStringLiteral("--with"), broken.fileName()});
    QCOMPARE(r.code, 2);
    QVERIFY2(oneLine(r.err).startsWith(QStringLiteral("redline-cli: %1").arg(broken.fileName())), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
}

void TestCli::verifyFindsDamage()
{
    const QString path = freshStore(QStringLiteral("verify.db"));
    QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("import"), kBasic}).code, 0);
    Result r = runCli({QStringLiteral("--db"), path, QStringLiteral("verify")});
    QCOMPARE(r.code, 0);
    QCOMPARE(QString::fromUtf8(r.out),
             QStringLiteral("OK: %1 is intact (integrity, audit chain, 16 events, state cache of 3 subjects)\n").arg(path));
    QCOMPARE(RawSqlite::exec(path, "DROP TRIGGER events_append_only_update; UPDATE events SET points = 1 WHERE seq = 13"), QString());
    r = runCli({QStringLiteral("--db"), path, QStringLiteral("verify")});
    QCOMPARE(r.code, 3);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(oneLine(r.err),
             QStringLiteral("redline-cli: %1: audit log row 2 (import by cli.tester at 2025-03-01T00:00:00Z): ledger events 1..16 do not match what was recorded: an event was edited")
                 .arg(path));
}

void TestCli::exportFormats()
{
    Result r = runCli({QStringLiteral("--db"), m_db, QStringLiteral("export")});
    QCOMPARE(r.code, 0);
    const QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.size(), 17);
    QCOMPARE(lines[0], QByteArray(R"({"type":"user","name":"mod.li","role":"moderator","at":"2025-01-01T00:00:00Z","recorded_at":"2025-03-01T00:00:00Z","recorded_by":"cli.tester"})"));
    QCOMPARE(lines[9], QByteArray(R"({"type":"appeal","id":"a-1","subject":"mcn-starriver","violation":"v-1","at":"2025-02-03T00:00:00Z","by":"mcn-starriver","reason":"the likes were organic","recorded_at":"2025-03-01T00:00:00Z","recorded_by":"cli.tester"})"));

    r = runCli({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith("handle,kind,name,registered_at,score,max,band,restrictions,"));
    QCOMPARE(r.out.count('\n'), 4);

    const QString out = m_dir.filePath(QStringLiteral("export.jsonl"));
    r = runCli({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("--out"), out});
    QCOMPARE(r.code, 0);
    QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("Exported 16 events to %1\n").arg(out));
    // Round trip through the CLI: a new store from the export has the same states.
    const QString copy = freshStore(QStringLiteral("copy.db"));
    QCOMPARE(runCli({QStringLiteral("--db"), copy, QStringLiteral("import"), out}).code, 0);
    QCOMPARE(runCli({QStringLiteral("--db"), copy, QStringLiteral("list"), QStringLiteral("--json")}).out,
             runCli({QStringLiteral("--db"), m_db, QStringLiteral("list"), QStringLiteral("--json")}).out);
}

void TestCli::generateThenVerify()
{
    const QString path = freshStore(QStringLiteral("generated.db"));
    Result r = runCli({QStringLiteral("--db"), path, QStringLiteral("generate"), QStringLiteral("--mcns"), QStringLiteral("3"),
                       QStringLiteral("--brands"), QStringLiteral("5"), QStringLiteral("--creators"), QStringLiteral("40"),
                       QStringLiteral("--violations"), QStringLiteral("200"), QStringLiteral("--seed"), QStringLiteral("7")},
                      {}, QString());
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith("Generated "), r.out.constData());
    r = runCli({QStringLiteral("--db"), path, QStringLiteral("verify")}, {}, QString());
    QVERIFY2(r.code == 0, r.err.constData());
    r = runCli({QStringLiteral("--db"), path, QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("creator"), QStringLiteral("--json")},
               {}, QString());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("subjects")).toArray().size(), 40);

    // Into a file that does not exist yet, generate creates the store first.
    const QString fresh = m_dir.filePath(QStringLiteral("generated-new.db"));
    QVERIFY(!QFileInfo::exists(fresh));
    r = runCli({QStringLiteral("--db"), fresh, QStringLiteral("generate"), QStringLiteral("--mcns"), QStringLiteral("2"),
                QStringLiteral("--brands"), QStringLiteral("2"), QStringLiteral("--creators"), QStringLiteral("10"),
                QStringLiteral("--violations"), QStringLiteral("30")},
               {}, QString());
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(runCli({QStringLiteral("--db"), fresh, QStringLiteral("verify")}, {}, QString()).code, 0);
}

void TestCli::scanJson()
{
    Result r = runCli({QStringLiteral("scan"), QStringLiteral("--json"), QStringLiteral("电话：138 0013 8000")});
    QCOMPARE(r.code, 0);
    const QJsonArray findings = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("findings")).toArray();
    QVERIFY2(!findings.isEmpty(), r.out.constData());
    const QJsonObject phone = findings.first().toObject();
    QCOMPARE(keysInOrder(QJsonDocument(phone).toJson(QJsonDocument::Compact)).size(), 5);
    QVERIFY2(r.out.startsWith(R"({"findings":[{"category":"diversion","rule":"phone_number","start":3,"end":16,"match":"138 0013 8000"})"),
             r.out.constData());
    r = runCli({QStringLiteral("scan"), QStringLiteral("--json"), QStringLiteral("a quiet note about tea")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QByteArray("{\"findings\":[]}\n"));
}

void TestCli::scanFileIsJsonLines()
{
    const QString file = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("a quiet note about tea\n电话：138 0013 8000\n");
    f.close();
    const Result r = runCli({QStringLiteral("scan"), QStringLiteral("--json"), QStringLiteral("--file"), file});
    QCOMPARE(r.code, 0);
    const QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], QByteArray("{\"findings\":[]}"));
    QVERIFY(lines[1].contains("\"rule\":\"phone_number\""));
}

void TestCli::policyPrintsTheStoredPolicy()
{
    const Result r = runCli({QStringLiteral("--db"), m_db, QStringLiteral("policy")});
    QCOMPARE(r.code, 0);
    QString error;
    const std::optional<Policy> printed = PolicyLoader::loadJson(r.out, &error);
    QVERIFY2(printed, qPrintable(error));
    QCOMPARE(PolicyLoader::toJson(*printed), PolicyLoader::toJson(PolicyLoader::defaultPolicy()));
}

void TestCli::badDatabases_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("err");
    QTest::newRow("missing") << "missing" << 2 << "redline-cli: %1: no such store (create one with `redline-cli --db %1 init`)";
    QTest::newRow("empty") << "empty" << 2 << "redline-cli: %1: empty file, not a Redline store (create one with `init`)";
    QTest::newRow("garbage") << "garbage" << 2 << "redline-cli: %1: not a SQLite database, so not a Redline store";
    QTest::newRow("not a store") << "foreign" << 2 << "redline-cli: %1: a SQLite database but not a Redline store";
    QTest::newRow("newer") << "newer" << 2
                           << QStringLiteral("redline-cli: %1: store schema version ") + QString::number(Schema::currentVersion() + 1)
                                  + QStringLiteral(" is newer than this Redline supports (")
                                  + QString::number(Schema::currentVersion()) + QStringLiteral("); use a newer Redline");
    QTest::newRow("damaged policy") << "policy" << 3 << "redline-cli: %1: the stored policy is damaged: ";
}

void TestCli::badDatabases()
{
    QFETCH(QString, setup);
    QFETCH(int, code);
    QFETCH(QString, err);
    const QString path = m_dir.filePath(QStringLiteral("bad-%1.db").arg(setup));
    if (setup == QLatin1String("empty") || setup == QLatin1String("garbage")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        if (setup == QLatin1String("garbage"))
            f.write(QByteArray(4096, 'x'));
    } else if (setup == QLatin1String("foreign")) {
        QCOMPARE(RawSqlite::exec(path, "CREATE TABLE t(x)"), QString());
    } else if (setup == QLatin1String("newer")) {
        freshStore(QStringLiteral("bad-newer.db"));
        QCOMPARE(RawSqlite::exec(path, QByteArray("PRAGMA user_version = ") + QByteArray::number(Schema::currentVersion() + 1)), QString());
    } else if (setup == QLatin1String("policy")) {
        freshStore(QStringLiteral("bad-policy.db"));
        QCOMPARE(RawSqlite::exec(path, "UPDATE meta SET value = '{' WHERE key = 'policy'"), QString());
    }
    for (const QStringList &command : {QStringList{QStringLiteral("score"), QStringLiteral("crt-lin")},
                                       QStringList{QStringLiteral("import"), kBasic}, QStringList{QStringLiteral("verify")},
                                       QStringList{QStringLiteral("list")}}) {
        const Result r = runCli(QStringList{QStringLiteral("--db"), path} + command);
        QCOMPARE(r.code, code);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(oneLine(r.err).startsWith(err.arg(path)), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }
    if (setup == QLatin1String("missing"))
        QVERIFY(!QFile::exists(path));
}

void TestCli::readOnlyDatabase()
{
    const QString path = freshStore(QStringLiteral("readonly.db"));
    QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("import"), kBasic}).code, 0);
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    bool immutable = false;
    const auto restore = qScopeGuard([&] {
        if (immutable)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    });
    if (::geteuid() == 0) { // root ignores permission bits: only an immutable file is read-only to it
        immutable = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0;
        if (!immutable)
            QSKIP("running as root without chattr: cannot make the store read-only");
    }
    Result r = runCli({QStringLiteral("--db"), path, QStringLiteral("import"), kBasic});
    QCOMPARE(r.code, 2);
    QCOMPARE(oneLine(r.err), QStringLiteral("redline-cli: %1: the store is read-only; cannot import").arg(path));
    r = runCli({QStringLiteral("--db"), path, QStringLiteral("score"), QStringLiteral("crt-lin"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("\"score\":93"));
    r = runCli({QStringLiteral("--db"), path, QStringLiteral("verify")});
    QCOMPARE(r.code, 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
