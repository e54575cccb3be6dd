// Policy versions (docs/rules.md "Policy versions"): a subject's history replayed piecewise under the
// policies in force over time, each reading of a switch as a row named after its rule; the versions a
// store keeps, their activation (audited, backdating marked), what an activation leaves unchanged (every
// state before its instant) and what it refuses; and PolicyDiff, which the CLI and the console compare with.

#include "actions/actions.h"
#include "ledgerscript.h"
#include "policy/policydiff.h"
#include "policy/policyloader.h"
#include "policy/policyschedule.h"
#include "query/audittext.h"
#include "rawsqlite.h"
#include "store/store.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace redline;

namespace {

// `base` with each "path=value" applied in turn through PolicyDiff::withChange (the value is JSON).
Policy edited(const Policy &base, const QStringList &changes)
{
    Policy policy = base;
    for (const QString &change : changes) {
        const int eq = change.indexOf(QLatin1Char('='));
        const QJsonDocument value = QJsonDocument::fromJson("[" + change.mid(eq + 1).toUtf8() + "]");
        PolicyChange c;
        c.path = change.left(eq);
        c.after = value.array().at(0);
        QString error;
        const std::optional<Policy> next = PolicyDiff::withChange(policy, c, &error);
        if (!next)
            qFatal("edit %s: %s", qPrintable(change), qPrintable(error));
        policy = *next;
    }
    policy.name = QStringLiteral("draft");
    return policy;
}

PolicySchedule switchedAt(const Policy &first, const Policy &second, const QString &at)
{
    QString error;
    const std::optional<PolicySchedule> schedule = PolicySchedule::build(
        {{0, std::make_shared<const Policy>(first)}, {LedgerScript::instant(at), std::make_shared<const Policy>(second)}},
        {QStringLiteral("base"), QStringLiteral("draft")}, &error);
    if (!schedule)
        qFatal("schedule: %s", qPrintable(error));
    return *schedule;
}

StoreOptions optionsAt(const char *instant)
{
    StoreOptions options;
    options.now = *parseInstant(QString::fromLatin1(instant));
    options.actor = QStringLiteral("tester");
    return options;
}

Session policyAdmin()
{
    return Session::signedIn(QStringLiteral("pol.zhou"), Role::PolicyAdmin);
}

} // namespace

class TestPolicyVersions : public QObject
{
    Q_OBJECT
private slots:
    void readings_data();
    void readings();
    void clampIsAPointOfTheHistory();
    void singleScheduleEqualsPolicy();
    void scheduleRefusesADroppedCode();
    void diffFindsOneChange();
    void diffMatchesCodesById();
    void diffNamesTheClaimExpiry();

    void activationLeavesEarlierStatesUnchanged();
    void backdatedActivationIsMarked();
    void activationRefusesADroppedCode();
    void onlyPolicyAdminsChangeVersions();
    void namesAreUniqueCaseInsensitively();
    void versionEditedOutsideIsDetected();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> newStore(const QString &name);
};

// Each row: a ledger, the draft's changes, the switch instant, and the state at `at` under the schedule.
void TestPolicyVersions::readings_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("ledger");
    QTest::addColumn<QStringList>("changes");
    QTest::addColumn<QString>("switchAt");
    QTest::addColumn<QString>("at");
    QTest::addColumn<int>("score");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    const QStringList reputation{QStringLiteral("v v1 mcn.reputation_damage 2025-01-01")}; // 100 -> 80
    const QStringList step5{QStringLiteral("scales.mcn.recovery.step=5")};
    // Steps due 01-31 (old step: 90), then, after the switch on 02-15, 03-02 (new step: 95) and 04-01 (100).
    QTest::newRow("R-L5 a step before the switch uses the old step")
        << "mcn" << reputation << step5 << "2025-02-15" << "2025-02-14" << 90 << QStringList() << QStringList();
    QTest::newRow("R-L5 a step after the switch uses the new step")
        << "mcn" << reputation << step5 << "2025-02-15" << "2025-03-02" << 95 << QStringList() << QStringList();
    QTest::newRow("R-L5 later steps follow the new step to max")
        << "mcn" << reputation << step5 << "2025-02-15" << "2025-04-01" << 100 << QStringList() << QStringList();

    const QStringList seventyFive{QStringLiteral("v v1 mcn.fabricated_engagement 2025-01-01"),
                                  QStringLiteral("v v2 mcn.unfair_competition 2025-01-02")}; // 100 -> 85 -> 75
    const QStringList band80{QStringLiteral("scales.mcn.bands[0].below=80")};
    QTest::newRow("R-M1 a band moved by the draft does not apply before the switch")
        << "mcn" << seventyFive << band80 << "2025-01-10" << "2025-01-09" << 75 << QStringList()
        << QStringList{QStringLiteral("violation_disclosure")};
    QTest::newRow("R-M1 a band moved by the draft applies from the switch")
        << "mcn" << seventyFive << band80 << "2025-01-10" << "2025-01-10" << 75
        << QStringList{QStringLiteral("violation_disclosure"), QStringLiteral("deposit_increase")} << QStringList();

    const QStringList throttle30{QStringLiteral("scales.creator.ladder.levels[0].sanctions[0].days=30")};
    QTest::newRow("R-L7 a sanction started before the switch keeps its term")
        << "creator" << QStringList{QStringLiteral("v v1 creator.unreported_ad 2025-01-01")} << throttle30
        << "2025-01-03" << "2025-01-09" << 98 << QStringList() << QStringList{QStringLiteral("note_throttled")};
    QTest::newRow("R-L7 a sanction started after the switch takes the new term")
        << "creator" << QStringList{QStringLiteral("v v1 creator.unreported_ad 2025-01-05")} << throttle30
        << "2025-01-03" << "2025-01-20" << 98 << QStringList{QStringLiteral("note_throttled")} << QStringList();

    const QStringList max90{QStringLiteral("scales.creator.initial=90"), QStringLiteral("scales.creator.max=90")};
    QTest::newRow("R-L5 a score above a lowered max is kept until the switch")
        << "creator" << QStringList() << max90 << "2025-02-01" << "2025-01-31" << 100 << QStringList() << QStringList();
    QTest::newRow("R-L5 a score above a lowered max is clamped at the switch")
        << "creator" << QStringList() << max90 << "2025-02-01" << "2025-02-01" << 90 << QStringList() << QStringList();
    const QStringList max110{QStringLiteral("scales.creator.max=110")};
    QTest::newRow("R-L5 a raised max recovers one period after the switch")
        << "creator" << QStringList() << max110 << "2025-02-01" << "2025-03-03" << 105 << QStringList() << QStringList();
}

void TestPolicyVersions::readings()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, ledger);
    QFETCH(QStringList, changes);
    QFETCH(QString, switchAt);
    QFETCH(QString, at);
    QFETCH(int, score);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);

    const Policy &base = PolicyLoader::defaultPolicy();
    const Policy draft = edited(base, changes);
    const PolicySchedule schedule = switchedAt(base, draft, switchAt);
    const LedgerScript script(schedule.latest(), *subjectKindFromName(kind), ledger);
    const SubjectState state = ScoreEngine(schedule).stateAt(script.subject, script.ledger, LedgerScript::instant(at));
    QCOMPARE(state.score, score);
    for (const QString &id : present)
        QVERIFY2(state.restrictions.contains(id), qPrintable(state.restrictions.join(QLatin1Char(','))));
    for (const QString &id : absent)
        QVERIFY2(!state.restrictions.contains(id), qPrintable(state.restrictions.join(QLatin1Char(','))));

    // Before the switch the schedule is the base policy, exactly.
    const Instant before = LedgerScript::instant(switchAt) - 1;
    const SubjectState underBase = ScoreEngine(base).stateAt(script.subject, script.ledger, before);
    const SubjectState underSchedule = ScoreEngine(schedule).stateAt(script.subject, script.ledger, before);
    QCOMPARE(underSchedule.score, underBase.score);
    QCOMPARE(underSchedule.restrictions, underBase.restrictions);
    // The state's next change accounts for the switch (the cache refreshes there).
    QVERIFY(underSchedule.nextChange <= LedgerScript::instant(switchAt));
}

void TestPolicyVersions::clampIsAPointOfTheHistory()
{
    const Policy &base = PolicyLoader::defaultPolicy();
    const PolicySchedule schedule = switchedAt(
        base, edited(base, {QStringLiteral("scales.creator.initial=90"), QStringLiteral("scales.creator.max=90")}),
        QStringLiteral("2025-02-01"));
    const LedgerScript script(base, SubjectKind::Creator, {});
    const Replay replay = ScoreEngine(schedule).replay(script.subject, script.ledger, LedgerScript::instant(QStringLiteral("2025-03-01")));
    QCOMPARE(LedgerScript::describePoints(replay.timeline),
             QStringList({QStringLiteral("2025-01-01T00:00:00Z 100 initial"), QStringLiteral("2025-02-01T00:00:00Z 90 policy")}));
    QCOMPARE(replay.state.max, 90);
}

void TestPolicyVersions::singleScheduleEqualsPolicy()
{
    const Policy &base = PolicyLoader::defaultPolicy();
    const LedgerScript script(base, SubjectKind::Mcn,
                              {QStringLiteral("v v1 mcn.reputation_damage 2025-01-01"), QStringLiteral("v v2 mcn.fabricated_engagement 2025-02-01")});
    const Instant at = LedgerScript::instant(QStringLiteral("2025-06-01"));
    const Replay a = ScoreEngine(base).replay(script.subject, script.ledger, at);
    const Replay b = ScoreEngine(PolicySchedule(base)).replay(script.subject, script.ledger, at);
    QCOMPARE(LedgerScript::describePoints(b.timeline), LedgerScript::describePoints(a.timeline));
    QCOMPARE(b.state.restrictions, a.state.restrictions);
    QCOMPARE(b.state.nextChange, a.state.nextChange);
}

void TestPolicyVersions::scheduleRefusesADroppedCode()
{
    const Policy &base = PolicyLoader::defaultPolicy();
    Policy dropped = base;
    dropped.scale(SubjectKind::Creator).codes.removeLast();
    QString error;
    QVERIFY(!PolicySchedule::build({{0, std::make_shared<const Policy>(base)}, {100, std::make_shared<const Policy>(dropped)}},
                                   {QStringLiteral("base"), QStringLiteral("slim")}, &error));
    QVERIFY2(error.contains(QLatin1String("creator.engagement_imbalance")) && error.contains(QLatin1String("slim")), qPrintable(error));
}

void TestPolicyVersions::diffFindsOneChange()
{
    const Policy &base = PolicyLoader::defaultPolicy();
    const Policy draft = edited(base, {QStringLiteral("scales.mcn.recovery.step=20")});
    const QVector<PolicyChange> changes = PolicyDiff::diff(base, draft);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().path, QStringLiteral("scales.mcn.recovery.step"));
    QCOMPARE(PolicyDiff::valueText(changes.first().before), QStringLiteral("10"));
    QCOMPARE(PolicyDiff::valueText(changes.first().after), QStringLiteral("20"));
    QVERIFY(changes.first().kind == SubjectKind::Mcn);
    QVERIFY(PolicyDiff::diff(base, base).isEmpty());
    // Applying the one change to the base gives the draft.
    QString error;
    const std::optional<Policy> applied = PolicyDiff::withChange(base, changes.first(), &error);
    QVERIFY2(applied, qPrintable(error));
    QVERIFY(PolicyDiff::diff(*applied, draft).isEmpty());
}

void TestPolicyVersions::diffMatchesCodesById()
{
    const Policy &base = PolicyLoader::defaultPolicy();
    Policy draft = base;
    ViolationCode added = draft.scale(SubjectKind::Creator).codes.first();
    added.id = QStringLiteral("creator.new_rule");
    draft.scale(SubjectKind::Creator).codes.prepend(added); // every other code moves by one
    draft.scale(SubjectKind::Creator).codes[3].maxPoints = 8; // creator.three_no_product: up to 8
    const QVector<PolicyChange> changes = PolicyDiff::diff(base, draft);
    QStringList paths;
    for (const PolicyChange &c : changes)
        paths << c.path;
    // Only the edited code and the new one differ (the file writes a code's range beside a changed max).
    QVERIFY2(paths.contains(QStringLiteral("scales.creator.codes[creator.three_no_product].max")), qPrintable(paths.join(' ')));
    QCOMPARE(paths.last(), QStringLiteral("scales.creator.codes[creator.new_rule]"));
    for (const QString &path : paths)
        QVERIFY2(path.startsWith(QLatin1String("scales.creator.codes[creator.three_no_product].")) || path == paths.last(), qPrintable(path));
    QVERIFY(changes.last().before.isUndefined());
    QString error;
    const std::optional<Policy> withFirst = PolicyDiff::withChange(base, changes.first(), &error);
    QVERIFY2(withFirst, qPrintable(error));
    QCOMPARE(withFirst->scale(SubjectKind::Creator).codes[2].maxPoints, 8);
}

// docs/rules.md "Triage": the claim expiry is a setting like any other, named by its path.
void TestPolicyVersions::diffNamesTheClaimExpiry()
{
    const Policy &base = PolicyLoader::defaultPolicy();
    const Policy draft = edited(base, {QStringLiteral("triage.claim_expiry_hours=24")});
    QCOMPARE(draft.triage.claimExpiryHours, 24);
    const QVector<PolicyChange> changes = PolicyDiff::diff(base, draft);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(PolicyDiff::describe(changes.first()), QStringLiteral("triage.claim_expiry_hours: 8 → 24"));
    QVERIFY(!changes.first().kind);
    const QJsonObject json = PolicyDiff::toJson(changes).at(0).toObject();
    QCOMPARE(json.value(QStringLiteral("path")).toString(), QStringLiteral("triage.claim_expiry_hours"));
    QCOMPARE(json.value(QStringLiteral("before")).toInt(), 8);
    QCOMPARE(json.value(QStringLiteral("after")).toInt(), 24);
}

std::unique_ptr<Store> TestPolicyVersions::newStore(const QString &name)
{
    StoreError error;
    std::unique_ptr<Store> store = Store::create(m_dir.filePath(name), optionsAt("2025-01-01"), &error);
    if (!store)
        qFatal("create: %s", qPrintable(error.message));
    for (const char *line : {"{\"type\":\"subject\",\"kind\":\"mcn\",\"handle\":\"mcn-a\",\"name\":\"A\",\"at\":\"2025-01-01\"}",
                             "{\"type\":\"violation\",\"id\":\"v-1\",\"subject\":\"mcn-a\",\"code\":\"mcn.reputation_damage\","
                             "\"at\":\"2025-01-01T01:00:00Z\",\"by\":\"mod.li\",\"source\":\"human_review\"}"}) {
        QFile file(m_dir.filePath(name + QStringLiteral(".jsonl")));
        if (!file.open(QIODevice::Append))
            qFatal("fixture");
        file.write(QByteArray(line) + '\n');
    }
    ActionResult result;
    if (!Actions(*store, Session::open(QStringLiteral("tester"))).importFile(m_dir.filePath(name + QStringLiteral(".jsonl")), &result, &error))
        qFatal("import: %s", qPrintable(error.message));
    return store;
}

void TestPolicyVersions::activationLeavesEarlierStatesUnchanged()
{
    std::unique_ptr<Store> store = newStore(QStringLiteral("activate.redline"));
    store->setNow(*parseInstant(QStringLiteral("2025-06-01")));
    const Instant t = *parseInstant(QStringLiteral("2025-02-15"));
    // Replays at instants on both sides of T before the activation.
    const QVector<Instant> instants{t - 86400 * 20, t - 1, t, t + 86400 * 15, t + 86400 * 45};
    QVector<int> before;
    StoreError error;
    for (Instant at : instants) {
        Replay replay;
        QVERIFY2(store->replay(QStringLiteral("mcn-a"), at, &replay, &error), qPrintable(error.message));
        before << replay.state.score;
    }
    QCOMPARE(before, QVector<int>({80, 90, 90, 90, 100}));

    Actions actions(*store, policyAdmin());
    const Policy draft = edited(PolicyLoader::defaultPolicy(), {QStringLiteral("scales.mcn.recovery.step=5")});
    QVERIFY2(actions.addPolicy(draft, QStringLiteral("step-5"), QStringLiteral("slower recovery"), &error), qPrintable(error.message));
    // Added, not active: nothing changes.
    QCOMPARE(store->storedSchedule().size(), 1);
    QVERIFY2(actions.activatePolicy(QStringLiteral("STEP-5"), t, &error), qPrintable(error.message));
    QCOMPARE(store->storedSchedule().size(), 2);

    QVector<int> after;
    for (Instant at : instants) {
        Replay replay;
        QVERIFY(store->replay(QStringLiteral("mcn-a"), at, &replay, &error));
        after << replay.state.score;
    }
    // Before T unchanged; after T the steps are 5: 90 (01-31, old step), 95 (03-02), 100 (04-01).
    QCOMPARE(after, QVector<int>({80, 90, 90, 90, 95}));
    // The cache was recomputed under the schedule and verify agrees with a fresh replay.
    const std::optional<CachedState> cached = store->cachedState(QStringLiteral("mcn-a"));
    QVERIFY(cached);
    QCOMPARE(cached->score, 100);
    QVERIFY2(store->verify({}, &error), qPrintable(error.message));
    // A store opened again computes under the same versions.
    const QString path = store->path();
    store.reset();
    std::unique_ptr<Store> reopened = Store::open(path, optionsAt("2025-03-03"), &error);
    QVERIFY2(reopened, qPrintable(error.message));
    QCOMPARE(reopened->storedSchedule().size(), 2);
    Replay replay;
    QVERIFY(reopened->replay(QStringLiteral("mcn-a"), *parseInstant(QStringLiteral("2025-03-03")), &replay, &error));
    QCOMPARE(replay.state.score, 95);
    QCOMPARE(reopened->storedPolicy().scale(SubjectKind::Mcn).recovery->step, 5);
}

void TestPolicyVersions::backdatedActivationIsMarked()
{
    std::unique_ptr<Store> store = newStore(QStringLiteral("backdated.redline"));
    store->setNow(*parseInstant(QStringLiteral("2025-06-01")));
    StoreError error;
    Actions actions(*store, policyAdmin());
    QVERIFY(actions.addPolicy(edited(PolicyLoader::defaultPolicy(), {QStringLiteral("scales.mcn.recovery.step=5")}),
                              QStringLiteral("step-5"), QString(), &error));
    QVERIFY(actions.activatePolicy(QStringLiteral("step-5"), *parseInstant(QStringLiteral("2025-02-15")), &error));
    QVERIFY2(actions.activatePolicy(QStringLiteral("default"), *parseInstant(QStringLiteral("2025-07-01")), &error), qPrintable(error.message));

    const QVector<PolicyVersion> versions = store->policyVersions(&error);
    QCOMPARE(versions.size(), 2);
    QVERIFY(versions[0].base);
    QVERIFY(!versions[0].backdated);                // the revert is dated after now
    QVERIFY(!versions[0].inForce);                  // ... so step-5 is in force now
    QVERIFY(versions[1].inForce);
    QVERIFY(versions[1].backdated);
    QCOMPARE(versions[1].author, QStringLiteral("pol.zhou"));
    QCOMPARE(versions[1].activatedBy, QStringLiteral("pol.zhou"));

    QStringList described;
    for (const QString &detail : RawSqlite::column(store->path(), "SELECT detail FROM audit WHERE action = 'policy_activate' ORDER BY id")) {
        AuditEntry entry;
        entry.format = 2;
        entry.actor = QStringLiteral("pol.zhou");
        entry.action = QStringLiteral("policy_activate");
        entry.detail = detail;
        described << AuditText::describe(entry, store->policy());
    }
    QCOMPARE(described, QStringList({QStringLiteral("pol.zhou activated policy version step-5 from 2025-02-15T00:00:00Z (backdated)"),
                                     QStringLiteral("pol.zhou activated policy version default from 2025-07-01T00:00:00Z")}));
    // From 07-01 the base is in force again.
    store->setNow(*parseInstant(QStringLiteral("2025-07-02")));
    QCOMPARE(store->storedPolicy().scale(SubjectKind::Mcn).recovery->step, 10);
}

void TestPolicyVersions::activationRefusesADroppedCode()
{
    std::unique_ptr<Store> store = newStore(QStringLiteral("dropped.redline"));
    Policy slim = PolicyLoader::defaultPolicy();
    slim.scale(SubjectKind::Mcn).codes.removeLast();
    StoreError error;
    Actions actions(*store, policyAdmin());
    QVERIFY(actions.addPolicy(slim, QStringLiteral("slim"), QString(), &error));
    const qint64 auditBefore = RawSqlite::count(store->path(), "SELECT count(*) FROM audit");
    QVERIFY(!actions.activatePolicy(QStringLiteral("slim"), *parseInstant(QStringLiteral("2025-02-01")), &error));
    QCOMPARE(error.kind, StoreError::Kind::BadInput);
    QVERIFY2(error.message.contains(QLatin1String("mcn.creator_agreement_violation")), qPrintable(error.message));
    QCOMPARE(RawSqlite::count(store->path(), "SELECT count(*) FROM audit"), auditBefore);
    QCOMPARE(RawSqlite::count(store->path(), "SELECT count(*) FROM policy_activations"), 0);
    QCOMPARE(store->storedSchedule().size(), 1);
    QVERIFY(!store->policyVersion(QStringLiteral("slim"))->effectiveAt);
}

void TestPolicyVersions::onlyPolicyAdminsChangeVersions()
{
    std::unique_ptr<Store> store = newStore(QStringLiteral("roles.redline"));
    Actions actions(*store, Session::signedIn(QStringLiteral("mod.li"), Role::Moderator));
    StoreError error;
    QVERIFY(!actions.addPolicy(PolicyLoader::defaultPolicy(), QStringLiteral("mine"), QString(), &error));
    QCOMPARE(error.kind, StoreError::Kind::NotPermitted);
    error = StoreError();
    QVERIFY(!actions.activatePolicy(QStringLiteral("default"), 0, &error));
    QCOMPARE(error.kind, StoreError::Kind::NotPermitted);
    QCOMPARE(store->policyVersions().size(), 1);
}

void TestPolicyVersions::namesAreUniqueCaseInsensitively()
{
    std::unique_ptr<Store> store = newStore(QStringLiteral("names.redline"));
    Actions actions(*store, policyAdmin());
    StoreError error;
    QVERIFY(actions.addPolicy(PolicyLoader::defaultPolicy(), QStringLiteral("Q3-draft"), QString(), &error));
    QVERIFY(!actions.addPolicy(PolicyLoader::defaultPolicy(), QStringLiteral("q3-DRAFT"), QString(), &error));
    QCOMPARE(error.kind, StoreError::Kind::BadInput);
    QVERIFY(!actions.addPolicy(PolicyLoader::defaultPolicy(), QStringLiteral("DEFAULT"), QString(), &error));
    QVERIFY(!actions.addPolicy(PolicyLoader::defaultPolicy(), QStringLiteral("bad name!"), QString(), &error));
    QVERIFY(!actions.activatePolicy(QStringLiteral("nope"), 0, &error));
    QCOMPARE(error.kind, StoreError::Kind::BadInput);
    QCOMPARE(store->policyVersions().size(), 2);
}

void TestPolicyVersions::versionEditedOutsideIsDetected()
{
    std::unique_ptr<Store> store = newStore(QStringLiteral("tamper.redline"));
    StoreError error;
    QVERIFY(Actions(*store, policyAdmin()).addPolicy(edited(PolicyLoader::defaultPolicy(), {QStringLiteral("scales.mcn.recovery.step=20")}),
                                                     QStringLiteral("fast"), QString(), &error));
    QVERIFY2(store->verify({}, &error), qPrintable(error.message));
    const QString path = store->path();
    store.reset();
    // The append-only triggers refuse an edit; a version inserted around Redline is not in the audit log.
    QVERIFY(RawSqlite::exec(path, "UPDATE policy_versions SET note = 'x'").contains(QLatin1String("append-only")));
    QCOMPARE(RawSqlite::exec(path, "INSERT INTO policy_versions(name, json, author, created_at, note) "
                                   "SELECT 'sneaky', json, 'x', 0, '' FROM policy_versions"),
             QString());
    std::unique_ptr<Store> reopened = Store::open(path, optionsAt("2025-01-02"), &error);
    QVERIFY2(reopened, qPrintable(error.message));
    QVERIFY(!reopened->verify({}, &error));
    QCOMPARE(error.kind, StoreError::Kind::Integrity);
    QVERIFY2(error.message.contains(QLatin1String("policy version sneaky")), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestPolicyVersions)
#include "tst_policyversions.moc"
