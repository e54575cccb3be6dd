// redline-cli as a team uses it (docs/roles.md, docs/contracts.md): a store secured by its first password,
// sign-in with --user and REDLINE_PASSWORD, exit 4 for a missing or wrong password and for a role without
// the right, user administration, identities compared case-insensitively, recorded_at and --known-at, and
// a store tampered with behind the program's back refusing the next write with exit 3. Runs the built binary.

#include "rawsqlite.h"

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

const QString kBasic = QStringLiteral(REDLINE_TEST_DATA "/basic.jsonl");

Result runCli(const QStringList &args, const QHash<QString, QString> &env = {}, const QByteArray &input = {},
              const QString &now = QStringLiteral("2025-03-01"))
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("REDLINE_NOW"), now);
    environment.insert(QStringLiteral("USER"), QStringLiteral("cli.tester"));
    environment.remove(QStringLiteral("REDLINE_PASSWORD"));
    environment.remove(QStringLiteral("REDLINE_NEW_PASSWORD"));
    for (auto it = env.begin(); it != env.end(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
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

QHash<QString, QString> password(const QString &value)
{
    return {{QStringLiteral("REDLINE_PASSWORD"), value}};
}

} // namespace

class TestIdentity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesNeedSignIn_data();
    void writesNeedSignIn();
    void readsNeedNoSignIn();
    void userAdministration();
    void recorderCannotDecideUnderAnotherSpelling_data();
    void recorderCannotDecideUnderAnotherSpelling();
    void backdatedRetractionAndKnownAt();
    void tamperedStoreRefusesTheNextImport();
    void overflowingDepositIsRefused();

private:
    QString write(const QString &name, const QByteArray &lines);
    QTemporaryDir m_dir;
    QString m_secured; // basic.jsonl, an admin and passwords for mod.li and comp.qian
};

QString TestIdentity::write(const QString &name, const QByteArray &lines)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(lines);
    return path;
}

void TestIdentity::initTestCase()
{
    m_secured = m_dir.filePath(QStringLiteral("secured.redline"));
    Result r = runCli({QStringLiteral("--db"), m_secured, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
                      password(QStringLiteral("admin-pass-1")));
    QVERIFY2(r.code == 0, r.err.constData());
    r = runCli({QStringLiteral("--db"), m_secured, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("import"), kBasic},
               password(QStringLiteral("admin-pass-1")));
    QVERIFY2(r.code == 0, r.err.constData());
    const QHash<QString, QString> admin{{QStringLiteral("REDLINE_PASSWORD"), QStringLiteral("admin-pass-1")},
                                        {QStringLiteral("REDLINE_NEW_PASSWORD"), QStringLiteral("li-pass-12")}};
    r = runCli({QStringLiteral("--db"), m_secured, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"),
                QStringLiteral("passwd"), QStringLiteral("mod.li")},
               admin);
    QVERIFY2(r.code == 0, r.err.constData());
    QHash<QString, QString> compliance = admin;
    compliance.insert(QStringLiteral("REDLINE_NEW_PASSWORD"), QStringLiteral("qian-pass-12"));
    r = runCli({QStringLiteral("--db"), m_secured, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"),
                QStringLiteral("add"), QStringLiteral("comp.qian"), QStringLiteral("--role"), QStringLiteral("compliance")},
               compliance);
    QVERIFY2(r.code == 0, r.err.constData());
}

void TestIdentity::writesNeedSignIn_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QByteArray>("lines");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("err");
    const QByteArray exam = R"({"type":"exam","subject":"crt-lin","at":"2025-04-01"})" "\n";
    const QByteArray deposit = R"({"type":"deposit","subject":"mcn-starriver","action":"pay","amount":100,"at":"2025-04-01","by":"fin.zhao"})" "\n";
    const QByteArray violation = R"({"type":"violation","id":"v-77","subject":"crt-lin","code":"creator.plagiarism","at":"2025-04-01","by":"mod.li"})" "\n";
    QTest::newRow("no user") << QStringList() << QString() << exam << 4
                             << "redline-cli: not signed in: importing into this store needs a signed-in user whose role may take every line";
    QTest::newRow("no password") << QStringList{QStringLiteral("--user"), QStringLiteral("mod.li")} << QString() << exam << 4
                                 << "redline-cli: not signed in: no password for mod.li (set REDLINE_PASSWORD or run on a terminal)";
    QTest::newRow("wrong password") << QStringList{QStringLiteral("--user"), QStringLiteral("mod.li")} << "li-pass-13" << exam << 4
                                    << "redline-cli: unknown user or wrong password";
    QTest::newRow("unknown user") << QStringList{QStringLiteral("--user"), QStringLiteral("mod.nobody")} << "li-pass-12" << exam << 4
                                  << "redline-cli: unknown user or wrong password";
    QTest::newRow("not a name") << QStringList{QStringLiteral("--user"), QStringLiteral("mod li")} << "li-pass-12" << exam << 2
                                << "redline-cli: --user: \"mod li\" is not a valid user name (1 to 64 of A-Z a-z 0-9 _ . : -)";
    QTest::newRow("moderator pays a deposit") << QStringList{QStringLiteral("--user"), QStringLiteral("MOD.LI")} << "li-pass-12" << deposit << 4
                                              << "redline-cli: %1: line 1: not permitted: mod.li is moderator and may not pay, deduct or refund deposits (needs compliance)";
    QTest::newRow("compliance records a violation") << QStringList{QStringLiteral("--user"), QStringLiteral("comp.qian")} << "qian-pass-12"
                                                    << deposit + violation << 4
                                                    << "redline-cli: %1: line 2: not permitted: comp.qian is compliance and may not record violations (needs moderator, senior_moderator)";
    QTest::newRow("moderator records an exam") << QStringList{QStringLiteral("--user"), QStringLiteral("mod.li")} << "li-pass-12" << exam << 0
                                               << QString();
}

void TestIdentity::writesNeedSignIn()
{
    QFETCH(QStringList, args);
    QFETCH(QString, password);
    QFETCH(QByteArray, lines);
    QFETCH(int, code);
    QFETCH(QString, err);
    const QString file = write(QStringLiteral("lines.jsonl"), lines);
    QHash<QString, QString> env;
    if (!password.isEmpty())
        env.insert(QStringLiteral("REDLINE_PASSWORD"), password);
    const Result r = runCli(QStringList{QStringLiteral("--db"), m_secured} + args + QStringList{QStringLiteral("import"), file}, env);
    QCOMPARE(r.code, code);
    QCOMPARE(QString::fromUtf8(r.err).trimmed(), err.contains(QLatin1String("%1")) ? err.arg(file) : err);
    QVERIFY(!r.err.contains(password.toUtf8()) || password.isEmpty()); // never echoed
}

void TestIdentity::readsNeedNoSignIn()
{
    const Result r = runCli({QStringLiteral("--db"), m_secured, QStringLiteral("score"), QStringLiteral("crt-lin"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("\"subject\":\"crt-lin\""));
}

void TestIdentity::userAdministration()
{
    const auto asUser = [&](const QString &user, const QString &pass, const QStringList &args, const QString &newPass = {}) {
        QHash<QString, QString> env{{QStringLiteral("REDLINE_PASSWORD"), pass}};
        if (!newPass.isEmpty())
            env.insert(QStringLiteral("REDLINE_NEW_PASSWORD"), newPass);
        return runCli(QStringList{QStringLiteral("--db"), m_secured, QStringLiteral("--user"), user, QStringLiteral("user")} + args, env);
    };
    // Only a policy_admin manages users; exit 4 names what is missing.
    Result r = asUser(QStringLiteral("mod.li"), QStringLiteral("li-pass-12"),
                      {QStringLiteral("role"), QStringLiteral("mod.li"), QStringLiteral("policy_admin")});
    QCOMPARE(r.code, 4);
    QCOMPARE(r.err.trimmed(), QByteArray("redline-cli: not permitted: mod.li is moderator and may not manage users (needs policy_admin)"));
    r = asUser(QStringLiteral("admin"), QStringLiteral("admin-pass-1"), {QStringLiteral("role"), QStringLiteral("mod.li"), QStringLiteral("god")});
    QCOMPARE(r.code, 2);
    // A user may change their own password; a too-short one is refused.
    r = asUser(QStringLiteral("comp.qian"), QStringLiteral("qian-pass-12"), {QStringLiteral("passwd"), QStringLiteral("comp.qian")},
               QStringLiteral("short"));
    QCOMPARE(r.code, 2);
    r = asUser(QStringLiteral("comp.qian"), QStringLiteral("qian-pass-12"), {QStringLiteral("passwd"), QStringLiteral("comp.qian")},
               QStringLiteral("qian-pass-12"));
    QVERIFY2(r.code == 0, r.err.constData());
    // A disabled user cannot sign in, with the same message as a wrong password.
    r = asUser(QStringLiteral("admin"), QStringLiteral("admin-pass-1"), {QStringLiteral("disable"), QStringLiteral("comp.qian")});
    QVERIFY2(r.code == 0, r.err.constData());
    r = asUser(QStringLiteral("comp.qian"), QStringLiteral("qian-pass-12"), {QStringLiteral("passwd"), QStringLiteral("comp.qian")},
               QStringLiteral("qian-pass-13"));
    QCOMPARE(r.code, 4);
    QCOMPARE(r.err.trimmed(), QByteArray("redline-cli: unknown user or wrong password"));
    r = asUser(QStringLiteral("admin"), QStringLiteral("admin-pass-1"), {QStringLiteral("enable"), QStringLiteral("comp.qian")});
    QVERIFY2(r.code == 0, r.err.constData());

    r = runCli({QStringLiteral("--db"), m_secured, QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QVERIFY(!r.out.contains("argon2")); // no hash ever leaves the store
    const QJsonArray users = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("users")).toArray();
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &u : users)
        byName.insert(u.toObject().value(QStringLiteral("name")).toString(), u.toObject());
    QCOMPARE(byName.value(QStringLiteral("admin")).value(QStringLiteral("role")).toString(), QStringLiteral("policy_admin"));
    QCOMPARE(byName.value(QStringLiteral("mod.li")).value(QStringLiteral("password")).toBool(), true);
    QCOMPARE(byName.value(QStringLiteral("mod.wang")).value(QStringLiteral("password")).toBool(), false);
    QCOMPARE(byName.value(QStringLiteral("comp.qian")).value(QStringLiteral("disabled")).toBool(), false);
}

void TestIdentity::recorderCannotDecideUnderAnotherSpelling_data()
{
    QTest::addColumn<QByteArray>("by");
    QTest::addColumn<QString>("err");
    QTest::newRow("trailing space") << QByteArray("mod.emma ")
                                    << "line 4: field by: \"mod.emma \" is not a valid name (1 to 64 of A-Z a-z 0-9 _ . : -)";
    QTest::newRow("capitals") << QByteArray("MOD.EMMA")
                              << "line 4: field by: MOD.EMMA recorded the violation under appeal a-e and cannot decide it (R-L4 four-eyes)";
    QTest::newRow("zero-width space") << QByteArray("mod\xE2\x80\x8B.emma")
                                      << QString::fromUtf8("line 4: field by: \"mod\u200B.emma\" is not a valid name (1 to 64 of A-Z a-z 0-9 _ . : -)");
    QTest::newRow("mixed case") << QByteArray("Mod.Emma")
                                << "line 4: field by: Mod.Emma recorded the violation under appeal a-e and cannot decide it (R-L4 four-eyes)";
}

void TestIdentity::recorderCannotDecideUnderAnotherSpelling()
{
    QFETCH(QByteArray, by);
    QFETCH(QString, err);
    const QString db = m_dir.filePath(QStringLiteral("emma-%1.redline").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).code, 0);
    const QString file = write(QStringLiteral("emma.jsonl"),
                               R"({"type":"subject","handle":"crt-e","kind":"creator","name":"E","at":"2025-01-01"})" "\n"
                               R"({"type":"violation","id":"v-e","subject":"crt-e","code":"creator.plagiarism","at":"2025-02-01","by":"mod.emma"})" "\n"
                               R"({"type":"appeal","id":"a-e","violation":"v-e","at":"2025-02-02","by":"crt-e"})" "\n"
                               R"({"type":"decision","appeal":"a-e","outcome":"overturned","at":"2025-02-03","by":")" + by + "\"}\n");
    const Result r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), file});
    QCOMPARE(r.code, 2);
    QCOMPARE(QString::fromUtf8(r.err).trimmed(), QStringLiteral("redline-cli: %1: %2").arg(file, err));
    // Nothing was written, and the store's own R-L4 trigger refuses the same decision made outside Redline.
    QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("verify")}).code, 0);
}

// A retraction recorded on 2025-03-20 but dated 2025-03-02: its recorded_at is kept and exported, and
// --known-at before the recording gives the state the console showed then.
void TestIdentity::backdatedRetractionAndKnownAt()
{
    const QString db = m_dir.filePath(QStringLiteral("backdated.redline"));
    QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).code, 0);
    QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), kBasic}).code, 0);
    const QString retraction = write(QStringLiteral("retraction.jsonl"),
                                     R"({"type":"retraction","violation":"v-2","at":"2025-03-02","by":"mod.li","reason":"wrong creator"})" "\n");
    Result r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), retraction}, {}, {}, QStringLiteral("2025-03-20"));
    QVERIFY2(r.code == 0, r.err.constData());

    const auto score = [&](const QStringList &extra) {
        const Result s = runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("score"), QStringLiteral("crt-lin"),
                                            QStringLiteral("--at"), QStringLiteral("2025-03-05"), QStringLiteral("--json")} + extra,
                                {}, {}, QStringLiteral("2025-03-25"));
        return QJsonDocument::fromJson(s.out).object().value(QStringLiteral("score")).toInt(-1);
    };
    const int now = score({});
    const int shownOnTheTenth = score({QStringLiteral("--known-at"), QStringLiteral("2025-03-10")});
    const int shownOnTheTwentyFirst = score({QStringLiteral("--known-at"), QStringLiteral("2025-03-21")});
    QVERIFY2(now > shownOnTheTenth, qPrintable(QStringLiteral("%1 vs %2").arg(now).arg(shownOnTheTenth)));
    QCOMPARE(shownOnTheTwentyFirst, now);

    r = runCli({QStringLiteral("--db"), db, QStringLiteral("export")}, {}, {}, QStringLiteral("2025-03-25"));
    QVERIFY(r.out.contains(R"("type":"retraction","subject":"crt-lin","violation":"v-2","at":"2025-03-02T00:00:00Z","by":"mod.li","reason":"wrong creator","recorded_at":"2025-03-20T00:00:00Z","recorded_by":"cli.tester"})"));
    // Import of the export keeps when and by whom each event was recorded.
    const QString exported = write(QStringLiteral("export.jsonl"), r.out);
    const QString copy = m_dir.filePath(QStringLiteral("backdated-copy.redline"));
    QCOMPARE(runCli({QStringLiteral("--db"), copy, QStringLiteral("init")}, {}, {}, QStringLiteral("2025-03-25")).code, 0);
    QCOMPARE(runCli({QStringLiteral("--db"), copy, QStringLiteral("import"), exported}, {}, {}, QStringLiteral("2025-03-25")).code, 0);
    r = runCli({QStringLiteral("--db"), copy, QStringLiteral("export")}, {}, {}, QStringLiteral("2025-03-25"));
    QFile original(exported);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(r.out, original.readAll());
}

// The last ledger rows deleted with the guard put back: the next import is refused (exit 3, nothing
// written), so it cannot cover the gap, and verify still fails.
void TestIdentity::tamperedStoreRefusesTheNextImport()
{
    const QString db = m_dir.filePath(QStringLiteral("tampered.redline"));
    QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).code, 0);
    QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), kBasic}).code, 0);
    QCOMPARE(RawSqlite::exec(db, "DROP TRIGGER events_append_only_delete; PRAGMA foreign_keys = OFF; DELETE FROM events WHERE seq >= 15; "
                         "CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events\n"
                         "  BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;"),
             QString());
    const QString more = write(QStringLiteral("more.jsonl"),
                               R"({"type":"note","subject":"brand-acme","at":"2025-02-03","by":"mod.li","text":"a"})" "\n"
                               R"({"type":"exam","subject":"crt-lin","at":"2025-03-10"})" "\n");
    Result r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), more});
    QCOMPARE(r.code, 3);
    QCOMPARE(r.err.trimmed(), QStringLiteral("redline-cli: %1: ledger events 15..16 recorded in the audit log are missing: they were "
                                             "deleted; nothing was written (run `redline-cli verify` for the details)").arg(db).toUtf8());
    r = runCli({QStringLiteral("--db"), db, QStringLiteral("verify")});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("ledger event 15 is missing: it was deleted"), r.err.constData());

    // A dropped guard refuses the next write the same way, and verify names it.
    const QString db2 = m_dir.filePath(QStringLiteral("unguarded.redline"));
    QCOMPARE(runCli({QStringLiteral("--db"), db2, QStringLiteral("init")}).code, 0);
    QCOMPARE(runCli({QStringLiteral("--db"), db2, QStringLiteral("import"), kBasic}).code, 0);
    QCOMPARE(RawSqlite::exec(db2, "DROP TRIGGER events_four_eyes"), QString());
    r = runCli({QStringLiteral("--db"), db2, QStringLiteral("import"), more});
    QCOMPARE(r.code, 3);
    QCOMPARE(r.err.trimmed(), QStringLiteral("redline-cli: %1: the store's trigger events_four_eyes is missing: it was dropped outside Redline").arg(db2).toUtf8());
    r = runCli({QStringLiteral("--db"), db2, QStringLiteral("verify")});
    QCOMPARE(r.code, 3);
    QCOMPARE(r.err.trimmed(), QStringLiteral("redline-cli: %1: the store's trigger events_four_eyes is missing: it was dropped outside Redline").arg(db2).toUtf8());
}

void TestIdentity::overflowingDepositIsRefused()
{
    const QString db = m_dir.filePath(QStringLiteral("deposit.redline"));
    QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).code, 0);
    QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), kBasic}).code, 0);
    const QString file = write(QStringLiteral("big.jsonl"),
                               R"({"type":"deposit","subject":"mcn-starriver","action":"pay","amount":9007199254740993,"at":"2025-02-01","by":"fin.zhao"})" "\n");
    const Result r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), file});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.trimmed(), QStringLiteral("redline-cli: %1: line 1: field amount: more than 1000000000000 yuan, the largest amount "
                                             "(whole yuan, exact)").arg(file).toUtf8());
}

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
