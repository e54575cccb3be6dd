// `redline-cli policy list|show|add|activate|diff` and `replay --with NAME` (docs/contracts.md): a draft is
// validated as on load (exit 2 naming the field, nothing written), kept with its author and note, compared
// setting by setting, replayed by name exactly as from its file, and activated from an instant (before now:
// backdated, marked); `verify` passes after each write.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kBasic = QStringLiteral(REDLINE_TEST_DATA "/basic.jsonl");

struct Result {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Result runCli(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("REDLINE_NOW"), QStringLiteral("2025-03-01"));
    env.insert(QStringLiteral("USER"), QStringLiteral("pol.zhou"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(REDLINE_CLI), args);
    if (!process.waitForStarted())
        return {};
    process.closeWriteChannel();
    process.waitForFinished(300000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QJsonObject json(const Result &result)
{
    return QJsonDocument::fromJson(result.out).object();
}

} // namespace

class TestCliPolicy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void addRefusesAnInvalidFile();
    void addKeepsADraft();
    void diffNamesTheSetting();
    void replayByNameEqualsReplayByFile();
    void activateIsBackdatedAndVerified();
    void refusals_data();
    void refusals();

private:
    Result cli(QStringList args) { return runCli(QStringList{QStringLiteral("--db"), m_db} + args); }
    QString writePolicy(const QString &name, const std::function<void(QJsonObject &)> &edit);

    QTemporaryDir m_dir;
    QString m_db;
    QString m_step5;
};

QString TestCliPolicy::writePolicy(const QString &name, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject policy = QJsonDocument::fromJson(runCli({QStringLiteral("--db"), m_db, QStringLiteral("policy")}).out).object();
    edit(policy);
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QJsonDocument(policy).toJson());
    return path;
}

void TestCliPolicy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("basic.redline"));
    QCOMPARE(cli({QStringLiteral("init")}).code, 0);
    const Result import = cli({QStringLiteral("import"), kBasic});
    QVERIFY2(import.code == 0, import.err.constData());
    m_step5 = writePolicy(QStringLiteral("step5.json"), [](QJsonObject &p) {
        QJsonObject scales = p.value(QStringLiteral("scales")).toObject();
        QJsonObject mcn = scales.value(QStringLiteral("mcn")).toObject();
        mcn.insert(QStringLiteral("recovery"), QJsonObject{{QStringLiteral("step"), 5}, {QStringLiteral("period_days"), 30}});
        scales.insert(QStringLiteral("mcn"), mcn);
        p.insert(QStringLiteral("scales"), scales);
        p.insert(QStringLiteral("name"), QStringLiteral("slow-recovery"));
    });
}

void TestCliPolicy::addRefusesAnInvalidFile()
{
    const QString bad = writePolicy(QStringLiteral("bad.json"), [](QJsonObject &p) {
        QJsonObject scales = p.value(QStringLiteral("scales")).toObject();
        QJsonObject mcn = scales.value(QStringLiteral("mcn")).toObject();
        mcn.insert(QStringLiteral("recovery"), QJsonObject{{QStringLiteral("step"), -5}, {QStringLiteral("period_days"), 30}});
        scales.insert(QStringLiteral("mcn"), mcn);
        p.insert(QStringLiteral("scales"), scales);
    });
    const Result added = cli({QStringLiteral("policy"), QStringLiteral("add"), bad, QStringLiteral("--name"), QStringLiteral("bad")});
    QCOMPARE(added.code, 2);
    QVERIFY2(added.err.contains("scales.mcn.recovery.step"), added.err.constData());
    QCOMPARE(json(cli({QStringLiteral("policy"), QStringLiteral("list"), QStringLiteral("--json")}))
                 .value(QStringLiteral("versions")).toArray().size(),
             1);
}

void TestCliPolicy::addKeepsADraft()
{
    const Result added = cli({QStringLiteral("policy"), QStringLiteral("add"), m_step5, QStringLiteral("--name"),
                              QStringLiteral("step-5"), QStringLiteral("--note"), QStringLiteral("slower MCN recovery")});
    QVERIFY2(added.code == 0, added.err.constData());
    const QJsonArray versions = json(cli({QStringLiteral("policy"), QStringLiteral("list"), QStringLiteral("--json")}))
                                    .value(QStringLiteral("versions")).toArray();
    QCOMPARE(versions.size(), 2);
    const QJsonObject base = versions.at(0).toObject();
    const QJsonObject draft = versions.at(1).toObject();
    QVERIFY(base.value(QStringLiteral("base")).toBool());
    QVERIFY(base.value(QStringLiteral("in_force")).toBool());
    QCOMPARE(draft.value(QStringLiteral("name")).toString(), QStringLiteral("step-5"));
    QCOMPARE(draft.value(QStringLiteral("author")).toString(), QStringLiteral("pol.zhou"));
    QCOMPARE(draft.value(QStringLiteral("note")).toString(), QStringLiteral("slower MCN recovery"));
    QCOMPARE(draft.value(QStringLiteral("created_at")).toString(), QStringLiteral("2025-03-01T00:00:00Z"));
    QVERIFY(!draft.value(QStringLiteral("in_force")).toBool());
    QVERIFY(draft.value(QStringLiteral("effective_at")).isNull());
    // `show` prints what the file holds, as the loader reads it.
    QCOMPARE(cli({QStringLiteral("policy"), QStringLiteral("show"), QStringLiteral("STEP-5")}).out,
             runCli({QStringLiteral("--policy"), m_step5, QStringLiteral("policy")}).out);
    QCOMPARE(cli({QStringLiteral("verify")}).code, 0);
}

void TestCliPolicy::diffNamesTheSetting()
{
    const Result diff = cli({QStringLiteral("policy"), QStringLiteral("diff"), QStringLiteral("default"),
                             QStringLiteral("step-5"), QStringLiteral("--json")});
    QVERIFY2(diff.code == 0, diff.err.constData());
    const QJsonArray changes = json(diff).value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), 1); // the policy's name is not a difference of behaviour
    const QJsonObject change = changes.at(0).toObject();
    QCOMPARE(change.value(QStringLiteral("path")).toString(), QStringLiteral("scales.mcn.recovery.step"));
    QCOMPARE(change.value(QStringLiteral("before")).toInt(), 10);
    QCOMPARE(change.value(QStringLiteral("after")).toInt(), 5);
    QCOMPARE(change.value(QStringLiteral("kind")).toString(), QStringLiteral("mcn"));
    // A file and a version compare the same.
    const Result fromFile = cli({QStringLiteral("policy"), QStringLiteral("diff"), QStringLiteral("default"), m_step5,
                                 QStringLiteral("--json")});
    QCOMPARE(json(fromFile).value(QStringLiteral("changes")), json(diff).value(QStringLiteral("changes")));
    const Result table = cli({QStringLiteral("policy"), QStringLiteral("diff"), QStringLiteral("default"), QStringLiteral("step-5")});
    QVERIFY2(table.out.contains("scales.mcn.recovery.step") && table.out.contains("1 difference"), table.out.constData());
}

void TestCliPolicy::replayByNameEqualsReplayByFile()
{
    const Result byName = cli({QStringLiteral("replay"), QStringLiteral("--with"), QStringLiteral("step-5"), QStringLiteral("--json")});
    const Result byFile = cli({QStringLiteral("replay"), QStringLiteral("--with"), m_step5, QStringLiteral("--json")});
    QVERIFY2(byName.code == 0, byName.err.constData());
    QCOMPARE(byName.out, byFile.out);
    QVERIFY(!byName.out.isEmpty());
}

void TestCliPolicy::activateIsBackdatedAndVerified()
{
    const Result before = cli({QStringLiteral("score"), QStringLiteral("mcn-starriver"), QStringLiteral("--json")});
    const Result activated = cli({QStringLiteral("policy"), QStringLiteral("activate"), QStringLiteral("step-5"),
                                  QStringLiteral("--at"), QStringLiteral("2025-02-01")});
    QVERIFY2(activated.code == 0, activated.err.constData());
    QVERIFY2(activated.out.contains("backdated"), activated.out.constData());
    const QJsonArray versions = json(cli({QStringLiteral("policy"), QStringLiteral("list"), QStringLiteral("--json")}))
                                    .value(QStringLiteral("versions")).toArray();
    const QJsonObject draft = versions.at(1).toObject();
    QVERIFY(draft.value(QStringLiteral("in_force")).toBool());
    QVERIFY(draft.value(QStringLiteral("backdated")).toBool());
    QCOMPARE(draft.value(QStringLiteral("effective_at")).toString(), QStringLiteral("2025-02-01T00:00:00Z"));
    QCOMPARE(draft.value(QStringLiteral("activated_by")).toString(), QStringLiteral("pol.zhou"));
    QVERIFY(!versions.at(0).toObject().value(QStringLiteral("in_force")).toBool());
    // The policy in force now is the draft; states before the switch are those of the base.
    QCOMPARE(json(cli({QStringLiteral("policy")})).value(QStringLiteral("name")).toString(), QStringLiteral("slow-recovery"));
    const QString base = m_dir.filePath(QStringLiteral("base.json"));
    QFile file(base);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(cli({QStringLiteral("policy"), QStringLiteral("show"), QStringLiteral("default")}).out);
    file.close();
    const QStringList scoreBefore{QStringLiteral("score"), QStringLiteral("mcn-starriver"), QStringLiteral("--at"),
                                  QStringLiteral("2025-01-31"), QStringLiteral("--json")};
    QCOMPARE(cli(scoreBefore).out, cli(QStringList{QStringLiteral("--policy"), base} + scoreBefore).out);
    QCOMPARE(cli({QStringLiteral("score"), QStringLiteral("mcn-starriver"), QStringLiteral("--json")}).out.isEmpty(), false);
    QVERIFY(!before.out.isEmpty());
    const Result verify = cli({QStringLiteral("verify")});
    QVERIFY2(verify.code == 0, verify.out + verify.err);
}

void TestCliPolicy::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("R-P1 activate an unknown version") << QStringList{"policy", "activate", "nope", "--at", "2025-04-01"} << 2
                                                      << "no policy version named nope";
    QTest::newRow("R-P1 activate without an instant") << QStringList{"policy", "activate", "step-5"} << 2 << "--at";
    QTest::newRow("R-P1 add without a name") << QStringList{"policy", "add", "step5.json"} << 2 << "--name";
    QTest::newRow("R-P1 add a name in use, other case") << QStringList{"policy", "add", "step5.json", "--name", "Step-5"} << 2
                                                        << "already exists";
    QTest::newRow("R-P1 show an unknown version") << QStringList{"policy", "show", "nope"} << 2 << "no policy version named nope";
    QTest::newRow("R-P1 diff an unknown side") << QStringList{"policy", "diff", "default", "nope"} << 2 << "no policy version";
    QTest::newRow("R-P1 unknown subcommand") << QStringList{"policy", "remove", "x"} << 2 << "unknown policy command";
}

void TestCliPolicy::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    for (QString &arg : args) {
        if (arg == QLatin1String("step5.json"))
            arg = m_step5;
    }
    const QByteArray auditBefore = cli({QStringLiteral("export")}).out;
    const Result result = cli(args);
    QCOMPARE(result.code, code);
    QVERIFY2(result.err.contains(message.toUtf8()), result.err.constData());
    QCOMPARE(cli({QStringLiteral("export")}).out, auditBefore);
}

QTEST_GUILESS_MAIN(TestCliPolicy)
#include "tst_clipolicy.moc"
