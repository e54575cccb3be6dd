// The store (DESIGN.md "The store"): schema versions and migrations, refusal of files that are not a
// store, the ledger rules the store enforces (R-L2, R-L3, R-L4, R-M3, R-M4), the hash-chained audit log
// and the state cache against a fresh replay. Real SQLite files in a temporary directory.

#include "io/eventjson.h"
#include "io/jsonlimporter.h"
#include "policy/policyloader.h"
#include "store/schema/schema.h"
#include "store/statecache.h"
#include "store/store.h"

#include "jsonlbytes.h"
#include "rawsqlite.h"

#include <QFile>
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

bool importLines(Store &store, const QByteArrayList &lines, StoreError *error)
{
    return JsonlBytes::import(store, lines.join('\n'), error);
}

// Every table, index and trigger with its SQL, by name.
QStringList rawSchema(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT type, name, coalesce(sql, '') FROM sqlite_schema ORDER BY name", -1, &stmt, nullptr);
    QStringList rows;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        QStringList row;
        for (int column = 0; column < 3; ++column)
            row << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)));
        rows << row.join(QLatin1String(" | "));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return rows;
}

const QByteArrayList kMcnSetup = {
    R"({"type":"subject","handle":"mcn-a","kind":"mcn","name":"A","at":"2025-01-01","attrs":{"region":"mainland","company":"limited","registered_mcn":true}})",
    R"({"type":"deposit","subject":"mcn-a","action":"pay","amount":20000,"at":"2025-01-01","by":"fin.zhao"})",
};

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void createsAnEmptyStore();
    void refusesFilesThatAreNotStores_data();
    void refusesFilesThatAreNotStores();
    void refusesToInitAnExistingFile();
    void migratesAVersion2Store();
    void migratesAVersion3Store();
    void migratesAnOlderStoreAfterABackup();
    void enforcesLedgerRules_data();
    void enforcesLedgerRules();
    void enforcesLedgerRulesInAFirstLoad_data();
    void enforcesLedgerRulesInAFirstLoad();
    void schemaRefusesWritesThatBypassValidation_data();
    void schemaRefusesWritesThatBypassValidation();
    void verifyFindsTampering_data();
    void verifyFindsTampering();
    void cacheEqualsAFreshReplay();
    void refreshesDueSubjectsOnOpen();
    void creatorFollowsItsMcnsFreeze();
    void bulkLoadRestoresTheSchema();
    void failedBulkLoadLeavesAnEmptyStore();

private:
    QString importBasic(QTemporaryDir &dir, const char *now = "2025-03-01");
};

QString TestStore::importBasic(QTemporaryDir &dir, const char *now)
{
    const QString path = dir.filePath(QStringLiteral("basic.db"));
    StoreError error;
    std::unique_ptr<Store> store = Store::create(path, optionsAt(now), &error);
    if (!store)
        return error.message;
    JsonlImporter importer(*store);
    if (!importer.importFile(QStringLiteral(REDLINE_TEST_DATA "/basic.jsonl"), &error))
        return error.message;
    return path;
}

void TestStore::createsAnEmptyStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    StoreError error;
    {
        std::unique_ptr<Store> store = Store::create(path, optionsAt("2025-01-01"), &error);
        QVERIFY2(store, qPrintable(error.message));
        QCOMPARE(store->subjectCount(), 0);
        QCOMPARE(store->eventCount(), 0);
        QCOMPARE(PolicyLoader::toJson(store->storedPolicy()), PolicyLoader::toJson(PolicyLoader::defaultPolicy()));
        QVERIFY2(store->verify({}, &error), qPrintable(error.message));
    }
    QCOMPARE(RawSqlite::count(path, "PRAGMA user_version"), qint64(Schema::currentVersion()));
    QCOMPARE(RawSqlite::count(path, "SELECT count(*) FROM audit WHERE action = 'init' AND actor = 'tester'"), 1);
    QCOMPARE(RawSqlite::count(path, "SELECT count(*) FROM meta WHERE key = 'policy'"), 1);
}

void TestStore::refusesFilesThatAreNotStores_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("kind");
    const int bad = int(StoreError::Kind::BadInput);
    QTest::newRow("missing") << "missing" << "%1: no such store (create one with `redline-cli --db %1 init`)" << bad;
    QTest::newRow("empty file") << "empty" << "%1: empty file, not a Redline store (create one with `init`)" << bad;
    QTest::newRow("garbage") << "garbage" << "%1: not a SQLite database, so not a Redline store" << bad;
    QTest::newRow("other SQLite database") << "foreign" << "%1: a SQLite database but not a Redline store" << bad;
    QTest::newRow("other database using user_version") << "foreign-versioned"
                                                        << "%1: a SQLite database but not a Redline store" << bad;
    QTest::newRow("newer schema") << "newer"
                                  << QStringLiteral("%1: store schema version 99 is newer than this Redline supports (")
                                         + QString::number(Schema::currentVersion()) + QStringLiteral("); use a newer Redline")
                                  << bad;
    QTest::newRow("directory") << "directory" << "%1: is a directory, not a store" << bad;
}

void TestStore::refusesFilesThatAreNotStores()
{
    QFETCH(QString, setup);
    QFETCH(QString, message);
    QFETCH(int, kind);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file.db"));
    if (setup == QLatin1String("empty")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (setup == QLatin1String("garbage")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("this is not a database, just some text that goes on for a while\n").repeated(40));
    } else if (setup == QLatin1String("foreign")) {
        QCOMPARE(RawSqlite::exec(path, "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)"), QString());
    } else if (setup == QLatin1String("foreign-versioned")) {
        QCOMPARE(RawSqlite::exec(path, "CREATE TABLE notes(id INTEGER PRIMARY KEY); PRAGMA user_version = 2"), QString());
    } else if (setup == QLatin1String("newer")) {
        StoreError error;
        QVERIFY(Store::create(path, optionsAt("2025-01-01"), &error));
        QCOMPARE(RawSqlite::exec(path, "PRAGMA user_version = 99"), QString());
    } else if (setup == QLatin1String("directory")) {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("file.db")));
    }
    const QByteArray before = QFile::exists(path) && QFileInfo(path).isFile()
                                  ? [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }()
                                  : QByteArray();

    StoreError error;
    QVERIFY(!Store::open(path, optionsAt("2025-01-01"), &error));
    QCOMPARE(error.message, message.arg(path));
    QCOMPARE(int(error.kind), kind);
    if (setup == QLatin1String("missing"))
        QVERIFY(!QFile::exists(path)); // opening never creates a store
    if (QFileInfo(path).isFile()) {   // a refused file is left exactly as it was
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }
}

void TestStore::refusesToInitAnExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    StoreError error;
    QVERIFY(Store::create(path, optionsAt("2025-01-01"), &error));
    QVERIFY(!Store::create(path, optionsAt("2025-01-01"), &error));
    QCOMPARE(error.message, QStringLiteral("%1: already a Redline store").arg(path));

    const QString foreign = dir.filePath(QStringLiteral("f.db"));
    QCOMPARE(RawSqlite::exec(foreign, "CREATE TABLE t(x)"), QString());
    error = StoreError();
    QVERIFY(!Store::create(foreign, optionsAt("2025-01-01"), &error));
    QCOMPARE(error.message, QStringLiteral("%1: not empty and not a Redline store; refusing to overwrite it").arg(foreign));
}

// Version 1 had the ledger without the state cache: opening it migrates to version 2 in a transaction,
// after copying it to FILE.bak-v1, and rebuilds the cache from the ledger.
// A version 2 store as the previous release wrote it (tests/data/store-v2.redline: basic.jsonl imported by
// cli.tester on 2025-03-01): version 3 stamps each event with its audit row's instant and actor, keys the
// users by identity, and the store still verifies.
void TestStore::migratesAVersion2Store()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.redline"));
    QVERIFY(QFile::copy(QStringLiteral(REDLINE_TEST_DATA "/store-v2.redline"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    StoreError error;
    {
        std::unique_ptr<Store> store = Store::open(path, optionsAt("2025-04-01"), &error);
        QVERIFY2(store, qPrintable(error.message));
        QVERIFY2(store->verify({}, &error), qPrintable(error.message));
        const std::optional<UserRecord> li = store->user(QStringLiteral("MOD.LI"), &error);
        QVERIFY(li);
        QCOMPARE(li->name, QStringLiteral("mod.li"));
        QCOMPARE(li->role, QStringLiteral("moderator"));
        QVERIFY(!store->isSecured());
        // A write after the migration is audited with the new format and still verifies.
        StoredEvent exam;
        exam.type = EventType::Exam;
        exam.subject = QStringLiteral("crt-lin");
        exam.at = *parseInstant(QStringLiteral("2025-03-20"));
        QVERIFY2(store->append(exam, &error), qPrintable(error.message));
        QVERIFY2(store->verify({}, &error), qPrintable(error.message));
    }
    QCOMPARE(RawSqlite::count(Schema::backupPath(path, 2), "PRAGMA user_version"), 2);
    QCOMPARE(RawSqlite::count(path, "PRAGMA user_version"), Schema::currentVersion());
    QCOMPARE(RawSqlite::count(path, "SELECT count(*) FROM events WHERE recorded_at = 1740787200 AND recorded_by = 'cli.tester'"), 16);
    QCOMPARE(RawSqlite::count(path, "SELECT count(*) FROM events WHERE recorded_at = 1743465600"), 1);
}

// Version 4 indexes the ledger by type and instant and gives each cached row its score_since (the dashboard's
// aggregates, docs/architecture.md "The dashboard"); version 5 adds the policy versions (docs/rules.md
// "Policy versions"): a version 3 store is backed up, migrated through both, its cache rebuilt with the new
// column filled, its policy schedule the base alone, and it still verifies.
void TestStore::migratesAVersion3Store()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.redline"));
    QVERIFY(QFile::copy(QStringLiteral(REDLINE_TEST_DATA "/store-v2.redline"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    StoreError error;
    QVERIFY2(Store::open(path, optionsAt("2025-04-01"), &error), qPrintable(error.message));
    // Back to version 3's shape, as the previous release left it (without the tables of versions 5 to 8).
    QCOMPARE(RawSqlite::exec(path, "DROP INDEX events_by_campaign; DROP INDEX events_removal_by_post; DROP TABLE triage; DROP INDEX events_triage_by_item; "
                                   "DROP TABLE findings; DROP TABLE policy_activations; DROP TABLE policy_versions; "
                                   "DROP INDEX events_violations_by_at; DROP INDEX events_answers_by_at; DROP INDEX state_by_score_since; "
                                   "ALTER TABLE state DROP COLUMN score_since; PRAGMA user_version = 3"),
             QString());
    {
        std::unique_ptr<Store> store = Store::open(path, optionsAt("2025-04-01"), &error);
        QVERIFY2(store, qPrintable(error.message));
        QVERIFY2(store->verify({}, &error), qPrintable(error.message));
        const std::optional<CachedState> lin = store->cachedState(QStringLiteral("crt-lin"));
        QVERIFY(lin);
        Replay replay;
        QVERIFY(store->replay(QStringLiteral("crt-lin"), lin->computedAt, &replay, &error));
        Instant lastMove = replay.timeline.points.first().at;
        for (const ScorePoint &p : std::as_const(replay.timeline.points))
            lastMove = p.delta != 0 ? p.at : lastMove;
        QVERIFY(lastMove > replay.timeline.points.first().at);
        QCOMPARE(lin->scoreSince, lastMove); // the last move of the score
    }
    QCOMPARE(RawSqlite::count(Schema::backupPath(path, 3), "PRAGMA user_version"), 3);
    QCOMPARE(RawSqlite::count(path, "PRAGMA user_version"), Schema::currentVersion());
    QCOMPARE(RawSqlite::count(path, "SELECT count(*) FROM sqlite_schema WHERE name IN ('events_violations_by_at', 'events_answers_by_at', "
                                     "'state_by_score_since')"), 3);
    QCOMPARE(RawSqlite::count(path, "SELECT count(*) FROM sqlite_schema WHERE name IN ('events_by_campaign', "
                                     "'events_removal_by_post')"), 2);
    QCOMPARE(RawSqlite::count(path, "SELECT count(*) FROM sqlite_schema WHERE name IN ('policy_versions', 'policy_activations', "
                                     "'policy_versions_append_only_update', 'policy_activations_append_only_delete')"), 4);
    QCOMPARE(RawSqlite::count(path, "SELECT count(*) FROM meta WHERE key = 'cache_stale'"), 0);
}

void TestStore::migratesAnOlderStoreAfterABackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("basic.db"));
    QVERIFY(QFile::copy(QStringLiteral(REDLINE_TEST_DATA "/store-v2.redline"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(RawSqlite::exec(path, "DROP TABLE state; DELETE FROM meta WHERE key = 'cache_stale'; PRAGMA user_version = 1"),
             QString());

    StoreError error;
    {
        std::unique_ptr<Store> store = Store::open(path, optionsAt("2025-03-01"), &error);
        QVERIFY2(store, qPrintable(error.message));
        const std::optional<CachedState> lin = store->cachedState(QStringLiteral("crt-lin"));
        QVERIFY(lin);
        QCOMPARE(lin->score, 93);
        QCOMPARE(lin->computedAt, *parseInstant(QStringLiteral("2025-03-01")));
        QVERIFY2(store->verify({}, &error), qPrintable(error.message));
    }
    const QString backup = Schema::backupPath(path, 1);
    QCOMPARE(backup, path + QStringLiteral(".bak-v1"));
    QCOMPARE(RawSqlite::count(backup, "PRAGMA user_version"), 1);
    QCOMPARE(RawSqlite::count(backup, "SELECT count(*) FROM sqlite_schema WHERE name = 'state'"), 0);
    QCOMPARE(RawSqlite::count(backup, "SELECT count(*) FROM events"), 16);
    QCOMPARE(RawSqlite::count(path, "PRAGMA user_version"), Schema::currentVersion());
    QCOMPARE(RawSqlite::count(path, "SELECT count(*) FROM state"), 3);
    QCOMPARE(RawSqlite::count(path, "SELECT count(*) FROM meta WHERE key = 'cache_stale'"), 0);
}

void TestStore::enforcesLedgerRules_data()
{
    QTest::addColumn<QByteArrayList>("setup");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("message");

    const QByteArrayList violationAppealed = {
        R"({"type":"subject","handle":"crt-a","kind":"creator","name":"A","at":"2025-01-01"})",
        R"({"type":"violation","id":"v-1","subject":"crt-a","code":"creator.plagiarism","at":"2025-02-01","by":"mod.li"})",
        R"({"type":"appeal","id":"a-1","violation":"v-1","at":"2025-02-03","by":"crt-a"})",
    };
    QTest::newRow("R-L2 points outside the code's range")
        << violationAppealed.mid(0, 1)
        << QByteArray(R"({"type":"violation","id":"v-9","subject":"crt-a","code":"creator.data_fraud","points":11,"at":"2025-02-01","by":"mod.li"})")
        << "field points: 11 is outside the range 6..10 of creator.data_fraud (R-L2)";
    QTest::newRow("R-L3 a second appeal on one violation")
        << violationAppealed
        << QByteArray(R"({"type":"appeal","id":"a-2","violation":"v-1","at":"2025-02-04","by":"crt-a"})")
        << "field violation: v-1 already has an appeal (a-1); one appeal per violation (R-L3)";
    QTest::newRow("R-L3 an appeal decided twice")
        << (violationAppealed
            + QByteArrayList{R"({"type":"decision","appeal":"a-1","outcome":"upheld","at":"2025-02-05","by":"mod.wang"})"})
        << QByteArray(R"({"type":"decision","appeal":"a-1","outcome":"overturned","at":"2025-02-06","by":"mod.zhou"})")
        << "field appeal: a-1 was already decided on 2025-02-05T00:00:00Z by mod.wang";
    QTest::newRow("R-L4 the recorder decides the appeal")
        << violationAppealed
        << QByteArray(R"({"type":"decision","appeal":"a-1","outcome":"overturned","at":"2025-02-10","by":"mod.li"})")
        << "field by: mod.li recorded the violation under appeal a-1 and cannot decide it (R-L4 four-eyes)";
    QTest::newRow("R-M3 deduction larger than the balance")
        << kMcnSetup
        << QByteArray(R"({"type":"deposit","subject":"mcn-a","action":"deduct","amount":25000,"at":"2025-02-01","by":"fin.zhao"})")
        << "field amount: deduct of ¥25000 exceeds the deposit balance ¥20000 at 2025-02-01T00:00:00Z (R-M3)";
    QTest::newRow("R-M3 refund with a pending appeal")
        << (kMcnSetup
            + QByteArrayList{R"({"type":"violation","id":"v-m","subject":"mcn-a","code":"mcn.brand_contract_dispute","at":"2025-02-01","by":"mod.li"})",
                             R"({"type":"appeal","id":"a-m","violation":"v-m","at":"2025-02-02","by":"mcn-a"})"})
        << QByteArray(R"({"type":"deposit","subject":"mcn-a","action":"refund","amount":20000,"at":"2025-04-01","by":"fin.zhao"})")
        << "field action: refund refused: appeal a-m is pending (R-M3)";
    QTest::newRow("R-M3 refund with a decided appeal and a pending one")
        << (kMcnSetup
            + QByteArrayList{R"({"type":"violation","id":"v-m1","subject":"mcn-a","code":"mcn.brand_contract_dispute","at":"2025-01-10","by":"mod.li"})",
                             R"({"type":"appeal","id":"a-m1","violation":"v-m1","at":"2025-01-11","by":"mcn-a"})",
                             R"({"type":"violation","id":"v-m2","subject":"mcn-a","code":"mcn.brand_contract_dispute","at":"2025-02-01","by":"mod.li"})",
                             R"({"type":"appeal","id":"a-m2","violation":"v-m2","at":"2025-02-02","by":"mcn-a"})",
                             R"({"type":"decision","appeal":"a-m1","outcome":"upheld","at":"2025-02-03","by":"mod.wang"})"})
        << QByteArray(R"({"type":"deposit","subject":"mcn-a","action":"refund","amount":20000,"at":"2025-04-01","by":"fin.zhao"})")
        << "field action: refund refused: appeal a-m2 is pending (R-M3)";
    QTest::newRow("R-M3 refund within 30 days of a violation")
        << (kMcnSetup
            + QByteArrayList{R"({"type":"violation","id":"v-m","subject":"mcn-a","code":"mcn.brand_contract_dispute","at":"2025-03-15","by":"mod.li"})"})
        << QByteArray(R"({"type":"deposit","subject":"mcn-a","action":"refund","amount":20000,"at":"2025-04-01","by":"fin.zhao"})")
        << "field action: refund refused: violation v-m on 2025-03-15T00:00:00Z is within the last 30 days (R-M3)";
    QTest::newRow("R-M4 deposit short of the required amount")
        << QByteArrayList{kMcnSetup.first(),
                          R"({"type":"deposit","subject":"mcn-a","action":"pay","amount":15000,"at":"2025-01-01","by":"fin.zhao"})"}
        << QByteArray(R"({"type":"certification","subject":"mcn-a","action":"grant","at":"2025-01-02","by":"mod.li"})")
        << "field action: certification refused: Deposit ¥15000 is short of the required ¥20000 (deposit, R-M4)";
    QTest::newRow("R-M4 increased deposit while below 70")
        << (kMcnSetup
            + QByteArrayList{R"({"type":"violation","id":"v-m1","subject":"mcn-a","code":"mcn.reputation_damage","at":"2025-01-01T01:00:00Z","by":"mod.li"})",
                             R"({"type":"violation","id":"v-m2","subject":"mcn-a","code":"mcn.reputation_damage","at":"2025-01-01T02:00:00Z","by":"mod.li"})"})
        << QByteArray(R"({"type":"certification","subject":"mcn-a","action":"grant","at":"2025-01-02","by":"mod.li"})")
        << "field action: certification refused: Deposit ¥20000 is short of the required ¥40000 (deposit, R-M4)";
    QTest::newRow("R-M4 fabricated engagement in the last 90 days")
        << (kMcnSetup
            + QByteArrayList{R"({"type":"violation","id":"v-f","subject":"mcn-a","code":"mcn.fabricated_engagement","at":"2025-01-01T12:00:00Z","by":"mod.li"})"})
        << QByteArray(R"({"type":"certification","subject":"mcn-a","action":"grant","at":"2025-03-01","by":"mod.li"})")
        << "field action: certification refused: Violation v-f (mcn.fabricated_engagement) on 2025-01-01 is within the last 90 days (authentic_engagement, R-M4)";
    QTest::newRow("R-M4 not registered as an MCN")
        << QByteArrayList{R"({"type":"subject","handle":"mcn-a","kind":"mcn","name":"A","at":"2025-01-01","attrs":{"region":"mainland","company":"limited","registered_mcn":false}})"}
        << QByteArray(R"({"type":"certification","subject":"mcn-a","action":"grant","at":"2025-01-02","by":"mod.li"})")
        << "field action: certification refused: Not registered as an MCN on the platform (registered_mcn, R-M4)";
    QTest::newRow("R-M4 sole proprietorship")
        << QByteArrayList{R"({"type":"subject","handle":"mcn-a","kind":"mcn","name":"A","at":"2025-01-01","attrs":{"region":"mainland","company":"sole_proprietorship","registered_mcn":true}})"}
        << QByteArray(R"({"type":"certification","subject":"mcn-a","action":"grant","at":"2025-01-02","by":"mod.li"})")
        << "field action: certification refused: A sole proprietorship does not qualify (mainland_company, R-M4)";
    QTest::newRow("R-M4 not a mainland company")
        << QByteArrayList{R"({"type":"subject","handle":"mcn-a","kind":"mcn","name":"A","at":"2025-01-01","attrs":{"region":"hk","company":"limited","registered_mcn":true}})"}
        << QByteArray(R"({"type":"certification","subject":"mcn-a","action":"grant","at":"2025-01-02","by":"mod.li"})")
        << "field action: certification refused: Not a mainland China company (region: Hong Kong) (mainland_company, R-M4)";
}

// The store itself refuses these, whatever the caller (Store::append is what the console calls).
void TestStore::enforcesLedgerRules()
{
    QFETCH(QByteArrayList, setup);
    QFETCH(QByteArray, line);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rules.db"));
    StoreError error;
    std::unique_ptr<Store> store = Store::create(path, optionsAt("2025-05-01"), &error);
    QVERIFY(store);
    QVERIFY2(importLines(*store, setup, &error), qPrintable(error.message));
    const qint64 events = store->eventCount();
    const qint64 audits = RawSqlite::count(path, "SELECT count(*) FROM audit");

    StoredEvent event;
    QString parseError;
    QVERIFY2(EventJson::parse(line, &event, &parseError), qPrintable(parseError));
    QVERIFY(!store->append(event, &error));
    QCOMPARE(error.message, message);
    QCOMPARE(error.kind, StoreError::Kind::BadInput);
    QCOMPARE(store->eventCount(), events);
    QCOMPARE(RawSqlite::count(path, "SELECT count(*) FROM audit"), audits);
    error = StoreError();
    QVERIFY2(store->verify({}, &error), qPrintable(error.message));
}

void TestStore::enforcesLedgerRulesInAFirstLoad_data()
{
    enforcesLedgerRules_data();
}

// The same rules when the event comes in the same import as its setup, into a new store: a load into an
// empty ledger checks them without the subject index, which it builds at its end (Schema::deferSubjectIndex).
void TestStore::enforcesLedgerRulesInAFirstLoad()
{
    QFETCH(QByteArrayList, setup);
    QFETCH(QByteArray, line);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rules.db"));
    StoreError error;
    std::unique_ptr<Store> store = Store::create(path, optionsAt("2025-05-01"), &error);
    QVERIFY(store);
    const QStringList schema = rawSchema(path);
    QVERIFY(!importLines(*store, setup + QByteArrayList{line}, &error));
    QCOMPARE(error.message, QStringLiteral("line %1: %2").arg(setup.size() + 1).arg(message));
    QCOMPARE(error.kind, StoreError::Kind::BadInput);
    QCOMPARE(store->eventCount(), 0);
    store.reset();
    QCOMPARE(rawSchema(path), schema);
}

void TestStore::schemaRefusesWritesThatBypassValidation_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("message");
    // basic.jsonl: seq 9 is v-1 by mod.li, seq 10 its appeal a-1, seq 11 the decision by mod.wang.
    QTest::newRow("R-L3 second appeal") << QByteArray("INSERT INTO events(type, subject_id, at, ext_id, ref_seq) VALUES(2, 1, 0, 'a-x', 9)")
                                        << "UNIQUE constraint failed: events.ref_seq, events.type";
    QTest::newRow("R-L4 decided by the recorder")
        << QByteArray("INSERT INTO events(type, subject_id, at, ref_seq, by, outcome) "
                      "SELECT 3, 1, 0, seq, 'mod.li', 1 FROM events WHERE ext_id = 'a-9'")
        << "";
    QTest::newRow("ledger is append-only: update") << QByteArray("UPDATE events SET code = 'mcn.unfair_competition' WHERE seq = 9")
                                                  << "the ledger is append-only";
    QTest::newRow("ledger is append-only: delete") << QByteArray("DELETE FROM events WHERE seq = 9") << "the ledger is append-only";
    QTest::newRow("audit is append-only") << QByteArray("DELETE FROM audit") << "the audit log is append-only";
}

void TestStore::schemaRefusesWritesThatBypassValidation()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = importBasic(dir);
    if (message.isEmpty()) { // R-L4: a fresh appeal on v-2, then a raw decision by v-2's recorder
        QCOMPARE(RawSqlite::exec(path, "INSERT INTO events(type, subject_id, at, ext_id, ref_seq) "
                               "SELECT 2, subject_id, at, 'a-9', seq FROM events WHERE ext_id = 'v-2'"),
                 QString());
        message = QStringLiteral("R-L4: the decider recorded the violation");
    }
    QCOMPARE(RawSqlite::exec(path, sql), message);
}

void TestStore::verifyFindsTampering_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("message");
    // basic.db: audit row 1 is init, row 2 the import of ledger events 1..16.
    const QByteArray unlock = "DROP TRIGGER audit_append_only_update; DROP TRIGGER audit_append_only_delete; "
                              "DROP TRIGGER events_append_only_update; DROP TRIGGER events_append_only_delete; ";
    QTest::newRow("edited audit row") << unlock + "UPDATE audit SET actor = 'someone.else' WHERE id = 2"
                                      << "%1: audit log row 2 (import by someone.else at 2025-03-01T00:00:00Z): the row was edited: its hash does not match its content";
    QTest::newRow("deleted audit row in the middle")
        << unlock + "INSERT INTO audit SELECT 3, at, actor, 'policy', NULL, NULL, NULL, events_hash, detail, hash, hash, format FROM audit WHERE id = 1; DELETE FROM audit WHERE id = 2"
        << "%1: audit log row 2 is missing (the next row is 3): a row was deleted";
    QTest::newRow("deleted last audit row") << unlock + "DELETE FROM audit WHERE id = 2"
                                            << "%1: the audit log ends at row 1 but its recorded head is another row: the last rows were deleted";
    QTest::newRow("edited ledger event") << unlock + "UPDATE events SET points = 1 WHERE seq = 13"
                                         << "%1: audit log row 2 (import by tester at 2025-03-01T00:00:00Z): ledger events 1..16 do not match what was recorded: an event was edited";
    QTest::newRow("edited subject") << unlock + "UPDATE subjects SET name = 'Someone' WHERE handle = 'crt-lin'"
                                    << "%1: audit log row 2 (import by tester at 2025-03-01T00:00:00Z): ledger events 1..16 do not match what was recorded: an event was edited";
    QTest::newRow("deleted ledger event") << unlock + "PRAGMA foreign_keys = OFF; DELETE FROM events WHERE seq = 15"
                                          << "%1: audit log row 2 (import by tester at 2025-03-01T00:00:00Z): ledger event 15 is missing: it was deleted";
    QTest::newRow("event added outside Redline")
        << QByteArray("INSERT INTO events(type, subject_id, at) VALUES(5, 3, 1700000000)")
        << "%1: ledger events 17..17 are not in the audit log: they were added outside Redline";
    QTest::newRow("stored policy changed")
        << QByteArray("UPDATE meta SET value = replace(value, '\"points\": 15', '\"points\": 14') WHERE key = 'policy'")
        << "%1: the stored policy is not the one the audit log recorded: it was changed outside Redline";
    // Deleted behind the program's back and the guard put back as it was: only the chain shows it.
    QTest::newRow("deleted last ledger events, guard restored")
        << QByteArray("DROP TRIGGER events_append_only_delete; PRAGMA foreign_keys = OFF; DELETE FROM events WHERE seq >= 15; "
                      "CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events\n"
                      "  BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;")
        << "%1: audit log row 2 (import by tester at 2025-03-01T00:00:00Z): ledger event 15 is missing: it was deleted";
    QTest::newRow("four-eyes trigger dropped") << QByteArray("DROP TRIGGER events_four_eyes")
                                               << "%1: the store's trigger events_four_eyes is missing: it was dropped outside Redline";
    QTest::newRow("unique appeal index dropped") << QByteArray("DROP INDEX events_by_ref")
                                                 << "%1: the store's index events_by_ref is missing: it was dropped outside Redline";
    QTest::newRow("cache row changed") << QByteArray("UPDATE state SET score = 50 WHERE subject_id = 3")
                                       << "%1: state cache of subject crt-lin at 2025-03-01T00:00:00Z: cached score 50, a fresh replay gives 93";
    QTest::newRow("cache row deleted") << QByteArray("DELETE FROM state WHERE subject_id = 2")
                                       << "%1: subject brand-acme has no row in the state cache";
    QTest::newRow("cache restrictions changed") << QByteArray("UPDATE state SET restrictions = '' WHERE subject_id = 2")
                                                << "%1: state cache of subject brand-acme at 2025-03-01T00:00:00Z: cached restrictions , a fresh replay gives warning";
}

void TestStore::verifyFindsTampering()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = importBasic(dir);
    StoreError error;
    {
        std::unique_ptr<Store> store = Store::open(path, optionsAt("2025-03-01"), &error);
        QVERIFY2(store && store->verify({}, &error), qPrintable(error.message)); // intact before
    }
    QCOMPARE(RawSqlite::exec(path, sql), QString());
    StoreOptions options = optionsAt("2025-03-01");
    options.refreshDue = false;
    std::unique_ptr<Store> store = Store::open(path, options, &error);
    QVERIFY2(store, qPrintable(error.message));
    QVERIFY(!store->verify({}, &error));
    QCOMPARE(error.message, message.arg(path));
    QCOMPARE(error.kind, StoreError::Kind::Integrity);
    // The row the console selects: the one the message names (after the gap for a deleted one).
    const QRegularExpression named(QStringLiteral("audit log row (\\d+) \\(|the next row is (\\d+)|ends at row (\\d+)"));
    const QRegularExpressionMatch match = named.match(error.message);
    const qint64 row = match.hasMatch() ? (match.captured(2) + match.captured(3) + match.captured(1)).toLongLong() : 0;
    QCOMPARE(error.auditRow, row);

    // Integrity on every write: a store whose ledger, audit log or guards were tampered with refuses the
    // next write, so no write can make it verify again (a damaged cache is only a cache: writes go on).
    const bool cacheOnly = QByteArray(QTest::currentDataTag()).startsWith("cache");
    const qint64 eventsBefore = RawSqlite::count(path, "SELECT count(*) FROM events");
    StoredEvent note;
    note.type = EventType::Note;
    note.subject = QStringLiteral("crt-lin");
    note.text = QStringLiteral("after the tampering");
    note.at = *parseInstant(QStringLiteral("2025-03-01"));
    StoreError writeError;
    const bool written = store->append(note, &writeError);
    QCOMPARE(written, cacheOnly);
    if (!written) {
        QCOMPARE(writeError.kind, StoreError::Kind::Integrity);
        QCOMPARE(RawSqlite::count(path, "SELECT count(*) FROM events"), eventsBefore);
    }
    StoreError again;
    if (!cacheOnly) // the write refreshed the touched subject's cache row, as any write does
        QVERIFY(!store->verify({}, &again)); // still damaged
}

void TestStore::cacheEqualsAFreshReplay()
{
    QTemporaryDir dir;
    const QString path = importBasic(dir);
    StoreError error;
    std::unique_ptr<Store> store = Store::open(path, optionsAt("2025-03-01"), &error);
    QVERIFY2(store, qPrintable(error.message));
    struct Expected {
        const char *handle;
        int score;
        QStringList restrictions;
        const char *nextChange;
    };
    const Expected expected[] = {
        {"mcn-starriver", 100, {}, nullptr},
        {"brand-acme", 8, {QStringLiteral("warning")}, nullptr},
        // v-2 (diversion, L1, first of code: throttled 30 d) and v-3 (L2: muted 15 d, commerce_closed 90 d);
        // the next change is muted's end, before the exam on 2025-03-10.
        {"crt-lin", 93,
         {QStringLiteral("commerce_closed"), QStringLiteral("history_weight_reduced"), QStringLiteral("muted"),
          QStringLiteral("throttled")},
         "2025-03-07"},
    };
    for (const Expected &e : expected) {
        const QString handle = QString::fromLatin1(e.handle);
        const std::optional<CachedState> cached = store->cachedState(handle, &error);
        QVERIFY2(cached, e.handle);
        Replay replay;
        QVERIFY2(store->replay(handle, cached->computedAt, &replay, &error), qPrintable(error.message));
        QCOMPARE(cached->score, replay.state.score);
        QCOMPARE(cached->restrictions, replay.state.restrictions);
        QCOMPARE(cached->ladderLevel, replay.state.ladderLevel);
        QCOMPARE(cached->nextChange, replay.state.nextChange);
        QCOMPARE(cached->score, e.score);
        QCOMPARE(cached->restrictions, e.restrictions);
        QCOMPARE(cached->nextChange, e.nextChange ? *parseInstant(QString::fromLatin1(e.nextChange)) : kNoInstant);
    }
    const std::optional<CachedState> lin = store->cachedState(QStringLiteral("crt-lin"));
    QCOMPARE(lin->mcn, QStringLiteral("mcn-starriver"));
    QCOMPARE(lin->ladderLevel, 2);
    QCOMPARE(lin->lastViolationAt, *parseInstant(QStringLiteral("2025-02-20")));
    const std::optional<CachedState> mcn = store->cachedState(QStringLiteral("mcn-starriver"));
    QVERIFY(mcn->certified);
    QCOMPARE(mcn->depositBalance, 20000);
    QCOMPARE(mcn->lastViolationAt, kNoInstant); // v-1 was overturned
    QVERIFY2(store->verify({}, &error), qPrintable(error.message));
}

// Opening recomputes only the subjects whose next_change has passed.
void TestStore::refreshesDueSubjectsOnOpen()
{
    QTemporaryDir dir;
    const QString path = importBasic(dir, "2025-03-01");
    StoreError error;
    std::unique_ptr<Store> store = Store::open(path, optionsAt("2025-03-08"), &error);
    QVERIFY2(store, qPrintable(error.message));
    const std::optional<CachedState> lin = store->cachedState(QStringLiteral("crt-lin"));
    QCOMPARE(lin->computedAt, *parseInstant(QStringLiteral("2025-03-08")));
    QCOMPARE(lin->restrictions, (QStringList{QStringLiteral("commerce_closed"), QStringLiteral("history_weight_reduced"),
                                             QStringLiteral("throttled")}));
    QCOMPARE(lin->nextChange, *parseInstant(QStringLiteral("2025-03-10"))); // the exam, recorded ahead
    const std::optional<CachedState> brand = store->cachedState(QStringLiteral("brand-acme"));
    QCOMPARE(brand->computedAt, *parseInstant(QStringLiteral("2025-03-01"))); // nothing due: untouched
    QVERIFY2(store->verify({}, &error), qPrintable(error.message));
}

// R-M6: an MCN falling below 40 freezes its revenue; its contracted creator's cached state follows when
// only the MCN's events are written.
void TestStore::creatorFollowsItsMcnsFreeze()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m6.db"));
    StoreError error;
    std::unique_ptr<Store> store = Store::create(path, optionsAt("2025-02-10"), &error);
    QVERIFY(store);
    QVERIFY2(importLines(*store,
                         {R"({"type":"subject","handle":"mcn-x","kind":"mcn","name":"X","at":"2025-01-01","attrs":{"region":"mainland","company":"limited","registered_mcn":true}})",
                          R"({"type":"subject","handle":"crt-y","kind":"creator","name":"Y","at":"2025-01-01"})",
                          R"({"type":"contract","subject":"crt-y","mcn":"mcn-x","action":"start","at":"2025-01-05"})"},
                         &error),
             qPrintable(error.message));
    QVERIFY(!store->cachedState(QStringLiteral("crt-y"))->restrictions.contains(QStringLiteral("alternative_payment_channel")));
    QVERIFY2(importLines(*store,
                         {R"({"type":"violation","id":"m-1","subject":"mcn-x","code":"mcn.reputation_damage","at":"2025-02-01","by":"mod.li"})",
                          R"({"type":"violation","id":"m-2","subject":"mcn-x","code":"mcn.reputation_damage","at":"2025-02-02","by":"mod.li"})",
                          R"({"type":"violation","id":"m-3","subject":"mcn-x","code":"mcn.reputation_damage","at":"2025-02-03","by":"mod.li"})",
                          R"({"type":"violation","id":"m-4","subject":"mcn-x","code":"mcn.fabricated_engagement","at":"2025-02-04","by":"mod.li"})"},
                         &error),
             qPrintable(error.message));
    QCOMPARE(store->cachedState(QStringLiteral("mcn-x"))->score, 25);
    const std::optional<CachedState> creator = store->cachedState(QStringLiteral("crt-y"));
    QVERIFY2(creator->restrictions.contains(QStringLiteral("alternative_payment_channel")),
             qPrintable(creator->restrictions.join(QLatin1Char(','))));
    QCOMPARE(creator->mcn, QStringLiteral("mcn-x"));
    QVERIFY2(store->verify({}, &error), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"

// A bulk write suspends the R-L4 trigger inside its transaction (Schema::suspendFourEyesTrigger), and a
// load into an empty ledger drops and rebuilds the subject and state indexes (Schema::deferSubjectIndex);
// after the import the file must be exactly a new store's, trigger and indexes included.
void TestStore::bulkLoadRestoresTheSchema()
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh.db"));
    StoreError error;
    QVERIFY2(Store::create(fresh, optionsAt("2025-03-01"), &error), qPrintable(error.message));
    const QString loaded = importBasic(dir);
    QVERIFY2(QFile::exists(loaded), qPrintable(loaded));
    const QStringList schema = rawSchema(fresh);
    QVERIFY(schema.contains(QStringLiteral(
        "trigger | events_four_eyes | CREATE TRIGGER events_four_eyes BEFORE INSERT ON events WHEN NEW.type = 3 "
        "AND lower(NEW.by) = (SELECT lower(v.by) FROM events a JOIN events v ON v.seq = a.ref_seq WHERE a.seq = NEW.ref_seq) "
        "BEGIN SELECT RAISE(ABORT, 'R-L4: the decider recorded the violation'); END")));
    QCOMPARE(rawSchema(loaded), schema);
    QCOMPARE(RawSqlite::count(loaded, "SELECT count(*) FROM events"), 16);
    std::unique_ptr<Store> store = Store::open(loaded, optionsAt("2025-03-01"), &error);
    QVERIFY2(store, qPrintable(error.message));
    QVERIFY2(store->verify({}, &error), qPrintable(error.message));
}

void TestStore::failedBulkLoadLeavesAnEmptyStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    StoreError error;
    std::unique_ptr<Store> store = Store::create(path, optionsAt("2025-03-01"), &error);
    QVERIFY2(store, qPrintable(error.message));
    const QStringList schema = rawSchema(path);
    const QByteArrayList lines = {
        R"({"type":"subject","handle":"c-1","kind":"creator","name":"C","at":"2025-01-01"})",
        R"({"type":"violation","id":"v-1","subject":"c-1","code":"creator.diversion","at":"2025-02-01","by":"mod.li"})",
        R"({"type":"appeal","id":"a-1","violation":"v-1","at":"2025-02-02"})",
        R"({"type":"decision","appeal":"a-1","outcome":"upheld","at":"2025-02-03","by":"mod.li"})",
    };
    QVERIFY(!importLines(*store, lines, &error));
    QCOMPARE(error.message, QStringLiteral("line 4: field by: mod.li recorded the violation under appeal a-1 and cannot "
                                          "decide it (R-L4 four-eyes)"));
    QCOMPARE(store->eventCount(), 0);
    store.reset();
    QCOMPARE(rawSchema(path), schema);
}
