// The team store on a real PostgreSQL 15 server (docs/teamstore.md): the throwaway cluster of
// scripts/pg-cluster.sh, started by CTest's fixture (tests/CMakeLists.txt). `redline-cli copy` from SQLite
// to PostgreSQL and back gives a store that verifies and exports byte for byte as the original; a copy into a
// store with data, or one the server refuses, leaves the destination as it was; and sessions logged in as
// Redline users cannot bypass the rules: the ledger and the audit log refuse UPDATE and DELETE (even to the
// owner), R-L4, R-L3 and the permission matrix hold per row, racing decisions leave one, and audit appends are
// serialised into one chain.

#include "actions/permission.h"
#include "base/role.h"
#include "rawsqlite.h"
#include "store/auditentry.h"
#include "store/auditlog.h"
#include "store/copy/storetables.h"
#include "pgtestcluster.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <libpq-fe.h>

#include <memory>

using namespace redline;

namespace {

struct Result {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

const QString kNow = QStringLiteral("2026-12-01");

Result run(const QString &program, const QStringList &args, const QHash<QString, QString> &env = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("REDLINE_NOW"), kNow);
    environment.insert(QStringLiteral("USER"), QStringLiteral("pg.tester"));
    environment.remove(QStringLiteral("REDLINE_PASSWORD"));
    environment.remove(QStringLiteral("REDLINE_NEW_PASSWORD"));
    for (auto it = env.begin(); it != env.end(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.start(program, args);
    if (!process.waitForStarted())
        return {};
    process.closeWriteChannel();
    process.waitForFinished(300000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

Result cli(const QStringList &args, const QHash<QString, QString> &env = {})
{
    return run(QStringLiteral(REDLINE_CLI), args, env);
}

// "user add NAME" as arguments.
QStringList words(const char *line)
{
    return QString::fromUtf8(line).split(QLatin1Char(' '));
}

struct ConnDeleter {
    void operator()(PGconn *c) const { PQfinish(c); }
};
using Conn = std::unique_ptr<PGconn, ConnDeleter>;

struct ResultDeleter {
    void operator()(PGresult *r) const { PQclear(r); }
};
using PgResult = std::unique_ptr<PGresult, ResultDeleter>;

// What a statement did: the first value of its first row, or the server's refusal.
struct Outcome {
    bool ok = false;
    QString value;
    QString error;
    QByteArray state;
};

Outcome outcomeOf(PGconn *conn, PGresult *raw)
{
    const PgResult result(raw);
    Outcome out;
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    out.ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    if (!out.ok) {
        const char *primary = result ? PQresultErrorField(result.get(), PG_DIAG_MESSAGE_PRIMARY) : nullptr;
        const char *state = result ? PQresultErrorField(result.get(), PG_DIAG_SQLSTATE) : nullptr;
        out.error = QString::fromUtf8(primary ? primary : PQerrorMessage(conn));
        out.state = state ? QByteArray(state) : QByteArray();
    } else if (status == PGRES_TUPLES_OK && PQntuples(result.get()) > 0) {
        out.value = QString::fromUtf8(PQgetvalue(result.get(), 0, 0));
    }
    return out;
}

Outcome exec(PGconn *conn, const QString &sql)
{
    return outcomeOf(conn, PQexec(conn, sql.toUtf8().constData()));
}

} // namespace

class TestPgStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tablesAreTheSchemas();
    void permissionTableIsTheMatrix();
    void roundTripThroughPostgres();
    void copyRefusesAStoreWithData_data();
    void copyRefusesAStoreWithData();
    void copyRefusesWhatIsNotAStore_data();
    void copyRefusesWhatIsNotAStore();
    void refusedCopyLeavesNothing_data();
    void refusedCopyLeavesNothing();
    void serverRefuses_data();
    void serverRefuses();
    void grantLoginFollowsTheStoresUsers();
    void racingDecisionsLeaveOne();
    void waitingDecisionLosesToTheFirst();
    void auditAppendsAreSerialised();
    void appendsAreAnnounced();

private:
    QString url(const QString &database, const QString &user = QStringLiteral("postgres")) const;
    Conn connect(const QString &database, const QString &user = QStringLiteral("postgres")) const;
    // A new, empty database (dropped first if a previous run left it).
    QString createDatabase(const QString &name);
    QString generatedStore();
    QString teamStore();
    Outcome as(const QString &user, const QString &sql) const;
    qint64 insertEvent(const QString &user, const QString &values);

    QTemporaryDir m_dir;
    QString m_host;
    QString m_port;
    QString m_generated; // a generated SQLite store with policy versions and a user
    QString m_team;      // the database of the rule tests: users with logins and their events
    qint64 m_subject = 0;
    qint64 m_violationBySmodGao = 0;
    qint64 m_appealOfSmodGaos = 0;
    qint64 m_violationByModLi = 0;
    qint64 m_decidedAppeal = 0;
    qint64 m_raceAppeal = 0;
    qint64 m_waitAppeal = 0;
};

QString TestPgStore::url(const QString &database, const QString &user) const
{
    return QStringLiteral("postgresql:///%1?host=%2&port=%3&user=%4").arg(database, m_host, m_port, user);
}

Conn TestPgStore::connect(const QString &database, const QString &user) const
{
    Conn conn(PQconnectdb(url(database, user).toUtf8().constData()));
    if (PQstatus(conn.get()) != CONNECTION_OK)
        qWarning("cannot connect to %s as %s: %s", qPrintable(database), qPrintable(user), PQerrorMessage(conn.get()));
    else
        exec(conn.get(), QStringLiteral("SET client_min_messages = warning"));
    return conn;
}

QString TestPgStore::createDatabase(const QString &name)
{
    const Conn admin = connect(QStringLiteral("postgres"));
    exec(admin.get(), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    const Outcome created = exec(admin.get(), QStringLiteral("CREATE DATABASE %1").arg(name));
    if (!created.ok)
        qWarning("CREATE DATABASE %s: %s", qPrintable(name), qPrintable(created.error));
    return name;
}

Outcome TestPgStore::as(const QString &user, const QString &sql) const
{
    const Conn conn = connect(m_team, user);
    return exec(conn.get(), sql);
}

// Appends an event as `user` would from psql; its seq, or 0 when refused.
qint64 TestPgStore::insertEvent(const QString &user, const QString &values)
{
    const Outcome o = as(user, QStringLiteral("INSERT INTO events(type, subject_id, at, ext_id, ref_seq, by, code, "
                                              "outcome, recorded_at, recorded_by) VALUES (%1) RETURNING seq")
                                   .arg(values));
    if (!o.ok)
        qWarning("insert as %s refused: %s", qPrintable(user), qPrintable(o.error));
    return o.ok ? o.value.toLongLong() : 0;
}

void TestPgStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const PgTestCluster cluster = PgTestCluster::locate(QStringLiteral(REDLINE_PG_DIR));
    QVERIFY2(!cluster.host.isEmpty(), "no PostgreSQL test cluster: run through ctest, whose fixture starts scripts/pg-cluster.sh");
    m_host = cluster.host;
    m_port = cluster.port;
    QCOMPARE(PQstatus(connect(QStringLiteral("postgres")).get()), CONNECTION_OK);
    m_generated = generatedStore();
    QVERIFY(!m_generated.isEmpty());
    m_team = teamStore();
    QVERIFY(!m_team.isEmpty());
}

// 18 months of generated history, with a policy draft activated and a user added, so that every table a
// store has holds rows.
QString TestPgStore::generatedStore()
{
    const QString path = m_dir.filePath(QStringLiteral("generated.db"));
    const QStringList db{QStringLiteral("--db"), path};
    Result r = cli(db + words("generate --mcns 4 --brands 8 --creators 40 --violations 150 --seed 11"));
    if (r.code != 0)
        return qWarning("generate: %s", r.err.constData()), QString();
    r = cli(db + words("policy"));
    const QString policyFile = m_dir.filePath(QStringLiteral("policy.json"));
    QFile file(policyFile);
    if (r.code != 0 || !file.open(QIODevice::WriteOnly) || file.write(r.out) != r.out.size())
        return QString();
    file.close();
    r = cli(db + words("policy add") + QStringList{policyFile} + words("--name draft-1 --note named"));
    if (r.code != 0)
        return qWarning("policy add: %s", r.err.constData()), QString();
    r = cli(db + words("policy activate draft-1 --at 2026-06-01"));
    if (r.code != 0)
        return qWarning("policy activate: %s", r.err.constData()), QString();
    r = cli(db + words("user add mod.copy --role moderator"),
            {{QStringLiteral("REDLINE_NEW_PASSWORD"), QStringLiteral("a-long-enough-password")}});
    if (r.code != 0)
        return qWarning("user add: %s", r.err.constData()), QString();
    return path;
}

// A secured store with one user per role that matters here, copied to PostgreSQL, each user made a login
// (redline_grant_login), and the events the rule rows need, appended by the logins themselves.
QString TestPgStore::teamStore()
{
    const QString path = m_dir.filePath(QStringLiteral("team.db"));
    const QHash<QString, QString> admin{{QStringLiteral("REDLINE_PASSWORD"), QStringLiteral("admin-password-1")},
                                        {QStringLiteral("REDLINE_NEW_PASSWORD"), QStringLiteral("user-password-1")}};
    const QStringList db{QStringLiteral("--db"), path};
    Result r = cli(db + words("init --admin admin"), admin);
    if (r.code != 0)
        return qWarning("init: %s", r.err.constData()), QString();
    const QList<QPair<QString, QString>> users{{QStringLiteral("mod.li"), QStringLiteral("moderator")},
                                               {QStringLiteral("smod.gao"), QStringLiteral("senior_moderator")},
                                               {QStringLiteral("smod.wu"), QStringLiteral("senior_moderator")},
                                               {QStringLiteral("smod.zhao"), QStringLiteral("senior_moderator")},
                                               {QStringLiteral("viewer"), QStringLiteral("viewer")}};
    for (const auto &user : users) {
        const QStringList add{user.first, QStringLiteral("--role"), user.second};
        r = cli(db + words("--user admin user add") + add, admin);
        if (r.code != 0)
            return qWarning("user add: %s", r.err.constData()), QString();
    }
    const QString database = createDatabase(QStringLiteral("redline_team"));
    r = cli({QStringLiteral("copy"), QStringLiteral("--from"), path, QStringLiteral("--to"), url(database)});
    if (r.code != 0)
        return qWarning("copy: %s", r.err.constData()), QString();
    const Conn owner = connect(database);
    for (const auto &user : users) {
        const Outcome granted = exec(owner.get(), QStringLiteral("SELECT redline_grant_login('%1')").arg(user.first));
        if (!granted.ok || granted.value != QLatin1String("redline_") + user.second)
            return qWarning("grant %s: %s", qPrintable(user.first), qPrintable(granted.error)), QString();
    }
    m_team = database;
    const Outcome subject = exec(owner.get(), QStringLiteral("INSERT INTO subjects(handle, kind, name, at, attrs) "
                                                             "VALUES ('crt-pg', 2, 'PG', 0, '{}') RETURNING id"));
    m_subject = subject.value.toLongLong();
    const QString s = QString::number(m_subject);
    const auto violation = [&](const QString &user, const QString &id) {
        return insertEvent(user, QStringLiteral("1, %1, 1000, '%2', NULL, '%3', 'creator.diversion', NULL, 1000, '%3'")
                                     .arg(s, id, user));
    };
    const auto appeal = [&](qint64 violationSeq, const QString &id) {
        return insertEvent(QStringLiteral("mod.li"),
                           QStringLiteral("2, %1, 2000, '%2', %3, 'crt-pg', NULL, NULL, 2000, 'mod.li'")
                               .arg(s, id)
                               .arg(violationSeq));
    };
    m_violationBySmodGao = violation(QStringLiteral("smod.gao"), QStringLiteral("v-pg-1"));
    m_appealOfSmodGaos = appeal(m_violationBySmodGao, QStringLiteral("a-pg-1"));
    m_violationByModLi = violation(QStringLiteral("mod.li"), QStringLiteral("v-pg-2"));
    m_decidedAppeal = appeal(m_violationByModLi, QStringLiteral("a-pg-2"));
    const qint64 decision = insertEvent(QStringLiteral("smod.wu"),
                                        QStringLiteral("3, %1, 3000, NULL, %2, 'smod.wu', NULL, 1, 3000, 'smod.wu'")
                                            .arg(s)
                                            .arg(m_decidedAppeal));
    m_raceAppeal = appeal(violation(QStringLiteral("mod.li"), QStringLiteral("v-pg-3")), QStringLiteral("a-pg-3"));
    m_waitAppeal = appeal(violation(QStringLiteral("mod.li"), QStringLiteral("v-pg-4")), QStringLiteral("a-pg-4"));
    if (!m_subject || !m_appealOfSmodGaos || !decision || !m_raceAppeal || !m_waitAppeal)
        return QString();
    return database;
}

// A column added to either schema without StoreTables would be dropped by a copy.
void TestPgStore::tablesAreTheSchemas()
{
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.db"));
    QCOMPARE(cli({QStringLiteral("--db"), fresh, QStringLiteral("init")}).code, 0);
    QStringList sqliteTables = RawSqlite::column(fresh, "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                                        "AND name NOT LIKE 'sqlite_%' ORDER BY name");
    QStringList known;
    for (const StoreTable &table : StoreTables::all())
        known.append(QString::fromLatin1(table.name));
    known.sort();
    QCOMPARE(sqliteTables, known);
    const Conn owner = connect(m_team);
    for (const StoreTable &table : StoreTables::all()) {
        QStringList expected;
        for (const StoreColumn &column : table.columns)
            expected.append(QString::fromLatin1(column.name));
        const QByteArray columns = "SELECT name FROM pragma_table_info('" + QByteArray(table.name) + "') ORDER BY cid";
        const QStringList inSqlite = RawSqlite::column(fresh, columns);
        QCOMPARE(inSqlite, expected);
        // Less `rev`, the server's own column that working copies catch up by (docs/teamstore.md).
        const QString pgColumns = QStringLiteral("SELECT string_agg(column_name, ',' ORDER BY ordinal_position) "
                                                 "FROM information_schema.columns WHERE table_name = '%1' AND column_name <> 'rev'");
        const Outcome inPg = exec(owner.get(), pgColumns.arg(QString::fromLatin1(table.name)));
        QCOMPARE(inPg.value, expected.join(QLatin1Char(',')));
    }
}

// The server's per-type check (redline_may_append) is the permission matrix of docs/roles.md, plus
// policy_admin's import_any.
void TestPgStore::permissionTableIsTheMatrix()
{
    const Conn owner = connect(m_team);
    for (int type = 0; type <= int(EventType::Removal); ++type) {
        for (const Role role : Roles::all()) {
            const bool matrix = role == Role::PolicyAdmin
                                || PermissionMatrix::allows(role, PermissionMatrix::forEvent(EventType(type)));
            const Outcome server = exec(owner.get(), QStringLiteral("SELECT redline_may_append(%1, false, '%2')")
                                                         .arg(type)
                                                         .arg(Roles::id(role)));
            QVERIFY2(server.ok, qPrintable(server.error));
            QVERIFY2((server.value == QLatin1String("t")) == matrix,
                     qPrintable(QStringLiteral("type %1, role %2").arg(type).arg(Roles::id(role))));
        }
    }
}

void TestPgStore::roundTripThroughPostgres()
{
    const QString database = createDatabase(QStringLiteral("redline_roundtrip"));
    Result r = cli(words("copy --json --from") + QStringList{m_generated, QStringLiteral("--to"), url(database)});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject tables = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("tables")).toObject();
    for (const StoreTable &table : StoreTables::all()) {
        const QString name = QString::fromLatin1(table.name);
        const qint64 rows = RawSqlite::count(m_generated, "SELECT count(*) FROM " + QByteArray(table.name));
        QVERIFY2(table.name == QByteArrayLiteral("meta") || rows > 0, table.name); // the store exercises every table
        QCOMPARE(tables.value(name).toInteger(), rows);
    }
    const QString back = m_dir.filePath(QStringLiteral("back.db"));
    r = cli({QStringLiteral("copy"), QStringLiteral("--from"), url(database), QStringLiteral("--to"), back});
    QVERIFY2(r.code == 0, r.err.constData());
    r = cli({QStringLiteral("--db"), back, QStringLiteral("verify")});
    QVERIFY2(r.code == 0, r.err.constData() + r.out);
    const Result original = cli({QStringLiteral("--db"), m_generated, QStringLiteral("export")});
    const Result copied = cli({QStringLiteral("--db"), back, QStringLiteral("export")});
    QCOMPARE(original.code, 0);
    QCOMPARE(copied.code, 0);
    QVERIFY(original.out.size() > 10000);
    QVERIFY(original.out == copied.out);
    // The audit chain's digests came back unchanged, row for row.
    const QByteArray chain = "SELECT group_concat(id || ':' || hex(prev_hash) || ':' || hex(hash), ',') FROM audit";
    QCOMPARE(RawSqlite::column(back, chain), RawSqlite::column(m_generated, chain));
    // A store in PostgreSQL appends after the copied keys.
    const Conn owner = connect(database);
    QCOMPARE(exec(owner.get(), QStringLiteral("SELECT nextval(pg_get_serial_sequence('events', 'seq')) = "
                                              "(SELECT max(seq) + 1 FROM events)")).value, QStringLiteral("t"));
}

void TestPgStore::copyRefusesAStoreWithData_data()
{
    QTest::addColumn<bool>("toPostgres");
    QTest::newRow("a SQLite store") << false;
    QTest::newRow("a PostgreSQL store") << true;
}

void TestPgStore::copyRefusesAStoreWithData()
{
    QFETCH(bool, toPostgres);
    const QString destination = toPostgres ? url(m_team) : m_generated;
    const QString source = toPostgres ? m_generated : m_dir.filePath(QStringLiteral("team.db"));
    const Conn owner = connect(m_team);
    const QString before = toPostgres ? exec(owner.get(), QStringLiteral("SELECT count(*) FROM events")).value
                                      : QString::number(RawSqlite::count(m_generated, "SELECT count(*) FROM events"));
    const Result r = cli(words("copy --from") + QStringList{source, QStringLiteral("--to"), destination});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("copy writes only into a new store"), r.err.constData());
    const QString after = toPostgres ? exec(owner.get(), QStringLiteral("SELECT count(*) FROM events")).value
                                     : QString::number(RawSqlite::count(m_generated, "SELECT count(*) FROM events"));
    QCOMPARE(after, before);
}

// Bad locations are bad input (exit 2) with the location named, and nothing is written.
void TestPgStore::copyRefusesWhatIsNotAStore_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("message");
    const QString empty = createDatabase(QStringLiteral("redline_empty"));
    const QString foreign = createDatabase(QStringLiteral("redline_foreign"));
    const Conn conn = connect(foreign);
    exec(conn.get(), QStringLiteral("CREATE TABLE events(x INT)"));
    const QString target = m_dir.filePath(QStringLiteral("never.db"));
    QTest::newRow("a missing file") << m_dir.filePath(QStringLiteral("missing.db")) << target
                                    << QStringLiteral("no such store");
    QTest::newRow("a database without a store")
        << url(empty) << target << QStringLiteral("not a Redline store (no Redline schema in this database)");
    QTest::newRow("into a database with other tables") << m_generated << url(foreign)
                                                       << QStringLiteral("relation \"events\" already exists");
    QTest::newRow("one store to itself") << m_generated << m_generated << QStringLiteral("name the same store");
    const QString noServer =
        QStringLiteral("postgresql:///redline?host=%1&user=x").arg(m_dir.filePath(QStringLiteral("none")));
    QTest::newRow("no server there") << m_generated << noServer << QStringLiteral("cannot connect");
}

void TestPgStore::copyRefusesWhatIsNotAStore()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, message);
    const QByteArray before = RawSqlite::column(m_generated, "SELECT count(*) FROM events").join(QString()).toUtf8();
    const Result r = cli({QStringLiteral("copy"), QStringLiteral("--from"), from, QStringLiteral("--to"), to});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.startsWith("redline-cli: ") && r.err.contains(message.toUtf8()), r.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.db"))));
    QCOMPARE(RawSqlite::column(m_generated, "SELECT count(*) FROM events").join(QString()).toUtf8(), before);
    const Conn foreign = connect(QStringLiteral("redline_foreign"));
    const QString untouched =
        QStringLiteral("SELECT to_regclass('events') IS NOT NULL AND to_regclass('meta') IS NULL");
    QCOMPARE(exec(foreign.get(), untouched).value, QStringLiteral("t"));
}

// A source the destination's guards refuse: the copy stops there and the destination is as before it
// (no schema in the database, no file), exit 3.
void TestPgStore::refusedCopyLeavesNothing_data()
{
    QTest::addColumn<QByteArray>("tamper");
    QTest::addColumn<bool>("toPostgres");
    QTest::addColumn<QString>("message");
    // A decision by the violation's own recorder, slipped into the file past its trigger.
    const QByteArray selfDecided =
        "DROP TRIGGER events_four_eyes;"
        "INSERT INTO events(type, subject_id, at, ref_seq, by, outcome, recorded_at, recorded_by) "
        "SELECT 3, a.subject_id, a.at + 1, a.seq, v.by, 1, a.at + 1, v.by "
        "FROM events a JOIN events v ON v.seq = a.ref_seq "
        "WHERE a.type = 2 AND NOT EXISTS (SELECT 1 FROM events d WHERE d.ref_seq = a.seq AND d.type = 3) LIMIT 1;";
    QTest::newRow("R-L4: into PostgreSQL") << selfDecided << true << QStringLiteral("R-L4");
    QTest::newRow("R-L4: into SQLite") << selfDecided << false << QStringLiteral("R-L4");
    // An audit row edited behind the chain's back: the server recomputes each row's hash.
    QTest::newRow("audit chain: into PostgreSQL")
        << QByteArray("DROP TRIGGER audit_append_only_update; UPDATE audit SET detail = detail || ' ' WHERE id = 2;")
        << true
        << QStringLiteral("audit row 2: its hash is not the hash of its content");
    // A note about a subject the file does not have (SQLite checks references only when asked to), and a
    // second event with one violation's id: checked when the copy makes the foreign keys and the unique index
    // it dropped for the load.
    QTest::newRow("dangling reference: into PostgreSQL")
        << QByteArray("INSERT INTO events(type, subject_id, at, by, text, recorded_at, recorded_by) "
                      "VALUES (10, 99999999, 1000, 'mod.li', 'lost', 1000, 'mod.li');")
        << true << QStringLiteral("events_subject_id_fkey");
    QTest::newRow("duplicate id: into PostgreSQL")
        << QByteArray("DROP INDEX events_by_ext_id;"
                      "INSERT INTO events(type, subject_id, at, ext_id, by, code, recorded_at, recorded_by) "
                      "SELECT type, subject_id, at + 1, ext_id, by, code, recorded_at, recorded_by FROM events "
                      "WHERE type = 1 LIMIT 1;")
        << true << QStringLiteral("events_by_ext_id");
}

void TestPgStore::refusedCopyLeavesNothing()
{
    QFETCH(QByteArray, tamper);
    QFETCH(bool, toPostgres);
    QFETCH(QString, message);
    const QString tampered = m_dir.filePath(QStringLiteral("tampered.db"));
    QFile::remove(tampered);
    QVERIFY(QFile::copy(m_generated, tampered));
    QCOMPARE(RawSqlite::exec(tampered, tamper), QString());
    const QString database = createDatabase(QStringLiteral("redline_refused"));
    const QString target = m_dir.filePath(QStringLiteral("refused.db"));
    const Result r = cli({QStringLiteral("copy"), QStringLiteral("--from"), tampered, QStringLiteral("--to"),
                          toPostgres ? url(database) : target});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    const Conn owner = connect(database);
    QCOMPARE(exec(owner.get(), QStringLiteral("SELECT to_regclass('meta') IS NULL")).value, QStringLiteral("t"));
    QVERIFY(!QFile::exists(target));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("refused.db*")}), QStringList());
}

// Each row: who connects (a Redline user's login, or the owner), what they try, and the refusal's words.
void TestPgStore::serverRefuses_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("message");
    const auto add = [](const char *name, const QString &user, const QString &sql, const QString &message) {
        QTest::newRow(name) << user << sql << message;
    };
    const QString s = QString::number(m_subject);
    // A decision on appeal %1 with `by` %2, recorded by %3.
    const auto decide = [&](qint64 appeal, const QString &by, const QString &recordedBy) {
        return QStringLiteral("INSERT INTO events(type, subject_id, at, ref_seq, by, outcome, recorded_at, "
                              "recorded_by) VALUES (3, %1, 5000, %2, '%3', 1, 5000, '%4')")
            .arg(s)
            .arg(appeal)
            .arg(by, recordedBy);
    };
    const QString deniedLedger = QStringLiteral("permission denied for table events");
    const QString deniedAudit = QStringLiteral("permission denied for table audit");
    const QString rl4 = QStringLiteral("R-L4: the decider recorded the violation");
    const QString rl3 = QStringLiteral("duplicate key value violates unique constraint \"events_by_ref\"");

    add("append-only: a moderator updates the ledger", "mod.li", "UPDATE events SET points = 1", deniedLedger);
    add("append-only: a moderator deletes from the ledger", "mod.li", "DELETE FROM events", deniedLedger);
    add("append-only: a senior moderator updates the audit log", "smod.gao", "UPDATE audit SET actor = 'x'",
        deniedAudit);
    add("append-only: a senior moderator deletes from the audit log", "smod.gao", "DELETE FROM audit", deniedAudit);
    add("append-only: the owner updates the ledger", "postgres", "UPDATE events SET points = 1",
        "the ledger is append-only");
    add("append-only: the owner deletes from the audit log", "postgres", "DELETE FROM audit",
        "the audit log is append-only");
    add("append-only: the owner truncates the ledger", "postgres", "TRUNCATE events CASCADE",
        "the ledger is append-only");
    add("append-only: the owner deletes a policy version", "postgres", "DELETE FROM policy_versions",
        "policy versions are append-only");

    add("R-L4: a senior moderator decides the appeal of their own violation", "smod.gao",
        decide(m_appealOfSmodGaos, "smod.gao", "smod.gao"), rl4);
    add("R-L4: the same, spelt in capitals (R-P3)", "smod.gao", decide(m_appealOfSmodGaos, "SMOD.GAO", "Smod.Gao"),
        rl4);
    add("R-L4: the same, deciding under another name", "smod.gao", decide(m_appealOfSmodGaos, "smod.wu", "smod.gao"),
        "may only decide appeals as itself");
    add("R-L4: the owner loads a decision by the violation's recorder", "postgres",
        decide(m_appealOfSmodGaos, "smod.gao", "admin"), rl4);

    add("R-L3: a second appeal on one violation", "mod.li",
        QStringLiteral("INSERT INTO events(type, subject_id, at, ref_seq, by, recorded_at, recorded_by) "
                       "VALUES (2, %1, 5000, %2, 'crt-pg', 5000, 'mod.li')")
            .arg(s)
            .arg(m_violationByModLi),
        rl3);
    add("R-L3: a second decision on one appeal", "smod.zhao", decide(m_decidedAppeal, "smod.zhao", "smod.zhao"), rl3);

    add("R-P2: a moderator decides an appeal", "mod.li", decide(m_raceAppeal, "mod.li", "mod.li"),
        "not permitted: mod.li is moderator and may not append an event of type 3");
    add("R-P2: a moderator records as someone else", "mod.li",
        QStringLiteral("INSERT INTO events(type, subject_id, at, by, code, recorded_at, recorded_by) "
                       "VALUES (1, %1, 5000, 'mod.li', 'creator.diversion', 5000, 'smod.wu')")
            .arg(s),
        "may only record events as itself");
    add("R-P2: a viewer appends", "viewer",
        QStringLiteral("INSERT INTO events(type, subject_id, at, recorded_at, recorded_by) "
                       "VALUES (10, %1, 5000, 5000, 'viewer')")
            .arg(s),
        deniedLedger);
    add("R-P2: a moderator adds a user", "mod.li",
        "INSERT INTO users(name, role, since) VALUES ('x', 'policy_admin', 0)", "permission denied for table users");

    add("audit chain: a row that does not extend the last one", "postgres",
        "INSERT INTO audit(id, at, actor, action, detail, prev_hash, hash) "
        "SELECT id + 1, at, actor, action, detail, prev_hash, hash FROM audit ORDER BY id DESC LIMIT 1",
        "does not extend the audit chain");
}

void TestPgStore::serverRefuses()
{
    QFETCH(QString, user);
    QFETCH(QString, sql);
    QFETCH(QString, message);
    const Conn conn = connect(m_team);
    const QString before = exec(conn.get(), QStringLiteral("SELECT (SELECT count(*) FROM events) || '/' || "
                                                           "(SELECT count(*) FROM audit)")).value;
    const Outcome refused = as(user, sql);
    QVERIFY2(!refused.ok, qPrintable(sql));
    QVERIFY2(refused.error.contains(message), qPrintable(refused.error));
    QCOMPARE(exec(conn.get(), QStringLiteral("SELECT (SELECT count(*) FROM events) || '/' || "
                                             "(SELECT count(*) FROM audit)")).value, before);
}

void TestPgStore::grantLoginFollowsTheStoresUsers()
{
    const Conn owner = connect(m_team);
    const Outcome unknown = exec(owner.get(), QStringLiteral("SELECT redline_grant_login('nobody')"));
    QVERIFY(!unknown.ok);
    QVERIFY2(unknown.error.contains(QLatin1String("nobody: not a user of this store")), qPrintable(unknown.error));
    // One group role per login: the user's role in the store.
    QCOMPARE(exec(owner.get(), QStringLiteral("SELECT string_agg(g.rolname, ',') FROM pg_auth_members m "
                                              "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                                              "WHERE u.rolname = 'smod.gao'")).value,
             QStringLiteral("redline_senior_moderator"));
    // Not a function a Redline user may call.
    const Outcome byModerator = as(QStringLiteral("mod.li"), QStringLiteral("SELECT redline_grant_login('mod.li')"));
    QVERIFY(!byModerator.ok);
    QVERIFY2(byModerator.error.contains(QLatin1String("permission denied")), qPrintable(byModerator.error));
}

// Two psql processes, two senior moderators, one appeal: one decision stands, the other is refused by R-L3's
// constraint, whichever came first.
void TestPgStore::racingDecisionsLeaveOne()
{
    const QString sql = QStringLiteral("INSERT INTO events(type, subject_id, at, ref_seq, by, outcome, recorded_at, "
                                       "recorded_by) VALUES (3, %1, 6000, %2, '%3', 1, 6000, '%3')");
    QList<QProcess *> racers;
    for (const QString &user : {QStringLiteral("smod.wu"), QStringLiteral("smod.zhao")}) {
        auto *process = new QProcess(this);
        process->start(QStringLiteral("psql"), words("-X -v ON_ERROR_STOP=1")
                                                   + QStringList{url(m_team, user), QStringLiteral("-c"),
                                                                 sql.arg(m_subject).arg(m_raceAppeal).arg(user)});
        racers.append(process);
    }
    int succeeded = 0;
    QByteArray errors;
    for (QProcess *process : std::as_const(racers)) {
        QVERIFY(process->waitForFinished(60000));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        if (process->exitCode() == 0)
            ++succeeded;
        errors += process->readAllStandardError();
        delete process;
    }
    QCOMPARE(succeeded, 1);
    QVERIFY2(errors.contains("events_by_ref"), errors.constData());
    const Conn owner = connect(m_team);
    const QString decisions = QStringLiteral("SELECT count(*) FROM events WHERE type = 3 AND ref_seq = %1");
    QCOMPARE(exec(owner.get(), decisions.arg(m_raceAppeal)).value, QStringLiteral("1"));
}

// The same without luck: the second decision waits on the first's uncommitted row and is refused when it
// commits.
void TestPgStore::waitingDecisionLosesToTheFirst()
{
    const QString sql = QStringLiteral("INSERT INTO events(type, subject_id, at, ref_seq, by, outcome, recorded_at, "
                                       "recorded_by) VALUES (3, %1, 6000, %2, '%3', 1, 6000, '%3')");
    const Conn first = connect(m_team, QStringLiteral("smod.wu"));
    const Conn second = connect(m_team, QStringLiteral("smod.zhao"));
    QVERIFY(exec(first.get(), QStringLiteral("BEGIN")).ok);
    QVERIFY(exec(first.get(), sql.arg(m_subject).arg(m_waitAppeal).arg(QStringLiteral("smod.wu"))).ok);
    const QByteArray secondDecision = sql.arg(m_subject).arg(m_waitAppeal).arg(QStringLiteral("smod.zhao")).toUtf8();
    QVERIFY(PQsendQuery(second.get(), secondDecision.constData()));
    QVERIFY(exec(first.get(), QStringLiteral("COMMIT")).ok);
    const Outcome lost = outcomeOf(second.get(), PQgetResult(second.get()));
    while (PGresult *rest = PQgetResult(second.get()))
        PQclear(rest);
    QVERIFY(!lost.ok);
    QCOMPARE(lost.state, QByteArray("23505"));
    const Conn owner = connect(m_team);
    const QString decider = QStringLiteral("SELECT by FROM events WHERE type = 3 AND ref_seq = %1");
    QCOMPARE(exec(owner.get(), decider.arg(m_waitAppeal)).value, QStringLiteral("smod.wu"));
}

// Two writers each append the row that extends the chain as they read it: the second waits for the first
// (the advisory lock of the audit trigger), then finds the chain moved and is refused. One chain remains.
void TestPgStore::auditAppendsAreSerialised()
{
    const Conn owner = connect(m_team);
    const Outcome last = exec(owner.get(), QStringLiteral("SELECT id || ',' || encode(hash, 'hex') FROM audit "
                                                          "ORDER BY id DESC LIMIT 1"));
    QVERIFY(last.ok);
    const auto row = [&](const QString &actor) {
        AuditEntry entry;
        entry.id = last.value.section(QLatin1Char(','), 0, 0).toLongLong() + 1;
        entry.at = 7000;
        entry.actor = actor;
        entry.action = QStringLiteral("note");
        entry.detail = QStringLiteral("{}");
        entry.format = 2;
        entry.prevHash = QByteArray::fromHex(last.value.section(QLatin1Char(','), 1).toLatin1());
        entry.hash = AuditLog::chainHash(entry);
        return QStringLiteral("INSERT INTO audit(id, at, actor, action, detail, prev_hash, hash, format) VALUES "
                              "(%1, %2, '%3', '%4', '%5', '\\x%6', '\\x%7', %8)")
            .arg(entry.id)
            .arg(entry.at)
            .arg(entry.actor, entry.action, entry.detail, QString::fromLatin1(entry.prevHash.toHex()),
                 QString::fromLatin1(entry.hash.toHex()))
            .arg(entry.format);
    };
    const Conn first = connect(m_team, QStringLiteral("mod.li"));
    const Conn second = connect(m_team, QStringLiteral("smod.wu"));
    QVERIFY(exec(first.get(), QStringLiteral("BEGIN")).ok);
    const Outcome appended = exec(first.get(), row(QStringLiteral("mod.li")));
    QVERIFY2(appended.ok, qPrintable(appended.error));
    QVERIFY(PQsendQuery(second.get(), row(QStringLiteral("smod.wu")).toUtf8().constData()));
    QVERIFY(exec(first.get(), QStringLiteral("COMMIT")).ok);
    const Outcome lost = outcomeOf(second.get(), PQgetResult(second.get()));
    while (PGresult *rest = PQgetResult(second.get()))
        PQclear(rest);
    QVERIFY(!lost.ok);
    QVERIFY2(lost.error.contains(QLatin1String("does not extend the audit chain")), qPrintable(lost.error));
    QCOMPARE(exec(owner.get(), QStringLiteral("SELECT actor FROM audit ORDER BY id DESC LIMIT 1")).value,
             QStringLiteral("mod.li"));
}

// LISTEN/NOTIFY: a listener hears, after the writer's commit and not before, once per statement, who
// appended; what is new is the events past the last seq it had seen.
void TestPgStore::appendsAreAnnounced()
{
    const Conn listener = connect(m_team);
    QVERIFY(exec(listener.get(), QStringLiteral("LISTEN redline_events")).ok);
    const qint64 lastSeen = exec(listener.get(), QStringLiteral("SELECT max(seq) FROM events")).value.toLongLong();
    const Conn writer = connect(m_team, QStringLiteral("mod.li"));
    QVERIFY(exec(writer.get(), QStringLiteral("BEGIN")).ok);
    const QString note = QStringLiteral("INSERT INTO events(type, subject_id, at, by, text, recorded_at, recorded_by) "
                                        "SELECT 10, %1, 8000 + n, 'mod.li', 'seen', 8000, 'mod.li' "
                                        "FROM generate_series(1, 3) n");
    const Outcome appended = exec(writer.get(), note.arg(m_subject));
    QVERIFY2(appended.ok, qPrintable(appended.error));
    auto heard = [&listener] {
        QStringList payloads;
        PQconsumeInput(listener.get());
        while (PGnotify *n = PQnotifies(listener.get())) {
            payloads << QString::fromUtf8(n->relname) + QLatin1Char(':') + QString::fromUtf8(n->extra);
            PQfreemem(n);
        }
        return payloads;
    };
    QTest::qWait(200);
    QVERIFY(heard().isEmpty()); // not before the commit
    QVERIFY(exec(writer.get(), QStringLiteral("COMMIT")).ok);
    QStringList payloads;
    for (int i = 0; i < 50 && payloads.isEmpty(); ++i) {
        QTest::qWait(20);
        payloads = heard();
    }
    QCOMPARE(payloads, QStringList{QStringLiteral("redline_events:mod.li")});
    const QString since = QStringLiteral("SELECT count(*) || ',' || min(subject_id) || ',' || max(subject_id) "
                                         "FROM events WHERE seq > %1");
    QCOMPARE(exec(listener.get(), since.arg(lastSeen)).value, QStringLiteral("3,%1,%1").arg(m_subject));
}

QTEST_GUILESS_MAIN(TestPgStore)
#include "tst_pgstore.moc"
