// Redline on a team store (docs/teamstore.md "Working copies"), against a real PostgreSQL 15 server (the
// throwaway cluster of scripts/pg-cluster.sh, started by CTest's fixture). Every command runs with
// `--db postgresql://...` as the signed-in login, on a working copy its writes go through: the rule scenarios
// give the same answers as on a SQLite store; a console's working copy hears of another user's write and
// catches up; two processes deciding one appeal leave one decision, and the other is told who decided; the
// action layer and the server refuse what the role may not; and the store copied back from the server
// verifies and exports as the working copies do.

#include "actions/authenticator.h"
#include "store/storelink.h"
#include "store/store.h"
#include "store/team/teamstore.h"
#include "pgtestcluster.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace redline;

namespace {

struct Result {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

const QString kNow = QStringLiteral("2026-12-01");

QProcessEnvironment environmentFor(const QString &workingCopies)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("REDLINE_NOW"), kNow);
    environment.insert(QStringLiteral("REDLINE_WORKING_COPIES"), workingCopies);
    environment.remove(QStringLiteral("REDLINE_PASSWORD"));
    environment.remove(QStringLiteral("REDLINE_NEW_PASSWORD"));
    return environment;
}

Result finish(QProcess &process)
{
    process.waitForFinished(300000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

// One line per entry, each with {s} replaced by the row's suffix (handles and ids stay apart between rows).
QByteArray linesOf(const QStringList &lines, const QString &suffix)
{
    QByteArray out;
    for (const QString &line : lines)
        out += QString(line).replace(QStringLiteral("{s}"), suffix).toUtf8() + '\n';
    return out;
}

} // namespace

class TestTeamStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sessionIsTheLogin();
    void ruleScenariosAnswerAlike_data();
    void ruleScenariosAnswerAlike();
    void refusals_data();
    void refusals();
    void workingCopyHearsAndCatchesUp();
    void racingDecisionsLeaveOneAndNameTheDecider();
    void contentAndPolicyAnswerAlike();
    void copiedBackVerifiesAndExportsAsTheWorkingCopies();
    void firstOpenCanBeCancelled();

private:
    QString url(const QString &user) const;
    Result cli(const QStringList &args, const QString &stdinText = QString()) const;
    Result teamCli(const QString &user, const QStringList &args, const QByteArray &stdinText = QByteArray()) const;
    Result psql(const QString &database, const QString &sql) const;
    QString writeFile(const QString &name, const QByteArray &bytes) const;

    QTemporaryDir m_dir;
    QString m_host;
    QString m_port;
    QString m_database = QStringLiteral("redline_working_copies");
};

QString TestTeamStore::url(const QString &user) const
{
    return QStringLiteral("postgresql:///%1?host=%2&port=%3&user=%4").arg(m_database, m_host, m_port, user);
}

Result TestTeamStore::cli(const QStringList &args, const QString &stdinText) const
{
    QProcess process;
    process.setProcessEnvironment(environmentFor(m_dir.filePath(QStringLiteral("copies"))));
    process.start(QStringLiteral(REDLINE_CLI), args);
    if (!process.waitForStarted())
        return {};
    process.write(stdinText.toUtf8());
    process.closeWriteChannel();
    return finish(process);
}

// As `user`, each with the working copies of its own machine.
Result TestTeamStore::teamCli(const QString &user, const QStringList &args, const QByteArray &stdinText) const
{
    QProcess process;
    process.setProcessEnvironment(environmentFor(m_dir.filePath(QStringLiteral("copies-") + user)));
    process.start(QStringLiteral(REDLINE_CLI), QStringList{QStringLiteral("--db"), url(user)} + args);
    if (!process.waitForStarted())
        return {};
    process.write(stdinText);
    process.closeWriteChannel();
    return finish(process);
}

Result TestTeamStore::psql(const QString &database, const QString &sql) const
{
    QProcess process;
    process.start(QStringLiteral("psql"), {QStringLiteral("-h"), m_host, QStringLiteral("-p"), m_port, QStringLiteral("-U"),
                                           QStringLiteral("postgres"), QStringLiteral("-d"), database, QStringLiteral("-Atq"),
                                           QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), sql});
    if (!process.waitForStarted())
        return {};
    return finish(process);
}

QString TestTeamStore::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return QString();
    return path;
}

// A secured store with a user per role, copied into a new database, each user made a login.
void TestTeamStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const PgTestCluster cluster = PgTestCluster::locate(QStringLiteral(REDLINE_PG_DIR));
    QVERIFY2(!cluster.host.isEmpty(), "no PostgreSQL test cluster: run through ctest, whose fixture starts scripts/pg-cluster.sh");
    m_host = cluster.host;
    m_port = cluster.port;
    qputenv("REDLINE_WORKING_COPIES", m_dir.filePath(QStringLiteral("copies-console")).toUtf8());

    const QString local = m_dir.filePath(QStringLiteral("seed.db"));
    const QStringList db{QStringLiteral("--db"), local};
    QProcess init;
    QProcessEnvironment environment = environmentFor(m_dir.filePath(QStringLiteral("copies")));
    environment.insert(QStringLiteral("REDLINE_PASSWORD"), QStringLiteral("admin-password-1"));
    init.setProcessEnvironment(environment);
    init.start(QStringLiteral(REDLINE_CLI), db + QStringList{QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("tm.admin")});
    QCOMPARE(finish(init).code, 0);
    const QList<QPair<QString, QString>> users{{QStringLiteral("tm.li"), QStringLiteral("moderator")},
                                               {QStringLiteral("tm.wang"), QStringLiteral("moderator")},
                                               {QStringLiteral("tm.wu"), QStringLiteral("senior_moderator")},
                                               {QStringLiteral("tm.zhao"), QStringLiteral("senior_moderator")},
                                               {QStringLiteral("tm.view"), QStringLiteral("viewer")}};
    for (const auto &user : users) {
        QProcess add;
        add.setProcessEnvironment(environment);
        add.start(QStringLiteral(REDLINE_CLI), db + QStringList{QStringLiteral("--user"), QStringLiteral("tm.admin"), QStringLiteral("user"),
                                                                 QStringLiteral("add"), user.first, QStringLiteral("--role"), user.second});
        add.closeWriteChannel();
        const Result added = finish(add);
        QVERIFY2(added.code == 0, added.err.constData());
    }
    QVERIFY(psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database)).code == 0);
    QVERIFY(psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(m_database)).code == 0);
    const Result copied = cli({QStringLiteral("copy"), QStringLiteral("--from"), local, QStringLiteral("--to"),
                               url(QStringLiteral("postgres"))});
    QVERIFY2(copied.code == 0, copied.err.constData());
    for (const QString &login : {QStringLiteral("tm.admin"), QStringLiteral("tm.li"), QStringLiteral("tm.wang"),
                                 QStringLiteral("tm.wu"), QStringLiteral("tm.zhao"), QStringLiteral("tm.view")}) {
        const Result granted = psql(m_database, QStringLiteral("SELECT redline_grant_login('%1')").arg(login));
        QVERIFY2(granted.code == 0, granted.err.constData());
    }
}

// No Redline password on a team store: the server signed the login in, and the store's users give its role.
void TestTeamStore::sessionIsTheLogin()
{
    StoreOptions options;
    options.now = *parseInstant(kNow);
    StoreError error;
    const std::unique_ptr<Store> store = TeamStore::open(url(QStringLiteral("TM.Wu")), QString(), options, &error);
    QVERIFY2(!store, "PostgreSQL's role names are case-sensitive in a URL: TM.Wu is not the login tm.wu");
    const std::unique_ptr<Store> wu = TeamStore::open(url(QStringLiteral("tm.wu")), QString(), options, &error);
    QVERIFY2(wu, qPrintable(error.message));
    QVERIFY(wu->isTeamStore());
    QCOMPARE(wu->location(), url(QStringLiteral("tm.wu")));
    const Session session = Authenticator::initialSession(*wu);
    QVERIFY(session.isSignedIn());
    QCOMPARE(session.user, QStringLiteral("tm.wu"));
    QCOMPARE(session.role, std::optional<Role>(Role::SeniorModerator));
    const std::unique_ptr<Store> postgres = TeamStore::open(url(QStringLiteral("postgres")), QString(), options, &error);
    QVERIFY2(postgres, qPrintable(error.message));
    QVERIFY2(!Authenticator::initialSession(*postgres).canWrite(), "a login that is no user of the store only reads");
}

void TestTeamStore::ruleScenariosAnswerAlike_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("at");
    QTest::addColumn<int>("score");

    const QString creator = QStringLiteral(R"({"type":"subject","handle":"crt-{s}","kind":"creator","name":"C {s}","at":"2025-01-01"})");
    const QString brand = QStringLiteral(R"({"type":"subject","handle":"brand-{s}","kind":"brand","name":"B {s}","at":"2025-01-01"})");
    const QString mcn = QStringLiteral(R"({"type":"subject","handle":"mcn-{s}","kind":"mcn","name":"M {s}","at":"2025-01-01","attrs":{"region":"mainland","company":"limited","registered_mcn":true}})");
    const auto violation = [](const char *id, const char *subject, const char *code, const char *at) {
        return QStringLiteral(R"({"type":"violation","id":"%1-{s}","subject":"%2-{s}","code":"%3","at":"%4","by":"tm.li"})")
            .arg(QString::fromLatin1(id), QString::fromLatin1(subject), QString::fromLatin1(code), QString::fromLatin1(at));
    };
    const auto appeal = [](const char *id, const char *violationId, const char *at) {
        return QStringLiteral(R"({"type":"appeal","id":"%1-{s}","violation":"%2-{s}","at":"%3"})")
            .arg(QString::fromLatin1(id), QString::fromLatin1(violationId), QString::fromLatin1(at));
    };
    const auto decision = [](const char *appealId, const char *outcome, const char *at) {
        return QStringLiteral(R"({"type":"decision","appeal":"%1-{s}","outcome":"%2","at":"%3","by":"tm.wu"})")
            .arg(QString::fromLatin1(appealId), QString::fromLatin1(outcome), QString::fromLatin1(at));
    };

    QTest::newRow("R-L2 default points") << QStringList{creator, violation("v1", "crt", "creator.unreported_ad", "2025-02-01")}
                                         << "crt" << "2025-02-01" << 98;
    QTest::newRow("R-C2 the ladder deducts nothing extra")
        << QStringList{creator, violation("v1", "crt", "creator.diversion", "2025-02-01")} << "crt" << "2025-02-01" << 95;
    QTest::newRow("R-T5 29 days apart is within the window")
        << QStringList{creator, violation("v1", "crt", "creator.unreported_ad", "2025-01-01"),
                       violation("v2", "crt", "creator.unreported_ad", "2025-01-30")}
        << "crt" << "2025-01-30" << 96;
    QTest::newRow("R-L3 an overturned appeal gives the points back")
        << QStringList{creator, violation("v1", "crt", "creator.diversion", "2025-02-01"), appeal("a1", "v1", "2025-02-03"),
                       decision("a1", "overturned", "2025-02-10")}
        << "crt" << "2025-02-10" << 100;
    QTest::newRow("R-L3 an upheld appeal keeps them")
        << QStringList{creator, violation("v1", "crt", "creator.diversion", "2025-02-01"), appeal("a1", "v1", "2025-02-03"),
                       decision("a1", "upheld", "2025-02-10")}
        << "crt" << "2025-02-10" << 95;
    QTest::newRow("R-B1 a brand's unauthorised promotion")
        << QStringList{brand, violation("v1", "brand", "brand.unauthorized_promotion", "2025-02-01")} << "brand"
        << "2025-02-01" << 8;
    QTest::newRow("R-M1 an MCN's fabricated engagement")
        << QStringList{mcn, violation("v1", "mcn", "mcn.fabricated_engagement", "2025-02-01")} << "mcn" << "2025-02-01" << 85;
}

// The same lines imported into a SQLite store and, through a policy_admin's working copy, into the team
// store give the same `score --json`, read by another login from its own working copy.
void TestTeamStore::ruleScenariosAnswerAlike()
{
    QFETCH(QStringList, lines);
    QFETCH(QString, subject);
    QFETCH(QString, at);
    QFETCH(int, score);

    const QString suffix = QString::fromLatin1(QTest::currentDataTag()).section(QLatin1Char(' '), 0, 0).toLower()
                           + QString::number(qHash(QString::fromLatin1(QTest::currentDataTag())) % 100000);
    const QString file = writeFile(QStringLiteral("scenario-%1.jsonl").arg(suffix), linesOf(lines, suffix));
    const QString local = m_dir.filePath(QStringLiteral("scenario-%1.db").arg(suffix));
    QCOMPARE(cli({QStringLiteral("--db"), local, QStringLiteral("init")}).code, 0);
    const Result localImport = cli({QStringLiteral("--db"), local, QStringLiteral("import"), file});
    QVERIFY2(localImport.code == 0, localImport.err.constData());
    const Result teamImport = teamCli(QStringLiteral("tm.admin"), {QStringLiteral("import"), file});
    QVERIFY2(teamImport.code == 0, teamImport.err.constData());

    const QStringList ask{QStringLiteral("score"), subject + QLatin1Char('-') + suffix, QStringLiteral("--at"), at,
                          QStringLiteral("--json")};
    const Result onSqlite = cli(QStringList{QStringLiteral("--db"), local} + ask);
    const Result onTeam = teamCli(QStringLiteral("tm.view"), ask);
    QVERIFY2(onSqlite.code == 0, onSqlite.err.constData());
    QVERIFY2(onTeam.code == 0, onTeam.err.constData());
    QCOMPARE(onTeam.out, onSqlite.out);
    QCOMPARE(QJsonDocument::fromJson(onTeam.out).object().value(QStringLiteral("score")).toInt(), score);
}

void TestTeamStore::refusals_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");

    const QByteArray subject = R"({"type":"subject","handle":"crt-refusals","kind":"creator","name":"R","at":"2025-01-01"})";
    QTest::newRow("R-P2 a viewer records nothing")
        << "tm.view" << QStringList{} << QByteArray(R"({"type":"violation","id":"v-view","subject":"crt-refusals","code":"creator.diversion","at":"2026-11-01","by":"tm.view"})")
        << 4 << "not permitted";
    QTest::newRow("R-P2 a moderator decides no appeal")
        << "tm.li" << QStringList{} << QByteArray(R"({"type":"decision","appeal":"a-refusals","outcome":"upheld","at":"2026-11-03","by":"tm.li"})")
        << 4 << "not permitted";
    QTest::newRow("R-L4 the recorder decides the appeal")
        << "tm.wu" << QStringList{} << QByteArray(R"({"type":"decision","appeal":"a-refusals","outcome":"upheld","at":"2026-11-03","by":"tm.wu"})")
        << 2 << "R-L4";
    QTest::newRow("R-P3 --user names someone else than the login")
        << "tm.zhao" << QStringList{QStringLiteral("--user"), QStringLiteral("tm.wu")}
        << QByteArray(R"({"type":"decision","appeal":"a-refusals","outcome":"upheld","at":"2026-11-03","by":"tm.wu"})") << 4
        << "signed you in as tm.zhao";
    Q_UNUSED(subject);
}

// Refused by the action layer on the working copy, before the server is asked; the team store is unchanged.
void TestTeamStore::refusals()
{
    QFETCH(QString, login);
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, line);
    QFETCH(int, code);
    QFETCH(QString, message);

    static bool seeded = false;
    if (!seeded) {
        const Result setUp = teamCli(QStringLiteral("tm.wu"), {QStringLiteral("import"), QStringLiteral("-")},
                                     R"({"type":"subject","handle":"crt-refusals","kind":"creator","name":"R","at":"2025-01-01"})" "\n"
                                     R"({"type":"violation","id":"v-refusals","subject":"crt-refusals","code":"creator.diversion","at":"2026-11-01","by":"tm.wu"})" "\n"
                                     R"({"type":"appeal","id":"a-refusals","violation":"v-refusals","at":"2026-11-02"})" "\n");
        QVERIFY2(setUp.code == 0, setUp.err.constData());
        seeded = true;
    }
    const Result before = psql(m_database, QStringLiteral("SELECT count(*) || '/' || max(id) FROM events, (SELECT max(id) AS id FROM audit) a"));
    const Result refused = teamCli(login, extra + QStringList{QStringLiteral("import"), QStringLiteral("-")}, line + '\n');
    QCOMPARE(refused.code, code);
    QVERIFY2(refused.err.contains(message.toUtf8()), refused.err.constData());
    QCOMPARE(psql(m_database, QStringLiteral("SELECT count(*) || '/' || max(id) FROM events, (SELECT max(id) AS id FROM audit) a")).out,
             before.out);
}

// A console's working copy is told of another user's write (LISTEN/NOTIFY) and catches up with it.
void TestTeamStore::workingCopyHearsAndCatchesUp()
{
    StoreOptions options;
    options.now = *parseInstant(kNow);
    StoreError error;
    const std::unique_ptr<Store> console = TeamStore::open(url(QStringLiteral("tm.view")), QString(), options, &error);
    QVERIFY2(console, qPrintable(error.message));
    QVERIFY(console->link()->notificationSocket() >= 0);
    QVERIFY(!console->subject(QStringLiteral("crt-heard")));

    const Result recorded = teamCli(QStringLiteral("tm.wu"), {QStringLiteral("import"), QStringLiteral("-")},
                                    R"({"type":"subject","handle":"crt-heard","kind":"creator","name":"H","at":"2025-01-01"})" "\n"
                                    R"({"type":"violation","id":"v-heard","subject":"crt-heard","code":"creator.diversion","at":"2026-11-20","by":"tm.wu"})" "\n");
    QVERIFY2(recorded.code == 0, recorded.err.constData());

    QStringList writers;
    QTRY_VERIFY_WITH_TIMEOUT(!(writers += console->link()->takeNotifications()).isEmpty(), 20000);
    QCOMPARE(writers.first(), QStringLiteral("tm.wu"));
    bool changed = false;
    QVERIFY2(console->catchUp(&changed, &error), qPrintable(error.message));
    QVERIFY(changed);
    const std::optional<CachedState> state = console->cachedState(QStringLiteral("crt-heard"), &error);
    QVERIFY2(state, qPrintable(error.message));
    QCOMPARE(state->score, 95);
    // Nothing new: a second catch-up takes nothing.
    QVERIFY(console->catchUp(&changed, &error));
    QVERIFY(!changed);
}

// Two processes deciding one appeal at the same moment: the server's write lock lets one in first, the
// other catches up under it and is refused by R-L3's check, which names the decider.
void TestTeamStore::racingDecisionsLeaveOneAndNameTheDecider()
{
    const Result registered = teamCli(QStringLiteral("tm.admin"), {QStringLiteral("import"), QStringLiteral("-")},
                                      R"({"type":"subject","handle":"crt-race","kind":"creator","name":"Race","at":"2025-01-01"})" "\n");
    QVERIFY2(registered.code == 0, registered.err.constData());
    for (int round = 0; round < 3; ++round) {
        const QString n = QString::number(round);
        const Result setUp = teamCli(QStringLiteral("tm.li"), {QStringLiteral("import"), QStringLiteral("-")},
                                     QStringLiteral(R"({"type":"violation","id":"v-race%1","subject":"crt-race","code":"creator.unreported_ad","at":"2026-11-2%1","by":"tm.li"})"
                                                    "\n"
                                                    R"({"type":"appeal","id":"a-race%1","violation":"v-race%1","at":"2026-11-2%1T06:00:00Z"})"
                                                    "\n")
                                         .arg(n)
                                         .toUtf8());
        QVERIFY2(setUp.code == 0, setUp.err.constData());
        QProcess wu;
        QProcess zhao;
        QProcess *both[] = {&wu, &zhao};
        const QString deciders[] = {QStringLiteral("tm.wu"), QStringLiteral("tm.zhao")};
        // From files, not pipes: an import reads its lines inside its write, holding the team's write lock.
        for (int i = 0; i < 2; ++i) {
            const QString decision = writeFile(QStringLiteral("race-%1-%2.jsonl").arg(n, deciders[i]),
                                               QStringLiteral(R"({"type":"decision","appeal":"a-race%1","outcome":"%2","at":"2026-11-2%1T12:00:00Z","by":"%3"})"
                                                              "\n")
                                                   .arg(n, i == 0 ? QStringLiteral("upheld") : QStringLiteral("overturned"), deciders[i])
                                                   .toUtf8());
            both[i]->setProcessEnvironment(environmentFor(m_dir.filePath(QStringLiteral("copies-") + deciders[i])));
            both[i]->start(QStringLiteral(REDLINE_CLI), {QStringLiteral("--db"), url(deciders[i]), QStringLiteral("import"), decision});
        }
        QVERIFY(wu.waitForStarted() && zhao.waitForStarted());
        const Result results[] = {finish(wu), finish(zhao)};
        QCOMPARE(int(results[0].code == 0) + int(results[1].code == 0), 1);
        const int winner = results[0].code == 0 ? 0 : 1;
        const Result &lost = results[1 - winner];
        QCOMPARE(lost.code, 2);
        QVERIFY2(lost.err.contains("a-race" + n.toUtf8() + " was already decided on 2026-11-2" + n.toUtf8()
                                   + "T12:00:00Z by " + deciders[winner].toUtf8()),
                 lost.err.constData());
        const Result decisions = psql(m_database, QStringLiteral("SELECT count(*) || ' ' || min(d.\"by\") FROM events d JOIN events a "
                                                                 "ON a.seq = d.ref_seq WHERE d.type = 3 AND a.ext_id = 'a-race%1'")
                                                      .arg(n));
        QCOMPARE(decisions.out.trimmed(), "1 " + deciders[winner].toUtf8());
    }
}

// Posts with their findings, a report's triage item and its claim, and a policy version put in force (which
// recomputes the whole cache and sends it) answer alike on a SQLite store and on the team store.
void TestTeamStore::contentAndPolicyAnswerAlike()
{
    const QString local = m_dir.filePath(QStringLiteral("content.db"));
    QCOMPARE(cli({QStringLiteral("--db"), local, QStringLiteral("init")}).code, 0);
    const QString lines = writeFile(
        QStringLiteral("content.jsonl"),
        R"({"type":"subject","handle":"crt-content","kind":"creator","name":"内容","at":"2025-01-01"})" "\n"
        R"({"type":"post","id":"p-content","subject":"crt-content","at":"2026-11-01T02:00:00Z","title":"面霜测评","text":"好物分享，加我 138 0013 8000 领券","category":"beauty","commercial":true})" "\n"
        R"({"type":"report","id":"r-content","subject":"crt-content","at":"2026-11-02","post":"p-content","code":"creator.diversion","reason":"导流"})" "\n");
    const QStringList asAdmin{QStringLiteral("--user"), QStringLiteral("tm.admin")};
    const QStringList asLi{QStringLiteral("--user"), QStringLiteral("tm.li")};
    const auto both = [&](const QStringList &user, const QStringList &args) {
        const Result onFile = cli(QStringList{QStringLiteral("--db"), local} + user + args);
        const Result onTeam = teamCli(user.last(), args);
        return qMakePair(onFile, onTeam);
    };
    for (const QStringList &step : {QStringList{QStringLiteral("import"), lines}}) {
        const auto r = both(asAdmin, step);
        QVERIFY2(r.first.code == 0 && r.second.code == 0, (r.first.err + r.second.err).constData());
    }
    const QByteArray policyJson = cli({QStringLiteral("--db"), local, QStringLiteral("policy")}).out;
    const QString policy = writeFile(QStringLiteral("content-policy.json"), policyJson);
    const QList<QPair<QStringList, QStringList>> steps{
        {asLi, {QStringLiteral("triage"), QStringLiteral("claim"), QStringLiteral("r-content")}},
        {asAdmin, {QStringLiteral("policy"), QStringLiteral("add"), policy, QStringLiteral("--name"), QStringLiteral("team-draft")}},
        {asAdmin, {QStringLiteral("policy"), QStringLiteral("activate"), QStringLiteral("team-draft"), QStringLiteral("--at"),
                   QStringLiteral("2026-11-15")}},
    };
    for (const auto &step : steps) {
        const auto r = both(step.first, step.second);
        QVERIFY2(r.first.code == 0, r.first.err.constData());
        QVERIFY2(r.second.code == 0, r.second.err.constData());
    }
    const QList<QStringList> questions{
        {QStringLiteral("findings"), QStringLiteral("--subject"), QStringLiteral("crt-content"), QStringLiteral("--json")},
        {QStringLiteral("score"), QStringLiteral("crt-content"), QStringLiteral("--json")},
        {QStringLiteral("policy"), QStringLiteral("show"), QStringLiteral("team-draft")},
    };
    for (const QStringList &question : questions) {
        const auto r = both({QStringLiteral("--user"), QStringLiteral("tm.view")}, question);
        QVERIFY2(r.first.code == 0 && r.second.code == 0, (r.first.err + r.second.err).constData());
        QVERIFY2(!r.first.out.isEmpty(), qPrintable(question.join(QLatin1Char(' '))));
        QCOMPARE(r.second.out, r.first.out);
    }
    const Result triage = teamCli(QStringLiteral("tm.view"), {QStringLiteral("triage"), QStringLiteral("--json")});
    QVERIFY2(triage.out.contains("\"tm.li\""), triage.out.constData());
    const Result versions = teamCli(QStringLiteral("tm.view"), {QStringLiteral("policy"), QStringLiteral("list")});
    QVERIFY2(versions.out.contains("team-draft"), versions.out.constData());
}

// What went through the working copies is the store of record: copied back to SQLite it verifies (the
// state cache, findings and triage the writers sent agree with a fresh replay), and it exports exactly as
// a working copy does.
void TestTeamStore::copiedBackVerifiesAndExportsAsTheWorkingCopies()
{
    const QString back = m_dir.filePath(QStringLiteral("back.db"));
    const Result copied = cli({QStringLiteral("copy"), QStringLiteral("--from"), url(QStringLiteral("postgres")),
                               QStringLiteral("--to"), back});
    QVERIFY2(copied.code == 0, copied.err.constData());
    const Result verified = cli({QStringLiteral("--db"), back, QStringLiteral("verify")});
    QVERIFY2(verified.code == 0, (verified.out + verified.err).constData());
    const Result exported = cli({QStringLiteral("--db"), back, QStringLiteral("export")});
    QCOMPARE(exported.code, 0);
    for (const QString &login : {QStringLiteral("tm.view"), QStringLiteral("tm.admin")}) {
        const Result fromCopy = teamCli(login, {QStringLiteral("export")});
        QCOMPARE(fromCopy.code, 0);
        QCOMPARE(fromCopy.out, exported.out);
        const Result copyVerified = teamCli(login, {QStringLiteral("verify")});
        QVERIFY2(copyVerified.code == 0, (copyVerified.out + copyVerified.err).constData());
    }
}

// The first open copies the whole store, which the console shows and may cancel: nothing is left behind, and
// the next open makes the working copy whole.
void TestTeamStore::firstOpenCanBeCancelled()
{
    const QString generated = m_dir.filePath(QStringLiteral("cancel.db"));
    const Result made = cli({QStringLiteral("--db"), generated, QStringLiteral("generate"), QStringLiteral("--mcns"), QStringLiteral("2"),
                             QStringLiteral("--brands"), QStringLiteral("4"), QStringLiteral("--creators"), QStringLiteral("3000"),
                             QStringLiteral("--violations"), QStringLiteral("3000"), QStringLiteral("--seed"), QStringLiteral("5")});
    QVERIFY2(made.code == 0, made.err.constData());
    const QString database = QStringLiteral("redline_cancelled_copy");
    QVERIFY(psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database)).code == 0);
    QVERIFY(psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(database)).code == 0);
    const QString owner = QStringLiteral("postgresql:///%1?host=%2&port=%3&user=postgres").arg(database, m_host, m_port);
    const Result copied = cli({QStringLiteral("copy"), QStringLiteral("--from"), generated, QStringLiteral("--to"), owner});
    QVERIFY2(copied.code == 0, copied.err.constData());

    StoreOptions options;
    options.now = *parseInstant(kNow);
    qint64 reported = 0;
    options.progress = [&reported](qint64 done, qint64) {
        reported = done;
        return false;
    };
    StoreError error;
    QVERIFY(!TeamStore::open(owner, QString(), options, &error));
    QVERIFY2(reported > 0, "the copy reports its rows");
    QVERIFY2(error.message.contains(QLatin1String("cancelled")), qPrintable(error.message));
    const QString path = TeamStore::workingCopyPath(owner);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));

    options.progress = {};
    error = StoreError();
    const std::unique_ptr<Store> store = TeamStore::open(owner, QString(), options, &error);
    QVERIFY2(store, qPrintable(error.message));
    QCOMPARE(store->subjectCount(), qint64(3006));
}

QTEST_GUILESS_MAIN(TestTeamStore)
#include "tst_teamstore.moc"
